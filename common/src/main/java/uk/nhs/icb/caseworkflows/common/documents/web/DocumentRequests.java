package uk.nhs.icb.caseworkflows.common.documents.web;

import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import uk.nhs.icb.caseworkflows.common.documents.application.DocumentDownload;
import uk.nhs.icb.caseworkflows.common.documents.application.DocumentUpload;
import uk.nhs.icb.caseworkflows.common.documents.domain.DocumentName;
import uk.nhs.icb.caseworkflows.common.errors.InvalidInputException;

/**
 * What a REST resource needs to take and give a document: the upload is the raw request body (any
 * declared Content-Type, which is ignored) with the file's name in a query parameter; the download
 * is the stored bytes with the type found at upload, as an attachment.
 */
public final class DocumentRequests {

  /**
   * The query parameter that carries the file's name: part of the request an Idempotency-Key
   * covers.
   */
  public static final String NAME_PARAMETER = "name";

  /** The field a refusal of the body names. */
  public static final String BODY_FIELD = "body";

  private DocumentRequests() {}

  /**
   * The upload, read up to one byte beyond {@code maxBytes} (so that a larger body is refused, not
   * cut short) with its name checked (400 naming {@value #NAME_PARAMETER}).
   */
  public static DocumentUpload upload(String name, InputStream body, long maxBytes) {
    String problem = DocumentName.problemWith(name).orElse(null);
    if (problem != null) {
      throw new InvalidInputException(NAME_PARAMETER, problem);
    }
    try {
      byte[] content =
          body == null
              ? new byte[0]
              : body.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
      return new DocumentUpload(BODY_FIELD, new DocumentName(name), content);
    } catch (IOException unreadable) {
      throw new UncheckedIOException("the request body could not be read", unreadable);
    }
  }

  /**
   * The stored bytes with the type found at upload, never shown inline: a browser saves them under
   * the person's name with the right extension. {@code X-Content-Type-Options: nosniff} is on every
   * answer already ({@code common/http}).
   */
  public static Response download(DocumentDownload document) {
    return Response.ok(document.content(), document.type().mediaType())
        .header("Content-Disposition", document.name().attachmentHeader(document.type()))
        .header("X-Content-SHA256", document.sha256())
        .build();
  }
}
