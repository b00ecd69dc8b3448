package uk.nhs.icb.caseworkflows.common.web.pages;

import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import uk.nhs.icb.caseworkflows.common.documents.application.DocumentContentCheck;
import uk.nhs.icb.caseworkflows.common.documents.application.DocumentSettings;
import uk.nhs.icb.caseworkflows.common.documents.application.DocumentUpload;
import uk.nhs.icb.caseworkflows.common.documents.domain.DocumentName;

/**
 * A document sent with a form ({@link FormModel#file}): checked by its bytes as the store will
 * check it (a PDF, PNG or JPEG, within the size limit) before anything is stored, so that a wrong
 * file is reported beside the field with the rest of the form kept.
 */
public final class UploadField {

  /** What the browser's file picker offers; only a help, the bytes decide. */
  public static final String ACCEPT = ".pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg";

  private UploadField() {}

  /**
   * The file chosen in {@code field}; empty if none was, or with a message if it is refused.
   *
   * @param max the most bytes a document may have ({@link DocumentSettings#maxBytes()})
   */
  public static Optional<DocumentUpload> read(FormValues typed, String field, long max) {
    Optional<Part> chosen = typed.file(field);
    if (chosen.isEmpty()) {
      return Optional.empty();
    }
    Part part = chosen.get();
    String submitted = part.getSubmittedFileName();
    if ((submitted == null || submitted.isEmpty()) && part.getSize() == 0) {
      return Optional.empty();
    }
    byte[] content;
    try (InputStream in = part.getInputStream()) {
      content = in.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 8));
    } catch (IOException unreadable) {
      typed.errors().add(field, "The selected file could not be read. Choose it again");
      return Optional.empty();
    }
    DocumentContentCheck.Verdict verdict = new DocumentContentCheck(max).check(content);
    if (!verdict.isAccepted()) {
      typed
          .errors()
          .add(
              field,
              DocumentContentCheck.sentenceFor(verdict.refusal(), DocumentSettings.inWords(max)));
      return Optional.empty();
    }
    DocumentName name =
        DocumentName.fromBrowser(submitted)
            .orElseGet(
                () -> new DocumentName("Document." + verdict.accepted().orElseThrow().extension()));
    return Optional.of(new DocumentUpload(field, name, content));
  }
}
