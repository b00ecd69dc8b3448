package uk.nhs.icb.caseworkflows.bpmn.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.bpmn.casework.CaseStepsTest.Register;
import uk.nhs.icb.caseworkflows.bpmn.casework.CaseStepsTest.Request;
import uk.nhs.icb.caseworkflows.bpmn.casework.CaseStepsTest.Requests;
import uk.nhs.icb.caseworkflows.bpmn.casework.CaseStepsTest.Step;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEntry;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditKind;
import uk.nhs.icb.caseworkflows.common.consent.application.CaseConsents;
import uk.nhs.icb.caseworkflows.common.consent.domain.CapacityAssessment;
import uk.nhs.icb.caseworkflows.common.consent.domain.CapacityOutcome;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentGivenAs;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentGiver;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentMethod;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentPurpose;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentRecord;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentSubject;
import uk.nhs.icb.caseworkflows.common.errors.ConflictProblem;
import uk.nhs.icb.caseworkflows.common.errors.NotFoundProblem;

/** Consents on a made-up workflow of funding requests, without a database. */
class CaseConsentRecordingTest {

  private static final Instant GIVEN = Instant.parse("2026-03-09T15:00:00Z");

  /** Consent records kept in a list, found as the real ones are: by case and id. */
  static final class Kept extends CaseConsents {
    final List<ConsentRecord> records = new ArrayList<>();
    final List<CapacityAssessment> assessments = new ArrayList<>();

    @Override
    public void add(CapacityAssessment assessment) {
      assessments.add(assessment);
    }

    @Override
    public void add(ConsentRecord consent) {
      records.add(consent);
    }

    @Override
    public ConsentRecord find(String caseType, String caseId, String consentId, String noun) {
      return records.stream()
          .filter(c -> c.belongsTo(caseType, caseId) && consentId.equals(c.id()))
          .findFirst()
          .orElseThrow(() -> new NotFoundProblem("This " + noun + " has no consent record."));
    }
  }

  private final Kept consents = new Kept();
  private final List<AuditEntry> audited = new ArrayList<>();
  private final CaseConsentRecording<Request> recording =
      new CaseConsentRecording<>(
          new CaseActions<Request, Step>(
              new Requests(),
              new CaseActionsTest.Engine(),
              new Register(),
              CaseActionsTest.recordingInto(audited),
              CaseActionsTest.signedIn("j.patel"),
              Clock.fixed(CaseActionsTest.NOW, ZoneOffset.UTC)),
          consents);

  private final Request open = new Request("r-1", "IFR-2026-000001", false);

  private ConsentRecord patientConsents() {
    return recording.record(
        open,
        request -> ConsentSubject.of("Mr Ade Bello", "patient"),
        ConsentGiver.thePerson(),
        ConsentPurpose.PROCESS_CASE,
        ConsentMethod.WRITTEN,
        GIVEN);
  }

  @Test
  void aConsentIsKeptOnItsCaseByTheCallerAndAudited() {
    ConsentRecord consent = patientConsents();

    assertThat(consents.records).containsExactly(consent);
    assertThat(consent.belongsTo("ifr", "r-1")).isTrue();
    assertThat(consent.recordedBy()).isEqualTo("j.patel");
    assertThat(consent.givenAt()).isEqualTo(GIVEN);
    assertThat(audited)
        .containsExactly(
            new AuditEntry(
                AuditKind.CHANGE, "CONSENT_RECORDED", "ifr", "r-1", "PROCESS_CASE for patient"));
  }

  @Test
  void aClosedCasesConsentsNoLongerChangeAndNobodyIsAskedWhoseItIs() {
    Request closed = new Request("r-2", "IFR-2026-000002", true);

    assertThatThrownBy(
            () ->
                recording.record(
                    closed,
                    request -> {
                      throw new AssertionError("asked whose consent on a closed case");
                    },
                    ConsentGiver.thePerson(),
                    ConsentPurpose.PROCESS_CASE,
                    ConsentMethod.WRITTEN,
                    GIVEN))
        .isInstanceOf(ConflictProblem.class)
        .hasMessage("This funding request is closed; its consents can no longer change.");
    assertThat(consents.records).isEmpty();
    assertThat(audited).isEmpty();
  }

  @Test
  void aWithdrawalIsDatedNowByTheCallerAndAudited() {
    ConsentRecord consent = patientConsents();
    audited.clear();

    recording.withdraw(open, consent.id(), ConsentMethod.VERBAL, "changed her mind");

    assertThat(consent.isWithdrawn()).isTrue();
    assertThat(consent.withdrawal().withdrawnAt()).isEqualTo(CaseActionsTest.NOW);
    assertThat(consent.withdrawal().recordedBy()).isEqualTo("j.patel");
    assertThat(audited)
        .containsExactly(
            new AuditEntry(
                AuditKind.CHANGE,
                "CONSENT_WITHDRAWN",
                "ifr",
                "r-1",
                "PROCESS_CASE " + consent.id()));
  }

  @Test
  void anotherCasesConsentCannotBeWithdrawnHere() {
    ConsentRecord consent = patientConsents();
    Request other = new Request("r-3", "IFR-2026-000003", false);

    assertThatThrownBy(
            () -> recording.withdraw(other, consent.id(), ConsentMethod.VERBAL, "wrong case"))
        .isInstanceOf(NotFoundProblem.class)
        .hasMessageContaining("funding request");
    assertThat(consent.isWithdrawn()).isFalse();
  }

  @Test
  void aCapacityAssessmentIsKeptOnItsCaseAndDecidesWhoseConsentCounts() {
    CapacityAssessment assessment =
        recording.recordCapacityAssessment(
            open,
            request -> ConsentSubject.of("Mr Ade Bello", "patient"),
            "to consent to an assessment of his needs",
            "Dr Lena Ford, consultant geriatrician",
            LocalDate.of(2026, 3, 2),
            CapacityOutcome.LACKS_CAPACITY);

    assertThat(consents.assessments).containsExactly(assessment);
    assertThat(assessment.belongsTo("ifr", "r-1")).isTrue();
    assertThat(assessment.recordedBy()).isEqualTo("j.patel");
    assertThat(assessment.allowsConsentGivenAs(ConsentGivenAs.THE_PERSON)).isFalse();
    assertThat(assessment.allowsConsentGivenAs(ConsentGivenAs.REPRESENTATIVE)).isTrue();
    assertThat(assessment.allowsConsentGivenAs(ConsentGivenAs.BEST_INTERESTS_DECISION)).isTrue();
    assertThat(audited)
        .containsExactly(
            new AuditEntry(
                AuditKind.CHANGE, "CAPACITY_ASSESSED", "ifr", "r-1", "LACKS_CAPACITY for patient"));
  }

  @Test
  void someoneWithCapacityConsentsOnlyForThemselves() {
    CapacityAssessment assessment =
        recording.recordCapacityAssessment(
            open,
            request -> ConsentSubject.of("Mr Ade Bello", "patient"),
            "to consent to sharing with his daughter",
            "Sam Okafor, nurse assessor",
            LocalDate.of(2026, 3, 2),
            CapacityOutcome.HAS_CAPACITY);

    assertThat(assessment.allowsConsentGivenAs(ConsentGivenAs.THE_PERSON)).isTrue();
    assertThat(assessment.allowsConsentGivenAs(ConsentGivenAs.BEST_INTERESTS_DECISION)).isFalse();
  }
}
