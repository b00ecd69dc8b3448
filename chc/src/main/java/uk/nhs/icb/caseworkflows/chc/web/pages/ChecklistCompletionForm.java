package uk.nhs.icb.caseworkflows.chc.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import uk.nhs.icb.caseworkflows.chc.application.ChcFileReading.ChcFile;
import uk.nhs.icb.caseworkflows.chc.application.ChecklistScreening;
import uk.nhs.icb.caseworkflows.chc.domain.ChecklistOutcome;
import uk.nhs.icb.caseworkflows.common.security.Roles;
import uk.nhs.icb.caseworkflows.common.web.pages.DateInput;
import uk.nhs.icb.caseworkflows.common.web.pages.FormValues;

/**
 * Completes the Checklist as the ICB received it: the national thresholds give the outcome, shown
 * in the banner with the rule that fired. Refused while a domain is empty.
 */
@ApplicationScoped
public class ChecklistCompletionForm extends ChcStepForm {

  static final String RECEIVED_ON = "receivedOn";

  @Inject ChecklistScreening screening;

  public ChecklistCompletionForm() {
    super(
        "checklist-completion",
        "Complete the Checklist",
        RECEIVED_ON + "-day",
        Set.of(Roles.CHC_ASSESSOR),
        "A positive Checklist starts the 28 days to a decision from the day the ICB received it;"
            + " a negative one ends the case with a letter giving the reasons.",
        true);
  }

  @Override
  public Map<String, Object> model(ChcFile file, FormValues typed) {
    return opening(file, typed)
        .date(
            RECEIVED_ON,
            "When did the ICB receive the completed Checklist?",
            "For example, 20 11 2026")
        .submit("Complete the Checklist", false)
        .toMap();
  }

  @Override
  public String submit(String caseId, FormValues typed) {
    DateInput.Result received = typed.date(RECEIVED_ON, "date received", true);
    if (!typed.errors().isEmpty()) {
      return null;
    }
    ChecklistOutcome outcome = screening.complete(caseId, null, received.value().orElseThrow());
    return outcome.isPositive()
        ? "The Checklist is positive: " + String.join(" ", outcome.reasons())
        : "The Checklist is negative; the letter gives the reasons";
  }
}
