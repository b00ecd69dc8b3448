package uk.nhs.icb.caseworkflows.complaints.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.nhs.icb.caseworkflows.complaints.application.AfterResponseReading.AfterResponse;
import uk.nhs.icb.caseworkflows.complaints.domain.FurtherResponse;
import uk.nhs.icb.caseworkflows.complaints.domain.LearningAction;
import uk.nhs.icb.caseworkflows.complaints.domain.OmbudsmanDecision;
import uk.nhs.icb.caseworkflows.complaints.domain.OmbudsmanReferral;
import uk.nhs.icb.caseworkflows.complaints.domain.StaffInformed;

/** What happened to a complaint after its response, as the API shows it. */
public record AfterResponseView(
    String complaintId,
    List<FurtherResponseView> furtherResponses,
    List<ActionView> actions,
    long openActions,
    List<ReferralView> ombudsmanReferrals,
    List<StaffToldView> staffTold) {

  public record FurtherResponseView(
      int round,
      String unresolved,
      LocalDate dueBy,
      boolean overdue,
      String summary,
      Instant sentAt,
      String sentBy) {
    static FurtherResponseView of(FurtherResponse further) {
      return new FurtherResponseView(
          further.round(),
          further.unresolved(),
          further.dueBy(),
          further.isOverdue(),
          further.summary().orElse(null),
          further.sentAt().orElse(null),
          further.sentBy().orElse(null));
    }
  }

  public record ActionView(
      String id,
      LearningAction.Source source,
      String description,
      String owner,
      LocalDate dueBy,
      boolean done,
      Instant remindedAt,
      Instant completedAt,
      String completedBy,
      String completionNote) {
    static ActionView of(LearningAction action) {
      return new ActionView(
          action.id(),
          action.source(),
          action.description(),
          action.owner(),
          action.dueBy(),
          action.isDone(),
          action.remindedAt().orElse(null),
          action.completedAt().orElse(null),
          action.completedBy().orElse(null),
          action.completionNote().orElse(null));
    }
  }

  public record ReferralView(
      String id,
      LocalDate referredOn,
      String ombudsmanReference,
      OmbudsmanDecision decision,
      LocalDate decidedOn,
      String decisionSummary) {
    static ReferralView of(OmbudsmanReferral referral) {
      return new ReferralView(
          referral.id(),
          referral.referredOn(),
          referral.ombudsmanReference().orElse(null),
          referral.decision().orElse(null),
          referral.decidedOn().orElse(null),
          referral.decisionSummary().orElse(null));
    }
  }

  public record StaffToldView(
      String name, String role, LocalDate toldOn, String supportOffered, boolean supportAccepted) {
    static StaffToldView of(StaffInformed informed) {
      return new StaffToldView(
          informed.staffName(),
          informed.role(),
          informed.toldOn(),
          informed.supportOffered(),
          informed.supportAccepted());
    }
  }

  static AfterResponseView of(String complaintId, AfterResponse read) {
    return new AfterResponseView(
        complaintId,
        read.furtherResponses().stream().map(FurtherResponseView::of).toList(),
        read.actions().stream().map(ActionView::of).toList(),
        read.openActions(),
        read.referrals().stream().map(ReferralView::of).toList(),
        read.staffInformed().stream().map(StaffToldView::of).toList());
  }
}
