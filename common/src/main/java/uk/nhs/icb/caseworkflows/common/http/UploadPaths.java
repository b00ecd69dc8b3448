package uk.nhs.icb.caseworkflows.common.http;

import java.util.Optional;

/**
 * The addresses of a module that take a document, whose bodies may be as large as a document
 * ({@code app.documents.max-bytes}) instead of {@code app.http.max-request-bytes}. Each module that
 * takes uploads provides one as a CDI bean; every other address keeps the small limit.
 */
public interface UploadPaths {

  /** How a document travels in the body. */
  enum Body {
    /** The body is the file itself (REST). */
    RAW,
    /** The file is one part of a multipart/form-data form (a page), beside its other fields. */
    FORM
  }

  /**
   * How a request with this method to this path (below the context root, as sent, e.g. {@code
   * /api/complaints/1/evidence/2/documents}) carries a document, or empty if it does not.
   */
  Optional<Body> documentAt(String method, String path);
}
