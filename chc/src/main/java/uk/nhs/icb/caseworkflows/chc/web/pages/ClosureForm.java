package uk.nhs.icb.caseworkflows.chc.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import uk.nhs.icb.caseworkflows.chc.application.ChcClosing;
import uk.nhs.icb.caseworkflows.chc.application.ChcFileReading.ChcFile;
import uk.nhs.icb.caseworkflows.chc.domain.ClosureReason;
import uk.nhs.icb.caseworkflows.common.security.Roles;
import uk.nhs.icb.caseworkflows.common.web.pages.DateInput;
import uk.nhs.icb.caseworkflows.common.web.pages.Fields;
import uk.nhs.icb.caseworkflows.common.web.pages.FormValues;

/** Closes the case because the person died, moved out of area, or the referral was withdrawn. */
@ApplicationScoped
public class ClosureForm extends ChcStepForm {

  @Inject ChcClosing closing;

  public ClosureForm() {
    super(
        "closure",
        "Close the case",
        "reason-" + ClosureReason.DIED.name(),
        Set.of(Roles.CHC_ASSESSOR),
        "Closing stops the work in hand and starts the record's retention period that day.",
        false);
  }

  @Override
  public Map<String, Object> model(ChcFile file, FormValues typed) {
    return opening(file, typed)
        .radios(
            "reason",
            "Why does the case close?",
            null,
            Arrays.stream(ClosureReason.values())
                .filter(ClosureReason::chosenByStaff)
                .map(r -> Fields.Option.of(r.name(), r.title()))
                .toList())
        .date("closedOn", "When?", "Leave blank for today")
        .submit("Close the case", true)
        .toMap();
  }

  @Override
  public String submit(String caseId, FormValues typed) {
    ClosureReason reason =
        typed.choice("reason", ClosureReason.class, ClosureReason.DIED, "Select why it closes");
    DateInput.Result on = typed.date("closedOn", "date closed", false);
    if (!typed.errors().isEmpty()) {
      return null;
    }
    closing.closeByStaff(caseId, typed.version(), reason.name(), on.value().orElse(null));
    return "The case was closed";
  }
}
