package uk.nhs.icb.caseworkflows.complaints.stories.web;

import jakarta.validation.constraints.Size;
import java.util.Locale;
import uk.nhs.icb.caseworkflows.common.errors.InvalidInputException;
import uk.nhs.icb.caseworkflows.complaints.stories.domain.ConsentAnswer;

/**
 * What the story endpoints accept. Each change carries the {@code version} of the story it was made
 * on (optional; a stale one is a 409). Empty parts and answers that are not GIVEN or REFUSED are
 * refused naming the field, by the story's own rules or here, before anything is stored.
 */
public final class StoryRequests {

  private StoryRequests() {}

  /** One person's answer: GIVEN or REFUSED. */
  public record ConsentAnswered(
      @Size(max = 40) String person, @Size(max = 20) String answer, Long version) {

    ConsentAnswer parsedAnswer() {
      String given = answer == null ? "" : answer.strip().toUpperCase(Locale.ROOT);
      if (!given.equals("GIVEN") && !given.equals("REFUSED")) {
        throw new InvalidInputException("answer", "must be GIVEN or REFUSED");
      }
      return ConsentAnswer.valueOf(given);
    }

    String askedPerson() {
      if (person == null || person.isBlank()) {
        throw new InvalidInputException("person", "must name who answered");
      }
      return person.strip();
    }
  }

  /** Consent withdrawn. */
  public record Withdrawal(Long version) {}

  /** The three parts; each is required. */
  public record Draft(String concern, String improvements, String procedure, Long version) {}

  /** A reviewer's decision; a return says why in {@code comments}. */
  public record ReviewDecision(Boolean approved, @Size(max = 2000) String comments, Long version) {

    boolean isApproved() {
      if (approved == null) {
        throw new InvalidInputException("approved", "must be true or false");
      }
      return approved;
    }
  }
}
