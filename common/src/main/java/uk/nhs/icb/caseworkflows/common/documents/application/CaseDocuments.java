package uk.nhs.icb.caseworkflows.common.documents.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import uk.nhs.icb.caseworkflows.common.audit.application.AuditTrail;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEntry;
import uk.nhs.icb.caseworkflows.common.documents.domain.AttachedTo;
import uk.nhs.icb.caseworkflows.common.documents.domain.CaseDocument;
import uk.nhs.icb.caseworkflows.common.documents.domain.DocumentType;
import uk.nhs.icb.caseworkflows.common.errors.ContentProblem;
import uk.nhs.icb.caseworkflows.common.errors.InvalidInputException;
import uk.nhs.icb.caseworkflows.common.errors.NotFoundProblem;
import uk.nhs.icb.caseworkflows.common.persistence.AppDataSource;
import uk.nhs.icb.caseworkflows.common.security.application.CaseAccess;
import uk.nhs.icb.caseworkflows.common.security.application.CurrentCaller;

/**
 * The documents of any case type: attached (checked by content, stored with its audit entry in the
 * caller's transaction), downloaded (an audited read), listed without their bytes, and deleted with
 * their case. Whether a document may be attached to a record now is the case module's rule; who may
 * see the case is checked here as for letters. Audit entries name a document by id, type and size,
 * never by the name its sender gave it, which may itself be personal data.
 */
@ApplicationScoped
public class CaseDocuments {

  @PersistenceContext(unitName = AppDataSource.PERSISTENCE_UNIT)
  private EntityManager entityManager;

  private final CaseAccess caseAccess;
  private final AuditTrail auditTrail;
  private final CurrentCaller caller;
  private final Clock clock;
  private final DocumentSettings settings;

  @Inject
  public CaseDocuments(
      CaseAccess caseAccess,
      AuditTrail auditTrail,
      CurrentCaller caller,
      Clock clock,
      DocumentSettings settings) {
    this.caseAccess = caseAccess;
    this.auditTrail = auditTrail;
    this.caller = caller;
    this.clock = clock;
    this.settings = settings;
  }

  protected CaseDocuments() {
    this(null, null, null, null, null);
  }

  /**
   * Stores the file if its bytes are an accepted type: 400 if empty, 413 above the limit, 415 if
   * anything else, naming {@link DocumentUpload#field()}; nothing is stored then.
   */
  @Transactional
  public CaseDocument attach(
      String caseType, String caseId, AttachedTo attachedTo, DocumentUpload upload) {
    caseAccess.requireMaySee(caller.get(), caseType, caseId);
    DocumentType type = accepted(upload);
    CaseDocument document =
        CaseDocument.stored(
            caseType,
            caseId,
            attachedTo,
            upload.name(),
            type,
            upload.content(),
            caller.get().name(),
            clock.instant());
    entityManager.persist(document);
    auditTrail.record(
        AuditEntry.change(
            "DOCUMENT_ATTACHED",
            caseType,
            caseId,
            describe(document) + " to " + attachedTo.kind() + " " + attachedTo.id()));
    return document;
  }

  private DocumentType accepted(DocumentUpload upload) {
    DocumentContentCheck.Verdict verdict =
        new DocumentContentCheck(settings.maxBytes()).check(upload.content());
    if (verdict.isAccepted()) {
      return verdict.accepted().orElseThrow();
    }
    String field = upload.field();
    switch (verdict.refusal()) {
      case EMPTY -> throw new InvalidInputException(field, "is empty");
      case TOO_LARGE ->
          throw ContentProblem.tooLarge(
              "A document may be at most " + settings.maxBytes() + " bytes.",
              field,
              "is larger than " + settings.maxBytes() + " bytes");
      default ->
          throw ContentProblem.unsupportedType(
              "A document must be a PDF, PNG or JPEG, as told by its content.",
              field,
              "is "
                  + verdict.detected()
                  + "; only application/pdf, image/png and image/jpeg are accepted");
    }
  }

  /** One document for download, found only through its case and record (404 otherwise). */
  @Transactional
  public DocumentDownload download(
      String caseType, String caseId, AttachedTo attachedTo, String documentId) {
    caseAccess.requireMaySee(caller.get(), caseType, caseId);
    CaseDocument document = entityManager.find(CaseDocument.class, documentId);
    if (document == null || !document.belongsTo(caseType, caseId, attachedTo)) {
      throw new NotFoundProblem("This record has no document " + documentId + ".");
    }
    auditTrail.record(AuditEntry.read("DOCUMENT_DOWNLOADED", caseType, caseId, describe(document)));
    return new DocumentDownload(
        document.id(),
        document.name(),
        document.type(),
        document.sha256(),
        document.content().clone());
  }

  /**
   * The case's documents in the order they were attached, without their bytes, for a use case that
   * has already checked access and audits its own read.
   */
  public List<DocumentSummary> summariesOf(String caseType, String caseId) {
    return entityManager
        .createQuery(
            "select new uk.nhs.icb.caseworkflows.common.documents.application.DocumentSummary("
                + "d.id, d.attachedKind, d.attachedId, d.fileName, d.mediaType, d.sizeBytes,"
                + " d.sha256, d.uploadedBy, d.uploadedAt)"
                + " from CaseDocument d where d.caseType = :type and d.caseId = :id"
                + " order by d.uploadedAt, d.id",
            DocumentSummary.class)
        .setParameter("type", caseType)
        .setParameter("id", caseId)
        .getResultList();
  }

  /**
   * Deletes every document of a case, for its destruction at the end of retention; returns how
   * many. The caller has already decided the case may be destroyed. Audited in the caller's
   * transaction.
   */
  @Transactional
  public int deleteAllOf(String caseType, String caseId) {
    int deleted =
        entityManager
            .createQuery("delete from CaseDocument d where d.caseType = :type and d.caseId = :id")
            .setParameter("type", caseType)
            .setParameter("id", caseId)
            .executeUpdate();
    auditTrail.record(
        AuditEntry.change("DOCUMENTS_DELETED", caseType, caseId, deleted + " documents"));
    return deleted;
  }

  private static String describe(CaseDocument document) {
    return "document "
        + document.id()
        + " ("
        + document.type().mediaType()
        + ", "
        + document.sizeBytes()
        + " bytes)";
  }
}
