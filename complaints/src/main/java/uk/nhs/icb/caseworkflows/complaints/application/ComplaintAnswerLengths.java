package uk.nhs.icb.caseworkflows.complaints.application;

import java.util.Map;
import uk.nhs.icb.caseworkflows.common.party.domain.CommunicationNeeds;
import uk.nhs.icb.caseworkflows.complaints.domain.FurtherResponse;

/**
 * The longest answer each complaint form field takes, by field name: no longer than the column that
 * keeps it, and no longer than the REST API takes for the same value. Without it a postcode of
 * eleven characters passed the form and was refused by the database at commit, and the person got
 * the server's error page instead of a message beside the field. Fields not listed take the general
 * limit of the form; numbered rows ({@code action-2-owner}) share the limit of {@code
 * action-owner}.
 */
public final class ComplaintAnswerLengths {

  public static final Map<String, Integer> LONGEST =
      Map.ofEntries(
          Map.entry("complainantName", 200),
          Map.entry("complainantAddress", 1000),
          Map.entry("complainantPostcode", 10),
          Map.entry("complainantTelephone", 40),
          Map.entry("complainantEmail", 200),
          Map.entry("patientName", 200),
          Map.entry("patientAddress", 1000),
          Map.entry("patientPostcode", 10),
          Map.entry("complainantNeedsNote", CommunicationNeeds.MAX_NOTE_LENGTH),
          Map.entry("patientNeedsNote", CommunicationNeeds.MAX_NOTE_LENGTH),
          Map.entry("standingEvidence", 2000),
          Map.entry("standingRelationshipDescription", 200),
          Map.entry("evidenceSeen", 2000),
          Map.entry("standingReasons", 2000),
          Map.entry("subject", 300),
          Map.entry("peopleNamed", 2000),
          Map.entry("desiredOutcome", 4000),
          Map.entry("note", 2000),
          Map.entry("whereToGo", 2000),
          Map.entry("giverName", 200),
          Map.entry("giverStanding", 200),
          Map.entry("issues", 4000),
          Map.entry("reason", 2000),
          Map.entry("source", 300),
          Map.entry("action-description", 2000),
          Map.entry("action-owner", 300),
          Map.entry("provider", 300),
          Map.entry("organisation-name", 300),
          Map.entry("organisation-asked", 5000),
          Map.entry("leadOrganisation", 300),
          Map.entry("answer", 5000),
          Map.entry("unresolved", FurtherResponse.MAX_TEXT),
          Map.entry("furtherResponse", FurtherResponse.MAX_TEXT),
          Map.entry("ombudsmanReference", 50),
          Map.entry("decisionSummary", 4000),
          Map.entry("recommendation-description", 2000),
          Map.entry("recommendation-owner", 300),
          Map.entry("actionNote", 2000),
          Map.entry("staffName", 300),
          Map.entry("staffRole", 300),
          Map.entry("supportOffered", 2000));

  private ComplaintAnswerLengths() {}
}
