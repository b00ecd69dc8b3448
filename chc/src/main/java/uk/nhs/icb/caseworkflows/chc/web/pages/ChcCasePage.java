package uk.nhs.icb.caseworkflows.chc.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.nhs.icb.caseworkflows.bpmn.api.CaseTask;
import uk.nhs.icb.caseworkflows.bpmn.diagram.ProcessDiagrams;
import uk.nhs.icb.caseworkflows.chc.application.ChcFileReading;
import uk.nhs.icb.caseworkflows.chc.application.ChcFileReading.ChcFile;
import uk.nhs.icb.caseworkflows.chc.application.ChcTask;
import uk.nhs.icb.caseworkflows.chc.domain.CareDomain;
import uk.nhs.icb.caseworkflows.chc.domain.ChcCase;
import uk.nhs.icb.caseworkflows.chc.domain.ChecklistDomain;
import uk.nhs.icb.caseworkflows.chc.domain.DecisionSupportTool;
import uk.nhs.icb.caseworkflows.common.consent.domain.CapacityAssessment;
import uk.nhs.icb.caseworkflows.common.party.web.pages.PersonRows;
import uk.nhs.icb.caseworkflows.common.text.Text;
import uk.nhs.icb.caseworkflows.common.web.pages.CasePageModel;
import uk.nhs.icb.caseworkflows.common.web.pages.PageText;
import uk.nhs.icb.caseworkflows.common.web.pages.PageView;
import uk.nhs.icb.caseworkflows.common.web.pages.StepLinks;

/**
 * The CHC case page: what to do next, the person and their referral, the 28 days, the Checklist and
 * the Decision Support Tool with what is still empty, the decision and FNC, the process picture,
 * consents and capacity, letters and history.
 */
@ApplicationScoped
class ChcCasePage {

  @Inject ChcFileReading reading;
  @Inject ProcessDiagrams diagrams;

  private static final StepLinks<ChcFile> STEP_FORMS =
      new StepLinks<ChcFile>()
          .at(ChcTask.RECORD_CONSENT.key(), "consent", "Record a consent", true)
          .at(ChcTask.RECORD_CONSENT.key(), "capacity", "Record a capacity assessment", false)
          .at(
              ChcTask.RECORD_CONSENT.key(),
              "assessment-decision",
              "Go ahead with the assessment?",
              false)
          .at(ChcTask.COMPLETE_CHECKLIST.key(), "checklist", "Fill in the Checklist", true)
          .at(
              ChcTask.COMPLETE_CHECKLIST.key(),
              "checklist-completion",
              "Complete the Checklist",
              false)
          .at(ChcTask.FULL_ASSESSMENT.key(), "dst", "Fill in the Decision Support Tool", true)
          .at(
              ChcTask.FULL_ASSESSMENT.key(),
              "recommendation",
              "Record the team's recommendation",
              false)
          .at(ChcTask.DECIDE_ELIGIBILITY.key(), "decision", "Decide eligibility", true)
          .at(ChcTask.CONSIDER_FNC.key(), "nursing-care", "Decide on NHS-funded Nursing Care", true)
          .at(
              ChcTask.ARRANGE_FAST_TRACK_PACKAGE.key(),
              "care-package",
              "Arrange the Fast Track care package",
              true)
          .at(ChcTask.ARRANGE_CARE_PACKAGE.key(), "care-package", "Arrange the care package", true)
          .at(ChcTask.REVIEW_CARE.key(), "review", "Record a review of the care", true);

  PageView page(String id, HttpServletRequest request) {
    return reading.read(
        id,
        file ->
            PageView.of(
                "CHC case " + file.chcCase().reference(), "chc/case", model(file, request)));
  }

  private Map<String, Object> model(ChcFile file, HttpServletRequest request) {
    ChcCase chcCase = file.chcCase();
    List<String> waiting =
        file.records().openSteps().stream().map(CaseTask::definitionKey).toList();
    List<Map<String, Object>> actions = STEP_FORMS.forSteps(waiting, file);
    if (!chcCase.isClosed() && !waiting.contains(ChcTask.RECORD_CONSENT.key())) {
      StepLinks.add(actions, "consent", "Record a consent", false);
      StepLinks.add(actions, "capacity", "Record a capacity assessment", false);
      StepLinks.add(actions, "closure", "Close the case", false);
    }
    CasePageModel page =
        new CasePageModel(
                chcCase.id(),
                chcCase.reference(),
                PageText.words(chcCase.status()),
                chcCase.isClosed())
            .actions(actions)
            .openSteps(file.records().openSteps().stream().map(CaseTask::name).toList())
            .consents(file.records().consents())
            .letters(file.records().letters(), request.getContextPath(), ChcCase.CASE_TYPE)
            .history(file.records().history())
            .put("summary", summary(file))
            .put("clock", clock(chcCase))
            .listed("checklist", checklist(chcCase))
            .put("checklistOutcome", checklistOutcome(chcCase))
            .listed("dst", dst(chcCase))
            .put("dstMissing", dstMissing(chcCase))
            .put("decision", decision(chcCase))
            .put("nursingCare", nursingCare(chcCase))
            .put("care", ChcCareSection.of(chcCase))
            .listed(
                "capacity",
                file.capacityAssessments().stream().map(ChcCasePage::capacity).toList());
    diagrams
        .ofCase(chcCase.id())
        .ifPresent(diagram -> page.diagram(diagram.summary(), diagram.svg()));
    return page.toMap();
  }

