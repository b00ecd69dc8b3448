package uk.nhs.icb.caseworkflows.common.retention.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import uk.nhs.icb.caseworkflows.common.casework.application.CaseAssignments;
import uk.nhs.icb.caseworkflows.common.consent.application.CaseConsents;
import uk.nhs.icb.caseworkflows.common.documents.application.CaseDocuments;
import uk.nhs.icb.caseworkflows.common.letters.application.CaseLetters;

/**
 * What destroying any case's records involves, around the case type's own part: its consents,
 * documents, letters, who worked it (the reassignments' reasons are free text) and the engine's
 * history of its process go, and each deletion is one line of the certificate. {@link
 * RetentionReview} then issues the certificate and the audit entry in the same transaction. A case
 * module's {@link RecordDestroyer} calls it with its {@link OwnRecords}.
 */
@ApplicationScoped
public class CaseRecordErasure {

  /** The case type's own part of the destruction. */
  public interface OwnRecords {

    /**
     * Checks the case may be destroyed (404 if there is none, 409 while it is open) and names it
     * for the certificate, e.g. "the complaint file CMP-2026-000123".
     */
    String nameForCertificate(String caseId);

    /** Deletes what the case type keeps beside the case; one certificate line each. */
    List<String> destroyBeside(String caseId);

    /** Deletes the case itself, last. */
    void destroyCase(String caseId);
  }

  private final CaseConsents consents;
  private final CaseDocuments documents;
  private final CaseLetters letters;
  private final ProcessHistories histories;
  private final CaseAssignments assignments;

  @Inject
  public CaseRecordErasure(
      CaseConsents consents,
      CaseDocuments documents,
      CaseLetters letters,
      ProcessHistories histories,
      CaseAssignments assignments) {
    this.consents = consents;
    this.documents = documents;
    this.letters = letters;
    this.histories = histories;
    this.assignments = assignments;
  }

  protected CaseRecordErasure() {
    this(null, null, null, null, null);
  }

  /** Destroys the case's records; returns what was destroyed, for the certificate. */
  public List<String> destroy(String caseType, String caseId, OwnRecords own) {
    List<String> destroyed = new ArrayList<>();
    destroyed.add(own.nameForCertificate(caseId));
    destroyed.add(count(consents.deleteAllOf(caseType, caseId), "consent record"));
    destroyed.addAll(own.destroyBeside(caseId));
    destroyed.add(count(documents.deleteAllOf(caseType, caseId), "document", "documents"));
    destroyed.add(count(letters.deleteAllOf(caseType, caseId), "letter"));
    destroyed.addAll(assignments.deleteAllOf(caseType, caseId));
    destroyed.add(count(histories.eraseHistory(caseId), "process history", "process histories"));
    own.destroyCase(caseId);
    return List.copyOf(destroyed);
  }

  /** "1 letter", "3 letters": a certificate line. */
  public static String count(int n, String one) {
    return count(n, one, one + "s");
  }

  /** "1 piece of evidence", "2 pieces of evidence": a certificate line. */
  public static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
