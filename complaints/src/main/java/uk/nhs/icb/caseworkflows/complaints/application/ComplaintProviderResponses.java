package uk.nhs.icb.caseworkflows.complaints.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.nhs.icb.caseworkflows.common.calendar.WorkingDayCalendar;
import uk.nhs.icb.caseworkflows.common.persistence.AppDataSource;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;
import uk.nhs.icb.caseworkflows.complaints.domain.ComplaintRuleException;
import uk.nhs.icb.caseworkflows.complaints.domain.EvidenceKind;
import uk.nhs.icb.caseworkflows.complaints.domain.InvestigationEvidence;
import uk.nhs.icb.caseworkflows.complaints.domain.ProviderResponseRequest;

/**
 * Asking the organisation complained about for its response during the investigation, and knowing
 * whether it is still awaited. The request moves the investigation's reminder and escalation timers
 * to its own dates; the delegates behind those timers ask {@link #isAwaited} first, so nobody is
 * chased for a response already on file.
 */
@ApplicationScoped
public class ComplaintProviderResponses {

  /** Working days before the due date that the handler is reminded. */
  static final int REMINDER_WORKING_DAYS_BEFORE = 2;

  static final String REMINDER_TIMER = "provider-response-reminder";
  static final String OVERDUE_TIMER = "provider-response-overdue";

  @PersistenceContext(unitName = AppDataSource.PERSISTENCE_UNIT)
  private EntityManager entityManager;

  private final ComplaintSteps steps;
  private final ComplaintEvidence evidence;
  private final WorkingDayCalendar calendar;
  private final ComplaintConsentRecords consents;

  @Inject
  public ComplaintProviderResponses(
      ComplaintSteps steps,
      ComplaintEvidence evidence,
      WorkingDayCalendar calendar,
      ComplaintConsentRecords consents) {
    this.steps = steps;
    this.evidence = evidence;
    this.calendar = calendar;
    this.consents = consents;
  }

  protected ComplaintProviderResponses() {
    this(null, null, null, null);
  }

  @Transactional
  public ProviderResponseRequest request(String id, String whatIsAsked, LocalDate dueBy) {
    Complaint complaint = steps.file(id);
    steps.openStep(complaint, ComplaintTask.INVESTIGATE, "a request for the provider's response");
    if (!mayAskTheProvider(complaint)) {
      throw new ComplaintRuleException(
          complaint.subject().organisationOrService()
              + " may not be asked: "
              + complaint.consentToShareWithProvider().described()
              + " is not in force (withdrawn, or never given).");
    }
    ProviderResponseRequest request =
        ProviderResponseRequest.ask(complaint, whatIsAsked, dueBy, steps.now(), steps.callerName());
    entityManager.persist(request);
    steps.rescheduleTimer(id, OVERDUE_TIMER, dueBy);
    steps.rescheduleTimer(id, REMINDER_TIMER, reminderDay(dueBy));
    steps.audit("PROVIDER_RESPONSE_REQUESTED", id, "due by " + dueBy + "; request " + request.id());
    return request;
  }

  /**
   * The investigation's provider timers for a notice (or a return to the investigation) on {@code
   * day}: the reply due {@value ComplaintPlanning#PROVIDER_RESPONSE_WORKING_DAYS} working days on,
   * the handler reminded {@value #REMINDER_WORKING_DAYS_BEFORE} working days before.
   */
  static Map<String, Object> replyDatesFrom(LocalDate day, WorkingDayCalendar calendar) {
    int days = ComplaintPlanning.PROVIDER_RESPONSE_WORKING_DAYS;
    return Map.of(
        "providerResponseDue",
        ComplaintSteps.endOf(calendar.addWorkingDays(day, days)),
        "providerReminderDue",
        ComplaintSteps.endOf(calendar.addWorkingDays(day, days - REMINDER_WORKING_DAYS_BEFORE)));
  }

  private boolean mayAskTheProvider(Complaint complaint) {
    return complaint.subject().isTheIcbItself()
        || complaint
            .consentToShareWithProvider()
            .isMetBy(consents.check(complaint.id()), steps.now());
  }

  /** The day the handler is reminded of a response due on {@code dueBy}. */
  public LocalDate reminderDay(LocalDate dueBy) {
    LocalDate reminder = calendar.addWorkingDays(dueBy, -REMINDER_WORKING_DAYS_BEFORE);
    return reminder.isBefore(calendar.today()) ? calendar.today() : reminder;
  }

  public List<ProviderResponseRequest> of(String complaintId) {
    return entityManager
        .createQuery(
            "select r from ProviderResponseRequest r where r.complaintId = :id"
                + " order by r.requestedAt",
            ProviderResponseRequest.class)
        .setParameter("id", complaintId)
        .getResultList();
  }

  /**
   * Whether the provider's response is still awaited: no provider's response recorded since the
   * latest request or, before any explicit request, since the disclosure notice asked for one.
   */
  @Transactional
  public boolean isAwaited(String complaintId) {
    if (!mayAskTheProvider(steps.file(complaintId))) {
      // Consent to share with it was withdrawn (point 10): it is no longer asked, so not chased.
      return false;
    }
    List<InvestigationEvidence> gathered = evidence.of(complaintId);
    Optional<ProviderResponseRequest> latest = of(complaintId).stream().reduce((a, b) -> b);
    return latest
        .map(request -> gathered.stream().noneMatch(request::isAnsweredBy))
        .orElseGet(
            () -> gathered.stream().noneMatch(e -> e.kind() == EvidenceKind.PROVIDER_RESPONSE));
  }
}
