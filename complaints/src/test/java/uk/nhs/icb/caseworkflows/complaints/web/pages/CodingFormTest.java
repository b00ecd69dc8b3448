package uk.nhs.icb.caseworkflows.complaints.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.calendar.BankHolidays;
import uk.nhs.icb.caseworkflows.common.calendar.WorkingDayCalendar;
import uk.nhs.icb.caseworkflows.common.coding.application.CodeListReader;
import uk.nhs.icb.caseworkflows.common.party.domain.AffectedPerson;
import uk.nhs.icb.caseworkflows.common.party.domain.Party;
import uk.nhs.icb.caseworkflows.common.web.pages.FormValues;
import uk.nhs.icb.caseworkflows.common.web.pages.PageTemplates;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintCodeSettings;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintFileReading.ComplaintFile;
import uk.nhs.icb.caseworkflows.complaints.application.NationalReturnCoding;
import uk.nhs.icb.caseworkflows.complaints.domain.Channel;
import uk.nhs.icb.caseworkflows.complaints.domain.CodingChoice;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;
import uk.nhs.icb.caseworkflows.complaints.domain.ComplaintDeadlines;
import uk.nhs.icb.caseworkflows.complaints.domain.ComplaintDetails;
import uk.nhs.icb.caseworkflows.complaints.domain.ComplaintMade;
import uk.nhs.icb.caseworkflows.complaints.domain.ComplaintReference;
import uk.nhs.icb.caseworkflows.complaints.domain.ComplaintTimescales;
import uk.nhs.icb.caseworkflows.complaints.domain.NationalReturnCodes;
import uk.nhs.icb.caseworkflows.complaints.domain.Receipt;
import uk.nhs.icb.caseworkflows.complaints.domain.Representation;
import uk.nhs.icb.caseworkflows.complaints.domain.RepresentativeStanding;
import uk.nhs.icb.caseworkflows.complaints.domain.SubjectOfComplaint;

/**
 * The coding form (issue 13 point 7) without JavaScript: a box per code, the age band from the date
 * of birth shown rather than asked, a correction starting from the coding on file, and a missing
 * answer reported beside its question.
 */
class CodingFormTest {

  private static final NationalReturnCodes CODES =
      ComplaintCodeSettings.read(CodeListReader.of(Map.of(), "app.complaints.codes."));
  private static final Instant RECEIVED = Instant.parse("2026-03-02T10:00:00Z");

  private final PageTemplates templates = new PageTemplates(getClass().getClassLoader());
  private final CodingForm form = new CodingForm();

  CodingFormTest() {
    form.coding = new NationalReturnCoding(null, CODES, null);
  }

  private static Complaint complaint(AffectedPerson patient) {
    Party jane = new Party("Jane Smith", List.of("1 High Street"), "AB1 2CD", null, null);
    SubjectOfComplaint subject = new SubjectOfComplaint("Riverside Hospital", List.of());
    ComplaintDetails details =
        new ComplaintDetails("Waited six hours", LocalDate.of(2026, 2, 1), null, "An apology");
    ComplaintMade made =
        patient == null
            ? ComplaintMade.byThePatient(jane, subject, details)
            : ComplaintMade.onBehalfOf(
                jane,
                patient,
                new Representation(RepresentativeStanding.PATIENT_REQUEST, "His letter"),
                subject,
                details);
    return Complaint.receive(
        new ComplaintReference(2026, 7),
        made,
        Receipt.of(Channel.LETTER, RECEIVED, "sam.handler"),
        new ComplaintDeadlines(
            new WorkingDayCalendar(
                BankHolidays.englandAndWales(), Clock.fixed(RECEIVED, ZoneId.of("UTC"))),
            ComplaintTimescales.defaults()));
  }

  private static ComplaintFile file(Complaint complaint) {
    return ComplaintFilesForPages.withNothingBeside(complaint);
  }

  private String render(ComplaintFile file, FormValues typed) {
    Map<String, Object> model = new HashMap<>(form.model(file, typed));
    model.putAll(typed.errors().model());
    model.put("contextPath", "");
    model.put("csrfToken", "t");
    model.put("casePath", "/complaints");
    model.put("caseId", "c-1");
    model.put("reference", "CMP-2026-000007");
    model.put("formTitle", form.title());
    model.put("action", form.path());
    return templates.render("common/case-form", model);
  }

  @Test
  void aBoxPerCodeAndTheAgeBandFromTheDateOfBirthIsShownNotAsked() {
    Complaint complaint =
        complaint(
            new AffectedPerson("Arthur Smith", null, LocalDate.of(1941, 3, 2), List.of(), null));

    String html = render(file(complaint), FormValues.empty());

    assertThat(html)
        .contains("id=\"subjects-COMMUNICATIONS\"", "id=\"serviceAreas-MENTAL_HEALTH\"")
        .contains("id=\"professions-SCIENTIFIC_THERAPEUTIC_TECHNICAL\"")
        .contains("85 and over (from their date of birth)")
        .doesNotContain("id=\"patientAgeBand-UNKNOWN\"");
    assertThat(html).containsPattern("id=\"complainantStatus-ON_BEHALF_OF_PATIENT\"[^>]*checked");
  }

  @Test
  void withoutADateOfBirthTheAgeBandIsAsked() {
    String html = render(file(complaint(null)), FormValues.empty());
    assertThat(html).contains("id=\"patientAgeBand-UNKNOWN\"");
    assertThat(html).containsPattern("id=\"complainantStatus-PATIENT\"[^>]*checked");
  }

  @Test
  void aCorrectionStartsFromTheCodingOnFile() {
    Complaint complaint = complaint(null);
    complaint.code(
        new CodingChoice(
            List.of("WAITING_TIMES"), List.of("MATERNITY"), List.of(), "PATIENT", "18-64"),
        CODES,
        RECEIVED,
        "sam.handler",
        false);

    String html = render(file(complaint), FormValues.empty());

    assertThat(html)
        .containsPattern("id=\"subjects-WAITING_TIMES\"[^>]*checked")
        .containsPattern("id=\"serviceAreas-MATERNITY\"[^>]*checked")
        .containsPattern("id=\"patientAgeBand-18-64\"[^>]*checked")
        .doesNotContainPattern("id=\"subjects-COMMUNICATIONS\"[^>]*checked");
  }

  @Test
  void nothingTickedIsReportedBesideEachQuestionAndNothingIsSent() {
    FormValues typed = FormValues.of(Map.of(), ComplaintPages.LIMITS);

    assertThat(form.submit("c-1", typed)).isNull();

    assertThat(typed.errors().messageFor("subjects-ACCESS_TO_TREATMENT_OR_DRUGS"))
        .contains("Select at least one subject");
    assertThat(typed.errors().messageFor("serviceAreas-ACUTE_INPATIENT"))
        .contains("Select at least one service area");
    assertThat(typed.errors().messageFor("complainantStatus-PATIENT"))
        .contains("Select who made the complaint");
  }
}
