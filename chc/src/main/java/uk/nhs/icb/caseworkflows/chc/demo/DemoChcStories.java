package uk.nhs.icb.caseworkflows.chc.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.nhs.icb.caseworkflows.chc.application.ChcConsentRecording;
import uk.nhs.icb.caseworkflows.chc.application.ChcReferrals;
import uk.nhs.icb.caseworkflows.chc.application.ChecklistScreening;
import uk.nhs.icb.caseworkflows.chc.application.FullAssessment;
import uk.nhs.icb.caseworkflows.chc.application.RatingEntry;
import uk.nhs.icb.caseworkflows.chc.domain.CareDomain;
import uk.nhs.icb.caseworkflows.chc.domain.CareSetting;
import uk.nhs.icb.caseworkflows.chc.domain.ChcCase;
import uk.nhs.icb.caseworkflows.chc.domain.ChecklistDomain;
import uk.nhs.icb.caseworkflows.chc.domain.ReferralRoute;
import uk.nhs.icb.caseworkflows.chc.domain.ReferralSource;
import uk.nhs.icb.caseworkflows.common.calendar.WorkingDayCalendar;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentGivenAs;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentMethod;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentPurpose;
import uk.nhs.icb.caseworkflows.common.demo.DemoTimes;
import uk.nhs.icb.caseworkflows.common.party.domain.AffectedPerson;
import uk.nhs.icb.caseworkflows.common.party.domain.NhsNumber;

/**
 * Made-up CHC cases, each told through the use cases as an assessor would work it: just referred; a
 * Checklist half filled in; a negative Checklist; a full assessment under way; and one waiting for
 * the panel after the 28 days have passed. Names, addresses and NHS numbers are invented.
 */
@ApplicationScoped
public class DemoChcStories {

  private static final String REFERRER = "Sam Okafor, Discharge Liaison Nurse, Northvale General";

  private final ChcReferrals referrals;
  private final ChcConsentRecording consents;
  private final ChecklistScreening checklist;
  private final FullAssessment assessment;
  private final DemoTimes times;

  @Inject
  public DemoChcStories(
      ChcReferrals referrals,
      ChcConsentRecording consents,
      ChecklistScreening checklist,
      FullAssessment assessment,
      WorkingDayCalendar calendar,
      Clock clock) {
    this.referrals = referrals;
    this.consents = consents;
    this.checklist = checklist;
    this.assessment = assessment;
    this.times = new DemoTimes(calendar, clock);
  }

  protected DemoChcStories() {
    this(null, null, null, null, null, null);
  }

  /** Tells every story; returns how many cases were made. */
  public int tellAll() {
    refer("Mr Arthur Bennett", "1938-03-14", 2, CareSetting.HOSPITAL, ReferralRoute.CHECKLIST);
    halfAChecklist();
    negativeChecklist();
    assessmentUnderWay();
    overdueForThePanel();
    return 5;
  }

  private ChcCase refer(
      String name, String born, int daysAgo, CareSetting livesIn, ReferralRoute route) {
    return referrals.refer(
        new ChcReferrals.ReferralTaken(
            new AffectedPerson(
                name,
                NhsNumber.parse("9434765919"),
                LocalDate.parse(born),
                List.of("Ward 7, Northvale General Hospital", "Luton"),
                "LU4 0DZ"),
            times.daysAgo(daysAgo),
            route,
            new ReferralSource(REFERRER, livesIn, null),
            null,
            null,
            null));
  }

  private ChcCase consented(ChcCase chcCase) {
    consents.recordConsent(
        chcCase.id(),
        ConsentPurpose.PROCESS_CASE,
        ConsentGivenAs.THE_PERSON,
        ConsentMethod.VERBAL,
        null);
    consents.decideOnAssessment(chcCase.id(), true);
    return chcCase;
  }

