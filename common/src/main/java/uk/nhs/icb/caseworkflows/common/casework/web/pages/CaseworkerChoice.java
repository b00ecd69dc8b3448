package uk.nhs.icb.caseworkflows.common.casework.web.pages;

import java.util.List;
import java.util.function.Supplier;
import uk.nhs.icb.caseworkflows.common.errors.InvalidInputException;
import uk.nhs.icb.caseworkflows.common.web.pages.Fields;
import uk.nhs.icb.caseworkflows.common.web.pages.FormModel;
import uk.nhs.icb.caseworkflows.common.web.pages.FormValues;

/**
 * "Who will handle it?", asked last on an intake form: the one recording the case, or (checked
 * until they say otherwise) the team, whoever claims its first task. The radios are {@code
 * handledBy-TEAM} and {@code handledBy-ME}. The intake use case names the caseworker ({@code
 * CaseAssignments.assignAtIntake}) and refuses someone outside the team with an error on {@code
 * caseworker}; {@link #receive} shows that refusal beside the choice.
 */
public final class CaseworkerChoice {

  /** Who will handle the case, as the form asks. */
  public enum HandledBy {
    TEAM,
    ME
  }

  public static final String FIELD = "handledBy";

  private final String caseNoun;
  private final String notInTheTeam;

  /**
   * @param caseNoun what the case is called, in lower case ("complaint")
   * @param notInTheTeam the message beside the choice when the recorder is not in the team
   */
  public CaseworkerChoice(String caseNoun, String notInTheTeam) {
    this.caseNoun = caseNoun;
    this.notInTheTeam = notInTheTeam;
  }

  public FormModel addTo(FormModel form) {
    return form.radios(
        FIELD,
        "Who will handle it?",
        null,
        List.of(
            new Fields.Option(
                HandledBy.TEAM.name(),
                "Leave it for the team to claim",
                "Whoever claims its first task on the team's list handles it."),
            new Fields.Option(
                HandledBy.ME.name(),
                "Me",
                "The " + caseNoun + " and its tasks are yours at once.")),
        HandledBy.TEAM.name());
  }

  /** Whether the recorder said they will handle it; anything else leaves it for the team. */
  public static boolean recorderHandles(FormValues typed) {
    return HandledBy.ME.name().equals(typed.typed(FIELD));
  }

  /**
   * Runs the intake; when it refuses the chosen caseworker (a manager outside the team chose "Me",
   * and nothing was kept) the message goes beside the choice and null comes back. Any other refusal
   * is thrown on.
   */
  public <T> T receive(FormValues typed, Supplier<T> intake) {
    try {
      return intake.get();
    } catch (InvalidInputException refused) {
      if (refused.errors().stream().noneMatch(e -> e.field().equals("caseworker"))) {
        throw refused;
      }
      typed.errors().add(FIELD + "-" + HandledBy.TEAM.name(), notInTheTeam);
      return null;
    }
  }
}
