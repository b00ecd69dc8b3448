package uk.nhs.icb.caseworkflows.complaints.letters;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.nhs.icb.caseworkflows.common.calendar.WorkingDayCalendar;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentPurpose;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentRecord;
import uk.nhs.icb.caseworkflows.common.letters.application.LetterDates;
import uk.nhs.icb.caseworkflows.common.letters.domain.LetterNotReady;
import uk.nhs.icb.caseworkflows.complaints.domain.Anonymity;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;
import uk.nhs.icb.caseworkflows.complaints.domain.ConsentReliance;

/**
 * The letters that follow up what the complainant was asked or told (issue 14 points 7 and 10): the
 * reminder the identity-needed letter promised and the closure when no reply came, and the answer
 * to a consent withdrawn: the complaint closes, a step stops and what happens next, or the
 * withdrawal is noted.
 */
final class FollowUpLetterFields {

  private final ComplaintLetterSettings settings;
  private final LetterDates dates;
  private final WorkingDayCalendar calendar;

  FollowUpLetterFields(
      ComplaintLetterSettings settings, LetterDates dates, WorkingDayCalendar calendar) {
    this.settings = settings;
    this.dates = dates;
    this.calendar = calendar;
  }

  /** The date the identity-needed letter gave, and the one more period the reminder gives. */
  Map<String, Object> identityReminder(Complaint complaint) {
    Map<String, Object> fields = identityDates(complaint);
    fields.put("mayUseAnonymously", settings.mayUseAnonymously());
    return fields;
  }

  Map<String, Object> closedWithoutReply(Complaint complaint) {
    return identityDates(complaint);
  }

  private Map<String, Object> identityDates(Complaint complaint) {
    Anonymity anonymity =
        LetterNotReady.requireOnFile(
            complaint
                .disclosureLog()
                .anonymity()
                .filter(decision -> Boolean.FALSE.equals(decision.canInvestigateAnonymously())),
            "Only a complainant asked to agree to be named is reminded or told the complaint"
                + " closed without their reply.");
    LocalDate wroteOn = dates.dayOf(anonymity.decidedAt());
    int period = settings.periods().identityReply();
    LocalDate replyBy = calendar.addWorkingDays(wroteOn, period);
    Map<String, Object> fields = ComplaintFacts.toComplainant(complaint);
    fields.put("organisation", Map.of("name", complaint.subject().organisationOrService()));
    fields.put("wroteOn", wroteOn);
    fields.put("replyBy", replyBy);
    fields.put("finalReplyBy", calendar.addWorkingDays(replyBy, period));
    return fields;
  }

  /** The whole complaint relied on the consent: it closes, and how to come back. */
  Map<String, Object> consentWithdrawn(Complaint complaint, ConsentRecord withdrawn) {
    return withdrawal(complaint, withdrawn);
  }

  /** A step still to come relied on it: what stops, and what happens next. */
  Map<String, Object> stepStopped(
      Complaint complaint, ConsentRecord withdrawn, ConsentReliance reliance) {
    Map<String, Object> fields = withdrawal(complaint, withdrawn);
    String organisation = complaint.subject().organisationOrService();
    List<String> next = new ArrayList<>();
    String stopped;
    switch (reliance) {
      case THE_NOTICE_TO_THE_PROVIDER -> {
        stopped = "send your complaint to " + organisation;
        // No date is promised: the step waiting (the plan, the anonymity decision) has its own.
        next.add("The person handling your complaint will contact you about what we can still do.");
        next.add(
            "Without this consent we cannot ask "
                + organisation
                + " for its account of what happened, so we may not be able to look into every"
                + " part of your complaint. We will explain which parts we can.");
      }
      case ASKING_THE_PROVIDER -> {
        stopped = "share anything more with " + organisation + " or ask it for more information";
        next.add(
            "What "
                + organisation
                + " has already sent us stays on your complaint file, and we will use it to finish"
                + " looking into your complaint.");
        next.add(
            "We cannot take back what was shared before you withdrew your consent. Our response"
                + " may be limited to what we can say from the information we already hold.");
      }
      case NAMING_THE_COMPLAINANT -> {
        stopped = "tell " + organisation + " who you are";
        next.add(
            "If your complaint can be looked into without naming you, we will carry on that"
                + " way.");
        next.add(
            "If it cannot, we will write to you to explain your choices before anything else"
                + " happens.");
      }
      default -> throw new IllegalArgumentException("no step relies on a consent when " + reliance);
    }
    complaint
        .timetable()
        .responseDue()
        .ifPresent(
            due ->
                next.add(
                    "Your response date does not change: we will still respond by "
                        + LetterDates.inWords(due)
                        + "."));
    fields.put("stopped", stopped);
    fields.put("next", next);
    return fields;
  }

  /** Nothing still to come relied on it: recorded, and nothing else changes. */
  Map<String, Object> withdrawalNoted(Complaint complaint, ConsentRecord withdrawn) {
    Map<String, Object> fields = withdrawal(complaint, withdrawn);
    fields.put("closed", complaint.isClosed());
    return fields;
  }

  private Map<String, Object> withdrawal(Complaint complaint, ConsentRecord withdrawn) {
    if (!withdrawn.isWithdrawn()) {
      throw new LetterNotReady("Record the withdrawal of the consent before writing about it.");
    }
    Map<String, Object> fields = ComplaintFacts.toComplainant(complaint);
    fields.put("withdrawnOn", dates.dayOf(withdrawn.withdrawal().withdrawnAt()));
    fields.put("consentTo", consentWords(complaint, withdrawn));
    return fields;
  }

  /** "your consent to us handling your complaint", in the complainant's own terms. */
  private static String consentWords(Complaint complaint, ConsentRecord consent) {
    boolean theComplainants = "complainant".equals(consent.subject().roleInCase());
    String whose = theComplainants ? "your" : consent.subject().name() + "’s";
    String organisation = complaint.subject().organisationOrService();
    String to =
        switch (consent.purpose()) {
          case PROCESS_CASE -> "us handling " + (theComplainants ? "your" : "the") + " complaint";
          case REPRESENTATIVE_TO_ACT -> "you acting for them in this complaint";
          case SHARE_WITH_PROVIDER -> "us sharing information with " + organisation;
          case SHARE_IDENTITY_WITH_SUBJECT -> "us telling " + organisation + " who you are";
          case TRANSFER_TO_PROVIDER -> "your complaint being passed to " + organisation;
          default -> "us to " + describe(consent.purpose());
        };
    return whose + " consent to " + to;
  }

  private static String describe(ConsentPurpose purpose) {
    return purpose.description();
  }
}
