package uk.nhs.icb.caseworkflows.complaints.web.pages;

import static uk.nhs.icb.caseworkflows.common.web.pages.CaseSections.row;
import static uk.nhs.icb.caseworkflows.complaints.application.ComplaintTask.ACKNOWLEDGE;
import static uk.nhs.icb.caseworkflows.complaints.application.ComplaintTask.AGREE_PLAN;
import static uk.nhs.icb.caseworkflows.complaints.application.ComplaintTask.CHECK_REMIT;
import static uk.nhs.icb.caseworkflows.complaints.application.ComplaintTask.DECIDE_ANONYMOUS;
import static uk.nhs.icb.caseworkflows.complaints.application.ComplaintTask.DECIDE_LATE_COMPLAINT;
import static uk.nhs.icb.caseworkflows.complaints.application.ComplaintTask.DECIDE_STANDING;
import static uk.nhs.icb.caseworkflows.complaints.application.ComplaintTask.DRAFT_RESPONSE;
import static uk.nhs.icb.caseworkflows.complaints.application.ComplaintTask.INVESTIGATE;
import static uk.nhs.icb.caseworkflows.complaints.application.ComplaintTask.RECORD_CHOICE;
import static uk.nhs.icb.caseworkflows.complaints.application.ComplaintTask.RECORD_CONSENT;
import static uk.nhs.icb.caseworkflows.complaints.application.ComplaintTask.SIGN_OFF_RESPONSE;
import static uk.nhs.icb.caseworkflows.complaints.application.ComplaintTask.WRITE_FURTHER_RESPONSE;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.nhs.icb.caseworkflows.bpmn.api.CaseTask;
import uk.nhs.icb.caseworkflows.bpmn.diagram.ProcessDiagrams;
import uk.nhs.icb.caseworkflows.common.calendar.WorkingDayCalendar;
import uk.nhs.icb.caseworkflows.common.casework.web.pages.CaseworkerSection;
import uk.nhs.icb.caseworkflows.common.documents.application.DocumentSummary;
import uk.nhs.icb.caseworkflows.common.party.web.CommunicationNeedsSection;
import uk.nhs.icb.caseworkflows.common.party.web.pages.PersonRows;
import uk.nhs.icb.caseworkflows.common.security.application.CurrentCaller;
import uk.nhs.icb.caseworkflows.common.web.pages.CasePageModel;
import uk.nhs.icb.caseworkflows.common.web.pages.CaseSections;
import uk.nhs.icb.caseworkflows.common.web.pages.PageText;
import uk.nhs.icb.caseworkflows.common.web.pages.PageView;
import uk.nhs.icb.caseworkflows.common.web.pages.StepLinks;
import uk.nhs.icb.caseworkflows.complaints.application.AfterResponseReading;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintFileReading;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintFileReading.ComplaintFile;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;
import uk.nhs.icb.caseworkflows.complaints.domain.InvestigationEvidence;
import uk.nhs.icb.caseworkflows.complaints.domain.ResponseTimetable;

/**
 * The case page: what the complaint is, its deadlines with the working days left, its consents and
 * disclosures, plan and outcome, evidence, letters, who works it (with the reassign form for a
 * manager), where it is in its process and its history. The actions offered are those of the step
 * the case waits at, plus what can happen at any time while it is open (a consent, a withdrawal).
 * Reading it is an audited read of the file.
 */
@ApplicationScoped
class ComplaintCasePage {

  @Inject ComplaintFileReading reading;
  @Inject WorkingDayCalendar calendar;
  @Inject ProcessDiagrams diagrams;
  @Inject CaseworkerSection caseworker;
  @Inject CurrentCaller caller;
  @Inject CodingSection coding;
  @Inject AfterResponseSection afterResponse;

  PageView page(String id, HttpServletRequest request) {
    return reading.read(
        id, file -> PageView.of(title(file), "complaints/case", model(file, request)));
  }

  private static String title(ComplaintFile file) {
    return "Complaint " + file.complaint().reference().formatted();
  }

