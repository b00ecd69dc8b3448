package uk.nhs.icb.caseworkflows.common.letters.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.checksum.Sha256;

class LetterTest {

  private static final LetterTemplate TEMPLATE =
      LetterTemplate.parse(
          "test/x.html",
          "<!--\n letter: x-test\n version: 4\n title: A test letter\n-->\n<p>Hi</p>");
  private static final byte[] PDF = "%PDF-1.7 pretend letter".getBytes(StandardCharsets.US_ASCII);

  private static LetterContent content(String reference) {
    return new LetterContent(
        "x-test",
        reference,
        null,
        new Recipient("Ms Siân Jones", List.of("1 High Street"), "SY23 1AA"),
        new Signatory("Dr Alex Morgan", "Head of Complaints"),
        Map.of());
  }

  private static Letter issued(String reference, Instant at, byte[] pdf) {
    return Letter.issued("COMPLAINT", "42", TEMPLATE, content(reference), "alice", at, pdf);
  }

  @Test
  void anIssuedLetterRecordsWhatItWasMadeFromAndForWhom() {
    Letter letter = issued("CMP-2026-000123", Instant.parse("2026-11-22T10:15:30.123456789Z"), PDF);

    assertThat(letter.id()).isNotBlank();
    assertThat(letter.caseType()).isEqualTo("COMPLAINT");
    assertThat(letter.caseId()).isEqualTo("42");
    assertThat(letter.kind()).isEqualTo("x-test");
    assertThat(letter.templateVersion()).isEqualTo(4);
    assertThat(letter.title()).isEqualTo("A test letter");
    assertThat(letter.recipientName()).isEqualTo("Ms Siân Jones");
    assertThat(letter.createdBy()).isEqualTo("alice");
    assertThat(letter.sizeBytes()).isEqualTo(PDF.length);
    assertThat(letter.pdf()).isEqualTo(PDF);
  }

  @Test
  void theTimeOfIssueIsKeptToTheMillisecond() {
    Letter letter = issued("CMP-2026-000123", Instant.parse("2026-11-22T10:15:30.123456789Z"), PDF);

    assertThat(letter.createdAt()).isEqualTo(Instant.parse("2026-11-22T10:15:30.123Z"));
  }

