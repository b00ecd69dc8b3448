package uk.nhs.icb.caseworkflows.chc.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import uk.nhs.icb.caseworkflows.chc.application.CareArrangement;
import uk.nhs.icb.caseworkflows.chc.application.CarePackageEntry;
import uk.nhs.icb.caseworkflows.chc.application.ChcFileReading.ChcFile;
import uk.nhs.icb.caseworkflows.common.security.Roles;
import uk.nhs.icb.caseworkflows.common.web.pages.FormValues;

/**
 * Arranges the care package of someone eligible (at once for Fast Track), or changes it between
 * reviews with the reason; each version is kept on the case.
 */
@ApplicationScoped
public class CarePackageForm extends ChcStepForm {

  @Inject CareArrangement arrangement;

  public CarePackageForm() {
    super(
        "care-package",
        "Arrange the care package",
        "provider",
        Set.of(Roles.CHC_ASSESSOR),
        "The ICB arranges and funds the care that meets the needs assessed. Every change is kept"
            + " with who made it, when and why; the person is sent a letter when it is arranged.",
        true);
  }

  @Override
  public Map<String, Object> model(ChcFile file, FormValues typed) {
    var form = opening(file, typed);
    CarePackageFields.ask(form, "");
    return form.submit("Save the care package", false).toMap();
  }

  @Override
  public String submit(String caseId, FormValues typed) {
    CarePackageEntry entry = CarePackageFields.read(typed, "");
    if (!typed.errors().isEmpty()) {
      return null;
    }
    arrangement.arrange(caseId, typed.version(), entry);
    return "The care package was saved";
  }
}
