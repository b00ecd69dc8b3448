package uk.nhs.icb.caseworkflows.common.consent.web.pages;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.nhs.icb.caseworkflows.common.calendar.WorkingDayCalendar;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentGivenAs;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentGiver;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentMethod;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentPurpose;
import uk.nhs.icb.caseworkflows.common.web.pages.DateInput;
import uk.nhs.icb.caseworkflows.common.web.pages.Fields;
import uk.nhs.icb.caseworkflows.common.web.pages.FormModel;
import uk.nhs.icb.caseworkflows.common.web.pages.FormValues;
import uk.nhs.icb.caseworkflows.common.web.pages.PageText;
import uk.nhs.icb.caseworkflows.common.web.pages.PastDays;

/**
 * The questions of a consent taken down on a form, after the workflow's own question of whose
 * consent it is: what it is for, who gave it (the person, a representative, a best-interests
 * decision), the name and standing of anyone who gave it for the person, how it was given and on
 * what day. Read back as a {@link ConsentTaken}; the consent record itself is the workflow's use
 * case to make.
 */
public final class ConsentFields {

  /** The field names the form posts, which are also the names its limits are given under. */
  public static final String PURPOSE = "purpose";

  public static final String GIVEN_AS = "givenAs";
  public static final String GIVER_NAME = "giverName";
  public static final String GIVER_STANDING = "giverStanding";
  public static final String METHOD = "method";
  public static final String GIVEN_ON = "givenOn";

  /** A consent as read from the form: who gave it, for what, how, and when. */
  public record ConsentTaken(
      ConsentGiver giver, ConsentPurpose purpose, ConsentMethod method, Instant givenAt) {}

  private static final List<Fields.Option> GIVERS =
      List.of(
          Fields.Option.of(ConsentGivenAs.THE_PERSON.name(), "The person themselves"),
          Fields.Option.of(ConsentGivenAs.REPRESENTATIVE.name(), "A representative for them"),
          Fields.Option.of(
              ConsentGivenAs.BEST_INTERESTS_DECISION.name(), "A best-interests decision"));

  // The ways the complaints form offered before the kit had it; email is not among them.
  private static final List<Fields.Option> METHODS =
      List.of(
          Fields.Option.of(ConsentMethod.WRITTEN.name(), "In writing"),
          Fields.Option.of(ConsentMethod.FORM.name(), "On the consent form"),
          Fields.Option.of(ConsentMethod.VERBAL.name(), "Verbally"));

  private final Clock clock;
  private final List<ConsentPurpose> purposes;

  /** Every purpose offered. */
  public ConsentFields(Clock clock) {
    this(clock, List.of(ConsentPurpose.values()));
  }

  /** Only the purposes a workflow asks consent for (a complaint has no family to share with). */
  public ConsentFields(Clock clock, List<ConsentPurpose> purposes) {
    this.clock = clock;
    this.purposes = List.copyOf(purposes);
  }

  /** Adds the questions to {@code form}, after whatever the workflow asked before them. */
  public FormModel askIn(FormModel form) {
    return form.radios(
            PURPOSE,
            "What do they consent to?",
            null,
            purposes.stream()
                .map(p -> Fields.Option.of(p.name(), PageText.sentence(p.description())))
                .toList())
        .radios(GIVEN_AS, "Who gave it?", null, GIVERS)
        .input(
            GIVER_NAME,
            "Name of the representative or decision maker",
            "Leave empty if the person gave it themselves.")
        .input(
            GIVER_STANDING,
            "Their standing",
            "For example: lasting power of attorney, parent, or the clinician who decided.")
        .radios(METHOD, "How was it given?", null, METHODS)
        .date(GIVEN_ON, "Date given", "For example, 15 3 2026");
  }

  /**
   * The consent as typed, or empty when any answer of the form is missing or wrong (the workflow's
   * own ones read before it included), each message beside its field. Someone who gave it for the
   * person needs a name and standing; the day may not be in the future.
   */
  public Optional<ConsentTaken> readFrom(FormValues typed) {
    ConsentPurpose chosen =
        typed.choice(PURPOSE, ConsentPurpose.class, purposes.get(0), "Select what they consent to");
    ConsentPurpose purpose = chosen == null || purposes.contains(chosen) ? chosen : null;
    if (chosen != null && purpose == null) {
      typed.errors().add(PURPOSE + "-" + purposes.get(0).name(), "Select what they consent to");
    }
    ConsentGivenAs givenAs =
        typed.choice(
            GIVEN_AS, ConsentGivenAs.class, ConsentGivenAs.THE_PERSON, "Select who gave it");
    String giverName = typed.text(GIVER_NAME, null);
    String giverStanding = typed.text(GIVER_STANDING, null);
    ConsentMethod method =
        typed.choice(METHOD, ConsentMethod.class, ConsentMethod.WRITTEN, "Select how it was given");
    DateInput.Result givenOn = typed.date(GIVEN_ON, "Date given", true);
    if (givenAs != null
        && givenAs != ConsentGivenAs.THE_PERSON
        && (giverName == null || giverStanding == null)) {
      typed
          .errors()
          .add(
              giverName == null ? GIVER_NAME : GIVER_STANDING,
              "Enter who gave the consent for the person, and their standing");
    }
    Instant givenAt = givenOn.value().map(this::noLaterThanNow).orElse(null);
    if (givenAt != null && givenAt.isAfter(clock.instant())) {
      typed.errors().add(givenOn.fieldId(), "Date given must be today or in the past");
    }
    if (!typed.errors().isEmpty()) {
      return Optional.empty();
    }
    ConsentGiver giver =
        switch (givenAs) {
          case THE_PERSON -> ConsentGiver.thePerson();
          case REPRESENTATIVE -> ConsentGiver.representative(giverName, giverStanding);
          case BEST_INTERESTS_DECISION ->
              ConsentGiver.bestInterestsDecision(giverName, giverStanding);
        };
    return Optional.of(new ConsentTaken(giver, purpose, method, givenAt));
  }

  /**
   * Midday on the day given, as the form asks only for the day; or now, if the day is today and
   * midday is still to come, so that a consent given this morning is in force at once.
   */
  private Instant noLaterThanNow(LocalDate day) {
    Instant midday = PastDays.noonOf(day);
    Instant now = clock.instant();
    return midday.isAfter(now)
            && !day.isAfter(LocalDate.now(clock.withZone(WorkingDayCalendar.LONDON)))
        ? now
        : midday;
  }
}
