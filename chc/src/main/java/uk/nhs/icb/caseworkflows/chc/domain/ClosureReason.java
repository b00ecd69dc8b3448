package uk.nhs.icb.caseworkflows.chc.domain;

/**
 * Why a CHC case closed. Each closure starts the case's retention clock that day. A person closes a
 * case for the first four; the process closes it for the others once their last letter has gone.
 */
public enum ClosureReason {
  DIED("The person died", true),
  MOVED_OUT_OF_AREA("The person moved out of the ICB's area", true),
  WITHDRAWN("The referral was withdrawn", true),
  NO_LONGER_ELIGIBLE("No longer eligible after a full reassessment", false),
  NOT_ELIGIBLE("Not eligible", false),
  ASSESSMENT_DECLINED("The assessment was declined", false);

  private final String title;
  private final boolean chosenByStaff;

  ClosureReason(String title, boolean chosenByStaff) {
    this.title = title;
    this.chosenByStaff = chosenByStaff;
  }

  public String title() {
    return title;
  }

  /** Whether an assessor closes a case for this reason, rather than the process. */
  public boolean chosenByStaff() {
    return chosenByStaff;
  }
}
