package uk.nhs.icb.caseworkflows.common.web.pages;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEvent;
import uk.nhs.icb.caseworkflows.common.calendar.WorkingDayCalendar;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentRecord;
import uk.nhs.icb.caseworkflows.common.consent.domain.SharingWithoutConsent;
import uk.nhs.icb.caseworkflows.common.documents.application.DocumentSummary;
import uk.nhs.icb.caseworkflows.common.documents.domain.DocumentType;
import uk.nhs.icb.caseworkflows.common.letters.application.LetterSummary;
import uk.nhs.icb.caseworkflows.common.letters.domain.LetterFormat;

/**
 * The sections every case page shows, as the values its template prints: a summary list's rows, a
 * deadline with the working days left (or the day it was met), the consents, a document's download
 * link, the letters sent in every form, the closure and the history. Each workflow's case page puts
 * them together with what is its own.
 */
public final class CaseSections {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK).withZone(PageFormats.UK);

  private CaseSections() {}

  /** A date and time as the history and letters show it: "4 Dec 2026, 14:05", in UK time. */
  public static String when(Instant instant) {
    return WHEN.format(instant);
  }

  /** Adds a row to a summary list, unless there is nothing to say. */
  public static void row(List<Map<String, String>> rows, String key, String value) {
    if (value != null && !value.isBlank()) {
      rows.add(Map.of("key", key, "value", value));
    }
  }

  /**
   * "Due 24 November 2026 (3 working days left)", or how many working days it is overdue; only the
   * date once the case is closed.
   */
  public static String due(LocalDate day, boolean closed, WorkingDayCalendar calendar) {
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

  /** Whose consent, for what, how it was given, when, and whether it was withdrawn. */
  public static List<Map<String, String>> consents(List<ConsentRecord> consents) {
    return consents.stream()
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

  /** Each approval to share without consent: whose, for what, on which basis, why, by whom. */
  public static List<Map<String, String>> sharingWithoutConsent(
      List<SharingWithoutConsent> approved) {
    return approved.stream()
        .map(
            basis -> {
              Map<String, String> row = new LinkedHashMap<>();
              row.put("whose", basis.subject().name() + " (" + basis.subject().roleInCase() + ")");
              row.put("purpose", PageText.sentence(basis.purpose().description()));
              row.put("basis", PageText.sentence(basis.basis().description()));
              row.put("justification", basis.justification());
              row.put("approved", PageText.date(basis.approvedAt()) + " by " + basis.approvedBy());
              return row;
            })
        .toList();
  }

  /** A download link: the person's name for the file, then its real type and size. */
  public static Map<String, String> document(DocumentSummary document, String href) {
    return Map.of(
        "name",
        document.fileName(),
        "href",
        href,
        "about",
        DocumentType.ofMediaType(document.mediaType())
                .map(DocumentType::displayName)
                .orElse(document.mediaType())
            + ", "
            + size(document.sizeBytes()));
  }

  /** "120 KB", "2.4 MB": as a file manager would say it. */
  public static String size(long bytes) {
    if (bytes < 1024) {
      return bytes + " bytes";
    }
    if (bytes < 1024 * 1024) {
      return Math.round(bytes / 1024.0) + " KB";
    }
    return String.format(Locale.UK, "%.1f MB", bytes / (1024.0 * 1024.0));
  }

  /**
   * The letters of a case, each a link to its PDF under {@code /api/cases/{type}/{id}/letters},
   * with links ({@code otherForms}) to the large-print and plain-text forms it was also sent in.
   */
  public static List<Map<String, Object>> letters(
      List<LetterSummary> letters, String contextPath, String caseType, String caseId) {
    String base = contextPath + "/api/cases/" + caseType + "/" + caseId + "/letters/";
    return letters.stream()
        .map(
            letter ->
                Map.of(
                    "title", letter.title(),
                    "to", letter.recipientName(),
                    "when", when(letter.createdAt()),
                    "href", base + letter.id(),
                    "fileName", letter.fileName(),
                    "otherForms", otherForms(letter, base + letter.id())))
        .toList();
  }

  private static List<Map<String, String>> otherForms(LetterSummary letter, String href) {
    return letter.formats().stream()
        .filter(format -> format != LetterFormat.STANDARD)
        .map(
            format ->
                Map.of(
                    "code", format.code(),
                    "label", format.label(),
                    "href", href + "?format=" + format.code(),
                    "fileName", format.fileName(letter.fileName())))
        .toList();
  }

  /** "Sent 24 November 2026" once it went; until then when it is due, as {@link #due} says. */
  public static String sentOrDue(
      Optional<Instant> sentAt, LocalDate due, boolean closed, WorkingDayCalendar calendar) {
    return sentAt
        .map(at -> "Sent " + PageText.date(at))
        .orElseGet(() -> due(due, closed, calendar));
  }

  /**
   * The closure callout of a closed case: why and when it closed, when its retention period started
   * and how long the file is kept (empty when not known).
   */
  public static Map<String, String> closure(
      String reason,
      Instant closedAt,
      Optional<LocalDate> retentionFrom,
      Optional<LocalDate> keptUntil) {
    return Map.of(
        "reason", reason,
        "on", PageText.date(closedAt),
        "retention", retentionFrom.map(PageText::date).orElse(""),
        "keptUntil", keptUntil.map(PageText::date).orElse(""));
  }

  /** The case's audit trail, oldest first, as the history section lists it. */
  public static List<Map<String, String>> history(List<AuditEvent> events) {
    return events.stream()
        .map(
            event ->
                Map.of(
                    "when", when(event.occurredAt()),
                    "isoWhen", event.occurredAt().toString(),
                    "who", event.actor(),
                    "what", PageText.words(event.action())))
        .toList();
  }
}