  private static Map<String, String> capacity(CapacityAssessment assessment) {
    Map<String, String> shown = new HashMap<>();
    shown.put("decision", assessment.decisionInQuestion());
    shown.put("assessedBy", assessment.assessedBy());
    shown.put("on", Text.day(assessment.assessedOn()));
    shown.put("outcome", assessment.outcome().title());
    assessment
        .bestInterests()
        .ifPresent(
            b ->
                shown.put(
                    "bestInterests",
                    b.decidedBy()
                        + " ("
                        + b.role()
                        + "), having consulted "
                        + b.consulted()
                        + ": "
                        + b.reasons()));
    return shown;
  }

  private static List<Map<String, String>> summary(ChcFile file) {
    ChcCase chcCase = file.chcCase();
    List<Map<String, String>> rows = new ArrayList<>();
    PersonRows.patient(rows, "person", chcCase.person());
    // The letters go to this address (unless consent lets the ICB write to the representative).
    row(
        rows,
        "Person's address",
        String.join("\n", chcCase.person().addressLines())
            + (chcCase.person().postcode() == null ? "" : "\n" + chcCase.person().postcode()));
    row(rows, "Lives in", chcCase.source().livesIn().title());
    if (chcCase.source().goingTo() != null) {
      row(rows, "Going to", chcCase.source().goingTo().title());
    }
    row(rows, "Referred by", chcCase.source().referredBy());
    row(rows, "Received", Text.day(chcCase.referral().receivedOn()));
    row(rows, "Route", PageText.words(chcCase.referral().route()));
    chcCase
        .representative()
        .ifPresent(
            rep ->
                row(
                    rows,
                    "Representative",
                    rep.name()
                        + chcCase
                            .representativeStanding()
                            .map(s -> " (" + s.title() + ")")
                            .orElse("")));
    row(
        rows,
        "May share with family",
        file.mayShareWithFamily()
            ? "Yes: consent or a best-interests decision is recorded"
            : "No: nothing is shared with family or representatives");
    return rows;
  }

  private static void row(List<Map<String, String>> rows, String key, String value) {
    if (value != null && !value.isBlank()) {
      rows.add(Map.of("key", key, "value", value));
    }
  }

  private static Map<String, String> clock(ChcCase chcCase) {
    return chcCase
        .clock()
        .map(
            clock -> {
              Map<String, String> shown = new LinkedHashMap<>();
              shown.put("startedOn", Text.day(clock.startedOn()));
              shown.put("dueBy", Text.day(clock.decisionDueBy()));
              shown.put(
                  "breach",
                  chcCase.breachFlaggedOn().map(d -> "Flagged on " + Text.day(d)).orElse(null));
              return shown;
            })
        .orElse(null);
  }

  private static List<Map<String, String>> checklist(ChcCase chcCase) {
    return chcCase
        .checklist()
        .map(
            checklist ->
                Arrays.stream(ChecklistDomain.values())
                    .map(
                        domain ->
                            Map.of(
                                "domain",
                                domain.title(),
                                "level",
                                checklist
                                    .ratingOf(domain)
                                    .map(r -> r.level().name())
                                    .orElse("Not rated yet")))
                    .toList())
        .orElse(List.of());
  }

  private static Map<String, Object> checklistOutcome(ChcCase chcCase) {
    return chcCase
        .checklistOutcome()
        .map(
            outcome ->
                Map.<String, Object>of(
                    "positive", outcome.isPositive(), "reasons", outcome.reasons()))
        .orElse(null);
  }

  private static List<Map<String, String>> dst(ChcCase chcCase) {
    if (!chcCase.hasFullAssessment()) {
      return List.of();
    }
    DecisionSupportTool tool = chcCase.decisionSupportTool();
    return Arrays.stream(CareDomain.values())
        .map(
            domain ->
                Map.of(
                    "domain",
                    domain.title(),
                    "level",
                    tool.ratingOf(domain).map(r -> r.level().title()).orElse("Not rated yet")))
        .toList();
  }

  private static String dstMissing(ChcCase chcCase) {
    if (!chcCase.hasFullAssessment()) {
      return null;
    }
    DecisionSupportTool tool = chcCase.decisionSupportTool();
    return tool.recommendation()
        .map(r -> "The team recommended: " + PageText.words(r.outcome()) + ".")
        .orElse(
            tool.missingBeforeRecommendation().isEmpty()
                ? null
                : String.join(" ", tool.missingBeforeRecommendation()));
  }

  private static Map<String, String> decision(ChcCase chcCase) {
    return chcCase
        .decision()
        .map(
            d -> {
              Map<String, String> shown = new LinkedHashMap<>();
              shown.put("outcome", d.eligible() ? "Eligible" : "Not eligible");
              shown.put("on", Text.day(d.decidedOn()));
              shown.put("reasons", chcCase.decisionReasons().orElse(""));
              shown.put(
                  "refund",
                  d.refundPeriod()
                      .map(
                          r ->
                              "Refund from "
                                  + Text.day(r.from())
                                  + " to "
                                  + Text.day(r.to())
                                  + " ("
                                  + r.days()
                                  + " days)")
                      .orElse(null));
              shown.put(
                  "fnc",
                  chcCase.fncPayable().isEmpty() && chcCase.nursingCareToBeConsidered()
                      ? "FNC to be considered"
                      : null);
              return shown;
            })
        .orElse(null);
  }

  /** The FNC decision, after a negative Checklist or a decision of not eligible; null before. */
  private static Map<String, String> nursingCare(ChcCase chcCase) {
    return chcCase
        .fncPayable()
        .map(
            payable -> {
              Map<String, String> shown = new LinkedHashMap<>();
              shown.put("outcome", payable ? "Payable" : "Not payable");
              shown.put("on", chcCase.fncDecidedOn().map(Text::day).orElse(""));
              shown.put("reasons", chcCase.fncReasons().orElse(""));
              return shown;
            })
        .orElse(null);
  }
}
