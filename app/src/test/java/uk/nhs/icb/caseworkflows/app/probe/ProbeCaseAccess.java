package uk.nhs.icb.caseworkflows.app.probe;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import uk.nhs.icb.caseworkflows.common.security.CaseTypeAccess;

/** Probe cases are the complaints team's, as complaint files will be. */
@ApplicationScoped
public class ProbeCaseAccess implements CaseTypeAccess {

  @Inject private ProbeCaseOpening opening;

  @Override
  public String caseType() {
    return "probe";
  }

  @Override
  public Set<String> rolesThatMaySee() {
    return Set.of("complaints-handler", "complaints-manager");
  }

  @Override
  public boolean exists(String caseId) {
    return opening.isStored(caseId);
  }
}
