package uk.nhs.icb.caseworkflows.complaints.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.nhs.icb.caseworkflows.bpmn.api.CaseTask;
import uk.nhs.icb.caseworkflows.bpmn.diagram.ProcessDiagrams;
import uk.nhs.icb.caseworkflows.common.calendar.WorkingDayCalendar;
import uk.nhs.icb.caseworkflows.common.documents.application.DocumentSummary;
import uk.nhs.icb.caseworkflows.common.documents.domain.DocumentType;
import uk.nhs.icb.caseworkflows.common.web.pages.PageText;
import uk.nhs.icb.caseworkflows.common.web.pages.PageView;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintFileReading;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintFileReading.ComplaintFile;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintTask;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;
import uk.nhs.icb.caseworkflows.complaints.domain.InvestigationEvidence;

/**
 * The case page: what the complaint is, its deadlines with the working days left, its consents and
 * disclosures, plan and outcome, evidence, letters, where it is in its process and its history. The
 * actions offered are those of the step the case waits at, plus what can happen at any time while
 * it is open (a consent, a withdrawal). Reading it is an audited read of the file.
 */
@ApplicationScoped
class ComplaintCasePage {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK)
          .withZone(ZoneId.of("Europe/London"));

  @Inject ComplaintFileReading reading;
  @Inject WorkingDayCalendar calendar;
  @Inject ProcessDiagrams diagrams;

  PageView page(String id, HttpServletRequest request) {
    return reading.read(
        id, file -> PageView.of(title(file), "complaints/case", model(file, request)));
  }

  private static String title(ComplaintFile file) {
    return "Complaint " + file.complaint().reference().formatted();
  }

  private Map<String, Object> model(ComplaintFile file, HttpServletRequest request) {
    Complaint complaint = file.complaint();
    Map<String, Object> model = new HashMap<>();
    model.put("id", complaint.id());
    model.put("reference", complaint.reference().formatted());
    model.put("status", PageText.sentence(complaint.status().description()));
    model.put("closed", complaint.isClosed());
    model.put(
        "closure",
        complaint
            .closure()
            .map(
                closure ->
                    Map.of(
                        "reason", PageText.words(closure.reason()),
                        "on", PageText.date(closure.closedAt()),
                        "retention", complaint.retentionStartsOn().map(PageText::date).orElse(""),
                        "keptUntil", file.keptUntil().map(PageText::date).orElse("")))
            .orElse(null));
    List<Map<String, Object>> actions = actions(file);
    model.put("actions", actions);
    model.put("hasActions", !actions.isEmpty());
    model.put("summary", summary(complaint));
    model.put("deadlines", deadlines(complaint));
    model.put("steps", file.openSteps().stream().map(CaseTask::name).toList());
    model.put("consents", consents(file));
    model.put("hasConsents", !file.consents().isEmpty());
    model.put("issues", issues(complaint));
    model.put("hasIssues", !complaint.issues().isEmpty());
    model.put("overallOutcome", complaint.overallOutcome().map(PageText::words).orElse(null));
    model.put("disclosures", disclosures(complaint));
    model.put("hasDisclosures", !complaint.disclosures().isEmpty());
    model.put("evidence", evidence(file, request));
    model.put("hasEvidence", !file.evidence().isEmpty());
    model.put("letters", letters(file, request));
    model.put("hasLetters", !file.letters().isEmpty());
    model.put("history", history(file));
    model.put(
        "diagram",
        diagrams
            .ofCase(complaint.id())
            // The SVG is markup built and escaped by bpmn's renderer; nothing else goes unescaped.
            .map(diagram -> Map.of("text", diagram.summary(), "svg", diagram.svg()))
            .orElse(null));
    return model;
  }

  /** Links to the forms of the step the case waits at; then consent and withdrawal, while open. */
  private static List<Map<String, Object>> actions(ComplaintFile file) {
    List<Map<String, Object>> actions = new ArrayList<>();
    for (CaseTask step : file.openSteps()) {
      ComplaintTask task = ComplaintTask.withKey(step.definitionKey()).orElse(null);
      if (task == null) {
        continue; // A step without a form of its own is worked from the task list.
      }
      switch (task) {
        case DECIDE_LATE_COMPLAINT ->
            add(actions, "late-decision", "Decide on the late complaint", true);
        case CHECK_REMIT ->
            add(actions, "remit-decision", "Check the complaint is for the ICB", true);
        case ACKNOWLEDGE -> add(actions, "acknowledgement", "Acknowledge the complaint", true);
        case RECORD_CONSENT ->
            add(actions, "consent-refusal", "Record that consent was not given", false);
        case AGREE_PLAN -> add(actions, "plan", "Agree the complaint plan", true);
        case DECIDE_ANONYMOUS ->
            add(
                actions,
                "anonymity-decision",
                "Decide whether it can be investigated anonymously",
                true);
        case RECORD_CHOICE ->
            add(actions, "complainant-choice", "Record the complainant's choice", true);
        case INVESTIGATE -> {
          add(actions, "evidence", "Record evidence", true);
          add(actions, "provider-request", "Ask the provider for their response", false);
          if (file.complaint().isClockStopped()) {
            add(actions, "clock-restart", "Restart the clock", false);
          } else {
            add(actions, "clock-stop", "Stop the clock", false);
          }
          add(actions, "response-date", "Change the response date", false);
          add(actions, "investigation-complete", "Finish the investigation", false);
        }
        case DRAFT_RESPONSE -> add(actions, "draft-response", "Draft the response", true);
        case SIGN_OFF_RESPONSE -> add(actions, "sign-off", "Sign off the response", true);
      }
    }
    if (!file.complaint().isClosed()) {
      add(actions, "consent", "Record a consent", actions.isEmpty());
      add(actions, "withdrawal", "Withdraw the complaint", false);
    }
    return actions;
  }

  private static void add(
      List<Map<String, Object>> actions, String path, String text, boolean primary) {
    actions.add(Map.of("path", path, "text", text, "primary", primary));
  }

  private static List<Map<String, String>> summary(Complaint complaint) {
    List<Map<String, String>> rows = new ArrayList<>();
    row(rows, "Complainant", complaint.complainant().name());
    row(
        rows,
        "Complainant's address",
        String.join("\n", complaint.complainant().addressLines())
            + (complaint.complainant().postcode() == null
                ? ""
                : "\n" + complaint.complainant().postcode()));
    row(rows, "Telephone", complaint.complainant().telephone());
    row(rows, "Email", complaint.complainant().email());
    complaint
        .affectedPerson()
        .ifPresent(
            patient -> {
              row(rows, "Patient", patient.name());
              row(
                  rows,
                  "NHS number",
                  patient.nhsNumber() == null ? null : patient.nhsNumber().formatted());
              row(rows, "Date of birth", PageText.date(patient.dateOfBirth()));
            });
    complaint
        .representation()
        .ifPresent(
            representation -> {
              row(rows, "Complainant's standing", PageText.words(representation.standing()));
              row(rows, "Evidence of standing", representation.evidence());
            });
    row(rows, "Complaint about", complaint.subject().organisationOrService());
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
    row(
        rows,
        "Acknowledgement",
        complaint
            .acknowledgedAt()
            .map(at -> "Sent " + PageText.date(at))
            .orElseGet(() -> due(complaint.acknowledgementDue(), complaint.isClosed())));
    complaint
        .responseDue()
        .ifPresent(
            due ->
                row(
                    rows,
                    "Response",
                    complaint
                        .respondedAt()
                        .map(at -> "Sent " + PageText.date(at))
                        .orElseGet(
                            () ->
                                due(due, complaint.isClosed())
                                    + (complaint.isClockStopped() ? " (clock stopped)" : ""))));
    row(rows, "Six months after receipt", PageText.date(complaint.sixMonthDate()));
    return rows;
  }

  /** "Due 24 November 2026 (3 working days left)", or how many working days it is overdue. */
  private String due(LocalDate day, boolean closed) {
    String date = "Due " + PageText.date(day);
    if (closed) {
      return date;
    }
    int left = calendar.workingDaysBetween(calendar.today(), day);
    if (left > 0) {
      return date + " (" + left + (left == 1 ? " working day left)" : " working days left)");
    }
    if (day.equals(calendar.today())) {
      return date + " (due today)";
    }
    int late = calendar.workingDaysBetween(day, calendar.today());
    return date + " (overdue by " + late + (late == 1 ? " working day)" : " working days)");
  }

  private static List<Map<String, String>> consents(ComplaintFile file) {
    return file.consents().stream()
        .map(
            consent -> {
              Map<String, String> row = new LinkedHashMap<>();
              row.put(
                  "whose", consent.subject().name() + " (" + consent.subject().roleInCase() + ")");
              row.put("purpose", PageText.sentence(consent.purpose().description()));
              row.put("how", PageText.words(consent.method()));
              row.put("given", PageText.date(consent.givenAt()));
              row.put(
                  "withdrawn",
                  consent.withdrawal() == null
                      ? "No"
                      : "Withdrawn " + PageText.date(consent.withdrawal().withdrawnAt()));
              return row;
            })
        .toList();
  }

  private static List<Map<String, String>> issues(Complaint complaint) {
    return complaint.issues().stream()
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
    return complaint.disclosures().stream()
        .map(
            disclosure ->
                Map.of(
                    "what", disclosure.whatWasShared(),
                    "to", disclosure.recipient(),
                    "named", disclosure.identityDisclosed() ? "Yes" : "No",
                    "when", WHEN.format(disclosure.disclosedAt()),
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

  /** A download link: the person's name for the file, then its real type and size. */
  private static Map<String, String> document(
      ComplaintFile file,
      InvestigationEvidence item,
      DocumentSummary document,
      HttpServletRequest request) {
    return Map.of(
        "name", document.fileName(),
        "href",
            request.getContextPath()
                + "/api/complaints/"
                + file.complaint().id()
                + "/evidence/"
                + item.id()
                + "/documents/"
                + document.id(),
        "about",
            DocumentType.ofMediaType(document.mediaType())
                    .map(DocumentType::displayName)
                    .orElse(document.mediaType())
                + ", "
                + size(document.sizeBytes()));
  }

  /** "120 KB", "2.4 MB": as a file manager would say it. */
  static String size(long bytes) {
    if (bytes < 1024) {
      return bytes + " bytes";
    }
    if (bytes < 1024 * 1024) {
      return Math.round(bytes / 1024.0) + " KB";
    }
    return String.format(Locale.UK, "%.1f MB", bytes / (1024.0 * 1024.0));
  }

  private static List<Map<String, String>> letters(ComplaintFile file, HttpServletRequest request) {
    String base =
        request.getContextPath()
            + "/api/cases/"
            + Complaint.CASE_TYPE
            + "/"
            + file.complaint().id()
            + "/letters/";
    return file.letters().stream()
        .map(
            letter ->
                Map.of(
                    "title", letter.title(),
                    "to", letter.recipientName(),
                    "when", WHEN.format(letter.createdAt()),
                    "href", base + letter.id(),
                    "fileName", letter.fileName()))
        .toList();
  }

  private static List<Map<String, String>> history(ComplaintFile file) {
    return file.history().stream()
        .map(
            event ->
                Map.of(
                    "when", WHEN.format(event.occurredAt()),
                    "isoWhen", event.occurredAt().toString(),
                    "who", event.actor(),
                    "what", PageText.words(event.action())))
        .toList();
  }

  private static void row(List<Map<String, String>> rows, String key, String value) {
    if (value != null && !value.isBlank()) {
      rows.add(Map.of("key", key, "value", value));
    }
  }
}
