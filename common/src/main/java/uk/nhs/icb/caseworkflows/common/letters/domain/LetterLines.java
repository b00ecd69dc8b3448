package uk.nhs.icb.caseworkflows.common.letters.domain;

import java.util.List;

/**
 * Text typed one item a line (the concerns someone listed, where to go and how to reach it) as a
 * letter lists it: each line stripped, blank lines dropped.
 */
public final class LetterLines {

  private LetterLines() {}

  /** The items, in the order typed; none for null. */
  public static List<String> of(String typed) {
    if (typed == null) {
      return List.of();
    }
    return typed.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
  }
}
