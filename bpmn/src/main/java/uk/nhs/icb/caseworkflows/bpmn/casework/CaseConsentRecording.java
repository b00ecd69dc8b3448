package uk.nhs.icb.caseworkflows.bpmn.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Function;
import uk.nhs.icb.caseworkflows.common.consent.application.CaseConsents;
import uk.nhs.icb.caseworkflows.common.consent.domain.BestInterestsDecision;
import uk.nhs.icb.caseworkflows.common.consent.domain.CapacityAssessment;
import uk.nhs.icb.caseworkflows.common.consent.domain.CapacityOutcome;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentGiver;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentMethod;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentPurpose;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentRecord;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentSubject;
import uk.nhs.icb.caseworkflows.common.consent.domain.LawfulBasis;
import uk.nhs.icb.caseworkflows.common.consent.domain.SharingWithoutConsent;
import uk.nhs.icb.caseworkflows.common.errors.ConflictProblem;

/**
 * Records a consent as given on a case, or its withdrawal, each by the caller and on the audit
 * trail ({@code CONSENT_RECORDED}, {@code CONSENT_WITHDRAWN}). A closed case's consents no longer
 * change (409); a consent of another case is not found (404). What the workflow's process does next
 * (end a wait for consent, stop work that relied on it) is the case module's own rule.
 *
 * @param <C> the case's aggregate
 */
public class CaseConsentRecording<C> {

  private final CaseActions<C, ?> actions;
  private final CaseConsents consents;

  public CaseConsentRecording(CaseActions<C, ?> actions, CaseConsents consents) {
    this.actions = actions;
    this.consents = consents;
  }

  /**
   * Records the consent of the person {@code whose} names on the open case, given at {@code
   * givenAt} (which may be before it is recorded, e.g. a signed form arriving later).
   */
  public ConsentRecord record(
      C file,
      Function<C, ConsentSubject> whose,
      ConsentGiver givenBy,
      ConsentPurpose purpose,
      ConsentMethod how,
      Instant givenAt) {
    CaseFiles<C> files = openCaseFiles(file, "its consents can no longer change");
    ConsentSubject subject = whose.apply(file);
    String caseId = files.idOf(file);
    ConsentRecord consent =
        ConsentRecord.given(
            files.caseType(),
            caseId,
            subject,
            givenBy,
            purpose,
            how,
            givenAt,
            actions.callerName());
    consents.add(consent);
    actions.audit("CONSENT_RECORDED", caseId, purpose + " for " + subject.roleInCase());
    return consent;
  }

  /**
   * Records the Caldicott Guardian's approval (the caller's) to share the information of the person
   * {@code whose} names for {@code purpose} without their consent, on {@code basis}, from now.
   */
  public SharingWithoutConsent approveWithoutConsent(
      C file,
      Function<C, ConsentSubject> whose,
      ConsentPurpose purpose,
      LawfulBasis basis,
      String justification) {
    CaseFiles<C> files = openCaseFiles(file, "nothing more will be shared from it");
    ConsentSubject subject = whose.apply(file);
    String caseId = files.idOf(file);
    SharingWithoutConsent approved =
        SharingWithoutConsent.approved(
            files.caseType(),
            caseId,
            subject,
            purpose,
            basis,
            justification,
            actions.now(),
            actions.callerName());
    consents.add(approved);
    actions.audit(
        "SHARING_WITHOUT_CONSENT_APPROVED",
        caseId,
        purpose + " for " + subject.roleInCase() + " on " + basis);
    return approved;
  }

  /**
   * Records a capacity assessment of the person {@code whose} names on the open case, by the caller
   * and on the audit trail ({@code CAPACITY_ASSESSED}), for the case's consent rule to rely on.
   */
  public CapacityAssessment recordCapacityAssessment(
      C file,
      Function<C, ConsentSubject> whose,
      String decisionInQuestion,
      String assessedBy,
      LocalDate assessedOn,
      CapacityOutcome outcome) {
    return recordCapacityAssessment(
        file, whose, decisionInQuestion, assessedBy, assessedOn, outcome, null);
  }

  /**
   * As {@link #recordCapacityAssessment(Object, Function, String, String, LocalDate,
   * CapacityOutcome)}, with the decision made in the person's best interests when they lack
   * capacity ({@code BEST_INTERESTS_DECIDED} on the audit trail); null when none was made.
   */
  public CapacityAssessment recordCapacityAssessment(
      C file,
      Function<C, ConsentSubject> whose,
      String decisionInQuestion,
      String assessedBy,
      LocalDate assessedOn,
      CapacityOutcome outcome,
      BestInterestsDecision bestInterests) {
    CaseFiles<C> files = openCaseFiles(file, "its consents can no longer change");
    ConsentSubject subject = whose.apply(file);
    String caseId = files.idOf(file);
    CapacityAssessment assessment =
        CapacityAssessment.recorded(
            files.caseType(),
            caseId,
            subject,
            decisionInQuestion,
            assessedBy,
            assessedOn,
            outcome,
            actions.now(),
            actions.callerName());
    if (bestInterests != null) {
      assessment.recordBestInterestsDecision(bestInterests);
    }
    consents.add(assessment);
    actions.audit("CAPACITY_ASSESSED", caseId, outcome + " for " + subject.roleInCase());
    if (bestInterests != null) {
      actions.audit("BEST_INTERESTS_DECIDED", caseId, "for " + subject.roleInCase());
    }
    return assessment;
  }

  /** Withdraws one of the case's consents now, as told by {@code how}, for {@code reason}. */
  public ConsentRecord withdraw(C file, String consentId, ConsentMethod how, String reason) {
    CaseFiles<C> files = actions.files();
    String caseId = files.idOf(file);
    ConsentRecord consent = consents.find(files.caseType(), caseId, consentId, files.noun());
    consent.withdraw(actions.now(), how, actions.callerName(), reason);
    actions.audit("CONSENT_WITHDRAWN", caseId, consent.purpose() + " " + consentId);
    return consent;
  }

  /** The case type's files, once {@code file} is found open; a closed case is a 409 saying why. */
  private CaseFiles<C> openCaseFiles(C file, String becauseClosed) {
    CaseFiles<C> files = actions.files();
    if (files.isClosed(file)) {
      throw new ConflictProblem("This " + files.noun() + " is closed; " + becauseClosed + ".");
    }
    return files;
  }
}
