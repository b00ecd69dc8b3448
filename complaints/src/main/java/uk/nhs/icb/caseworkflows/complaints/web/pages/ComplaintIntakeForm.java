package uk.nhs.icb.caseworkflows.complaints.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import uk.nhs.icb.caseworkflows.common.calendar.WorkingDayCalendar;
import uk.nhs.icb.caseworkflows.common.errors.InvalidInputException;
import uk.nhs.icb.caseworkflows.common.party.domain.AffectedPerson;
import uk.nhs.icb.caseworkflows.common.party.domain.CommunicationNeed;
import uk.nhs.icb.caseworkflows.common.party.domain.CommunicationNeeds;
import uk.nhs.icb.caseworkflows.common.party.domain.NhsNumber;
import uk.nhs.icb.caseworkflows.common.party.domain.Party;
import uk.nhs.icb.caseworkflows.common.security.application.CurrentCaller;
import uk.nhs.icb.caseworkflows.common.web.pages.CasePages;
import uk.nhs.icb.caseworkflows.common.web.pages.DateInput;
import uk.nhs.icb.caseworkflows.common.web.pages.Fields;
import uk.nhs.icb.caseworkflows.common.web.pages.FormModel;
import uk.nhs.icb.caseworkflows.common.web.pages.FormValues;
import uk.nhs.icb.caseworkflows.common.web.pages.PageText;
import uk.nhs.icb.caseworkflows.common.web.pages.PageView;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintIntake;
import uk.nhs.icb.caseworkflows.complaints.domain.Channel;
import uk.nhs.icb.caseworkflows.complaints.domain.ComplaintDetails;
import uk.nhs.icb.caseworkflows.complaints.domain.ComplaintMade;
import uk.nhs.icb.caseworkflows.complaints.domain.Representation;
import uk.nhs.icb.caseworkflows.complaints.domain.RepresentativeStanding;
import uk.nhs.icb.caseworkflows.complaints.domain.SubjectOfComplaint;

/**
 * Receiving a complaint: who made it, for whom, about whom, what happened and what they want. The
 * values are checked by the same rules as the REST intake (an NHS number's check digit, a
 * representative's standing), each refusal shown beside its field. Who will handle it is asked
 * last: the one recording it, or (the default) the team, whoever claims its first task.
 */
@ApplicationScoped
class ComplaintIntakeForm implements CasePages.Intake {

  private static final String PATH = "new";

  /** The communication needs a person can have, as checkboxes valued by their codes. */
  static final List<Fields.Option> NEEDS =
      Arrays.stream(CommunicationNeed.values())
          .map(need -> Fields.Option.of(need.code(), PageText.sentence(need.label())))
          .toList();

  /** Who will handle the complaint, as the form asks. */
  enum HandledBy {
    TEAM,
    ME
  }

  static final String HANDLED_BY = "handledBy";

  @Inject ComplaintIntake intake;
  @Inject CurrentCaller caller;
  @Inject Clock clock;

  @Override
  public String path() {
    return PATH;
  }

  @Override
  public String firstField() {
    return "channel-" + Channel.LETTER.name();
  }

  @Override
  public String banner() {
    return "The complaint was recorded and its first step is on the task list.";
  }

