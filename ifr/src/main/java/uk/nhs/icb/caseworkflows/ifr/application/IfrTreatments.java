package uk.nhs.icb.caseworkflows.ifr.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;
import uk.nhs.icb.caseworkflows.common.coding.application.CodeListReader;
import uk.nhs.icb.caseworkflows.common.coding.domain.CodeList;

/**
 * The treatments an IFR may ask for, as this ICB lists them: the seed shipped beside this class
 * ({@code ifr-treatments.codes}), replaced whole by the setting {@code app.ifr.codes.treatments}
 * ({@code CODE=Label|CODE=Label}). An unknown code is a 400 on {@code treatmentCode}.
 */
@ApplicationScoped
public class IfrTreatments {

  static final String PREFIX = "app.ifr.codes.";
  static final String SEED = "ifr-treatments.codes";
  public static final String LIST = "treatments";

  /** The list as a reader of settings gives it. */
  public static CodeList read(CodeListReader settings) {
    return settings.read(IfrTreatments.class, SEED).list(LIST);
  }

  @Produces
  @Singleton
  @TreatmentList
  CodeList treatments(Config config) {
    return read(CodeListReader.of(config, PREFIX));
  }
}