  @Test
  void theSha256IsThatOfTheBytesSent() throws Exception {
    String independent = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF));

    Letter letter = issued("CMP-2026-000123", Instant.now(), PDF);

    assertThat(letter.sha256()).isEqualTo(independent).hasSize(64).isLowerCase();
    assertThat(Sha256.of(new byte[0]))
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  }

  @Test
  void eachLetterGetsItsOwnId() {
    Instant now = Instant.now();

    assertThat(issued("R", now, PDF).id()).isNotEqualTo(issued("R", now, PDF).id());
  }

  @Test
  void theFileNameIsTheReferenceKindAndDay() {
    Letter letter = issued("CMP-2026-000123", Instant.parse("2026-11-22T10:15:30Z"), PDF);

    assertThat(letter.fileName()).isEqualTo("CMP-2026-000123-x-test-2026-11-22.pdf");
  }

  @Test
  void theDayInTheFileNameIsTheDayInLondon() {
    assertThat(issued("CMP-1", Instant.parse("2026-06-30T23:30:00Z"), PDF).fileName())
        .as("British Summer Time: already 1 July in London")
        .isEqualTo("CMP-1-x-test-2026-07-01.pdf");
    assertThat(issued("CMP-1", Instant.parse("2026-12-31T23:30:00Z"), PDF).fileName())
        .as("Greenwich Mean Time: still 31 December in London")
        .isEqualTo("CMP-1-x-test-2026-12-31.pdf");
  }

  @Test
  void charactersThatAreUnsafeInFileNamesAreReplacedInTheReference() {
    Letter letter = issued("../CMP 2026/00:01*?é", Instant.parse("2026-11-22T10:15:30Z"), PDF);

    assertThat(letter.fileName())
        .isEqualTo("___CMP_2026_00_01___-x-test-2026-11-22.pdf")
        .matches("[A-Za-z0-9_.-]+");
  }

  @Test
  void theStoredPdfCannotBeChangedThroughTheBytesGivenOrReturned() {
    byte[] given = PDF.clone();
    Letter letter = issued("CMP-1", Instant.now(), given);
    String sha = letter.sha256();

    given[0] = 'X';
    letter.pdf()[1] = 'X';

    assertThat(letter.pdf()).isEqualTo(PDF);
    assertThat(Sha256.of(letter.pdf())).isEqualTo(sha);
    assertThat(letter.pdf()).isNotSameAs(letter.pdf());
  }

  @Test
  void aStandardLetterIsSentOnlyAsItsPdf() {
    Letter letter = issued("CMP-2026-000123", Instant.parse("2026-11-22T10:15:30Z"), PDF);

    assertThat(letter.formats()).containsExactly(LetterFormat.STANDARD);
    assertThat(letter.file(LetterFormat.LARGE_PRINT)).isEmpty();
    assertThat(letter.file(LetterFormat.PLAIN_TEXT)).isEmpty();
    assertThat(letter.file(LetterFormat.STANDARD).orElseThrow().bytes()).isEqualTo(PDF);
  }

  @Test
  void aLetterForSomeoneWithNeedsKeepsEachFormWithItsOwnNameAndChecksum() {
    byte[] large = "%PDF-1.7 pretend large print".getBytes(StandardCharsets.US_ASCII);
    byte[] text = "Dear Ms Jones,\n".getBytes(StandardCharsets.UTF_8);

    Letter letter =
        issued("CMP-2026-000123", Instant.parse("2026-11-22T10:15:30Z"), PDF)
            .alsoSentAs(large, text);

    assertThat(letter.formats())
        .containsExactly(LetterFormat.STANDARD, LetterFormat.LARGE_PRINT, LetterFormat.PLAIN_TEXT);
    LetterFile largePrint = letter.file(LetterFormat.LARGE_PRINT).orElseThrow();
    assertThat(largePrint.bytes()).isEqualTo(large);
    assertThat(largePrint.sha256()).isEqualTo(Sha256.of(large));
    assertThat(largePrint.fileName())
        .isEqualTo("CMP-2026-000123-x-test-2026-11-22-large-print.pdf");
    assertThat(largePrint.mediaType()).isEqualTo("application/pdf");
    LetterFile plain = letter.file(LetterFormat.PLAIN_TEXT).orElseThrow();
    assertThat(plain.bytes()).isEqualTo(text);
    assertThat(plain.fileName()).isEqualTo("CMP-2026-000123-x-test-2026-11-22.txt");
    assertThat(plain.mediaType()).isEqualTo("text/plain; charset=UTF-8");
    assertThat(letter.sha256()).isEqualTo(Sha256.of(PDF));
  }

  @Test
  void theOtherFormsAreSetOnceAndNeverChanged() {
    byte[] large = "%PDF-1.7 pretend large print".getBytes(StandardCharsets.US_ASCII);
    Letter letter =
        issued("CMP-2026-000123", Instant.parse("2026-11-22T10:15:30Z"), PDF)
            .alsoSentAs(large, null);

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> letter.alsoSentAs(PDF, null))
        .isInstanceOf(IllegalStateException.class);
    assertThat(letter.file(LetterFormat.LARGE_PRINT).orElseThrow().bytes()).isEqualTo(large);
    assertThat(letter.formats()).containsExactly(LetterFormat.STANDARD, LetterFormat.LARGE_PRINT);
  }

  @Test
  void formsAreNamedInDownloadAddressesByAFixedCode() {
    assertThat(LetterFormat.ofCode("large-print")).contains(LetterFormat.LARGE_PRINT);
    assertThat(LetterFormat.ofCode("plain-text")).contains(LetterFormat.PLAIN_TEXT);
    assertThat(LetterFormat.ofCode("braille")).isEmpty();
  }
}
