package uk.nhs.icb.caseworkflows.complaints.web.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.security.Caller;
import uk.nhs.icb.caseworkflows.common.security.application.CurrentCaller;
import uk.nhs.icb.caseworkflows.common.web.pages.FieldLimits;
import uk.nhs.icb.caseworkflows.common.web.pages.FormErrors;
import uk.nhs.icb.caseworkflows.common.web.pages.FormValues;
import uk.nhs.icb.caseworkflows.common.web.pages.PageTemplates;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintAnswerLengths;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintFileReading.ComplaintFile;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintStanding;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;
import uk.nhs.icb.caseworkflows.complaints.domain.ComplaintMade;
import uk.nhs.icb.caseworkflows.complaints.domain.Representation;
import uk.nhs.icb.caseworkflows.complaints.domain.RepresentativeRelationship;
import uk.nhs.icb.caseworkflows.complaints.domain.RepresentativeStanding;
import uk.nhs.icb.caseworkflows.complaints.letters.ComplaintLetterFixtures;

/**
 * Who may complain on the pages: the intake form asks why the complainant acts for the patient
 * (physically unable as its own answer) and, for a patient who has died, who they are to them; the
 * standing form asks only the findings the ground needs, and puts a missing one beside its
 * question.
 */
class WhoMayComplainPagesTest {

  private final PageTemplates templates =
      new PageTemplates(WhoMayComplainPagesTest.class.getClassLoader());
  private final ComplaintCommunicationNeedsTest.KeptIntake intake =
      new ComplaintCommunicationNeedsTest.KeptIntake();

  private ComplaintIntakeForm intakeForm() {
    ComplaintIntakeForm form = new ComplaintIntakeForm();
    form.intake = intake;
    form.clock = Clock.fixed(Instant.parse("2026-03-05T10:00:00Z"), ZoneId.of("UTC"));
    form.caller =
        new CurrentCaller() {
          @Override
          public Caller get() {
            return new Caller("handler", Set.of("complaints-handler"));
          }
        };
    return form;
  }

  private static Map<String, String> forAPatient(String standing) {
    Map<String, String> answers = new HashMap<>();
    answers.put("channel", "LETTER");
    answers.put("complainantName", "Mrs Joan Finch");
    answers.put("forSomeoneElse", "yes");
    answers.put("patientName", "Mr Harold Finch");
    answers.put("patientDateOfBirth-day", "2");
    answers.put("patientDateOfBirth-month", "11");
    answers.put("patientDateOfBirth-year", "1938");
    answers.put("standing", standing);
    answers.put("subject", "Northvale Community Health NHS Trust");
    answers.put("whatHappened", "The visits stopped without warning");
    answers.put("happenedOn-day", "10");
    answers.put("happenedOn-month", "2");
    answers.put("happenedOn-year", "2026");
    return answers;
  }

  private static FormValues typed(Map<String, String> answers) {
    return FormValues.of(answers, new FieldLimits(ComplaintAnswerLengths.LONGEST));
  }

  @Test
  void theIntakeFormAsksWhoSomeoneComplainingForAPatientWhoHasDiedIsToThem() {
    FormValues without = typed(forAPatient("DECEASED"));
    assertThat(intakeForm().submit(without)).isNull();
    assertThat(without.errors().all())
        .extracting(FormErrors.FieldProblem::fieldId, FormErrors.FieldProblem::message)
        .containsExactly(
            tuple(
                "standingRelationship-PERSONAL_REPRESENTATIVE",
                "Select who the complainant is to the patient who has died"));

    Map<String, String> someoneElse = forAPatient("DECEASED");
    someoneElse.put("standingRelationship", "OTHER");
    FormValues undescribed = typed(someoneElse);
    assertThat(intakeForm().submit(undescribed)).isNull();
    assertThat(undescribed.errors().messageFor("standingRelationshipDescription"))
        .contains("Enter who the complainant is to the patient");
    assertThat(intake.made).as("nothing recorded").isNull();

    Map<String, String> executor = forAPatient("DECEASED");
    executor.put("standingRelationship", "PERSONAL_REPRESENTATIVE");
    executor.put("standingEvidence", "Grant of probate seen");
    assertThat(intakeForm().submit(typed(executor))).isNotNull();
    Representation recorded = intake.made.representation();
    assertThat(recorded.standing()).isEqualTo(RepresentativeStanding.DECEASED);
    assertThat(recorded.relationship())
        .contains(RepresentativeRelationship.PERSONAL_REPRESENTATIVE);
    assertThat(recorded.evidence()).isEqualTo("Grant of probate seen");
  }

