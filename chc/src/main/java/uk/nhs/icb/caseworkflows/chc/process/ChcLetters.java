package uk.nhs.icb.caseworkflows.chc.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import uk.nhs.icb.caseworkflows.bpmn.casework.DelegateVariables;
import uk.nhs.icb.caseworkflows.chc.application.ChcConsentRecording;
import uk.nhs.icb.caseworkflows.chc.application.ChcSteps;
import uk.nhs.icb.caseworkflows.chc.domain.ChcCase;
import uk.nhs.icb.caseworkflows.chc.domain.ChcCases;
import uk.nhs.icb.caseworkflows.chc.letters.ChcLetterContents;
import uk.nhs.icb.caseworkflows.common.letters.application.LetterIssuing;

/**
 * Issues the letter the model names ({@code letterKind}) and stores it with the case, in the forms
 * its reader's communication needs ask for. The decision letter encloses the completed Decision
 * Support Tool, issued beside it as its own PDF/A. A letter goes to the representative only when
 * consent to share with them (or a best-interests decision) is in force.
 */
@Named("chcLetters")
@ApplicationScoped
public class ChcLetters implements JavaDelegate {

  private final ChcCases cases;
  private final ChcSteps steps;
  private final ChcLetterContents contents;
  private final ChcConsentRecording consents;
  private final LetterIssuing issuing;

  @Inject
  public ChcLetters(
      ChcCases cases,
      ChcSteps steps,
      ChcLetterContents contents,
      ChcConsentRecording consents,
      LetterIssuing issuing) {
    this.cases = cases;
    this.steps = steps;
    this.contents = contents;
    this.consents = consents;
    this.issuing = issuing;
  }

  /** For the CDI proxy only. */
  protected ChcLetters() {
    this(null, null, null, null, null);
  }

  @Override
  public void execute(DelegateExecution execution) {
    ChcCase chcCase = DelegateVariables.caseOf(execution, cases::find, "CHC case");
    String kind = DelegateVariables.instruction(execution, "letterKind");
    boolean toRepresentative = consents.mayShareWithFamily(chcCase);
    if (ChcLetterContents.ELIGIBILITY_DECISION.equals(kind)) {
      issue(ChcLetterContents.DST_SUMMARY, chcCase, toRepresentative);
    }
    issue(kind, chcCase, toRepresentative);
  }

  private void issue(String kind, ChcCase chcCase, boolean toRepresentative) {
    issuing.issue(
        ChcCase.CASE_TYPE,
        chcCase.id(),
        contents.letterOf(kind, chcCase, toRepresentative, steps.today()));
  }
}
