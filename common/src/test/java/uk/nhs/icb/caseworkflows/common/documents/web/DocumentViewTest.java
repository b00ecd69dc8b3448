package uk.nhs.icb.caseworkflows.common.documents.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.documents.application.DocumentSummary;

class DocumentViewTest {

  @Test
  void aDocumentShowsWhatWasFoundInItsBytesAndIsDownloadedBelowTheCaseModulesAddress() {
    Instant uploaded = Instant.parse("2026-11-04T11:30:00Z");
    DocumentSummary document =
        new DocumentSummary(
            "doc-3",
            "EVIDENCE",
            "ev-2",
            "GP letter.pdf",
            "application/pdf",
            5120,
            "cafe",
            "jane.smith",
            uploaded);

    assertThat(DocumentView.of(document, "/api/chc/case-1/assessments/a-4/documents"))
        .isEqualTo(
            new DocumentView(
                "doc-3",
                "GP letter.pdf",
                "application/pdf",
                5120,
                "cafe",
                "jane.smith",
                uploaded,
                "/api/chc/case-1/assessments/a-4/documents/doc-3"));
  }
}
