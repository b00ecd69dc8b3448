package uk.nhs.icb.caseworkflows.common.web.pages;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEvent;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentRecord;
import uk.nhs.icb.caseworkflows.common.consent.domain.SharingWithoutConsent;
import uk.nhs.icb.caseworkflows.common.letters.application.LetterSummary;

/**
 * The values every case page's template prints, under the keys the shared partials and the case
 * templates read: {@code id}, {@code reference}, {@code status}, {@code closed}, {@code closure},
 * {@code actions}, {@code steps} (the open steps' names), {@code consents}, {@code letters}, {@code
 * history} and {@code diagram}, each list with its {@code has...} flag. A workflow adds what is its
 * own with {@link #put} and {@link #listed}.
 */
public final class CasePageModel {

  private final Map<String, Object> model = new HashMap<>();
  private final String id;

  /**
   * @param status as the page shows it ("Just received")
   */
  public CasePageModel(String id, String reference, String status, boolean closed) {
    this.id = id;
    model.put("id", id);
    model.put("reference", reference);
    model.put("status", status);
    model.put("closed", closed);
  }

  /** The links to the forms the case offers now ({@link StepLinks}). */
  public CasePageModel actions(List<Map<String, Object>> actions) {
    return listed("actions", actions);
  }

  /** The names of the steps its process waits at. */
  public CasePageModel openSteps(List<String> names) {
    return put("steps", names);
  }

  public CasePageModel consents(List<ConsentRecord> consents) {
    return listed("consents", CaseSections.consents(consents));
  }

  /** The bases for sharing without consent the Caldicott Guardian approved, as {@code sharing}. */
  public CasePageModel sharingWithoutConsent(List<SharingWithoutConsent> approved) {
    return listed("sharingWithoutConsent", CaseSections.sharingWithoutConsent(approved));
  }

  /** The letters with their other forms, linked under the case type's letters address. */
  public CasePageModel letters(List<LetterSummary> letters, String contextPath, String caseType) {
    return listed("letters", CaseSections.letters(letters, contextPath, caseType, id));
  }

  public CasePageModel history(List<AuditEvent> events) {
    return put("history", CaseSections.history(events));
  }

  /** A closed case's callout: see {@link CaseSections#closure}. */
  public CasePageModel closure(
      String reason,
      Instant closedAt,
      Optional<LocalDate> retentionFrom,
      Optional<LocalDate> keptUntil) {
    return put("closure", CaseSections.closure(reason, closedAt, retentionFrom, keptUntil));
  }

  /**
   * The picture of where the case is in its process, and the same in words. The SVG is printed
   * unescaped: only markup built and escaped by bpmn's diagram renderer may be given here.
   */
  public CasePageModel diagram(String summary, String svg) {
    return put("diagram", Map.of("text", summary, "svg", svg));
  }

  /** A list under {@code key}, and {@code hasKey} saying whether it has anything in it. */
  public CasePageModel listed(String key, List<?> items) {
    put(key, items);
    return put("has" + Character.toUpperCase(key.charAt(0)) + key.substring(1), !items.isEmpty());
  }

  public CasePageModel put(String key, Object value) {
    model.put(key, value);
    return this;
  }

  public Map<String, Object> toMap() {
    return model;
  }
}
