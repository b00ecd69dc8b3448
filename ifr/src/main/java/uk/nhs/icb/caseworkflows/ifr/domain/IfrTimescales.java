package uk.nhs.icb.caseworkflows.ifr.domain;

/**
 * The IFR periods as settings (domain.md: several are local practice, so none is a constant).
 *
 * @param screeningWorkingDays from receipt (or from a reply to a request for information, less the
 *     days already used) to the end of screening; 5
 * @param urgentWorkingDays from receipt to a chair's-action decision on an urgent request; 2
 * @param decisionWorkingDays from a complete request to the panel's decision (NHS England interim
 *     SOP 2013); 40
 * @param reviewRequestDays calendar days after the decision letter to ask for a review; 28
 * @param reviewOutcomeDays calendar days from a review request to its outcome; 28
 * @param informationReminderWorkingDays after asking the clinician for more, a reminder; 10
 */
public record IfrTimescales(
    int screeningWorkingDays,
    int urgentWorkingDays,
    int decisionWorkingDays,
    int reviewRequestDays,
    int reviewOutcomeDays,
    int informationReminderWorkingDays) {

  public IfrTimescales {
    if (screeningWorkingDays < 1
        || urgentWorkingDays < 1
        || decisionWorkingDays < 1
        || reviewRequestDays < 1
        || reviewOutcomeDays < 1
        || informationReminderWorkingDays < 1) {
      throw new IllegalArgumentException("IFR deadlines are at least one day away");
    }
  }

  public static IfrTimescales defaults() {
    return new IfrTimescales(5, 2, 40, 28, 28, 10);
  }
}
