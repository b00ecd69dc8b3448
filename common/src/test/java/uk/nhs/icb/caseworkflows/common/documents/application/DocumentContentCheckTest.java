package uk.nhs.icb.caseworkflows.common.documents.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.documents.application.DocumentContentCheck.Refusal;
import uk.nhs.icb.caseworkflows.common.documents.application.DocumentContentCheck.Verdict;
import uk.nhs.icb.caseworkflows.common.documents.domain.DocumentType;

/**
 * The check looks at the bytes only: real PDF, PNG and JPEG files pass whatever anyone calls them;
 * active content, executables, archives and text are refused even when they arrive named and
 * declared as a PDF, since neither name nor declared type ever reaches the check.
 */
class DocumentContentCheckTest {

  private static final long TEN_MIB = 10L * 1024 * 1024;
  private final DocumentContentCheck check = new DocumentContentCheck(TEN_MIB);

  @Test
  void realPdfPngAndJpegFilesAreAcceptedAsWhatTheyAre() {
    assertThat(check.check(SampleFiles.pdf()).accepted()).contains(DocumentType.PDF);
    assertThat(check.check(SampleFiles.png()).accepted()).contains(DocumentType.PNG);
    assertThat(check.check(SampleFiles.jpeg()).accepted()).contains(DocumentType.JPEG);
  }

  @Test
  void activeContentExecutablesArchivesAndTextAreRefusedWithWhatTheyWereFoundToBe() {
    assertRefused(SampleFiles.html(), "text/html");
    assertRefused(SampleFiles.svg(), "image/svg+xml");
    assertRefused(SampleFiles.windowsExecutable(), "application/x-msdownload");
    assertRefused(SampleFiles.elfExecutable(), "application/x-executable");
    assertRefused(SampleFiles.zip(), "application/zip");
    assertRefused(SampleFiles.text(), "text/plain");
  }

  @Test
  void textCalledAPdfIsStillText() {
    // What a sender says ("report.pdf", Content-Type: application/pdf) never reaches the check: the
    // only input is the bytes, so a renamed text file or web page is judged for what it is.
    Verdict renamedText = check.check(SampleFiles.text());
    Verdict htmlAsPdf = check.check(SampleFiles.html());

    assertThat(renamedText.isAccepted()).isFalse();
    assertThat(renamedText.detected()).isEqualTo("text/plain");
    assertThat(htmlAsPdf.isAccepted()).isFalse();
    assertThat(htmlAsPdf.refusal()).isEqualTo(Refusal.NOT_ALLOWED);
  }

  @Test
  void anEmptyFileIsRefusedAsEmpty() {
    Verdict empty = check.check(new byte[0]);

    assertThat(empty.isAccepted()).isFalse();
    assertThat(empty.refusal()).isEqualTo(Refusal.EMPTY);
  }

  @Test
  void aFileOfExactlyTheLimitIsAcceptedAndOneByteMoreIsRefusedAsTooLarge() {
    byte[] pdf = SampleFiles.pdf();
    byte[] atTheLimit = Arrays.copyOf(pdf, (int) TEN_MIB);
    byte[] oneByteMore = Arrays.copyOf(pdf, (int) TEN_MIB + 1);

    assertThat(check.check(atTheLimit).accepted()).contains(DocumentType.PDF);
    assertThat(check.check(oneByteMore).refusal()).isEqualTo(Refusal.TOO_LARGE);
    assertThat(new DocumentContentCheck(100).check(pdf).refusal())
        .as("the limit is the configured one")
        .isEqualTo(Refusal.TOO_LARGE);
  }

  @Test
  void peopleAreToldInTheWordsOfTheNhsUploadPattern() {
    assertThat(DocumentContentCheck.sentenceFor(Refusal.NOT_ALLOWED, "10 MB"))
        .isEqualTo("The selected file must be a PDF, PNG or JPEG");
    assertThat(DocumentContentCheck.sentenceFor(Refusal.TOO_LARGE, "10 MB"))
        .isEqualTo("The selected file must be smaller than 10 MB");
    assertThat(DocumentContentCheck.sentenceFor(Refusal.EMPTY, "10 MB"))
        .isEqualTo("The selected file is empty");
    assertThat(DocumentSettings.inWords(TEN_MIB)).isEqualTo("10 MB");
    assertThat(DocumentSettings.inWords(512 * 1024)).isEqualTo("512 KB");
  }

  private void assertRefused(byte[] content, String detected) {
    Verdict verdict = check.check(content);
    assertThat(verdict.isAccepted()).as(detected).isFalse();
    assertThat(verdict.refusal()).as(detected).isEqualTo(Refusal.NOT_ALLOWED);
    assertThat(verdict.detected()).as("what the bytes were found to be").isEqualTo(detected);
  }
}
