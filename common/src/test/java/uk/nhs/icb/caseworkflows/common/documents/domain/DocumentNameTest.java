package uk.nhs.icb.caseworkflows.common.documents.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DocumentNameTest {

  @Test
  void aNameIsOneLineOfVisibleTextWithoutAFolder() {
    assertThat(DocumentName.problemWith("Call log 3 March.pdf")).isEmpty();
    assertThat(DocumentName.problemWith("Llythyr Siân – ymateb.pdf")).isEmpty();
    assertThat(DocumentName.problemWith(null)).contains("is required");
    assertThat(DocumentName.problemWith("  ")).contains("is required");
    assertThat(DocumentName.problemWith("invoice\u202Efdp.exe"))
        .contains("must not contain control or formatting characters");
    assertThat(DocumentName.problemWith("a\u0000.pdf")).isPresent();
    assertThat(DocumentName.problemWith("line\nbreak.pdf")).isPresent();
    assertThat(DocumentName.problemWith("../../etc/passwd"))
        .contains("must be a file name without a folder");
    assertThat(DocumentName.problemWith("C:\\Users\\me\\scan.pdf")).isPresent();
    assertThat(DocumentName.problemWith("..")).contains("must be a file name");
    assertThat(DocumentName.problemWith("x".repeat(201))).isPresent();
    assertThat(DocumentName.problemWith("😀".repeat(200)))
        .as("200 characters, not 200 chars")
        .isEmpty();
  }

  @Test
  void aBrowsersNameKeepsOnlyTheLastPartWithoutHiddenCharacters() {
    assertThat(DocumentName.fromBrowser("C:\\fakepath\\Call log.pdf"))
        .map(DocumentName::value)
        .contains("Call log.pdf");
    assertThat(DocumentName.fromBrowser("invoice\u202Efdp.exe"))
        .map(DocumentName::value)
        .contains("invoicefdp.exe");
    assertThat(DocumentName.fromBrowser("x".repeat(300)).orElseThrow().value()).hasSize(200);
    assertThat(DocumentName.fromBrowser("")).isEmpty();
    assertThat(DocumentName.fromBrowser("\u0000\u0001")).isEqualTo(Optional.empty());
  }

  @Test
  void aDownloadIsSavedWithTheExtensionOfWhatTheBytesAre() {
    assertThat(new DocumentName("scan.png").forDownload(DocumentType.PDF)).isEqualTo("scan.pdf");
    assertThat(new DocumentName("photo.JPG").forDownload(DocumentType.JPEG)).isEqualTo("photo.JPG");
    assertThat(new DocumentName("report").forDownload(DocumentType.PNG)).isEqualTo("report.png");
    assertThat(new DocumentName(".pdf").forDownload(DocumentType.PDF)).isEqualTo(".pdf.pdf");
  }

  @Test
  void theAttachmentHeaderHasAnAsciiNameAndTheExactNameInUtf8() {
    assertThat(new DocumentName("Siân's \"letter\"*.pdf").attachmentHeader(DocumentType.PDF))
        .isEqualTo(
            "attachment; filename=\"Si_n_s _letter__.pdf\";"
                + " filename*=UTF-8''Si%C3%A2n%27s%20%22letter%22%2A.pdf");
  }
}
