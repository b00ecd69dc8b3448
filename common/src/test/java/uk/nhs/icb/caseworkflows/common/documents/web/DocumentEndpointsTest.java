package uk.nhs.icb.caseworkflows.common.documents.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.documents.application.DocumentSettings;

/** The document endpoints' descriptions name the setting and the parameter they depend on. */
class DocumentEndpointsTest {

  @Test
  void anUploadIsDescribedWithItsLimitItsRefusalsAndItsNameParameter() {
    assertThat(DocumentEndpoints.ATTACH_DESCRIPTION)
        .contains("at most " + DocumentSettings.MAX_BYTES_KEY + ", 10 MiB by default: 413 above")
        .contains("a PDF, PNG or JPEG is stored as what it is, anything else is 415")
        .contains("The query parameter " + DocumentRequests.NAME_PARAMETER + " is the file's name")
        .endsWith("201 with the document.");
    assertThat(DocumentSettings.DEFAULT_MAX_BYTES).isEqualTo(10L * 1024 * 1024);
  }

  @Test
  void aDownloadIsDescribedAsAnAuditedAttachment() {
    assertThat(DocumentEndpoints.DOWNLOAD_DESCRIPTION)
        .contains("as an attachment")
        .endsWith("an audited read.");
  }
}
