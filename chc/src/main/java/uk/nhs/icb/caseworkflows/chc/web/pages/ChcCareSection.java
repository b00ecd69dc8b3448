package uk.nhs.icb.caseworkflows.chc.web.pages;

import java.text.NumberFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.nhs.icb.caseworkflows.chc.domain.CarePackage;
import uk.nhs.icb.caseworkflows.chc.domain.ChcCase;
import uk.nhs.icb.caseworkflows.common.text.Text;
import uk.nhs.icb.caseworkflows.common.web.pages.PageFormats;

/**
 * The case page's part after eligibility: the Fast Track tool, when eligibility began (and ended),
 * the package in force and its whole history (who changed it, when and why), the reviews, requests
 * for local resolution or independent review, and why the case closed. Null before any of it.
 */
final class ChcCareSection {

  private static final NumberFormat POUNDS = NumberFormat.getCurrencyInstance(Locale.UK);

  private ChcCareSection() {}

  static Map<String, Object> of(ChcCase chcCase) {
    if (chcCase.eligibleFrom().isEmpty()
        && chcCase.challenges().isEmpty()
        && chcCase.closureReason().isEmpty()) {
      return null;
    }
    Map<String, Object> care = new LinkedHashMap<>();
    chcCase
        .fastTrack()
        .ifPresent(
            tool ->
                care.put(
                    "fastTrack",
                    Map.of(
                        "clinician", tool.clinician(),
                        "registration", tool.registration(),
                        "reason", tool.reason(),
                        "on", Text.day(tool.completedOn()))));
    care.put("eligibleFrom", chcCase.eligibleFrom().map(Text::day).orElse(null));
    care.put("noLongerEligibleOn", chcCase.noLongerEligibleOn().map(Text::day).orElse(null));
    care.put("reassessing", chcCase.isReassessing());
    List<Map<String, Object>> history =
        chcCase.carePackageHistory().stream().map(ChcCareSection::version).toList();
    care.put("packages", history);
    care.put("hasPackages", !history.isEmpty());
    care.put(
        "reviews",
        chcCase.reviews().stream()
            .map(
                r -> {
                  Map<String, Object> shown = new LinkedHashMap<>();
                  shown.put("on", Text.day(r.heldOn()));
                  shown.put("by", r.reviewedBy());
                  shown.put("outcome", r.outcome().title());
                  shown.put("notes", r.notes());
                  shown.put("next", r.nextReviewBy().map(Text::day).orElse(null));
                  return shown;
                })
            .toList());
    care.put("hasReviews", !chcCase.reviews().isEmpty());
    care.put(
        "challenges",
        chcCase.challenges().stream()
            .map(
                c -> {
                  Map<String, Object> shown = new LinkedHashMap<>();
                  shown.put("stage", c.stage().title());
                  shown.put("decisionOn", Text.day(c.decisionOn()));
                  shown.put("requestedOn", Text.day(c.requestedOn()));
                  shown.put("grounds", c.grounds());
                  shown.put(
                      "outcome",
                      c.outcome()
                          .map(o -> o.title() + " (" + Text.day(c.outcomeOn().orElseThrow()) + ")")
                          .orElse("Waiting for the outcome"));
                  shown.put("reasons", c.outcomeReasons().orElse(null));
                  return shown;
                })
            .toList());
    care.put("hasChallenges", !chcCase.challenges().isEmpty());
    care.put("closureReason", chcCase.closureReason().map(r -> r.title()).orElse(null));
    return care;
  }

  private static Map<String, Object> version(CarePackage p) {
    Map<String, Object> shown = new LinkedHashMap<>();
    shown.put("provider", p.provider());
    shown.put("setting", p.setting().title());
    shown.put("weeklyCost", POUNDS.format(p.weeklyCost()));
    shown.put("startsOn", Text.day(p.startsOn()));
    shown.put("budget", p.personalHealthBudget() ? "Yes" : "No");
    shown.put("changed", PageFormats.date(p.changedAt()) + " by " + p.changedBy());
    shown.put("reason", p.reason());
    return shown;
  }
}