  @Test
  void physicallyUnableIsAnAnswerOfItsOwnAtIntake() {
    Map<String, Object> model = new HashMap<>(intakeForm().page(typed(Map.of())).model());
    model.put("contextPath", "");
    model.put("csrfToken", "t");
    String html = templates.render("complaints/intake", model);
    assertThat(html)
        .contains("id=\"standing-PHYSICALLY_UNABLE\"", "id=\"standing-LACKS_CAPACITY\"")
        .contains("The patient cannot complain because of a physical incapacity")
        .contains("id=\"standingRelationship-NEXT_OF_KIN\"");

    assertThat(intakeForm().submit(typed(forAPatient("PHYSICALLY_UNABLE")))).isNotNull();
    assertThat(intake.made.representation().standing())
        .isEqualTo(RepresentativeStanding.PHYSICALLY_UNABLE);
    assertThat(intake.made.representation().relationship()).isEmpty();
  }

  /** Decides on the fixture's complaint as the use case would, without the process. */
  static final class DecidingOn extends ComplaintStanding {
    final Complaint complaint;

    DecidingOn(Complaint complaint) {
      super(null);
      this.complaint = complaint;
    }

    @Override
    public Complaint decide(
        String id,
        boolean accept,
        Boolean reasonableGrounds,
        Boolean bestInterests,
        String evidenceSeen,
        String reasons) {
      complaint.decideStanding(
          accept,
          reasonableGrounds,
          bestInterests,
          evidenceSeen,
          reasons,
          ComplaintLetterFixtures.TODAY,
          "handler");
      return complaint;
    }
  }

  private static StandingForm standingFormFor(Complaint complaint) {
    StandingForm form = new StandingForm();
    form.standing = new DecidingOn(complaint);
    return form;
  }

  private static ComplaintFile fileOf(Complaint complaint) {
    return ComplaintFilesForPages.withNothingBeside(complaint);
  }

  private String rendered(Complaint complaint, FormValues typed) {
    Map<String, Object> model =
        new HashMap<>(standingFormFor(complaint).model(fileOf(complaint), typed));
    model.putAll(typed.errors().model());
    model.put("contextPath", "");
    model.put("csrfToken", "t");
    model.put("casePath", "/complaints");
    model.put("caseId", complaint.id());
    model.put("reference", complaint.reference().formatted());
    model.put("formTitle", "Decide whether the representative may complain");
    model.put("action", StandingForm.PATH);
    return templates.render("common/case-form", model);
  }

  @Test
  void forAChildTheStandingFormAsksForReasonableGroundsAndBestInterests() {
    Complaint complaint =
        ComplaintLetterFixtures.acknowledged(ComplaintLetterFixtures.forHerGrandson());

    String html = rendered(complaint, FormValues.empty());

    assertThat(html)
        .contains("The patient is a child")
        .contains("id=\"accepted-yes\"", "id=\"reasonableGrounds-yes\"", "id=\"bestInterests-yes\"")
        .contains("reasonable grounds for them complaining instead of the child")
        .contains("id=\"standingReasons\"")
        .doesNotContain("id=\"evidenceSeen\"");
  }

