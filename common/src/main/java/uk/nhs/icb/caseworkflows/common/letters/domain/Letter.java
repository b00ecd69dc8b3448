package uk.nhs.icb.caseworkflows.common.letters.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.nhs.icb.caseworkflows.common.casework.domain.CasePart;
import uk.nhs.icb.caseworkflows.common.checksum.Sha256;

/**
 * A letter as it was sent: the PDF bytes exactly as produced, with the template version that
 * produced them and their SHA-256, so anyone can show later that a letter is the one sent. A letter
 * never changes; a corrected letter is a new letter.
 *
 * <p>A recipient whose communication needs ask for it also gets the letter as a large-print PDF and
 * as plain text: the same letter in other forms, kept on the same row with their own SHA-256, in
 * columns that are empty for every other letter (so a database from before them still works).
 */
@Entity
@Table(
    name = "case_letter",
    indexes = @Index(name = "case_letter_case", columnList = "case_type, case_id"))
public class Letter extends CasePart {

  @Column(name = "kind", nullable = false, length = LetterTemplate.MAX_KIND_LENGTH)
  private String kind;

  @Column(name = "template_version", nullable = false)
  private int templateVersion;

  @Column(name = "title", nullable = false, length = 200)
  private String title;

  @Column(name = "recipient_name", nullable = false, length = 400)
  private String recipientName;

  @Column(name = "file_name", nullable = false, length = 200)
  private String fileName;

  @Column(name = "created_by", nullable = false, length = 100)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "sha256", nullable = false, length = 64)
  private String sha256;

  @Column(name = "size_bytes", nullable = false)
  private long sizeBytes;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(name = "pdf", nullable = false)
  private byte[] pdf;

  @Column(name = "large_print_sha256", length = 64)
  private String largePrintSha256;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(name = "large_print_pdf")
  private byte[] largePrintPdf;

  @Column(name = "plain_text_sha256", length = 64)
  private String plainTextSha256;

  /** UTF-8 bytes, kept as bytes so the checksum is of exactly what is downloaded. */
  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(name = "plain_text")
  private byte[] plainText;

  protected Letter() {}

  private Letter(String caseType, String caseId) {
    super(caseType, caseId);
  }

  public static Letter issued(
      String caseType,
      String caseId,
      LetterTemplate template,
      LetterContent content,
      String createdBy,
      Instant createdAt,
      byte[] pdf) {
    Letter letter = new Letter(caseType, caseId);
    letter.kind = template.kind();
    letter.templateVersion = template.version();
    letter.title = template.title();
    letter.recipientName = content.recipient().name();
    letter.createdBy = createdBy;
    letter.createdAt = createdAt.truncatedTo(ChronoUnit.MILLIS);
    letter.pdf = pdf.clone();
    letter.sizeBytes = pdf.length;
    letter.sha256 = Sha256.of(pdf);
    letter.fileName = fileName(content.reference(), template.kind(), createdAt);
    return letter;
  }

  /**
   * Adds the letter's other forms while it is being issued, before it is stored: a large-print PDF
   * and plain text (UTF-8), each where not null. A letter's forms are set once; asking again throws
   * IllegalStateException, as a sent letter never changes.
   */
  public Letter alsoSentAs(byte[] largePrint, byte[] text) {
    if (largePrintSha256 != null || plainTextSha256 != null) {
      throw new IllegalStateException("letter " + id() + " already has its other forms");
    }
    if (largePrint != null) {
      largePrintPdf = largePrint.clone();
      largePrintSha256 = Sha256.of(largePrint);
    }
    if (text != null) {
      plainText = text.clone();
      plainTextSha256 = Sha256.of(text);
    }
    return this;
  }

  /** "CMP-2026-000123-complaint-acknowledgement-2026-11-22.pdf": safe in any file system. */
  static String fileName(String reference, String kind, Instant createdAt) {
    String day = createdAt.atZone(ZoneId.of("Europe/London")).toLocalDate().toString();
    String safeReference = reference.replaceAll("[^A-Za-z0-9-]", "_");
    return (safeReference + "-" + kind + "-" + day + ".pdf");
  }

  public String kind() {
    return kind;
  }

  public int templateVersion() {
    return templateVersion;
  }

  public String title() {
    return title;
  }

  public String recipientName() {
    return recipientName;
  }

  public String fileName() {
    return fileName;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String sha256() {
    return sha256;
  }

  public long sizeBytes() {
    return sizeBytes;
  }

  public byte[] pdf() {
    return pdf.clone();
  }

  /** The forms this letter was sent in, the standard PDF first. */
  public List<LetterFormat> formats() {
    return formats(largePrintSha256, plainTextSha256);
  }

  /** The forms of a letter from its variants' checksums (null where the letter has none). */
  public static List<LetterFormat> formats(String largePrintSha256, String plainTextSha256) {
    List<LetterFormat> formats = new ArrayList<>(List.of(LetterFormat.STANDARD));
    if (largePrintSha256 != null) {
      formats.add(LetterFormat.LARGE_PRINT);
    }
    if (plainTextSha256 != null) {
      formats.add(LetterFormat.PLAIN_TEXT);
    }
    return List.copyOf(formats);
  }

  /** The letter in one of its forms, or empty when it was not sent in that form. */
  public Optional<LetterFile> file(LetterFormat format) {
    return switch (format) {
      case STANDARD -> Optional.of(new LetterFile(format, fileName, pdf, sha256));
      case LARGE_PRINT ->
          largePrintSha256 == null
              ? Optional.empty()
              : Optional.of(
                  new LetterFile(
                      format, format.fileName(fileName), largePrintPdf, largePrintSha256));
      case PLAIN_TEXT ->
          plainTextSha256 == null
              ? Optional.empty()
              : Optional.of(
                  new LetterFile(format, format.fileName(fileName), plainText, plainTextSha256));
    };
  }
}
