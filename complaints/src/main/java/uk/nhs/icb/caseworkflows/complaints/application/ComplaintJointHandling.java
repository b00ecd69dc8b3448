package uk.nhs.icb.caseworkflows.complaints.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentCheck;
import uk.nhs.icb.caseworkflows.common.errors.NotFoundProblem;
import uk.nhs.icb.caseworkflows.common.letters.application.LetterIssuing;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;
import uk.nhs.icb.caseworkflows.complaints.domain.ComplaintRuleException;
import uk.nhs.icb.caseworkflows.complaints.domain.JointHandling;
import uk.nhs.icb.caseworkflows.complaints.letters.ComplaintLetterContents;
import uk.nhs.icb.caseworkflows.complaints.letters.LetterCircumstances;

/**
 * Handling a complaint jointly with the other organisations it concerns (regulation 9): agreeing
 * who leads and what each organisation is asked, which tells each of them about the complaint (a
 * disclosure apiece, on the consent it relies on) and the complainant by letter; then recording
 * each organisation's answer. Nothing here moves the process: the investigation goes on as planned
 * and its outcome waits for every answer.
 */
@ApplicationScoped
public class ComplaintJointHandling {

  private final ComplaintSteps steps;
  private final ComplaintConsentRecords consents;
  private final ComplaintLetterContents letters;
  private final LetterIssuing issuing;

  @Inject
  public ComplaintJointHandling(
      ComplaintSteps steps,
      ComplaintConsentRecords consents,
      ComplaintLetterContents letters,
      LetterIssuing issuing) {
    this.steps = steps;
    this.consents = consents;
    this.letters = letters;
    this.issuing = issuing;
  }

  protected ComplaintJointHandling() {
    this(null, null, null, null);
  }

  /**
   * @param leadOrganisation null when the ICB leads
   */
  @Transactional
  public Complaint agree(
      String id,
      String leadOrganisation,
      List<JointHandling.Asked> organisations,
      boolean complainantNamed) {
    Complaint complaint = steps.file(id);
    complaint.agreeJointHandling(
        leadOrganisation,
        organisations,
        complainantNamed,
        new ConsentCheck(consents.of(id)),
        steps.now(),
        steps.callerName());
    JointHandling agreed = complaint.jointHandling().orElseThrow();
    steps.audit(
        "JOINT_HANDLING_AGREED",
        id,
        organisations.size()
            + " organisations; led by "
            + (agreed.isLedByTheIcb() ? "the ICB" : "one of them")
            + "; complainant named "
            + complainantNamed);
    // The complainant hears now: the process has no step for it, and the letter is part of
    // agreeing, so it rolls back with it.
    issuing.issue(
        Complaint.CASE_TYPE,
        id,
        letters.letterOf(
            ComplaintLetterContents.JOINT_HANDLING, complaint, LetterCircumstances.none()));
    return complaint;
  }

  /** The answer of the organisation numbered {@code organisation} (from 1, in the order agreed). */
  @Transactional
  public Complaint recordAnswer(String id, int organisation, String answer, LocalDate answeredOn) {
    Complaint complaint = steps.file(id);
    JointHandling handling =
        complaint
            .jointHandling()
            .orElseThrow(
                () ->
                    new ComplaintRuleException(
                        "Complaint "
                            + complaint.reference().formatted()
                            + " is not handled jointly: agree the joint handling first."));
    if (organisation < 1 || organisation > handling.organisations().size()) {
      throw new NotFoundProblem(
          "Complaint "
              + complaint.reference().formatted()
              + " is handled jointly with "
              + handling.organisations().size()
              + " organisations; there is no organisation "
              + organisation
              + ".");
    }
    handling.recordAnswer(organisation, answer, answeredOn, steps.callerName());
    steps.audit(
        "JOINT_HANDLING_ANSWER_RECORDED",
        id,
        "organisation " + organisation + "; answered on " + answeredOn);
    return complaint;
  }
}
