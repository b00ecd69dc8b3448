package uk.nhs.icb.caseworkflows.complaints.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import uk.nhs.icb.caseworkflows.common.casework.web.pages.CaseworkerChoice;
import uk.nhs.icb.caseworkflows.common.party.domain.AffectedPerson;
import uk.nhs.icb.caseworkflows.common.party.domain.Party;
import uk.nhs.icb.caseworkflows.common.party.web.pages.PatientFields;
import uk.nhs.icb.caseworkflows.common.party.web.pages.PersonFields;
import uk.nhs.icb.caseworkflows.common.security.application.CurrentCaller;
import uk.nhs.icb.caseworkflows.common.web.pages.CasePages;
import uk.nhs.icb.caseworkflows.common.web.pages.DateInput;
import uk.nhs.icb.caseworkflows.common.web.pages.Fields;
import uk.nhs.icb.caseworkflows.common.web.pages.FormModel;
import uk.nhs.icb.caseworkflows.common.web.pages.FormValues;
import uk.nhs.icb.caseworkflows.common.web.pages.PageView;
import uk.nhs.icb.caseworkflows.common.web.pages.PastDays;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintIntake;
import uk.nhs.icb.caseworkflows.complaints.domain.Channel;
import uk.nhs.icb.caseworkflows.complaints.domain.ComplaintDetails;
import uk.nhs.icb.caseworkflows.complaints.domain.ComplaintMade;
import uk.nhs.icb.caseworkflows.complaints.domain.Representation;
import uk.nhs.icb.caseworkflows.complaints.domain.RepresentativeRelationship;
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

  private static final List<Fields.Option> ABOUT_THE_ICB =
      List.of(Fields.Option.of("yes", "Yes, it is about the ICB itself"));

  private static final String PATH = "new";

  private static final PersonFields COMPLAINANT = new PersonFields("complainant", "complainant");

  private static final PatientFields PATIENT =
      new PatientFields("patient", "patient", "Only if the complaint is made for someone else.");

  private static final CaseworkerChoice HANDLER =
      new CaseworkerChoice(
          "complaint",
          "Only a complaints handler can take a complaint: leave it for the team to claim");

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
    FormModel form =
        new FormModel(typed)
            .radios(
                "channel",
                "How was the complaint received?",
                null,
                Fields.Option.words(Channel.values()))
            .date("receivedOn", "Date received", "Leave empty for today. For example, 15 3 2026");
    COMPLAINANT
        .addTo(form)
        .yesNo(
            "forSomeoneElse",
            "Is the complaint made for someone else?",
            "For example, a parent for a child, or for someone who has died.");
    PATIENT
        .addTo(form)
        .radios(
            "standing",
            "Why is the complainant acting for the patient?",
            null,
            List.of(
                Fields.Option.of(
                    RepresentativeStanding.PATIENT_REQUEST.name(), "The patient asked them to"),
                Fields.Option.of(RepresentativeStanding.CHILD.name(), "The patient is a child"),
                Fields.Option.of(
                    RepresentativeStanding.LACKS_CAPACITY.name(),
                    StandingWords.ground(RepresentativeStanding.LACKS_CAPACITY)),
                Fields.Option.of(
                    RepresentativeStanding.PHYSICALLY_UNABLE.name(),
                    StandingWords.ground(RepresentativeStanding.PHYSICALLY_UNABLE)),
                Fields.Option.of(RepresentativeStanding.DECEASED.name(), "The patient has died")))
        .radios(
            "standingRelationship",
            "If the patient has died, who is the complainant to them?",
            "Answer only if the patient has died.",
            Arrays.stream(RepresentativeRelationship.values())
                .map(kind -> Fields.Option.of(kind.name(), StandingWords.relationship(kind)))
                .toList())
        .input(
            "standingRelationshipDescription",
            "If someone else, who they are to the patient",
            "For example, partner or close friend.")
        .textarea(
            "standingEvidence",
            "Evidence of their standing",
            "For example, lasting power of attorney or grant of probate seen.")
        .input("subject", "Organisation or service complained about", null)
        .checkboxes(
            "aboutTheIcb",
            "Is the complaint about the ICB itself?",
            "Its commissioning decisions, its own staff or its own services. Nothing is then sent"
                + " to a provider.",
            ABOUT_THE_ICB)
        .textarea("peopleNamed", "People named", "One per line. Leave empty if nobody is named.")
        .textarea("whatHappened", "What happened", null)
        .date("happenedOn", "When it happened", "For example, 15 3 2026")
        .date("cameToNoticeOn", "When the complainant found out, if later", null)
        .textarea("desiredOutcome", "What outcome the complainant wants", null);
    return HANDLER
        .addTo(form)
        .submit("Record the complaint", false)
        .page("Record a complaint", "complaints/intake", PATH);
  }

  /** Returns the new complaint's id, or null with messages in {@code typed}. */
  @Override
  public String submit(FormValues typed) {
    PastDays days = new PastDays(clock);
    Channel channel =
        typed.choice("channel", Channel.class, Channel.LETTER, "Select how it was received");
    DateInput.Result receivedOn = typed.date("receivedOn", "Date received", false);
    Supplier<Party> complainantTyped = COMPLAINANT.read(typed);
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
    days.notAfterToday(typed, receivedOn, happenedOn, cameToNotice);
    Party complainant = complainantTyped.get();
    SubjectOfComplaint subject =
        subjectName == null
            ? null
            : typed.build(
                "subject",
                () ->
                    new SubjectOfComplaint(
                        subjectName,
                        peopleNamed,
                        !typed.ticked("aboutTheIcb", ABOUT_THE_ICB).isEmpty()));
    ComplaintDetails details =
        whatHappened == null || happenedOn.value().isEmpty()
            ? null
            : typed.build(
                "whatHappened",
                () ->
                    new ComplaintDetails(
                        whatHappened,
                        happenedOn.value().orElse(null),
                        cameToNotice.value().orElse(null),
                        wanted));
    ComplaintMade made = null;
    if (Boolean.TRUE.equals(forSomeoneElse)) {
      made = onBehalf(typed, complainant, subject, details, days);
    } else if (complainant != null && subject != null && details != null) {
      made = ComplaintMade.byThePatient(complainant, subject, details);
    }
    if (!typed.errors().isEmpty() || made == null) {
      return null;
    }
    ComplaintMade received = made;
    return HANDLER.receive(
        typed,
        () ->
            intake
                .receive(
                    received,
                    channel,
                    days.instantOf(receivedOn),
                    caller.get().name(),
                    caseworker(typed))
                .id());
  }

  /** {@code me} for a complaint its recorder will handle; null leaves it for the team. */
  static String caseworker(FormValues typed) {
    return CaseworkerChoice.recorderHandles(typed) ? ComplaintIntake.ME : null;
  }

  /**
   * The standing with its evidence; for a patient who has died, with who the complainant is to
   * them. Null, with the message beside the question, when that is not answered.
   */
  private static Representation representation(FormValues typed, RepresentativeStanding standing) {
    String evidence = typed.text("standingEvidence", null);
    if (!standing.needsRelationship()) {
      return typed.build("standingEvidence", () -> new Representation(standing, evidence));
    }
    RepresentativeRelationship relationship =
        typed.choice(
            "standingRelationship",
            RepresentativeRelationship.class,
            RepresentativeRelationship.PERSONAL_REPRESENTATIVE,
            "Select who the complainant is to the patient who has died");
    String description =
        typed.text(
            "standingRelationshipDescription",
            relationship == RepresentativeRelationship.OTHER
                ? "Enter who the complainant is to the patient"
                : null);
    boolean undescribed = relationship == RepresentativeRelationship.OTHER && description == null;
    return relationship == null || undescribed
        ? null
        : typed.build(
            "standingEvidence",
            () -> Representation.ofDeceased(relationship, description, evidence));
  }

  private static ComplaintMade onBehalf(
      FormValues typed,
      Party complainant,
      SubjectOfComplaint subject,
      ComplaintDetails details,
      PastDays days) {
    Supplier<AffectedPerson> patientTyped = PATIENT.read(typed, days);
    RepresentativeStanding standing =
        typed.choice(
            "standing",
            RepresentativeStanding.class,
            RepresentativeStanding.PATIENT_REQUEST,
            "Select why the complainant is acting for the patient");
    Representation representation = standing == null ? null : representation(typed, standing);
    AffectedPerson patient = patientTyped.get();
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
}
