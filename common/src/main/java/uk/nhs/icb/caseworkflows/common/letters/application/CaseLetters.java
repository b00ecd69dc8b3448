package uk.nhs.icb.caseworkflows.common.letters.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import uk.nhs.icb.caseworkflows.common.audit.application.AuditTrail;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEntry;
import uk.nhs.icb.caseworkflows.common.errors.NotFoundProblem;
import uk.nhs.icb.caseworkflows.common.letters.domain.Letter;
import uk.nhs.icb.caseworkflows.common.letters.domain.LetterFile;
import uk.nhs.icb.caseworkflows.common.letters.domain.LetterFormat;
import uk.nhs.icb.caseworkflows.common.persistence.AppDataSource;
import uk.nhs.icb.caseworkflows.common.security.Caller;
import uk.nhs.icb.caseworkflows.common.security.application.CaseAccess;

/**
 * A case's letters for the people who may see the case: listed newest first, or one downloaded.
 * Both are reads of identifiable data, so both are audited.
 */
@ApplicationScoped
public class CaseLetters {

  @PersistenceContext(unitName = AppDataSource.PERSISTENCE_UNIT)
  private EntityManager entityManager;

  private final CaseAccess caseAccess;
  private final AuditTrail auditTrail;

  @Inject
  public CaseLetters(CaseAccess caseAccess, AuditTrail auditTrail) {
    this.caseAccess = caseAccess;
    this.auditTrail = auditTrail;
  }

  protected CaseLetters() {
    this(null, null);
  }

  @Transactional
  public List<LetterSummary> list(Caller caller, String caseType, String caseId) {
    caseAccess.requireMaySee(caller, caseType, caseId);
    List<LetterSummary> letters = summariesOf(caseType, caseId);
    auditTrail.record(
        AuditEntry.read("LETTERS_LISTED", caseType, caseId, letters.size() + " letters"));
    return letters;
  }

  /**
   * The case's letters, newest first, for a use case that has already checked access and audits its
   * own read (a case file lists its letters inside the read of the file).
   */
  public List<LetterSummary> summariesOf(String caseType, String caseId) {
    return entityManager
        .createQuery(
            "select new uk.nhs.icb.caseworkflows.common.letters.application.LetterSummary("
                + "l.id, l.kind, l.title, l.templateVersion, l.recipientName, l.fileName,"
                + " l.createdBy, l.createdAt, l.sha256, l.sizeBytes,"
                + " l.largePrintSha256, l.plainTextSha256)"
                + " from Letter l where l.caseType = :type and l.caseId = :id"
                + " order by l.createdAt desc",
            LetterSummary.class)
        .setParameter("type", caseType)
        .setParameter("id", caseId)
        .getResultList();
  }

  @Transactional
  public Letter download(Caller caller, String caseType, String caseId, String letterId) {
    Letter letter = letterOf(caller, caseType, caseId, letterId);
    auditTrail.record(
        AuditEntry.read(
            "LETTER_DOWNLOADED", caseType, caseId, "letter " + letterId + ": " + letter.kind()));
    return letter;
  }

  /**
   * One letter in one of the forms it was sent in (the large-print PDF, the plain-text copy); a
   * letter not sent in that form is not found. Audited as a download naming the form.
   */
  @Transactional
  public LetterFile download(
      Caller caller, String caseType, String caseId, String letterId, LetterFormat format) {
    Letter letter = letterOf(caller, caseType, caseId, letterId);
    LetterFile file =
        letter
            .file(format)
            .orElseThrow(
                () ->
                    new NotFoundProblem(
                        "Letter " + letterId + " was not sent as " + format.label() + "."));
    auditTrail.record(
        AuditEntry.read(
            "LETTER_DOWNLOADED",
            caseType,
            caseId,
            "letter " + letterId + ": " + letter.kind() + " as " + format.label()));
    return file;
  }

  /** The case's letter, for a caller who may see the case; another case's letter is not found. */
  private Letter letterOf(Caller caller, String caseType, String caseId, String letterId) {
    caseAccess.requireMaySee(caller, caseType, caseId);
    Letter letter = entityManager.find(Letter.class, letterId);
    if (letter == null || !letter.caseType().equals(caseType) || !letter.caseId().equals(caseId)) {
      throw new NotFoundProblem("This case has no letter " + letterId + ".");
    }
    return letter;
  }

  /**
   * Deletes every letter of a case destroyed at the end of its retention, inside the destruction's
   * transaction; the caller has already checked the decision. Returns how many went.
   */
  @Transactional
  public int deleteAllOf(String caseType, String caseId) {
    return entityManager
        .createQuery("delete from Letter l where l.caseType = :type and l.caseId = :id")
        .setParameter("type", caseType)
        .setParameter("id", caseId)
        .executeUpdate();
  }
}
