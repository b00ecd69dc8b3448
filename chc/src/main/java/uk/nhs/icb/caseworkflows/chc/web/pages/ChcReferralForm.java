package uk.nhs.icb.caseworkflows.chc.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import uk.nhs.icb.caseworkflows.chc.application.ChcReferrals;
import uk.nhs.icb.caseworkflows.chc.domain.CareSetting;
import uk.nhs.icb.caseworkflows.chc.domain.ReferralRoute;
import uk.nhs.icb.caseworkflows.chc.domain.ReferralSource;
import uk.nhs.icb.caseworkflows.chc.domain.RepresentativeStanding;
import uk.nhs.icb.caseworkflows.common.casework.web.pages.CaseworkerChoice;
import uk.nhs.icb.caseworkflows.common.errors.FieldError;
import uk.nhs.icb.caseworkflows.common.errors.InvalidInputException;
import uk.nhs.icb.caseworkflows.common.party.domain.AffectedPerson;
import uk.nhs.icb.caseworkflows.common.party.domain.Party;
import uk.nhs.icb.caseworkflows.common.party.web.pages.PatientFields;
import uk.nhs.icb.caseworkflows.common.party.web.pages.PersonFields;
import uk.nhs.icb.caseworkflows.common.security.Roles;
import uk.nhs.icb.caseworkflows.common.security.application.CurrentCaller;
import uk.nhs.icb.caseworkflows.common.web.pages.CasePages;
import uk.nhs.icb.caseworkflows.common.web.pages.DateInput;
import uk.nhs.icb.caseworkflows.common.web.pages.Fields;
import uk.nhs.icb.caseworkflows.common.web.pages.FormModel;
import uk.nhs.icb.caseworkflows.common.web.pages.FormValues;
import uk.nhs.icb.caseworkflows.common.web.pages.PageView;
import uk.nhs.icb.caseworkflows.common.web.pages.PastDays;

/**
 * The referral form, on the kit's person and patient fields: the individual, how and by whom they
 * were referred, where they live, their representative if any, and who will work the case. A person
 * under 18 is refused beside their date of birth, with the reason.
 */
@ApplicationScoped
class ChcReferralForm implements CasePages.Intake {

  private static final String PATH = "new";

  private static final PatientFields INDIVIDUAL = new PatientFields("individual", "person", null);

  private static final PersonFields REPRESENTATIVE =
      new PersonFields("representative", "representative");

  private static final CaseworkerChoice ASSESSOR =
      new CaseworkerChoice(
          "case", "Only a CHC assessor can work a case: leave it for the team to claim");

  private static final List<Fields.Option> ROUTES =
      List.of(
          Fields.Option.of(ReferralRoute.CHECKLIST.name(), "By Checklist"),
          Fields.Option.of(ReferralRoute.FULL_ASSESSMENT.name(), "Straight to full assessment"));

  @Inject ChcReferrals referrals;
  @Inject Clock clock;
  @Inject CurrentCaller caller;

  @Override
  public String path() {
    return PATH;
  }

  @Override
  public String firstField() {
    return "individualName";
  }

  @Override
  public String banner() {
    return "The referral was recorded and its first step is on the task list.";
  }

  @Override
  public PageView page(FormValues typed) {
    FormModel form = INDIVIDUAL.addTo(new FormModel(typed));
    form.radios("route", "How was the person referred?", null, ROUTES)
        .date("receivedOn", "Date received", "Leave empty for today. For example, 15 3 2026")
        .input("referredBy", "Referred by", "Their name, role and organisation")
        .radios(
            "livesIn",
            "Where does the person live now?",
            null,
            Fields.Option.words(CareSetting.values()))
        .radios(
            "goingTo",
            "Where are they going to live, if they are moving?",
            null,
            Fields.Option.words(CareSetting.values()));
    REPRESENTATIVE
        .addTo(form)
        .radios(
            "standing",
            "The representative's standing",
            "Only if a representative is named.",
            Fields.Option.words(RepresentativeStanding.values()));
    return ASSESSOR
        .addTo(form)
        .submit("Record the referral", false)
        .page("Record a CHC referral", "chc/intake", PATH);
  }

  @Override
  public String submit(FormValues typed) {
    if (!caller.get().hasAnyRole(Set.of(Roles.CHC_ASSESSOR))) {
      // As the REST API: the panel decides on cases, assessors take them in.
      typed.errors().add(firstField(), "Only a CHC assessor records a referral");
      return null;
    }
    PastDays days = new PastDays(clock);
    Supplier<AffectedPerson> individualTyped = INDIVIDUAL.read(typed, days);
    ReferralRoute route =
        typed.choice(
            "route", ReferralRoute.class, ReferralRoute.CHECKLIST, "Select how they were referred");
    DateInput.Result received = typed.date("receivedOn", "Date received", false);
    days.notAfterToday(typed, received);
    String referredBy = typed.text("referredBy", "Enter who referred the person");
    CareSetting livesIn =
        typed.choice("livesIn", CareSetting.class, CareSetting.OWN_HOME, "Select where they live");
    CareSetting goingTo = typed.choice("goingTo", CareSetting.class, CareSetting.OWN_HOME, null);
    boolean represented = !typed.typed("representativeName").isBlank();
    Supplier<Party> representativeTyped = represented ? REPRESENTATIVE.read(typed) : () -> null;
    RepresentativeStanding standing =
        typed.choice(
            "standing",
            RepresentativeStanding.class,
            RepresentativeStanding.values()[0],
            represented ? "Select the representative's standing" : null);
    AffectedPerson individual = individualTyped.get();
    Party representative = representativeTyped.get();
    if (!typed.errors().isEmpty() || individual == null) {
      return null;
    }
    try {
      return ASSESSOR.receive(
          typed,
          () ->
              referrals
                  .refer(
                      new ChcReferrals.ReferralTaken(
                          individual,
                          received.value().orElse(null),
                          route,
                          new ReferralSource(referredBy, livesIn, goingTo),
                          representative,
                          standing,
                          CaseworkerChoice.recorderHandles(typed) ? ChcReferrals.ME : null))
                  .id());
    } catch (InvalidInputException refused) {
      // The age rule answers on the date of birth: shown beside its day box.
      for (FieldError error : refused.errors()) {
        typed
            .errors()
            .add(
                error.field().equals("individual.dateOfBirth")
                    ? "individualDateOfBirth-day"
                    : firstField(),
                error.reason());
      }
      return null;
    }
  }
}
