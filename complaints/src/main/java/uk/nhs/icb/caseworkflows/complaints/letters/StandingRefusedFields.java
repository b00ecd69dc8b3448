package uk.nhs.icb.caseworkflows.complaints.letters;

import java.util.Map;
import uk.nhs.icb.caseworkflows.common.letters.domain.LetterNotReady;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;
import uk.nhs.icb.caseworkflows.complaints.domain.RepresentativeStanding;
import uk.nhs.icb.caseworkflows.complaints.domain.StandingDecision;

/**
 * The fields of the letter telling a representative the ICB cannot accept them complaining for the
 * patient (regulation 5): what the ICB had to be satisfied of on their ground, and its reasons. It
 * names the patient only as the representative named them, and carries nothing else the ICB holds
 * about the patient.
 */
final class StandingRefusedFields {

  private StandingRefusedFields() {}

  static Map<String, Object> standingRefused(Complaint complaint) {
    StandingDecision decision =
        LetterNotReady.requireOnFile(
            complaint.standingDecision().filter(standing -> !standing.accepted()),
            "Record why the representative may not complain for the patient before writing to"
                + " say so.");
    RepresentativeStanding ground = complaint.representation().orElseThrow().standing();
    Map<String, Object> fields = ComplaintFacts.toComplainant(complaint);
    fields.put("patientName", complaint.affectedPerson().orElseThrow().name());
    fields.put("child", ground == RepresentativeStanding.CHILD);
    fields.put("lacksCapacity", ground == RepresentativeStanding.LACKS_CAPACITY);
    fields.put("deceased", ground == RepresentativeStanding.DECEASED);
    fields.put(
        "otherGround",
        ground == RepresentativeStanding.PATIENT_REQUEST
            || ground == RepresentativeStanding.PHYSICALLY_UNABLE);
    fields.put("reasons", decision.reasons().orElseThrow());
    return fields;
  }
}
