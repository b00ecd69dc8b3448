package uk.nhs.icb.caseworkflows.complaints.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.nhs.icb.caseworkflows.common.calendar.WorkingDayCalendar;
import uk.nhs.icb.caseworkflows.common.web.pages.CasePageModel;
import uk.nhs.icb.caseworkflows.common.web.pages.PageText;
import uk.nhs.icb.caseworkflows.common.web.pages.StepLinks;
import uk.nhs.icb.caseworkflows.complaints.application.AfterResponseReading;
import uk.nhs.icb.caseworkflows.complaints.application.AfterResponseReading.AfterResponse;
import uk.nhs.icb.caseworkflows.complaints.domain.ClosureReason;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;
import uk.nhs.icb.caseworkflows.complaints.domain.ComplaintStatus;
import uk.nhs.icb.caseworkflows.complaints.domain.FurtherResponse;
import uk.nhs.icb.caseworkflows.complaints.domain.LearningAction;
import uk.nhs.icb.caseworkflows.complaints.domain.OmbudsmanReferral;
import uk.nhs.icb.caseworkflows.complaints.domain.StaffInformed;

/**
 * The case page's "After the response" sections: further responses with their dates (overdue ones
 * marked), the actions promised with their owners and progress (open ones stay on a closed
 * complaint's page), referrals to the Ombudsman with its decision, and staff told of the complaint.
 */
@ApplicationScoped
class AfterResponseSection {

  @Inject AfterResponseReading reading;
  @Inject WorkingDayCalendar calendar;

  /**
   * Reopening and a referral to the Ombudsman are offered once the complaint has had its response;
   * the Ombudsman's decision while a referral awaits one; an action done while one is open; staff
   * told at any time.
   */
  void offer(List<Map<String, Object>> actions, Complaint complaint, AfterResponse read) {
    boolean answered =
        complaint.status() == ComplaintStatus.RESPONDED
            || complaint
                .closure()
                .filter(closure -> closure.reason() == ClosureReason.RESPONDED)
                .isPresent();
    if (answered) {
      StepLinks.add(
          actions, FurtherResponseForms.Reopening.PATH, "Reopen for a further response", false);
      StepLinks.add(
          actions, AfterResponseForms.Referral.PATH, "Record a referral to the Ombudsman", false);
    }
    if (read.referrals().stream().anyMatch(referral -> referral.decision().isEmpty())) {
      StepLinks.add(
          actions, AfterResponseForms.Decision.PATH, "Record the Ombudsman's decision", false);
    }
    if (read.openActions() > 0) {
      StepLinks.add(actions, AfterResponseForms.ActionDone.PATH, "Record an action done", false);
    }
    StepLinks.add(
        actions, AfterResponseForms.StaffTold.PATH, "Record staff told of the complaint", false);
  }

  /** The after-response records, read once for the page (an audited read). */
  AfterResponse read(Complaint complaint) {
    return reading.of(complaint.id());
  }

  void addTo(CasePageModel page, AfterResponse read) {
    LocalDate today = calendar.today();
    page.listed("furtherResponses", read.furtherResponses().stream().map(this::further).toList())
        .listed("learningActions", read.actions().stream().map(a -> action(a, today)).toList())
        .put("openLearningActions", read.openActions())
        .listed("ombudsmanReferrals", read.referrals().stream().map(this::referral).toList())
        .listed("staffTold", read.staffInformed().stream().map(this::staff).toList());
  }

  private Map<String, String> further(FurtherResponse further) {
    String state =
        further
            .sentAt()
            .map(sent -> "Sent " + PageText.date(sent) + " by " + further.sentBy().orElse(""))
            .orElse(further.isOverdue() ? "Overdue: the complaints manager has been told" : "Open");
    return Map.of(
        "round", String.valueOf(further.round()),
        "unresolved", further.unresolved(),
        "due", PageText.date(further.dueBy()),
        "state", state,
        "summary", further.summary().orElse(""));
  }

  private static Map<String, String> action(LearningAction action, LocalDate today) {
    String state;
    if (action.isDone()) {
      state =
          "Done "
              + PageText.date(action.completedAt().orElseThrow())
              + ": "
              + action.completionNote().orElse("");
    } else if (action.isOverdueOn(today)) {
      state = "Overdue";
    } else {
      state = "Open";
    }
    return Map.of(
        "description", action.description(),
        "owner", action.owner(),
        "due", PageText.date(action.dueBy()),
        "source",
            action.source() == LearningAction.Source.OMBUDSMAN
                ? "Ombudsman's recommendation"
                : "Promised in the response",
        "state", state);
  }

  private Map<String, String> referral(OmbudsmanReferral referral) {
    List<String> decision = new ArrayList<>();
    referral
        .decision()
        .ifPresentOrElse(
            decided ->
                decision.add(
                    PageText.sentence(decided.words())
                        + " on "
                        + PageText.date(referral.decidedOn().orElseThrow())),
            () -> decision.add("Awaited"));
    referral.decisionSummary().ifPresent(decision::add);
    return Map.of(
        "referred", PageText.date(referral.referredOn()),
        "reference", referral.ombudsmanReference().orElse("Not given"),
        "decision", String.join("\n", decision));
  }

  private Map<String, String> staff(StaffInformed informed) {
    return Map.of(
        "name", informed.staffName(),
        "role", informed.role(),
        "told", PageText.date(informed.toldOn()),
        "support",
            informed.supportOffered()
                + (informed.supportAccepted() ? " (accepted)" : " (offered)"));
  }
}
