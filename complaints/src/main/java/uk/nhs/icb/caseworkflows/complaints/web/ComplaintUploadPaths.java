package uk.nhs.icb.caseworkflows.complaints.web;

import jakarta.enterprise.context.ApplicationScoped;
import uk.nhs.icb.caseworkflows.common.documents.web.UploadAddresses;

/**
 * Where a complaint takes a document: the REST upload to a piece of evidence (the body is the file)
 * and the evidence form of the case pages (a file beside the form's fields). Only these may be
 * larger than the usual request limit.
 */
@ApplicationScoped
public class ComplaintUploadPaths extends UploadAddresses {

  public ComplaintUploadPaths() {
    super("/api/complaints/{id}/evidence/{evidenceId}/documents", "/complaints/{id}/evidence");
  }
}
