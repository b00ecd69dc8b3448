package uk.nhs.icb.caseworkflows.app;

import jakarta.json.JsonStructure;
import java.util.function.Predicate;

/** The checks of the answers of calls on real cases, shared by the workflows' {@link RealCases}. */
final class RealCaseChecks {

  private RealCaseChecks() {}

  /**
   * What is wrong with the answer's JSON, or null if it shows {@code what}: an answer that is not
   * JSON, or lacks a field the check reads, is wrong too (never an exception that hides the rest).
   */
  static String checked(Api.Answer answer, Predicate<JsonStructure> shows, String what) {
    try {
      return shows.test(answer.structure())
          ? null
          : "the answer does not show " + what + ": " + abbreviate(answer.body());
    } catch (RuntimeException unreadable) {
      return "the answer does not show "
          + what
          + " ("
          + unreadable
          + "): "
          + abbreviate(answer.body());
    }
  }

  static String abbreviate(String text) {
    return text == null || text.length() <= 300 ? text : text.substring(0, 300) + "…";
  }
}
