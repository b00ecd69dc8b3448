package uk.nhs.icb.caseworkflows.complaints.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.nhs.icb.caseworkflows.common.documents.application.CaseDocuments;
import uk.nhs.icb.caseworkflows.common.documents.application.DocumentUpload;
import uk.nhs.icb.caseworkflows.common.errors.NotFoundProblem;
import uk.nhs.icb.caseworkflows.common.persistence.AppDataSource;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;
import uk.nhs.icb.caseworkflows.complaints.domain.EvidenceKind;
import uk.nhs.icb.caseworkflows.complaints.domain.InvestigationEvidence;

/**
 * What the investigation gathered: recorded during it, that is while the process waits at its
 * investigation step (once the investigation is finished the response is drafted from what was
 * gathered, so a 409 after that), with a document if one came with it in the same transaction (a
 * refused document stores no evidence either); read with the file.
 */
@ApplicationScoped
public class ComplaintEvidence {

  @PersistenceContext(unitName = AppDataSource.PERSISTENCE_UNIT)
  private EntityManager entityManager;

  private final ComplaintSteps steps;
  private final CaseDocuments documents;

  @Inject
  public ComplaintEvidence(ComplaintSteps steps, CaseDocuments documents) {
    this.steps = steps;
    this.documents = documents;
  }

  protected ComplaintEvidence() {
    this(null, null);
  }

  @Transactional
  public InvestigationEvidence record(
      String id, EvidenceKind kind, String summary, String source, LocalDate receivedOn) {
    Complaint complaint = steps.file(id);
    steps.openStep(complaint, ComplaintTask.INVESTIGATE, "new evidence");
    InvestigationEvidence evidence =
        InvestigationEvidence.record(
            complaint, kind, summary, source, receivedOn, steps.now(), steps.callerName());
    entityManager.persist(evidence);
    steps.audit("EVIDENCE_RECORDED", id, kind + " " + evidence.id());
    return evidence;
  }

  /** Records the evidence and attaches the document that came with it, all or nothing. */
  @Transactional
  public InvestigationEvidence record(
      String id,
      EvidenceKind kind,
      String summary,
      String source,
      LocalDate receivedOn,
      Optional<DocumentUpload> document) {
    InvestigationEvidence evidence = record(id, kind, summary, source, receivedOn);
    document.ifPresent(
        upload -> documents.attach(Complaint.CASE_TYPE, id, evidence.asAttachment(), upload));
    return evidence;
  }

  /** One piece of evidence of this complaint; any other id, or another complaint's, is a 404. */
  public InvestigationEvidence find(String complaintId, String evidenceId) {
    InvestigationEvidence evidence =
        evidenceId == null ? null : entityManager.find(InvestigationEvidence.class, evidenceId);
    if (evidence == null || !evidence.isOf(complaintId)) {
      throw new NotFoundProblem("This complaint has no evidence " + evidenceId + ".");
    }
    return evidence;
  }

  public List<InvestigationEvidence> of(String complaintId) {
    return entityManager
        .createQuery(
            "select e from InvestigationEvidence e where e.complaintId = :id order by e.recordedAt",
            InvestigationEvidence.class)
        .setParameter("id", complaintId)
        .getResultList();
  }
}
