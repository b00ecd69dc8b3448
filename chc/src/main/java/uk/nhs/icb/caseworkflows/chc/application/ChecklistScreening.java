package uk.nhs.icb.caseworkflows.chc.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.nhs.icb.caseworkflows.bpmn.api.CaseTask;
import uk.nhs.icb.caseworkflows.chc.domain.ChcCase;
import uk.nhs.icb.caseworkflows.chc.domain.ChcRuleException;
import uk.nhs.icb.caseworkflows.chc.domain.Checklist;
import uk.nhs.icb.caseworkflows.chc.domain.ChecklistDomain;
import uk.nhs.icb.caseworkflows.chc.domain.ChecklistLevel;
import uk.nhs.icb.caseworkflows.chc.domain.ChecklistOutcome;
import uk.nhs.icb.caseworkflows.common.errors.InvalidInputException;

/**
 * The Checklist on a case: saved as a draft as often as the assessor likes (the page shows the
 * domains still empty), then completed as the ICB received it, which applies the thresholds and
 * either ends the case (negative) or starts the 28 days (positive).
 */
@ApplicationScoped
public class ChecklistScreening {

  private final ChcSteps steps;

  @Inject
  public ChecklistScreening(ChcSteps steps) {
    this.steps = steps;
  }

  protected ChecklistScreening() {
    this(null);
  }

  /**
   * Saves the ratings given (replacing earlier ratings of the same domains) on the Checklist being
   * filled in; {@code completedBy} names the practitioner, with their role.
   */
  @Transactional
  public ChcCase saveDraft(
      String id,
      Long versionSeen,
      String completedBy,
      LocalDate completedOn,
      List<RatingEntry> ratings) {
    ChcCase chcCase = steps.forEdit(id, versionSeen);
    steps.openStep(chcCase, ChcTask.COMPLETE_CHECKLIST, "its Checklist");
    LocalDate on = completedOn == null ? steps.today() : completedOn;
    if (on.isAfter(steps.today())) {
      throw new InvalidInputException(
          "completedOn", "The Checklist cannot be completed in future.");
    }
    Checklist checklist;
    try {
      checklist = chcCase.checklistDraft(on, completedBy);
    } catch (ChcRuleException refused) {
      throw new InvalidInputException("completedBy", refused.getMessage());
    }
    for (int i = 0; i < ratings.size(); i++) {
      rate(checklist, ratings.get(i), "ratings[" + i + "]");
    }
    steps.audit(
        "CHC_CHECKLIST_SAVED",
        id,
        ratings.size() + " domains rated; " + checklist.unratedDomains().size() + " still empty");
    return chcCase;
  }

  private static void rate(Checklist checklist, RatingEntry entry, String field) {
    ChecklistDomain domain =
        RatingEntry.choice(ChecklistDomain.class, entry.domain(), field + ".domain", "a domain");
    ChecklistLevel level =
        RatingEntry.choice(ChecklistLevel.class, entry.level(), field + ".level", "A, B or C");
    try {
      checklist.rate(domain, level, entry.evidence());
    } catch (ChcRuleException refused) {
      throw new InvalidInputException(field + ".evidence", refused.getMessage());
    }
  }

  /**
   * Completes the Checklist as received by the ICB on {@code receivedOn}: its outcome by the
   * thresholds, the step completed with what the process routes on.
   */
  @Transactional
  public ChecklistOutcome complete(String id, Long versionSeen, LocalDate receivedOn) {
    ChcCase chcCase = steps.forEdit(id, versionSeen);
    CaseTask step = steps.openStep(chcCase, ChcTask.COMPLETE_CHECKLIST, "its Checklist");
    Checklist checklist =
        chcCase
            .checklist()
            .orElseThrow(
                () -> new InvalidInputException("ratings", "Rate the Checklist's domains first."));
    if (!checklist.isComplete()) {
      throw new InvalidInputException(
          "ratings",
          "Every domain must be rated before the Checklist has an outcome. Still empty: "
              + checklist.unratedDomains().stream().map(ChecklistDomain::title).toList()
              + ".");
    }
    LocalDate on = receivedOn == null ? steps.today() : receivedOn;
    if (on.isAfter(steps.today())) {
      throw new InvalidInputException("receivedOn", "The ICB cannot receive it in future.");
    }
    ChecklistOutcome outcome;
    try {
      outcome = chcCase.recordChecklist(checklist, on);
    } catch (ChcRuleException refused) {
      throw new InvalidInputException("receivedOn", refused.getMessage());
    }
    Map<String, Object> flags = new HashMap<>();
    flags.put("checklistPositive", outcome.isPositive());
    flags.put("fncToConsider", ChcReferrals.fncWouldBeConsidered(chcCase));
    chcCase
        .clock()
        .ifPresent(clock -> flags.put("decisionDue", ChcSteps.endOf(clock.decisionDueBy())));
    steps.complete(chcCase, step, flags);
    steps.audit(
        "CHC_CHECKLIST_COMPLETED",
        id,
        (outcome.isPositive() ? "positive: " + outcome.rulesMet() : "negative"));
    return outcome;
  }
}
