package uk.nhs.icb.caseworkflows.complaints.reports.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.nhs.icb.caseworkflows.common.anonymise.application.StoryRedactions;
import uk.nhs.icb.caseworkflows.common.anonymise.domain.KnownIdentities;
import uk.nhs.icb.caseworkflows.common.figures.domain.ReportingPeriod;
import uk.nhs.icb.caseworkflows.common.persistence.AppDataSource;
import uk.nhs.icb.caseworkflows.complaints.domain.Closure;
import uk.nhs.icb.caseworkflows.complaints.domain.ClosureReason;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;
import uk.nhs.icb.caseworkflows.complaints.domain.LearningAction;
import uk.nhs.icb.caseworkflows.complaints.domain.ResponseTimetable;
import uk.nhs.icb.caseworkflows.complaints.reports.domain.ComplaintForReport;
import uk.nhs.icb.caseworkflows.complaints.reports.domain.ImprovementAction;

/**
 * The query behind the reports: each complaint received before a period ends, reduced to what a
 * report counts ({@link ComplaintForReport}), and the actions promised because of complaints, their
 * text redacted. Only this class reads complaint files for a report, inside the caller's
 * transaction; nothing identifying leaves it.
 *
 * <p>A spoken complaint put right by the next working day is not a complaint under the regulations
 * (reg 8) and is not counted. A complaint closed before a date fell due (withdrawn, transferred)
 * has no such date: it is neither in time nor late.
 */
@ApplicationScoped
public class ComplaintsForReports {

  @PersistenceContext(unitName = AppDataSource.PERSISTENCE_UNIT)
  private EntityManager entityManager;

  private final StoryRedactions redactions;

  @Inject
  public ComplaintsForReports(StoryRedactions redactions) {
    this.redactions = redactions;
  }

  protected ComplaintsForReports() {
    this(null);
  }

  /** Every complaint received before the period ends, as a report counts it. */
  public List<ComplaintForReport> receivedBefore(ReportingPeriod period) {
    return complaintsReceivedBefore(period.endsBefore()).stream()
        .filter(c -> c.closure().map(Closure::reason).orElse(null) != ClosureReason.RESOLVED_ORALLY)
        .map(ComplaintsForReports::forReport)
        .toList();
  }

  /**
   * The actions promised because of complaints (in responses, or recommended by the Ombudsman) that
   * were opened or done in the period, soonest due first, each description redacted with the
   * complaint's known identities and the generic detection of names, dates, NHS numbers and
   * contacts.
   */
  public List<ImprovementAction> improvementActionsIn(ReportingPeriod period) {
    List<LearningAction> actions =
        entityManager
            .createQuery(
                "select a from LearningAction a where (a.openedAt >= :from and a.openedAt < :to)"
                    + " or (a.completedAt >= :from and a.completedAt < :to)"
                    + " order by a.dueBy, a.openedAt, a.id",
                LearningAction.class)
            .setParameter("from", period.startsAt())
            .setParameter("to", period.endsBefore())
            .getResultList();
    Map<String, KnownIdentities> known = new LinkedHashMap<>();
    List<ImprovementAction> shown = new ArrayList<>();
    for (LearningAction action : actions) {
      KnownIdentities identities =
          known.computeIfAbsent(action.complaintId(), this::knownIdentitiesOf);
      shown.add(
          new ImprovementAction(
              redactions.of(identities).redact(action.description()),
              action.source() == LearningAction.Source.OMBUDSMAN,
              action.dueBy(),
              action.completedAt().map(ComplaintsForReports::day).orElse(null)));
    }
    return shown;
  }

  private KnownIdentities knownIdentitiesOf(String complaintId) {
    Complaint complaint = entityManager.find(Complaint.class, complaintId);
    if (complaint == null) {
      return KnownIdentities.none();
    }
    KnownIdentities known =
        complaint.affectedPerson().map(KnownIdentities::of).orElse(KnownIdentities.none());
    known = known.withName(complaint.complainant().name());
    if (complaint.complainant().postcode() != null) {
      known =
          known.withAddress(
              complaint.complainant().addressLines(), complaint.complainant().postcode());
    }
    return known;
  }

  private List<Complaint> complaintsReceivedBefore(Instant end) {
    return entityManager
        .createQuery("select c from Complaint c where c.receipt.receivedAt < :end", Complaint.class)
        .setParameter("end", end)
        .getResultList();
  }

  static ComplaintForReport forReport(Complaint complaint) {
    ResponseTimetable timetable = complaint.timetable();
    LocalDate closedOn = complaint.closure().map(Closure::closedOn).orElse(null);
    LocalDate acknowledgedOn =
        timetable.acknowledgedAt().map(ComplaintsForReports::day).orElse(null);
    LocalDate respondedOn = timetable.respondedAt().map(ComplaintsForReports::day).orElse(null);
    LocalDate acknowledgementDue =
        closedBeforeDone(closedOn, acknowledgedOn, timetable.acknowledgementDue())
            ? null
            : timetable.acknowledgementDue();
    LocalDate responseDue = timetable.responseDue().orElse(null);
    if (responseDue != null && closedBeforeDone(closedOn, respondedOn, responseDue)) {
      responseDue = null;
    }
    Optional<LocalDate> decidedOn =
        complaint.outcome().overall().isPresent()
            ? Optional.ofNullable(respondedOn)
            : Optional.empty();
    return new ComplaintForReport(
        complaint.receipt().receivedOn(),
        acknowledgementDue,
        acknowledgedOn,
        responseDue,
        respondedOn,
        decidedOn.orElse(null),
        decidedOn.isPresent() ? complaint.outcome().overall().orElseThrow() : null,
        complaint.coding().subjects(),
        complaint.coding().serviceAreas());
  }

  /** Closed without the step done, on or before its due day: the date never fell due. */
  private static boolean closedBeforeDone(LocalDate closedOn, LocalDate doneOn, LocalDate due) {
    return doneOn == null && closedOn != null && !closedOn.isAfter(due);
  }

  private static LocalDate day(Instant at) {
    return at.atZone(ReportingPeriod.UK).toLocalDate();
  }
}
