package uk.nhs.icb.caseworkflows.ifr.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import uk.nhs.icb.caseworkflows.bpmn.api.CaseKey;
import uk.nhs.icb.caseworkflows.bpmn.api.CaseProcesses;
import uk.nhs.icb.caseworkflows.common.audit.application.AuditTrail;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEntry;
import uk.nhs.icb.caseworkflows.common.coding.domain.CodeList;
import uk.nhs.icb.caseworkflows.common.errors.NotFoundProblem;
import uk.nhs.icb.caseworkflows.ifr.domain.FundingRequest;
import uk.nhs.icb.caseworkflows.ifr.domain.FundingRequests;
import uk.nhs.icb.caseworkflows.ifr.domain.PolicySignal;
import uk.nhs.icb.caseworkflows.ifr.domain.PolicySignals;
import uk.nhs.icb.caseworkflows.ifr.domain.ServiceDevelopmentThreshold;

/**
 * The service-development signal (domain.md §3): when requests for one treatment reach the
 * threshold within the window, the coordinator gets a task saying a policy is needed, linking the
 * requests. Raised once per treatment per window.
 */
@ApplicationScoped
public class PolicySignalling {

  /** The case type of a signal's process: it is about a treatment, not one patient. */
  public static final String SIGNAL_TYPE = "ifr-signal";

  private final FundingRequests requests;
  private final PolicySignals signals;
  private final ServiceDevelopmentThreshold threshold;
  private final CaseProcesses processes;
  private final IfrSteps steps;
  @Inject private AuditTrail auditTrail;
  @Inject @TreatmentList private CodeList treatments;

  @Inject
  public PolicySignalling(
      FundingRequests requests,
      PolicySignals signals,
      ServiceDevelopmentThreshold threshold,
      CaseProcesses processes,
      IfrSteps steps) {
    this.requests = requests;
    this.signals = signals;
    this.threshold = threshold;
    this.processes = processes;
    this.steps = steps;
  }

  protected PolicySignalling() {
    this(null, null, null, null, null);
  }

  /** Counts the requests for this one's treatment in the window; raises the signal if due. */
  @Transactional
  public void check(FundingRequest logged) {
    LocalDate today = steps.today();
    LocalDate since = threshold.windowStart(today);
    String code = logged.treatment().treatmentCode();
    List<String> ids =
        requests.forTreatmentReceivedSince(code, since).stream().map(FundingRequest::id).toList();
    if (!threshold.isReachedBy(ids.size()) || signals.raisedSince(code, since)) {
      return;
    }
    PolicySignal signal = PolicySignal.raise(code, ids, today);
    signals.add(signal);
    processes.start(
        IfrProcessModels.SIGNAL_PROCESS_KEY,
        new CaseKey(SIGNAL_TYPE, signal.id(), signal.reference()),
        Map.of("treatmentCode", code));
    steps.audit(
        "IFR_POLICY_SIGNAL_RAISED",
        logged.id(),
        ids.size() + " requests for " + code + " since " + since);
  }

  /** The coordinator put the treatment to the policy process: the signal's task is done. */
  @Transactional
  public PolicySignal referToPolicy(String signalId) {
    PolicySignal signal =
        signals
            .find(signalId)
            .orElseThrow(() -> new NotFoundProblem("There is no policy signal " + signalId + "."));
    String task =
        processes.openTasks(signalId).stream()
            .filter(open -> open.definitionKey().equals(IfrTask.REFER_TO_POLICY.key()))
            .findFirst()
            .orElseThrow(
                () ->
                    new uk.nhs.icb.caseworkflows.common.errors.ConflictProblem(
                        "This signal has already been put to the policy process."))
            .id();
    signal.referToPolicy(steps.today());
    processes.completeTask(signalId, task, Map.of());
    auditTrail.record(
        AuditEntry.change(
            "IFR_POLICY_SIGNAL_REFERRED", SIGNAL_TYPE, signalId, "put to the policy process"));
    return signal;
  }

  /** The signal with the requests it links, for the coordinator's task; the read is audited. */
  @Transactional
  public PolicySignal find(String signalId) {
    PolicySignal signal =
        signals
            .find(signalId)
            .orElseThrow(() -> new NotFoundProblem("There is no policy signal " + signalId + "."));
    auditTrail.record(
        AuditEntry.read(
            "IFR_POLICY_SIGNAL_READ",
            SIGNAL_TYPE,
            signalId,
            signal.requestIds().size() + " requests"));
    return signal;
  }

  /** A linked request as the signal's page lists it; null fields once it has been destroyed. */
  public record LinkedRequest(String id, String reference, String status, LocalDate receivedOn) {}

  /** What the signal's page shows: the signal, its treatment in words, the requests it links. */
  public record SignalFile(PolicySignal signal, String treatment, List<LinkedRequest> requests) {}

  /** The signal with its treatment's label and each linked request still held; audited. */
  @Transactional
  public SignalFile read(String signalId) {
    PolicySignal signal = find(signalId);
    List<LinkedRequest> linked =
        signal.requestIds().stream()
            .map(
                id ->
                    requests
                        .find(id)
                        .map(
                            request ->
                                new LinkedRequest(
                                    id,
                                    request.reference().formatted(),
                                    request.status().label(),
                                    request.receivedOn()))
                        .orElse(new LinkedRequest(id, null, null, null)))
            .toList();
    return new SignalFile(signal, treatments.labelOf(signal.treatmentCode()), linked);
  }

  /** Every signal, newest first, for the coordinators' list. */
  @Transactional
  public List<PolicySignal> all() {
    return signals.newest();
  }

  /** What the referral form shows of a signal, read in one transaction. */
  @Transactional
  public <T> T peek(String signalId, java.util.function.Function<PolicySignal, T> reader) {
    return reader.apply(
        signals
            .find(signalId)
            .orElseThrow(() -> new NotFoundProblem("There is no policy signal " + signalId + ".")));
  }
}
