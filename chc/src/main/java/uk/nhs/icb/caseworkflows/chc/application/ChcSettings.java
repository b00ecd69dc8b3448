package uk.nhs.icb.caseworkflows.chc.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The CHC targets an ICB sets for itself, as settings: the hours within which a Fast Track package
 * is arranged ({@code app.chc.fast-track-package-hours}, 48 by default: local practice, not a
 * national rule) and the months after a local resolution letter within which the process waits for
 * a request for NHS England's independent review ({@code app.chc.independent-review-months}, 6 by
 * default: UNCONFIRMED, no national deadline was found).
 */
@ApplicationScoped
public class ChcSettings {

  static final int DEFAULT_FAST_TRACK_HOURS = 48;
  static final int DEFAULT_INDEPENDENT_REVIEW_MONTHS = 6;

  private final int fastTrackPackageHours;
  private final int independentReviewMonths;

  @Inject
  public ChcSettings(
      @ConfigProperty(name = "app.chc.fast-track-package-hours", defaultValue = "48")
          int fastTrackPackageHours,
      @ConfigProperty(name = "app.chc.independent-review-months", defaultValue = "6")
          int independentReviewMonths) {
    this.fastTrackPackageHours = fastTrackPackageHours > 0 ? fastTrackPackageHours : 48;
    this.independentReviewMonths = independentReviewMonths > 0 ? independentReviewMonths : 6;
  }

  protected ChcSettings() {
    this(DEFAULT_FAST_TRACK_HOURS, DEFAULT_INDEPENDENT_REVIEW_MONTHS);
  }

  public int fastTrackPackageHours() {
    return fastTrackPackageHours;
  }

  public int independentReviewMonths() {
    return independentReviewMonths;
  }
}