  private void halfAChecklist() {
    ChcCase chcCase =
        consented(
            refer(
                "Mrs Edna Clarke", "1944-07-02", 4, CareSetting.HOSPITAL, ReferralRoute.CHECKLIST));
    checklist.saveDraft(chcCase.id(), null, REFERRER, times.daysAgo(1), ratings(5, "B"));
  }

  private void negativeChecklist() {
    ChcCase chcCase =
        consented(
            refer(
                "Mr George Fenwick",
                "1950-11-23",
                10,
                CareSetting.CARE_HOME_WITHOUT_NURSING,
                ReferralRoute.CHECKLIST));
    checklist.saveDraft(
        chcCase.id(),
        null,
        REFERRER,
        times.daysAgo(8),
        ratings(ChecklistDomain.values().length, "C"));
    checklist.complete(chcCase.id(), null, times.daysAgo(7));
  }

  private void assessmentUnderWay() {
    ChcCase chcCase =
        consented(
            refer(
                "Mrs Joan Whitfield",
                "1936-02-11",
                9,
                CareSetting.CARE_HOME_WITH_NURSING,
                ReferralRoute.CHECKLIST));
    List<RatingEntry> ratings = new ArrayList<>(ratings(ChecklistDomain.values().length, "C"));
    ratings.set(8, new RatingEntry("BEHAVIOUR", "A", "Strikes out during personal care daily."));
    ratings.set(7, new RatingEntry("COGNITION", "A", "Does not recognise family."));
    checklist.saveDraft(chcCase.id(), null, REFERRER, times.daysAgo(7), ratings);
    checklist.complete(chcCase.id(), null, times.daysAgo(6));
    assessment.saveDraft(
        chcCase.id(),
        null,
        new FullAssessment.DraftEntry(
            List.of(
                new RatingEntry("BEHAVIOUR", "SEVERE", "Care home behaviour chart, last 14 days."),
                new RatingEntry("COGNITION", "SEVERE", "Memory clinic letter.")),
            List.of(new FullAssessment.MemberEntry("Rachel Green", "REGISTERED_NURSE")),
            null));
  }

  private void overdueForThePanel() {
    ChcCase chcCase =
        consented(
            refer(
                "Mr Patrick Doyle",
                "1941-05-03",
                35,
                CareSetting.HOSPITAL,
                ReferralRoute.FULL_ASSESSMENT));
    List<RatingEntry> ratings = new ArrayList<>();
    for (CareDomain domain : CareDomain.values()) {
      String level =
          domain == CareDomain.BEHAVIOUR || domain == CareDomain.COGNITION ? "SEVERE" : "LOW";
      ratings.add(new RatingEntry(domain.name(), level, "MDT meeting notes."));
    }
    assessment.saveDraft(
        chcCase.id(),
        null,
        new FullAssessment.DraftEntry(
            ratings,
            List.of(
                new FullAssessment.MemberEntry("Rachel Green", "REGISTERED_NURSE"),
                new FullAssessment.MemberEntry("Ana Silva", "SOCIAL_WORKER")),
            new FullAssessment.ViewEntry(
                times.daysAgo(20),
                "THEIR_REPRESENTATIVE",
                "His wife says he needs someone always.")));
    assessment.recommend(
        chcCase.id(),
        null,
        new FullAssessment.RecommendationEntry(
            "ELIGIBLE",
            "Distressed behaviour and severe cognitive impairment.",
            "Two carers several times a day.",
            "Behaviour, cognition and medication interact.",
            "Episodes come without warning.",
            times.daysAgo(3)));
  }

  private static List<RatingEntry> ratings(int how, String level) {
    List<RatingEntry> ratings = new ArrayList<>();
    ChecklistDomain[] domains = ChecklistDomain.values();
    for (int i = 0; i < how; i++) {
      ratings.add(
          new RatingEntry(domains[i].name(), level, "Ward notes and the nurse's observation."));
    }
    return ratings;
  }
}
