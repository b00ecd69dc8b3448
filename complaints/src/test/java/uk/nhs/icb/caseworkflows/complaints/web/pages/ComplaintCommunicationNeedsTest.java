package uk.nhs.icb.caseworkflows.complaints.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.party.domain.CommunicationNeed;
import uk.nhs.icb.caseworkflows.common.party.domain.CommunicationNeeds;
import uk.nhs.icb.caseworkflows.common.security.Caller;
import uk.nhs.icb.caseworkflows.common.security.application.CurrentCaller;
import uk.nhs.icb.caseworkflows.common.web.pages.FieldLimits;
import uk.nhs.icb.caseworkflows.common.web.pages.FormErrors;
import uk.nhs.icb.caseworkflows.common.web.pages.FormValues;
import uk.nhs.icb.caseworkflows.common.web.pages.PageTemplates;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintAnswerLengths;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintIntake;
import uk.nhs.icb.caseworkflows.complaints.domain.Channel;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;
import uk.nhs.icb.caseworkflows.complaints.domain.ComplaintMade;
import uk.nhs.icb.caseworkflows.complaints.letters.ComplaintLetterFixtures;

/**
 * Communication needs on the complaint pages: ticked at intake for the complainant and the patient,
 * a note too long shown beside it, and the callout at the top of the case page.
 */
class ComplaintCommunicationNeedsTest {

  private final PageTemplates templates =
      new PageTemplates(ComplaintCommunicationNeedsTest.class.getClassLoader());

  /** Keeps what the form would record instead of recording it. */
  static final class KeptIntake extends ComplaintIntake {
    ComplaintMade made;

    @Override
    public Complaint receive(
        ComplaintMade made,
        Channel channel,
        Instant receivedAt,
        String receivedBy,
        String caseworker) {
      this.made = made;
      return ComplaintLetterFixtures.received(made);
    }
  }

  private final KeptIntake intake = new KeptIntake();

  private ComplaintIntakeForm form() {
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

  private static Map<String, String> complaintForHerFather() {
    Map<String, String> answers = new HashMap<>();
    answers.put("channel", "LETTER");
    answers.put("complainantName", "Mrs Siân Evans");
    answers.put("forSomeoneElse", "yes");
    answers.put("patientName", "Mr Rhodri Evans");
    answers.put("patientDateOfBirth-day", "14");
    answers.put("patientDateOfBirth-month", "7");
    answers.put("patientDateOfBirth-year", "1948");
    answers.put("standing", "PATIENT_REQUEST");
    answers.put("subject", "Northvale GP Practice");
    answers.put("whatHappened", "A six-week wait for a home visit");
    answers.put("happenedOn-day", "10");
    answers.put("happenedOn-month", "2");
    answers.put("happenedOn-year", "2026");
    return answers;
  }

  private static FormValues typed(Map<String, String> answers) {
    return FormValues.of(answers, new FieldLimits(ComplaintAnswerLengths.LONGEST));
  }

  @Test
  void theIntakeFormRecordsTheTickedNeedsOnEachPerson() {
    Map<String, String> answers = complaintForHerFather();
    answers.put("complainantNeeds-large-print", "large-print");
    answers.put("complainantNeeds-braille-ready-text", "braille-ready-text");
    answers.put("complainantNeedsNote", "Prefers calls after 2pm");
    answers.put("patientNeeds-bsl-interpreter", "bsl-interpreter");
    FormValues typed = typed(answers);

    assertThat(form().submit(typed)).isNotNull();

    assertThat(typed.errors().isEmpty()).isTrue();
    assertThat(intake.made.complainant().communicationNeeds())
        .isEqualTo(
            CommunicationNeeds.of(
                List.of(CommunicationNeed.LARGE_PRINT, CommunicationNeed.BRAILLE_READY_TEXT),
                "Prefers calls after 2pm"));
    assertThat(intake.made.affectedPerson().communicationNeeds().needs())
        .containsExactly(CommunicationNeed.BSL_INTERPRETER);
  }

  @Test
  void nothingTickedRecordsNoNeeds() {
    FormValues typed = typed(complaintForHerFather());

    assertThat(form().submit(typed)).isNotNull();

    assertThat(intake.made.complainant().communicationNeeds().isNone()).isTrue();
    assertThat(intake.made.affectedPerson().communicationNeeds().isNone()).isTrue();
  }

  @Test
  void tooLongANoteIsAMessageBesideItAndNothingIsRecorded() {
    Map<String, String> answers = complaintForHerFather();
    answers.put("complainantNeeds-large-print", "large-print");
    answers.put("complainantNeedsNote", "x".repeat(CommunicationNeeds.MAX_NOTE_LENGTH + 1));
    FormValues typed = typed(answers);

    assertThat(form().submit(typed)).isNull();

    assertThat(intake.made).isNull();
    assertThat(typed.errors().all())
        .extracting(FormErrors.FieldProblem::fieldId, FormErrors.FieldProblem::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "complainantNeedsNote",
                "Must be " + CommunicationNeeds.MAX_NOTE_LENGTH + " characters or fewer"));
  }

