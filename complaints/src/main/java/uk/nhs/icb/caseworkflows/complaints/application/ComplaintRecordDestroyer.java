package uk.nhs.icb.caseworkflows.complaints.application;

import static uk.nhs.icb.caseworkflows.common.retention.application.CaseRecordErasure.count;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import uk.nhs.icb.caseworkflows.bpmn.casework.CaseFileErasure;
import uk.nhs.icb.caseworkflows.common.persistence.AppDataSource;
import uk.nhs.icb.caseworkflows.common.retention.application.CaseRecordErasure;
import uk.nhs.icb.caseworkflows.common.retention.application.RecordDestroyer;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;
import uk.nhs.icb.caseworkflows.complaints.domain.ResponseDraft;
import uk.nhs.icb.caseworkflows.complaints.stories.application.StoryErasure;

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

  private final ComplaintSteps steps;
  private final CaseRecordErasure erasure;
  private final StoryErasure stories;

  @Inject
  public ComplaintRecordDestroyer(
      ComplaintSteps steps, CaseRecordErasure erasure, StoryErasure stories) {
    this.steps = steps;
    this.erasure = erasure;
    this.stories = stories;
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
    return erasure.destroy(Complaint.CASE_TYPE, complaintId, new ComplaintOwnRecords());
  }

  /** What only a complaint keeps beside its file. */
  private final class ComplaintOwnRecords extends CaseFileErasure<Complaint> {

    ComplaintOwnRecords() {
      super(steps.files(), entityManager, "the complaint file");
    }

    @Override
    public List<String> destroyBeside(String complaintId) {
      List<String> destroyed = new ArrayList<>();
      destroyed.add(
          count(
              deleteRowsOf("InvestigationEvidence", "complaintId", complaintId),
              "piece of evidence",
              "pieces of evidence"));
      destroyed.add(
          count(
              deleteRowsOf("ProviderResponseRequest", "complaintId", complaintId),
              "request to the provider",
              "requests to the provider"));
      if (deleteOne(ResponseDraft.class, complaintId)) {
        destroyed.add("the draft response");
      }
      int drafts = stories.eraseOriginalsOf(complaintId);
      if (drafts > 0) {
        destroyed.add(
            count(
                drafts,
                "original draft of its service-user story",
                "original drafts of its service-user stories"));
      }
      return destroyed;
    }
  }
}
