package uk.nhs.icb.caseworkflows.complaints.web.pages;

import static uk.nhs.icb.caseworkflows.common.web.pages.CaseSections.row;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.nhs.icb.caseworkflows.common.web.pages.CasePageModel;
import uk.nhs.icb.caseworkflows.common.web.pages.CaseSections;
import uk.nhs.icb.caseworkflows.common.web.pages.PageText;
import uk.nhs.icb.caseworkflows.common.web.pages.StepLinks;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;
import uk.nhs.icb.caseworkflows.complaints.domain.ComplaintStatus;
import uk.nhs.icb.caseworkflows.complaints.domain.JointHandling;
import uk.nhs.icb.caseworkflows.complaints.domain.JointOrganisation;

/**
 * What the case page shows of a complaint's other routes, and when it offers them: the transfer to
 * the provider before the plan is agreed, joint handling once it is, an organisation's answer while
 * the response is still to be sent. The domain refuses them at other times; the page does not offer
 * what would be refused.
 */
final class RoutesSection {

  private static final Set<ComplaintStatus> BEFORE_THE_PLAN =
      EnumSet.of(
          ComplaintStatus.RECEIVED, ComplaintStatus.ACKNOWLEDGED, ComplaintStatus.AWAITING_CONSENT);
  private static final Set<ComplaintStatus> PLANNED =
      EnumSet.of(ComplaintStatus.PLANNED, ComplaintStatus.INVESTIGATING);
  private static final Set<ComplaintStatus> BEFORE_THE_RESPONSE =
      EnumSet.of(
          ComplaintStatus.PLANNED,
          ComplaintStatus.INVESTIGATING,
          ComplaintStatus.AWAITING_SIGN_OFF);

  private RoutesSection() {}

  static void actions(Complaint complaint, List<Map<String, Object>> actions) {
    ComplaintStatus status = complaint.status();
    if (BEFORE_THE_PLAN.contains(status) && complaint.transfer().isEmpty()) {
      StepLinks.add(actions, "transfer", "Pass the complaint to the provider", false);
    }
    if (PLANNED.contains(status) && complaint.jointHandling().isEmpty()) {
      StepLinks.add(actions, "joint-handling", "Handle the complaint jointly", false);
    }
    if (BEFORE_THE_RESPONSE.contains(status) && complaint.jointHandling().isPresent()) {
      StepLinks.add(actions, "joint-answer", "Record an organisation's answer", false);
    }
  }

  static void addTo(CasePageModel page, Complaint complaint) {
    page.listed("transfer", transfer(complaint));
    List<Map<String, String>> organisations =
        complaint.jointHandling().map(RoutesSection::organisations).orElse(List.of());
    page.listed("jointOrganisations", organisations);
    page.put(
        "jointLead",
        complaint
            .jointHandling()
            .map(handling -> handling.leadOrganisation().orElse("The ICB"))
            .orElse(null));
  }

  private static List<Map<String, String>> transfer(Complaint complaint) {
    List<Map<String, String>> rows = new ArrayList<>();
    complaint
        .transfer()
        .ifPresent(
            transfer -> {
              row(rows, "Passed to", transfer.provider());
              row(rows, "Why", transfer.whyBetterPlaced());
              row(
                  rows,
                  "When",
                  CaseSections.when(transfer.transferredAt()) + " by " + transfer.transferredBy());
            });
    return rows;
  }

  private static List<Map<String, String>> organisations(JointHandling handling) {
    List<Map<String, String>> rows = new ArrayList<>();
    List<JointOrganisation> organisations = handling.organisations();
    for (int i = 0; i < organisations.size(); i++) {
      JointOrganisation organisation = organisations.get(i);
      rows.add(
          Map.of(
              "number", String.valueOf(i + 1),
              "name", organisation.name(),
              "asked", organisation.asked(),
              "answer", organisation.answer().orElse("Not answered yet"),
              "answeredOn", organisation.answeredOn().map(PageText::date).orElse("")));
    }
    return rows;
  }
}
