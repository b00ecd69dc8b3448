package uk.nhs.icb.caseworkflows.chc.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import uk.nhs.icb.caseworkflows.bpmn.api.CaseTask;
import uk.nhs.icb.caseworkflows.chc.domain.ChcCase;
import uk.nhs.icb.caseworkflows.chc.domain.ChcRuleException;
import uk.nhs.icb.caseworkflows.common.errors.InvalidInputException;

/**
 * Records what considering NHS-funded Nursing Care found, for someone found not eligible who lives
 * in or is going to a care home with nursing; the FNC letter then tells them.
 */
@ApplicationScoped
public class NursingCareDecisions {

  private final ChcSteps steps;

  @Inject
  public NursingCareDecisions(ChcSteps steps) {
    this.steps = steps;
  }

  protected NursingCareDecisions() {
    this(null);
  }

  @Transactional
  public ChcCase decide(String id, Long versionSeen, Boolean payable, String reasons) {
    ChcCase chcCase = steps.forEdit(id, versionSeen);
    CaseTask step =
        steps.openStep(chcCase, ChcTask.CONSIDER_FNC, "its NHS-funded Nursing Care decision");
    if (payable == null) {
      throw new InvalidInputException("payable", "Say whether FNC is payable.");
    }
    if (reasons == null || reasons.isBlank()) {
      throw new InvalidInputException("reasons", "Give the reasons: the letter sets them out.");
    }
    try {
      chcCase.recordNursingCareDecision(payable, reasons, steps.today());
    } catch (ChcRuleException refused) {
      throw new InvalidInputException("payable", refused.getMessage());
    }
    steps.complete(chcCase, step, Map.of());
    steps.audit("CHC_FNC_DECIDED", id, payable ? "FNC payable" : "FNC not payable");
    return chcCase;
  }
}