  @Test
  void theStandingFormOfAPatientsOwnComplaintSaysThereIsNoRepresentative() {
    Complaint own =
        ComplaintLetterFixtures.acknowledged(
            ComplaintLetterFixtures.aboutHerself(java.time.LocalDate.of(2026, 2, 10)));

    assertThat(rendered(own, FormValues.empty()))
        .contains(
            "This complaint was made by the patient: there is no representative to decide on.")
        .doesNotContain("id=\"reasonableGrounds-yes\"", "id=\"bestInterests-yes\"");
  }

  @Test
  void acceptingAChildsRepresentativeWithoutReasonableGroundsIsAMessageBesideThatQuestion() {
    Complaint complaint =
        ComplaintLetterFixtures.acknowledged(ComplaintLetterFixtures.forHerGrandson());
    FormValues typed =
        typed(Map.of("accepted", "yes", "reasonableGrounds", "no", "bestInterests", "yes"));

    assertThat(standingFormFor(complaint).submit(complaint.id(), typed)).isNull();

    assertThat(typed.errors().all())
        .extracting(FormErrors.FieldProblem::fieldId)
        .containsExactly("reasonableGrounds-yes");
    assertThat(typed.errors().messageFor("reasonableGrounds-yes").orElseThrow())
        .contains("reasonable grounds for them complaining instead of the child");
    assertThat(complaint.standingDecision()).isEmpty();
    assertThat(rendered(complaint, typed)).contains("id=\"reasonableGrounds-error\"");
  }

  @Test
  void refusingWithoutReasonsIsAMessageBesideTheReasonsAndARefusalWithThemIsRecorded() {
    Complaint complaint =
        ComplaintLetterFixtures.acknowledged(ComplaintLetterFixtures.forHerGrandson());
    FormValues withoutReasons = typed(Map.of("accepted", "no"));

    assertThat(standingFormFor(complaint).submit(complaint.id(), withoutReasons)).isNull();
    assertThat(withoutReasons.errors().messageFor("standingReasons"))
        .contains("Enter why they cannot complain for the patient");

    String banner =
        standingFormFor(complaint)
            .submit(
                complaint.id(),
                typed(Map.of("accepted", "no", "standingReasons", "His mother has complained.")));

    assertThat(banner).contains("not accepted", "letter");
    assertThat(complaint.standingDecision().orElseThrow().accepted()).isFalse();
    assertThat(complaint.standingDecision().orElseThrow().reasons())
        .contains("His mother has complained.");
  }

  @Test
  void forAPatientWhoHasDiedTheFormShowsTheRelationshipAndTakesTheEvidenceSeen() {
    ComplaintMade made =
        ComplaintMade.onBehalfOf(
            ComplaintLetterFixtures.forHerFather().complainant(),
            ComplaintLetterFixtures.forHerFather().affectedPerson(),
            Representation.ofDeceased(RepresentativeRelationship.NEXT_OF_KIN, null, null),
            ComplaintLetterFixtures.forHerFather().subject(),
            ComplaintLetterFixtures.forHerFather().details());
    Complaint complaint = ComplaintLetterFixtures.acknowledged(made);

    assertThat(rendered(complaint, FormValues.empty()))
        .contains("Next of kin", "id=\"evidenceSeen\"")
        .doesNotContain("id=\"reasonableGrounds-yes\"", "id=\"bestInterests-yes\"");

    FormValues noEvidence = typed(Map.of("accepted", "yes"));
    assertThat(standingFormFor(complaint).submit(complaint.id(), noEvidence)).isNull();
    assertThat(noEvidence.errors().messageFor("evidenceSeen").orElseThrow())
        .contains("Record the evidence");

    assertThat(
            standingFormFor(complaint)
                .submit(
                    complaint.id(),
                    typed(Map.of("accepted", "yes", "evidenceSeen", "Death certificate seen"))))
        .contains("accepted");
    assertThat(complaint.standingDecision().orElseThrow().evidenceSeen())
        .contains("Death certificate seen");
  }
}
