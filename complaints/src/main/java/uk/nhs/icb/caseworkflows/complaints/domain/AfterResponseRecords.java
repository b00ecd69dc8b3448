package uk.nhs.icb.caseworkflows.complaints.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Where what happens to a complaint after its response is kept: further responses, the actions
 * promised and their progress, referrals to the Ombudsman, and the staff told of the complaint.
 * Each lives beside the complaint, not inside it, so the file can close while actions stay open.
 */
public interface AfterResponseRecords {

  void add(FurtherResponse further);

  /** The complaint's rounds of further resolution, first first. */
  List<FurtherResponse> furtherResponsesOf(String complaintId);

  /** The round still waiting for its further response, if any. */
  default Optional<FurtherResponse> openFurtherResponse(String complaintId) {
    return furtherResponsesOf(complaintId).stream().filter(FurtherResponse::isOpen).findFirst();
  }

  void add(LearningAction action);

  /** The complaint's actions, soonest due first. */
  List<LearningAction> actionsOf(String complaintId);

  Optional<LearningAction> action(String actionId);

  void add(OmbudsmanReferral referral);

  List<OmbudsmanReferral> referralsOf(String complaintId);

  Optional<OmbudsmanReferral> referral(String referralId);

  /** Referrals made, or decided, between those days (inclusive), for reports. */
  List<OmbudsmanReferral> referralsMadeOrDecidedBetween(LocalDate from, LocalDate to);

  void add(StaffInformed informed);

  List<StaffInformed> staffInformedOf(String complaintId);
}