  @Test
  void theIntakePageOffersEveryNeedAsACheckboxAndKeepsWhatWasTicked() {
    Map<String, String> answers = complaintForHerFather();
    answers.put("complainantNeeds-large-print", "large-print");
    Map<String, Object> model = new HashMap<>(form().page(typed(answers)).model());
    model.put("contextPath", "");
    model.put("csrfToken", "t");

    String html = templates.render("complaints/intake", model);

    assertThat(html)
        .contains("Complainant&#39;s communication needs")
        .contains("Patient&#39;s communication needs")
        .contains("id=\"complainantNeeds-large-print\" name=\"complainantNeeds-large-print\"")
        .contains("id=\"patientNeeds-advocate\"")
        .containsPattern("id=\"complainantNeeds-large-print\"[^>]*checked")
        .doesNotContainPattern("id=\"complainantNeeds-easy-read\"[^>]*checked");
  }

  /** What every case page has, as the template needs it. */
  private static Map<String, Object> caseModel() {
    Map<String, Object> model = new HashMap<>();
    model.put("contextPath", "");
    model.put("csrfToken", "t");
    model.put("id", "c-1");
    model.put("reference", "CMP-2026-000001");
    model.put("status", "Just received");
    model.put("summary", List.of());
    model.put("deadlines", List.of());
    model.put("history", List.of());
    model.put("letters", List.of());
    model.put("diagram", Map.of("text", "Waiting", "svg", "<svg role=\"img\"></svg>"));
    return model;
  }

  @Test
  void theCasePageCallsOutTheComplainantsAndThePatientsNeeds() {
    Complaint complaint = ComplaintLetterFixtures.received(ComplaintLetterFixtures.forHerFather());
    complaint
        .complainant()
        .recordCommunicationNeeds(
            CommunicationNeeds.of(List.of(CommunicationNeed.LARGE_PRINT), "Calls after 2pm"));
    complaint
        .affectedPerson()
        .orElseThrow()
        .recordCommunicationNeeds(CommunicationNeeds.of(CommunicationNeed.BSL_INTERPRETER));

    Map<String, Object> model = caseModel();
    model.put("communicationNeeds", ComplaintCasePage.communicationNeeds(complaint));
    String html = templates.render("complaints/case", model);

    assertThat(html)
        .contains("id=\"communication-needs\"")
        .contains("Mrs Siân Evans (complainant):</strong> Needs large print")
        .contains("Calls after 2pm")
        .contains("Mr Rhodri Evans (patient):</strong> Needs a BSL interpreter");
  }

  @Test
  void withoutNeedsThereIsNoCallout() {
    Complaint complaint = ComplaintLetterFixtures.received(ComplaintLetterFixtures.forHerFather());

    assertThat(ComplaintCasePage.communicationNeeds(complaint)).isNull();
  }

  @Test
  void eachLetterLinksTheFurtherFormsItWasSentIn() {
    Map<String, Object> letter = new HashMap<>();
    letter.put("title", "Acknowledgement");
    letter.put("to", "Mrs Siân Evans");
    letter.put("when", "5 Mar 2026, 10:00");
    letter.put("href", "/api/cases/complaint/c-1/letters/l-1");
    letter.put("fileName", "ack.pdf");
    letter.put(
        "otherForms",
        List.of(
            Map.of(
                "label", "large print PDF",
                "href", "/api/cases/complaint/c-1/letters/l-1?format=large-print",
                "fileName", "ack-large-print.pdf")));
    Map<String, Object> model = caseModel();
    model.put("letters", List.of(letter));
    model.put("hasLetters", true);

    String html = templates.render("complaints/case", model);

    assertThat(html)
        .contains(
            // The template escapes "=" in the address; a browser reads it back as "=".
            "<a href=\"/api/cases/complaint/c-1/letters/l-1?format&#x3D;large-print\""
                + " download=\"ack-large-print.pdf\">Acknowledgement (large print PDF)</a>");
  }
}
