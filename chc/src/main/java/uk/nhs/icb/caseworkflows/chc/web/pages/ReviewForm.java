package uk.nhs.icb.caseworkflows.chc.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import uk.nhs.icb.caseworkflows.chc.application.CarePackageEntry;
import uk.nhs.icb.caseworkflows.chc.application.CareReviews;
import uk.nhs.icb.caseworkflows.chc.application.ChcFileReading.ChcFile;
import uk.nhs.icb.caseworkflows.chc.domain.ReviewOutcome;
import uk.nhs.icb.caseworkflows.common.security.Roles;
import uk.nhs.icb.caseworkflows.common.web.pages.DateInput;
import uk.nhs.icb.caseworkflows.common.web.pages.Fields;
import uk.nhs.icb.caseworkflows.common.web.pages.FormValues;

/**
 * A review of the care: it confirms the package, changes it (the new package below), or arranges a
 * full reassessment. A review never removes eligibility.
 */
@ApplicationScoped
public class ReviewForm extends ChcStepForm {

  static final String PACKAGE = "package.";

  @Inject CareReviews reviews;

  public ReviewForm() {
    super(
        "review",
        "Review the care",
        "heldOn-day",
        Set.of(Roles.CHC_ASSESSOR),
        "The first review is within three months of eligibility, then at least every twelve"
            + " months. A review checks the care plan; it never removes eligibility. If needs have"
            + " changed materially, arrange a full reassessment.",
        true);
  }

  @Override
  public Map<String, Object> model(ChcFile file, FormValues typed) {
    var form =
        opening(file, typed)
            .date("heldOn", "When was the review held?", "For example, 20 11 2026")
            .radios(
                "outcome",
                "What did the review find?",
                null,
                Arrays.stream(ReviewOutcome.values())
                    .map(o -> Fields.Option.of(o.name(), o.title()))
                    .toList())
            .textarea("notes", "What the review found", null)
            .date(
                "nextReviewBy",
                "When is the next review due?",
                "Within 12 months; leave blank for 12 months from this review");
    CarePackageFields.ask(form, PACKAGE);
    return form.submit("Record the review", false).toMap();
  }

  @Override
  public String submit(String caseId, FormValues typed) {
    DateInput.Result heldOn = typed.date("heldOn", "date of the review", true);
    ReviewOutcome outcome =
        typed.choice(
            "outcome", ReviewOutcome.class, ReviewOutcome.values()[0], "Select what it found");
    String notes = typed.text("notes", "Enter what the review found");
    DateInput.Result next = typed.date("nextReviewBy", "date of the next review", false);
    CarePackageEntry changed = null;
    if (outcome == ReviewOutcome.PACKAGE_CHANGED) {
      changed = CarePackageFields.read(typed, PACKAGE);
    }
    if (!typed.errors().isEmpty()) {
      return null;
    }
    reviews.record(
        caseId,
        typed.version(),
        heldOn.value().orElse(null),
        outcome.name(),
        notes,
        next.value().orElse(null),
        changed);
    return outcome == ReviewOutcome.REASSESSMENT
        ? "The review was recorded and a full reassessment arranged"
        : "The review was recorded";
  }
}
