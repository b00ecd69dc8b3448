package uk.nhs.icb.caseworkflows.common.audit.domain;

/**
 * The result of walking the chain: intact, or the first event found altered or missing and why.
 * {@code firstBrokenSequence} is null when the chain is intact.
 */
public record ChainVerification(
    boolean intact, long eventsChecked, Long firstBrokenSequence, String problem) {

  public static ChainVerification intact(long eventsChecked) {
    return new ChainVerification(true, eventsChecked, null, null);
  }

  public static ChainVerification broken(long eventsChecked, long sequence, String problem) {
    return new ChainVerification(false, eventsChecked, sequence, problem);
  }
}