  private Map<String, Object> model(ComplaintFile file, HttpServletRequest request) {
    Complaint complaint = file.complaint();
    List<Map<String, Object>> actions = actions(file);
    coding.offer(actions, complaint, caller.get());
    AfterResponseReading.AfterResponse afterTheResponse = afterResponse.read(complaint);
    afterResponse.offer(actions, complaint, afterTheResponse);
    CasePageModel page =
        new CasePageModel(
                complaint.id(),
                complaint.reference().formatted(),
                PageText.sentence(complaint.status().description()),
                complaint.isClosed())
            .actions(actions)
            .openSteps(file.openSteps().stream().map(CaseTask::name).toList())
            .consents(file.consents())
            .sharingWithoutConsent(file.sharingWithoutConsent())
            .letters(file.letters(), request.getContextPath(), Complaint.CASE_TYPE)
            .history(file.history())
            .put(
                CaseworkerSection.KEY,
                caseworker.model(caller.get(), Complaint.CASE_TYPE, complaint.id()))
            .put("summary", summary(complaint))
            .put("deadlines", deadlines(complaint))
            .put("communicationNeeds", communicationNeeds(complaint))
            .listed("issues", issues(complaint))
            .put("overallOutcome", complaint.outcome().overall().map(PageText::words).orElse(null))
            .put("coding", coding.model(complaint))
            .listed("disclosures", disclosures(complaint))
            .listed("evidence", evidence(file, request));
    RoutesSection.addTo(page, complaint);
    afterResponse.addTo(page, afterTheResponse);
    complaint
        .closure()
        .ifPresent(
            closure ->
                page.closure(
                    PageText.words(closure.reason()),
                    closure.closedAt(),
                    complaint.retentionStartsOn(),
                    file.keptUntil()));
    diagrams
        .ofCase(complaint.id())
        .ifPresent(diagram -> page.diagram(diagram.summary(), diagram.svg()));
    return page.toMap();
  }

  /**
   * The forms of each step the case can wait at; a step not listed is worked from the task list.
   */
  private static final StepLinks<ComplaintFile> STEP_FORMS =
      new StepLinks<ComplaintFile>()
          .at(DECIDE_LATE_COMPLAINT.key(), "late-decision", "Decide on the late complaint", true)
          .at(CHECK_REMIT.key(), "remit-decision", "Check the complaint is for the ICB", true)
          .at(ACKNOWLEDGE.key(), "acknowledgement", "Acknowledge the complaint", true)
          .at(
              DECIDE_STANDING.key(),
              StandingForm.PATH,
              "Decide whether the representative may complain",
              true)
          .at(RECORD_CONSENT.key(), "consent-refusal", "Record that consent was not given", false)
          .at(AGREE_PLAN.key(), "plan", "Agree the complaint plan", true)
          .at(
              DECIDE_ANONYMOUS.key(),
              "anonymity-decision",
              "Decide whether it can be investigated anonymously",
              true)
          .at(RECORD_CHOICE.key(), "complainant-choice", "Record the complainant's choice", true)
          .at(INVESTIGATE.key(), "evidence", "Record evidence", true)
          .at(INVESTIGATE.key(), "provider-request", "Ask the provider for their response", false)
          .at(
              INVESTIGATE.key(),
              "clock-restart",
              "Restart the clock",
              false,
              ComplaintCasePage::stopped)
          .at(INVESTIGATE.key(), "clock-stop", "Stop the clock", false, file -> !stopped(file))
          .at(INVESTIGATE.key(), "response-date", "Change the response date", false)
          .at(INVESTIGATE.key(), "investigation-complete", "Finish the investigation", false)
          .at(DRAFT_RESPONSE.key(), "draft-response", "Draft the response", true)
          .at(SIGN_OFF_RESPONSE.key(), "sign-off", "Sign off the response", true)
          .at(
              WRITE_FURTHER_RESPONSE.key(),
              FurtherResponseForms.Sending.PATH,
              "Send the further response",
              true);

  /** Links to the forms of the step the case waits at; then consent and withdrawal, while open. */
  private static List<Map<String, Object>> actions(ComplaintFile file) {
    List<Map<String, Object>> actions =
        STEP_FORMS.forSteps(file.openSteps().stream().map(CaseTask::definitionKey).toList(), file);
    if (!file.complaint().isClosed()) {
      StepLinks.add(actions, "consent", "Record a consent", actions.isEmpty());
    }
    // A reopened complaint waits only for its further response: no route or withdrawal applies.
    if (!file.complaint().isClosed()
        && file.complaint().status()
            != uk.nhs.icb.caseworkflows.complaints.domain.ComplaintStatus.REOPENED) {
      RoutesSection.actions(file.complaint(), actions);
      StepLinks.add(actions, "withdrawal", "Withdraw the complaint", false);
    }
    return actions;
  }

  private static boolean stopped(ComplaintFile file) {
    return file.complaint().timetable().isClockStopped();
  }