  @Override
  public PageView page(FormValues typed) {
    Map<String, Object> model =
        new FormModel(typed)
            .radios(
                "channel",
                "How was the complaint received?",
                null,
                Arrays.stream(Channel.values())
                    .map(channel -> Fields.Option.of(channel.name(), PageText.words(channel)))
                    .toList())
            .date("receivedOn", "Date received", "Leave empty for today. For example, 15 3 2026")
            .input("complainantName", "Complainant's full name", null)
            .textarea(
                "complainantAddress",
                "Complainant's address",
                "One line per line of the address, without the postcode.")
            .input("complainantPostcode", "Postcode", null)
            .input("complainantTelephone", "Telephone", null)
            .input("complainantEmail", "Email", null)
            .checkboxes(
                "complainantNeeds",
                "Complainant's communication needs",
                "Tick any the complainant has told you about. Letters to them are then also made"
                    + " in large print or plain text.",
                NEEDS)
            .textarea(
                "complainantNeedsNote",
                "Anything else about how to communicate with the complainant (optional)",
                null)
            .yesNo(
                "forSomeoneElse",
                "Is the complaint made for someone else?",
                "For example, a parent for a child, or for someone who has died.")
            .input(
                "patientName",
                "Patient's full name",
                "Only if the complaint is made for someone else.")
            .input(
                "patientNhsNumber", "Patient's NHS number", "10 digits, for example 485 777 3456")
            .date("patientDateOfBirth", "Patient's date of birth", "For example, 31 3 1950")
            .textarea("patientAddress", "Patient's address", null)
            .input("patientPostcode", "Patient's postcode", null)
            .checkboxes(
                "patientNeeds",
                "Patient's communication needs",
                "Only if the complaint is made for someone else.",
                NEEDS)
            .textarea(
                "patientNeedsNote",
                "Anything else about how to communicate with the patient (optional)",
                null)
            .radios(
                "standing",
                "Why is the complainant acting for the patient?",
                null,
                List.of(
                    Fields.Option.of(
                        RepresentativeStanding.PATIENT_REQUEST.name(), "The patient asked them to"),
                    Fields.Option.of(RepresentativeStanding.CHILD.name(), "The patient is a child"),
                    Fields.Option.of(
                        RepresentativeStanding.LACKS_CAPACITY.name(), "The patient lacks capacity"),
                    Fields.Option.of(
                        RepresentativeStanding.DECEASED.name(), "The patient has died")))
            .textarea(
                "standingEvidence",
                "Evidence of their standing",
                "For example, lasting power of attorney seen.")
            .input("subject", "Organisation or service complained about", null)
            .textarea(
                "peopleNamed", "People named", "One per line. Leave empty if nobody is named.")
            .textarea("whatHappened", "What happened", null)
            .date("happenedOn", "When it happened", "For example, 15 3 2026")
            .date("cameToNoticeOn", "When the complainant found out, if later", null)
            .textarea("desiredOutcome", "What outcome the complainant wants", null)
            .radios(
                HANDLED_BY,
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
                        "The complaint and its tasks are yours at once.")))
            .submit("Record the complaint", false)
            .toMap();
    if (typed.typed(HANDLED_BY).isEmpty()) {
      checkTeamByDefault(model);
    }
    Map<String, Object> all = new java.util.HashMap<>(model);
    all.put("formTitle", "Record a complaint");
    all.put("action", PATH);
    return PageView.of("Record a complaint", "complaints/intake", all);
  }

  /** Returns the new complaint's id, or null with messages in {@code typed}. */
  @Override
  public String submit(FormValues typed) {
    Channel channel =
        typed.choice("channel", Channel.class, Channel.LETTER, "Select how it was received");
    DateInput.Result receivedOn = typed.date("receivedOn", "Date received", false);
    String name = typed.text("complainantName", "Enter the complainant's full name");
    List<String> address = typed.lines("complainantAddress", null);
    String postcode = typed.text("complainantPostcode", null);
    String telephone = typed.text("complainantTelephone", null);
    String email = typed.text("complainantEmail", null);
    CommunicationNeeds complainantNeeds = needs(typed, "complainantNeeds");
    Boolean forSomeoneElse =
        typed.yesNo("forSomeoneElse", "Select yes if the complaint is made for someone else");
    String subjectName =
        typed.text("subject", "Enter the organisation or service complained about");
    List<String> peopleNamed = typed.lines("peopleNamed", null);
    String whatHappened = typed.text("whatHappened", "Enter what happened");
    DateInput.Result happenedOn = typed.date("happenedOn", "When it happened", true);
    DateInput.Result cameToNotice =
        typed.date("cameToNoticeOn", "When the complainant found out", false);
    String wanted = typed.text("desiredOutcome", null);
    LocalDate today = LocalDate.now(clock.withZone(WorkingDayCalendar.LONDON));
    for (DateInput.Result date : List.of(receivedOn, happenedOn, cameToNotice)) {
      if (date.value().filter(day -> day.isAfter(today)).isPresent()) {
        typed.errors().add(date.fieldId(), "The date must be today or in the past");
      }
    }
    Party complainant =
        name == null
            ? null
            : field(
                typed,
                "complainantName",
                () -> new Party(name, address, postcode, telephone, email));
    if (complainant != null && complainantNeeds != null) {
      complainant.recordCommunicationNeeds(complainantNeeds);
    }
    SubjectOfComplaint subject =
        subjectName == null
            ? null
            : field(typed, "subject", () -> new SubjectOfComplaint(subjectName, peopleNamed));
    ComplaintDetails details =
        whatHappened == null || happenedOn.value().isEmpty()
            ? null
            : field(
                typed,
                "whatHappened",
                () ->
                    new ComplaintDetails(
                        whatHappened,
                        happenedOn.value().orElse(null),
                        cameToNotice.value().orElse(null),
                        wanted));
    ComplaintMade made = null;
    if (Boolean.TRUE.equals(forSomeoneElse)) {
      made = onBehalf(typed, complainant, subject, details, today);
    } else if (complainant != null && subject != null && details != null) {
      made = ComplaintMade.byThePatient(complainant, subject, details);
    }
    if (!typed.errors().isEmpty() || made == null) {
      return null;
    }
    Instant receivedAt =
        receivedOn
            .value()
            .filter(day -> !day.equals(today))
            .map(day -> day.atTime(LocalTime.NOON).atZone(WorkingDayCalendar.LONDON).toInstant())
            .orElse(clock.instant());
    try {
      return intake.receive(made, channel, receivedAt, caller.get().name(), caseworker(typed)).id();
    } catch (InvalidInputException notInTheTeam) {
      // "Me" from someone outside the complaints handlers' team (a manager): nothing was kept.
      if (notInTheTeam.errors().stream().noneMatch(e -> e.field().equals("caseworker"))) {
        throw notInTheTeam;
      }
      typed
          .errors()
          .add(
              HANDLED_BY + "-" + HandledBy.TEAM.name(),
              "Only a complaints handler can take a complaint: leave it for the team to claim");
      return null;
    }
  }

  /** {@code me} for a complaint its recorder will handle; null leaves it for the team. */
  static String caseworker(FormValues typed) {
    return HandledBy.ME.name().equals(typed.typed(HANDLED_BY)) ? ComplaintIntake.ME : null;
  }

  /** A first view of the form: the team claims, unless the recorder says they will handle it. */
  @SuppressWarnings("unchecked")
  private static void checkTeamByDefault(Map<String, Object> model) {
    for (Map<String, Object> field : (List<Map<String, Object>>) model.get("fields")) {
      Map<String, Object> radios = (Map<String, Object>) field.get("radios");
      if (radios != null && HANDLED_BY.equals(radios.get("name"))) {
        for (Map<String, Object> option : (List<Map<String, Object>>) radios.get("options")) {
          option.put("checked", HandledBy.TEAM.name().equals(option.get("value")));
        }
      }
    }
  }

  private static ComplaintMade onBehalf(
      FormValues typed,
      Party complainant,
      SubjectOfComplaint subject,
      ComplaintDetails details,
      LocalDate today) {
    String patientName = typed.text("patientName", "Enter the patient's full name");
    String nhsNumberTyped = typed.text("patientNhsNumber", null);
    DateInput.Result born = typed.date("patientDateOfBirth", "Patient's date of birth", true);
    if (born.value().filter(day -> !day.isBefore(today)).isPresent()) {
      typed.errors().add(born.fieldId(), "Patient's date of birth must be in the past");
    }
    List<String> patientAddress = typed.lines("patientAddress", null);
    String patientPostcode = typed.text("patientPostcode", null);
    CommunicationNeeds patientNeeds = needs(typed, "patientNeeds");
    RepresentativeStanding standing =
        typed.choice(
            "standing",
            RepresentativeStanding.class,
            RepresentativeStanding.PATIENT_REQUEST,
            "Select why the complainant is acting for the patient");
    String evidence = typed.text("standingEvidence", null);
    NhsNumber nhsNumber =
        nhsNumberTyped == null
            ? null
            : field(typed, "patientNhsNumber", () -> NhsNumber.parse(nhsNumberTyped));
    AffectedPerson patient =
        patientName == null || born.value().isEmpty()
            ? null
            : field(
                typed,
                "patientName",
                () ->
                    new AffectedPerson(
                        patientName,
                        nhsNumber,
                        born.value().get(),
                        patientAddress,
                        patientPostcode));
    if (patient != null && patientNeeds != null) {
      patient.recordCommunicationNeeds(patientNeeds);
    }
    Representation representation =
        standing == null
            ? null
            : field(typed, "standingEvidence", () -> new Representation(standing, evidence));
    if (complainant == null
        || subject == null
        || details == null
        || patient == null
        || representation == null
        || !typed.errors().isEmpty()) {
      return null;
    }
    return ComplaintMade.onBehalfOf(complainant, patient, representation, subject, details);
  }

  /**
   * The needs ticked in a person's checkbox group ({@code name}) with their note ({@code
   * nameNote}); null, with the message beside the note, when the note is refused.
   */
  private static CommunicationNeeds needs(FormValues typed, String name) {
    String noteField = name + "Note";
    if (!typed.typed(noteField).isBlank() && typed.text(noteField, null) == null) {
      return null;
    }
    return field(
        typed,
        noteField,
        () -> CommunicationNeeds.fromCodes(typed.ticked(name, NEEDS), typed.text(noteField, null)));
  }

  /** Builds a value; its own rule's refusal becomes the message beside {@code fieldId}. */
  private static <T> T field(FormValues typed, String fieldId, Supplier<T> make) {
    try {
      return make.get();
    } catch (IllegalArgumentException | NullPointerException refused) {
      typed
          .errors()
          .add(
              fieldId,
              refused.getMessage() == null
                  ? "Check this answer"
                  : PageText.sentence(refused.getMessage()));
      return null;
    }
  }
}
