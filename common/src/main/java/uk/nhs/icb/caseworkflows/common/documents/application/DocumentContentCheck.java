package uk.nhs.icb.caseworkflows.common.documents.application;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import uk.nhs.icb.caseworkflows.common.documents.domain.DocumentType;

/**
 * Tells what a file is from its bytes alone, with Apache Tika's signature ("magic") detection, and
 * accepts it only if that is one of the {@link DocumentType}s. The name a person gave the file and
 * the type their browser or client declared are never looked at: both are whatever the sender wants
 * them to be. The check also refuses an empty file and one above the size limit.
 */
public class DocumentContentCheck {

  /** Why a file was refused. */
  public enum Refusal {
    EMPTY,
    TOO_LARGE,
    NOT_ALLOWED
  }

  /** The outcome: the accepted type, or the refusal and what the bytes were found to be. */
  public record Verdict(Optional<DocumentType> accepted, Refusal refusal, String detected) {

    static Verdict accept(DocumentType type) {
      return new Verdict(Optional.of(type), null, type.mediaType());
    }

    static Verdict refuse(Refusal refusal, String detected) {
      return new Verdict(Optional.empty(), refusal, detected);
    }

    public boolean isAccepted() {
      return accepted.isPresent();
    }
  }

  // Loading Tika's type registry reads a large XML file: once per class loader is enough.
  private static final MimeTypes TYPES =
      MimeTypes.getDefaultMimeTypes(DocumentContentCheck.class.getClassLoader());

  private final long maxBytes;

  public DocumentContentCheck(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  public Verdict check(byte[] content) {
    if (content.length == 0) {
      return Verdict.refuse(Refusal.EMPTY, null);
    }
    if (content.length > maxBytes) {
      return Verdict.refuse(Refusal.TOO_LARGE, null);
    }
    String detected = detect(content);
    return DocumentType.ofMediaType(detected)
        .map(Verdict::accept)
        .orElseGet(() -> Verdict.refuse(Refusal.NOT_ALLOWED, detected));
  }

  /** The media type the bytes are, without parameters; no name or declared type is given. */
  static String detect(byte[] content) {
    try {
      MediaType type = TYPES.detect(new ByteArrayInputStream(content), new Metadata());
      return type.getBaseType().toString();
    } catch (IOException impossible) {
      throw new UncheckedIOException("reading bytes in memory", impossible);
    }
  }

  /** What a person is told when their file is refused, in the words of the NHS upload pattern. */
  public static String sentenceFor(Refusal refusal, String maxInWords) {
    return switch (refusal) {
      case EMPTY -> "The selected file is empty";
      case TOO_LARGE -> "The selected file must be smaller than " + maxInWords;
      case NOT_ALLOWED -> "The selected file must be " + DocumentType.ALLOWED_IN_WORDS;
    };
  }
}
