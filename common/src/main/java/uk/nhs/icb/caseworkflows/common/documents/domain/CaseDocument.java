package uk.nhs.icb.caseworkflows.common.documents.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import uk.nhs.icb.caseworkflows.common.casework.domain.CasePart;
import uk.nhs.icb.caseworkflows.common.checksum.Sha256;

/**
 * A document someone attached to a case, stored as it arrived: the bytes, their SHA-256, their size
 * and the type the bytes were found to be. The name the person gave it is kept for display only. A
 * document never changes; it leaves only when its whole case is destroyed.
 */
@Entity
@Table(
    name = "case_document",
    indexes = @Index(name = "case_document_case", columnList = "case_type, case_id"))
public class CaseDocument extends CasePart {

  @Column(name = "attached_kind", nullable = false, length = 40)
  private String attachedKind;

  @Column(name = "attached_id", nullable = false, length = 100)
  private String attachedId;

  @Column(name = "file_name", nullable = false, length = 4 * DocumentName.MAX_LENGTH)
  private String fileName;

  @Column(name = "media_type", nullable = false, length = 100)
  private String mediaType;

  @Column(name = "size_bytes", nullable = false)
  private long sizeBytes;

  @Column(name = "sha256", nullable = false, length = 64)
  private String sha256;

  @Column(name = "uploaded_by", nullable = false, length = 100)
  private String uploadedBy;

  @Column(name = "uploaded_at", nullable = false)
  private Instant uploadedAt;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(name = "content", nullable = false)
  private byte[] content;

  protected CaseDocument() {}

  private CaseDocument(String caseType, String caseId) {
    super(caseType, caseId);
  }

  /** A document whose bytes were checked to be {@code type}; the bytes are kept, not copied. */
  public static CaseDocument stored(
      String caseType,
      String caseId,
      AttachedTo attachedTo,
      DocumentName name,
      DocumentType type,
      byte[] content,
      String uploadedBy,
      Instant uploadedAt) {
    CaseDocument document = new CaseDocument(caseType, caseId);
    document.attachedKind = attachedTo.kind();
    document.attachedId = attachedTo.id();
    document.fileName = name.value();
    document.mediaType = type.mediaType();
    document.content = content;
    document.sizeBytes = content.length;
    document.sha256 = Sha256.of(content);
    document.uploadedBy = uploadedBy;
    document.uploadedAt = uploadedAt.truncatedTo(ChronoUnit.MILLIS);
    return document;
  }

  /** Whether this is the document of that case and record: else it must not be found. */
  public boolean belongsTo(String type, String id, AttachedTo to) {
    return belongsTo(type, id) && attachedKind.equals(to.kind()) && attachedId.equals(to.id());
  }

  public AttachedTo attachedTo() {
    return new AttachedTo(attachedKind, attachedId);
  }

  public DocumentName name() {
    return new DocumentName(fileName);
  }

  public DocumentType type() {
    return DocumentType.ofMediaType(mediaType).orElseThrow();
  }

  public long sizeBytes() {
    return sizeBytes;
  }

  public String sha256() {
    return sha256;
  }

  public String uploadedBy() {
    return uploadedBy;
  }

  public Instant uploadedAt() {
    return uploadedAt;
  }

  /** The bytes as stored; the caller must not change them. */
  public byte[] content() {
    return content;
  }
}
