package uk.nhs.icb.caseworkflows.common.letters.domain;

import java.util.Optional;

/**
 * A letter whose substance the case file does not hold yet (a decision not recorded, wording not
 * signed off): it is refused, saying what to record first, rather than sent with a gap.
 */
public class LetterNotReady extends IllegalStateException {

  public LetterNotReady(String whatToRecordFirst) {
    super(whatToRecordFirst);
  }

  /** What the file holds, or the refusal when it holds nothing yet. */
  public static <T> T requireOnFile(Optional<T> onFile, String whatToRecordFirst) {
    return onFile.orElseThrow(() -> new LetterNotReady(whatToRecordFirst));
  }
}
