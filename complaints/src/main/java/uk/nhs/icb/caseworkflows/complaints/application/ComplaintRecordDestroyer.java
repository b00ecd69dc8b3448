package uk.nhs.icb.caseworkflows.complaints.application;

import static uk.nhs.icb.caseworkflows.common.retention.application.CaseRecordErasure.count;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import uk.nhs.icb.caseworkflows.common.errors.ConflictProblem;
import uk.nhs.icb.caseworkflows.common.errors.NotFoundProblem;
import uk.nhs.icb.caseworkflows.common.persistence.AppDataSource;
import uk.nhs.icb.caseworkflows.common.retention.application.CaseRecordErasure;
import uk.nhs.icb.caseworkflows.common.retention.application.RecordDestroyer;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;
import uk.nhs.icb.caseworkflows.complaints.domain.ResponseDraft;

/**
 * Erases a closed complaint at the end of its retention, on the reviewer's decision: the file with
 * everyone named in it, its evidence, provider requests and draft response, and through the kit its
 * consents, documents, letters and the engine's history of its process. What is left is the audit
 * trail (who did what, when, never the file's contents) and the certificate of destruction.
 */
@ApplicationScoped
public class ComplaintRecordDestroyer implements RecordDestroyer {

  @PersistenceContext(unitName = AppDataSource.PERSISTENCE_UNIT)
  private EntityManager entityManager;

  private final CaseRecordErasure erasure;

  @Inject
  public ComplaintRecordDestroyer(CaseRecordErasure erasure) {
    this.erasure = erasure;
  }

  protected ComplaintRecordDestroyer() {
    this(null);
  }

  @Override
  public String recordType() {
    return Complaint.CASE_TYPE;
  }

  @Override
  public List<String> destroy(String complaintId) {
    return erasure.destroy(Complaint.CASE_TYPE, complaintId, new ComplaintOwnRecords());
  }

  /** What only a complaint keeps: the file itself and the entities beside it. */
  private final class ComplaintOwnRecords implements CaseRecordErasure.OwnRecords {

    @Override
    public String nameForCertificate(String complaintId) {
      Complaint complaint = entityManager.find(Complaint.class, complaintId);
      if (complaint == null) {
        throw new NotFoundProblem("There is no complaint " + complaintId + ".");
      }
      if (!complaint.isClosed()) {
        throw new ConflictProblem(
            "Complaint " + complaint.reference().formatted() + " is open and cannot be destroyed.");
      }
      return "the complaint file " + complaint.reference().formatted();
    }

    @Override
    public List<String> destroyBeside(String complaintId) {
      List<String> destroyed = new ArrayList<>();
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
      return destroyed;
    }

    @Override
    public void destroyCase(String complaintId) {
      entityManager.remove(entityManager.find(Complaint.class, complaintId));
      entityManager.flush();
    }
  }

  /** Deletes the rows of an entity kept beside the file, by the file's id. */
  private int deleteOf(String entity, String complaintId) {
    return entityManager
        .createQuery("delete from " + entity + " x where x.complaintId = :id")
        .setParameter("id", complaintId)
        .executeUpdate();
  }
}
