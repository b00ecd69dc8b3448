package uk.nhs.icb.caseworkflows.complaints.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;
import uk.nhs.icb.caseworkflows.common.coding.application.CodeListReader;
import uk.nhs.icb.caseworkflows.complaints.domain.NationalReturnCodes;

/**
 * The national return's code lists as this ICB has them: the KO41a seed shipped beside this class
 * ({@code ko41a.codes}), with any list the ICB sets as {@code app.complaints.codes.<list>} ({@code
 * CODE=Label|CODE=Label}) in place of the seed's. Read once at start-up; a list that cannot be read
 * stops the start, naming the setting.
 */
@ApplicationScoped
public class ComplaintCodeSettings {

  static final String PREFIX = "app.complaints.codes.";
  static final String SEED = "ko41a.codes";

  @Produces
  @Singleton
  NationalReturnCodes nationalReturnCodes(Config config) {
    return read(CodeListReader.of(config, PREFIX));
  }

  /** The lists as a reader of settings gives them: the seed with the ICB's lists in place. */
  public static NationalReturnCodes read(CodeListReader settings) {
    return new NationalReturnCodes(settings.read(ComplaintCodeSettings.class, SEED));
  }
}
