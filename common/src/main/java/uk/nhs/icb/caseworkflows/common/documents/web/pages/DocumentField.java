package uk.nhs.icb.caseworkflows.common.documents.web.pages;

import java.util.Optional;
import uk.nhs.icb.caseworkflows.common.documents.application.DocumentSettings;
import uk.nhs.icb.caseworkflows.common.documents.application.DocumentUpload;
import uk.nhs.icb.caseworkflows.common.web.pages.FormModel;
import uk.nhs.icb.caseworkflows.common.web.pages.FormValues;
import uk.nhs.icb.caseworkflows.common.web.pages.UploadField;

/**
 * A document a form may carry (evidence, a letter from a clinician, a consent form signed on
 * paper): offered with the types and the size a case accepts in the hint, read with {@link
 * UploadField} so that a wrong file is a message beside the field and nothing is stored.
 */
public final class DocumentField {

  private final String name;
  private final long maxBytes;

  /**
   * @param name the field's name
   * @param maxBytes the most bytes a document may have ({@link DocumentSettings#maxBytes()})
   */
  public DocumentField(String name, long maxBytes) {
    this.name = name;
    this.maxBytes = maxBytes;
  }

  /** Adds the file input to {@code form}, which is then sent as multipart/form-data. */
  public FormModel askIn(FormModel form, String label) {
    return form.file(
        name,
        label,
        "A PDF, PNG or JPEG, smaller than " + DocumentSettings.inWords(maxBytes) + ".",
        UploadField.ACCEPT);
  }

  /** The document chosen; empty if none was, or if it was refused (then with its message). */
  public Optional<DocumentUpload> readFrom(FormValues typed) {
    return UploadField.read(typed, name, maxBytes);
  }
}