  private static List<Map<String, String>> summary(Complaint complaint) {
    List<Map<String, String>> rows = new ArrayList<>();
    PersonRows.person(rows, "complainant", complaint.complainant());
    complaint.affectedPerson().ifPresent(patient -> PersonRows.patient(rows, "patient", patient));
    complaint
        .representation()
        .ifPresent(
            representation -> {
              row(rows, "Complainant's standing", StandingWords.ground(representation.standing()));
              row(rows, "Who they are to the patient", StandingWords.relationship(representation));
              row(rows, "Evidence of standing", representation.evidence());
              row(
                  rows,
                  "Decision on their standing",
                  complaint.standingDecision().map(StandingWords::decision).orElse("Not decided"));
            });
    row(rows, "Complaint about", complaint.subject().organisationOrService());
    if (complaint.subject().isTheIcbItself()) {
      row(rows, "About the ICB itself", "Yes: nothing is sent to a provider");
    }
    row(rows, "People named", String.join("\n", complaint.subject().peopleNamed()));
    row(
        rows,
        "Received",
        PageText.date(complaint.receipt().receivedAt())
            + " by "
            + PageText.words(complaint.receipt().channel()).toLowerCase(Locale.UK)
            + " ("
            + complaint.receipt().receivedBy()
            + ")");
    row(rows, "What happened", complaint.details().whatHappened());
    row(rows, "When it happened", PageText.date(complaint.details().happenedOn()));
    row(rows, "Outcome wanted", complaint.details().desiredOutcome());
    return rows;
  }

  private List<Map<String, String>> deadlines(Complaint complaint) {
    List<Map<String, String>> rows = new ArrayList<>();
    ResponseTimetable timetable = complaint.timetable();
    row(
        rows,
        "Acknowledgement",
        CaseSections.sentOrDue(
            timetable.acknowledgedAt(),
            timetable.acknowledgementDue(),
            complaint.isClosed(),
            calendar));
    timetable
        .responseDue()
        .ifPresent(
            due ->
                row(
                    rows,
                    "Response",
                    CaseSections.sentOrDue(
                            timetable.respondedAt(), due, complaint.isClosed(), calendar)
                        + (timetable.respondedAt().isEmpty() && timetable.isClockStopped()
                            ? " (clock stopped)"
                            : "")));
    row(rows, "Six months after receipt", PageText.date(timetable.sixMonthDate()));
    return rows;
  }

  private static List<Map<String, String>> issues(Complaint complaint) {
    return complaint.plan().issues().stream()
        .map(
            issue ->
                Map.of(
                    "number", String.valueOf(issue.number()),
                    "description", issue.description(),
                    "outcome",
                        issue.outcome() == null ? "Not decided" : PageText.words(issue.outcome())))
        .toList();
  }

  private static List<Map<String, String>> disclosures(Complaint complaint) {
    return complaint.disclosureLog().disclosures().stream()
        .map(
            disclosure ->
                Map.of(
                    "what", disclosure.whatWasShared(),
                    "to", disclosure.recipient(),
                    "named", disclosure.identityDisclosed() ? "Yes" : "No",
                    "basis",
                        disclosure.sharedWithoutConsent()
                            ? "Without consent, as the Caldicott Guardian approved"
                            : "Consent",
                    "when", CaseSections.when(disclosure.disclosedAt()),
                    "by", disclosure.disclosedBy()))
        .toList();
  }

  private static List<Map<String, Object>> evidence(
      ComplaintFile file, HttpServletRequest request) {
    return file.evidence().stream()
        .map(
            item -> {
              List<Map<String, String>> documents =
                  file.documentsOf(item).stream()
                      .map(document -> document(file, item, document, request))
                      .toList();
              return Map.<String, Object>of(
                  "kind", PageText.words(item.kind()),
                  "summary", item.summary(),
                  "source", item.source(),
                  "received", PageText.date(item.receivedOn()),
                  "documents", documents,
                  "hasDocuments", !documents.isEmpty());
            })
        .toList();
  }

  /** A link to one of the evidence's documents. */
  private static Map<String, String> document(
      ComplaintFile file,
      InvestigationEvidence item,
      DocumentSummary document,
      HttpServletRequest request) {
    return CaseSections.document(
        document,
        request.getContextPath()
            + "/api/complaints/"
            + file.complaint().id()
            + "/evidence/"
            + item.id()
            + "/documents/"
            + document.id());
  }

  /**
   * The callout at the top: the complainant's needs, and the patient's when someone acts for them.
   */
  static Map<String, Object> communicationNeeds(Complaint complaint) {
    CommunicationNeedsSection section =
        new CommunicationNeedsSection()
            .person(
                complaint.complainant().name() + " (complainant)",
                complaint.complainant().communicationNeeds());
    complaint
        .affectedPerson()
        .ifPresent(
            patient -> section.person(patient.name() + " (patient)", patient.communicationNeeds()));
    return section.model();
  }
}
