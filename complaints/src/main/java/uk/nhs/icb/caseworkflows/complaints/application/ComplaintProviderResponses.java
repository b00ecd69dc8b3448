package uk.nhs.icb.caseworkflows.complaints.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.nhs.icb.caseworkflows.bpmn.api.CaseProcesses;
import uk.nhs.icb.caseworkflows.common.audit.application.AuditTrail;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEntry;
import uk.nhs.icb.caseworkflows.common.calendar.WorkingDayCalendar;
import uk.nhs.icb.caseworkflows.common.persistence.AppDataSource;
import uk.nhs.icb.caseworkflows.common.security.application.CurrentCaller;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;
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
  private final CaseProcesses processes;
  private final WorkingDayCalendar calendar;
  private final AuditTrail auditTrail;
  private final CurrentCaller caller;
  private final Clock clock;

  @Inject
  public ComplaintProviderResponses(
      ComplaintSteps steps,
      ComplaintEvidence evidence,
      CaseProcesses processes,
      WorkingDayCalendar calendar,
      AuditTrail auditTrail,
      CurrentCaller caller,
      Clock clock) {
    this.steps = steps;
    this.evidence = evidence;
    this.processes = processes;
    this.calendar = calendar;
    this.auditTrail = auditTrail;
    this.caller = caller;
    this.clock = clock;
  }

  protected ComplaintProviderResponses() {
    this(null, null, null, null, null, null, null);
  }

  @Transactional
  public ProviderResponseRequest request(String id, String whatIsAsked, LocalDate dueBy) {
    Complaint complaint = steps.file(id);
    steps.openStep(complaint, ComplaintTask.INVESTIGATE, "a request for the provider's response");
    ProviderResponseRequest request =
        ProviderResponseRequest.ask(
            complaint, whatIsAsked, dueBy, clock.instant(), caller.get().name());
    entityManager.persist(request);
    processes.rescheduleTimer(id, OVERDUE_TIMER, ComplaintSteps.endOf(dueBy).toInstant());
    processes.rescheduleTimer(
        id, REMINDER_TIMER, ComplaintSteps.endOf(reminderDay(dueBy)).toInstant());
    auditTrail.record(
        AuditEntry.change(
            "PROVIDER_RESPONSE_REQUESTED",
            Complaint.CASE_TYPE,
            id,
            "due by " + dueBy + "; request " + request.id()));
    return request;
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
    List<InvestigationEvidence> gathered = evidence.of(complaintId);
    Optional<ProviderResponseRequest> latest = of(complaintId).stream().reduce((a, b) -> b);
    return latest
        .map(request -> gathered.stream().noneMatch(request::isAnsweredBy))
        .orElseGet(
            () -> gathered.stream().noneMatch(e -> e.kind() == EvidenceKind.PROVIDER_RESPONSE));
  }
}
