package uk.nhs.icb.caseworkflows.ifr.web;

import jakarta.enterprise.context.ApplicationScoped;
import uk.nhs.icb.caseworkflows.common.documents.web.UploadAddresses;

/**
 * Where a funding request takes a document: the REST upload (the body is the file), the intake page
 * and the case page's evidence form (a file beside the form's fields). Only these may be larger
 * than the usual request limit.
 */
@ApplicationScoped
public class IfrUploadPaths extends UploadAddresses {

  public IfrUploadPaths() {
    super("/api/ifr/{id}/documents", "/ifr/new", "/ifr/{id}/evidence");
  }
}
