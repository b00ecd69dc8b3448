package uk.nhs.icb.caseworkflows.complaints.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import uk.nhs.icb.caseworkflows.bpmn.api.CaseProcesses;
import uk.nhs.icb.caseworkflows.common.documents.application.CaseDocuments;
import uk.nhs.icb.caseworkflows.common.errors.ConflictProblem;
import uk.nhs.icb.caseworkflows.common.errors.NotFoundProblem;
import uk.nhs.icb.caseworkflows.common.letters.application.CaseLetters;
import uk.nhs.icb.caseworkflows.common.persistence.AppDataSource;
import uk.nhs.icb.caseworkflows.common.retention.application.RecordDestroyer;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;
import uk.nhs.icb.caseworkflows.complaints.domain.ResponseDraft;

/**
 * Erases a closed complaint at the end of its retention, on the reviewer's decision: the file with
 * everyone named in it, its consents, evidence with its documents, provider requests, draft
 * response, letters and the engine's history of its process. What is left is the audit trail (who
 * did what, when, never the file's contents) and the certificate of destruction.
 */
@ApplicationScoped
public class ComplaintRecordDestroyer implements RecordDestroyer {

  @PersistenceContext(unitName = AppDataSource.PERSISTENCE_UNIT)
  private EntityManager entityManager;

  private final CaseLetters letters;
  private final CaseDocuments documents;
  private final CaseProcesses processes;

  @Inject
  public ComplaintRecordDestroyer(
      CaseLetters letters, CaseDocuments documents, CaseProcesses processes) {
    this.letters = letters;
    this.documents = documents;
    this.processes = processes;
  }

  protected ComplaintRecordDestroyer() {
    this(null, null, null);
  }

  @Override
  public String recordType() {
    return Complaint.CASE_TYPE;
  }

  @Override
  public List<String> destroy(String complaintId) {
    Complaint complaint = entityManager.find(Complaint.class, complaintId);
    if (complaint == null) {
      throw new NotFoundProblem("There is no complaint " + complaintId + ".");
    }
    if (!complaint.isClosed()) {
      throw new ConflictProblem(
          "Complaint " + complaint.reference().formatted() + " is open and cannot be destroyed.");
    }
    List<String> destroyed = new ArrayList<>();
    destroyed.add("the complaint file " + complaint.reference().formatted());
    int consents =
        entityManager
            .createQuery("delete from ConsentRecord c where c.caseType = :type and c.caseId = :id")
            .setParameter("type", Complaint.CASE_TYPE)
            .setParameter("id", complaintId)
            .executeUpdate();
    destroyed.add(count(consents, "consent record"));
    destroyed.add(
        count(
            deleteOf("InvestigationEvidence", complaintId),
            "piece of evidence",
            "pieces of evidence"));
    destroyed.add(
        count(
            deleteOf("ProviderResponseRequest", complaintId),
            "request to the provider",
            "requests to the provider"));
    ResponseDraft draft = entityManager.find(ResponseDraft.class, complaintId);
    if (draft != null) {
      entityManager.remove(draft);
      destroyed.add("the draft response");
    }
    destroyed.add(
        count(documents.deleteAllOf(Complaint.CASE_TYPE, complaintId), "document", "documents"));
    destroyed.add(count(letters.deleteAllOf(Complaint.CASE_TYPE, complaintId), "letter"));
    destroyed.add(
        count(processes.eraseHistory(complaintId), "process history", "process histories"));
    entityManager.remove(complaint);
    entityManager.flush();
    return List.copyOf(destroyed);
  }

  /** Deletes the rows of an entity kept beside the file, by the file's id. */
  private int deleteOf(String entity, String complaintId) {
    return entityManager
        .createQuery("delete from " + entity + " x where x.complaintId = :id")
        .setParameter("id", complaintId)
        .executeUpdate();
  }

  private static String count(int n, String one) {
    return count(n, one, one + "s");
  }

  private static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
