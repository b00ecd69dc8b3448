package uk.nhs.icb.caseworkflows.complaints.letters;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.nhs.icb.caseworkflows.common.letters.domain.LetterNotReady;
import uk.nhs.icb.caseworkflows.common.party.domain.Party;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;
import uk.nhs.icb.caseworkflows.complaints.domain.Disclosure;
import uk.nhs.icb.caseworkflows.complaints.domain.JointHandling;
import uk.nhs.icb.caseworkflows.complaints.domain.JointOrganisation;
import uk.nhs.icb.caseworkflows.complaints.domain.Transfer;

/**
 * The fields of the letters of a complaint's other routes: passed to the provider to handle
 * (regulation 7(5): the complainant and the provider are both told), or handled jointly with other
 * organisations (regulation 9: one lead, one co-ordinated response). Each reads the route as the
 * file records it, and refuses to write before it is recorded.
 */
final class RouteLetterFields {

  /** To the complainant: who has their complaint now, why, and what was shared. */
  Map<String, Object> transferred(Complaint complaint) {
    Transfer transfer = transferOf(complaint);
    Map<String, Object> fields = ComplaintFacts.toComplainant(complaint);
    fields.put("provider", Map.of("name", transfer.provider()));
    fields.put("reason", transfer.whyBetterPlaced());
    complaint.affectedPerson().ifPresent(patient -> fields.put("onBehalfOf", patient.name()));
    return fields;
  }

  /**
   * To the provider, an organisation: the complaint, who made it and how to reach them, since the
   * provider now answers them itself. It names the complainant on their consent to the transfer.
   */
  Map<String, Object> transferNotice(Complaint complaint) {
    Transfer transfer = transferOf(complaint);
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("service", Map.of("name", transfer.provider()));
    fields.put("complaint", ComplaintFacts.receipt(complaint));
    fields.put("issues", ComplaintFacts.issues(complaint));
    fields.put("complainant", complainant(complaint.complainant()));
    complaint.affectedPerson().ifPresent(patient -> fields.put("onBehalfOf", patient.name()));
    fields.put("reason", transfer.whyBetterPlaced());
    return fields;
  }

  /** To the complainant: the organisations, who leads, what each was asked, and one response. */
  Map<String, Object> jointHandling(Complaint complaint) {
    JointHandling handling =
        LetterNotReady.requireOnFile(
            complaint.jointHandling(),
            "Agree the joint handling with the other organisations before writing about it.");
    Map<String, Object> fields = ComplaintFacts.toComplainant(complaint);
    fields.put("icbLeads", handling.isLedByTheIcb());
    handling.leadOrganisation().ifPresent(lead -> fields.put("lead", Map.of("name", lead)));
    List<Map<String, Object>> organisations = new ArrayList<>();
    for (JointOrganisation organisation : handling.organisations()) {
      organisations.add(Map.of("name", organisation.name(), "asked", organisation.asked()));
    }
    fields.put("organisations", organisations);
    fields.put("named", namedTo(complaint, handling));
    complaint.timetable().responseDue().ifPresent(due -> fields.put("responseDueBy", due));
    return fields;
  }

  /**
   * For the final response: the lead and the organisations whose answers it co-ordinates; empty
   * when the complaint was not handled jointly.
   */
  static Optional<Map<String, Object>> jointly(Complaint complaint) {
    return complaint
        .jointHandling()
        .map(
            handling -> {
              Map<String, Object> fields = new LinkedHashMap<>();
              fields.put("icbLeads", handling.isLedByTheIcb());
              handling
                  .leadOrganisation()
                  .ifPresent(lead -> fields.put("lead", Map.of("name", lead)));
              fields.put(
                  "organisations",
                  handling.organisations().stream()
                      .filter(JointOrganisation::hasAnswered)
                      .map(JointOrganisation::name)
                      .toList());
              return fields;
            });
  }

  private static Transfer transferOf(Complaint complaint) {
    return LetterNotReady.requireOnFile(
        complaint.transfer(),
        "Record the transfer to the provider, with the complainant's consent, before writing"
            + " about it.");
  }

  private static Map<String, Object> complainant(Party complainant) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("name", complainant.name());
    fields.put("addressLines", complainant.addressLines());
    // The template prints the postcode after the address lines; an unknown one prints nothing.
    fields.put("postcode", complainant.postcode() == null ? "" : complainant.postcode());
    if (complainant.telephone() != null) {
      fields.put("telephone", complainant.telephone());
    }
    if (complainant.email() != null) {
      fields.put("email", complainant.email());
    }
    return fields;
  }

  /** Whether the disclosures to the organisations named the complainant, as the file records. */
  private static boolean namedTo(Complaint complaint, JointHandling handling) {
    List<String> names = handling.organisations().stream().map(JointOrganisation::name).toList();
    return complaint.disclosureLog().disclosures().stream()
        .filter(disclosure -> names.contains(disclosure.recipient()))
        .filter(disclosure -> !disclosure.disclosedAt().isBefore(handling.agreedAt()))
        .anyMatch(Disclosure::identityDisclosed);
  }
}
