package uk.nhs.icb.caseworkflows.common.documents.web;

import uk.nhs.icb.caseworkflows.common.documents.application.DocumentSettings;

/**
 * What every case type's document endpoints tell their callers in the OpenAPI document, so that
 * attaching to a complaint's evidence, a CHC assessment or an IFR request is documented the same:
 * the limits and refusals of an upload, and what a download answers.
 */
public final class DocumentEndpoints {

  /** The OpenAPI description of an upload ({@link DocumentRequests#upload}). */
  public static final String ATTACH_DESCRIPTION =
      "The body is the file itself (at most "
          + DocumentSettings.MAX_BYTES_KEY
          + ", 10 MiB by default: 413 above). Its type is told from its bytes, whatever its name or"
          + " Content-Type say: a PDF, PNG or JPEG is stored as what it is, anything else is 415."
          + " The query parameter "
          + DocumentRequests.NAME_PARAMETER
          + " is the file's name, kept for display. 201 with the document.";

  /** The OpenAPI description of a download ({@link DocumentRequests#download}). */
  public static final String DOWNLOAD_DESCRIPTION =
      "The stored bytes with the type found at upload, as an attachment named after the file with"
          + " the right extension; an audited read.";

  private DocumentEndpoints() {}
}
