package uk.nhs.icb.caseworkflows.ifr.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import uk.nhs.icb.caseworkflows.common.anonymise.domain.KnownIdentityRedaction;
import uk.nhs.icb.caseworkflows.common.anonymise.domain.Redaction;
import uk.nhs.icb.caseworkflows.common.audit.application.AuditTrail;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEntry;
import uk.nhs.icb.caseworkflows.common.coding.domain.CodeList;
import uk.nhs.icb.caseworkflows.ifr.domain.FundingRequest;
import uk.nhs.icb.caseworkflows.ifr.domain.PanelMeeting;

/**
 * The panel's papers for a meeting, anonymised: each request on the agenda by its reference, with
 * no identity field (name, NHS number, date of birth, address, the clinician) and its free text
 * with the patient's and clinician's known identities replaced by placeholders. The panel decides
 * on the clinical case, not on who the patient is.
 */
@ApplicationScoped
public class PanelPack {

  /** One request as the panel reads it. */
  public record PackItem(
      String requestId,
      String reference,
      String treatment,
      String condition,
      String whyExceptional,
      BigDecimal estimatedCost,
      boolean urgent,
      String screeningNote,
      List<NewInformation> newInformation,
      boolean chairsActionToNote,
      List<String> conflictedMembers) {}

  /** New clinical information a reconsideration was asked on, anonymised as the rest. */
  public record NewInformation(LocalDate receivedOn, String information) {}

  private final PanelMeetingPlanning planning;
  private final IfrSteps steps;
  private final CodeList treatments;
  private final AuditTrail auditTrail;

  @Inject
  public PanelPack(
      PanelMeetingPlanning planning,
      IfrSteps steps,
      @TreatmentList CodeList treatments,
      AuditTrail auditTrail) {
    this.planning = planning;
    this.steps = steps;
    this.treatments = treatments;
    this.auditTrail = auditTrail;
  }

  protected PanelPack() {
    this(null, null, null, null);
  }

  @Transactional
  public List<PackItem> forMeeting(String meetingId) {
    PanelMeeting meeting = planning.find(meetingId);
    List<PackItem> items =
        meeting.agenda().stream().map(id -> itemOf(steps.file(id), meeting)).toList();
    auditTrail.record(
        AuditEntry.read(
            "IFR_PANEL_PACK_READ",
            PanelMeetingPlanning.MEETING_TYPE,
            meetingId,
            items.size() + " anonymised requests"));
    return items;
  }

  /** One request as the panel sees it outside a meeting (the chair's action, a review). */
  public record PanelView(PackItem paper, String status, java.util.List<IfrTask> waitingAt) {}

  /** One request's paper and the steps it waits at, for a panel member; the read is audited. */
  @Transactional
  public PanelView forRequest(String requestId) {
    FundingRequest request = steps.file(requestId);
    List<IfrTask> waitingAt =
        java.util.Arrays.stream(IfrTask.values())
            .filter(task -> steps.waitingAt(request, task).isPresent())
            .toList();
    auditTrail.record(
        AuditEntry.read(
            "IFR_PANEL_PAPER_READ", FundingRequest.CASE_TYPE, requestId, "anonymised paper"));
    return new PanelView(itemOf(request, null), request.status().label(), waitingAt);
  }

  /** One request with nothing that names the patient; {@code meeting} may be null. */
  public PackItem itemOf(FundingRequest request, PanelMeeting meeting) {
    Redaction anonymise = new KnownIdentityRedaction(request.knownIdentities());
    String screeningNote = request.screening() == null ? null : request.screening().note();
    return new PackItem(
        request.id(),
        request.reference().formatted(),
        treatments.labelOf(request.treatment().treatmentCode()),
        anonymise.redact(request.treatment().condition()),
        anonymise.redact(request.treatment().whyExceptional()),
        request.treatment().estimatedCost(),
        request.treatment().isUrgent(),
        anonymise.redact(screeningNote),
        request.newInformation().stream()
            .map(
                received ->
                    new NewInformation(
                        received.receivedOn(), anonymise.redact(received.information())))
            .toList(),
        request.decision().filter(made -> made.awaitsNoting()).isPresent(),
        meeting == null
            ? List.of()
            : meeting.members().stream()
                .filter(member -> meeting.isConflicted(member.name(), request.id()))
                .map(member -> member.name())
                .toList());
  }
}
