package uk.nhs.icb.caseworkflows.common.letters.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEntry;
import uk.nhs.icb.caseworkflows.common.errors.NotFoundProblem;
import uk.nhs.icb.caseworkflows.common.letters.domain.Letter;
import uk.nhs.icb.caseworkflows.common.letters.domain.LetterContent;
import uk.nhs.icb.caseworkflows.common.letters.domain.LetterFile;
import uk.nhs.icb.caseworkflows.common.letters.domain.LetterFormat;
import uk.nhs.icb.caseworkflows.common.letters.domain.LetterTemplate;
import uk.nhs.icb.caseworkflows.common.letters.domain.Recipient;
import uk.nhs.icb.caseworkflows.common.letters.domain.Signatory;
import uk.nhs.icb.caseworkflows.common.security.Caller;
import uk.nhs.icb.caseworkflows.common.security.application.CaseAccess;
import uk.nhs.icb.caseworkflows.common.testing.Fakes;

/** A letter downloaded in the forms it was sent in, with the store and access check stood in. */
class CaseLettersFormsTest {

  private static final byte[] PDF = "%PDF-1.7 standard".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] LARGE = "%PDF-1.7 large".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] TEXT = "Dear Ms Jones,\n".getBytes(StandardCharsets.UTF_8);

  private final List<AuditEntry> audited = new ArrayList<>();
  private final Letter withLargePrint = letter(LARGE, null);
  private final Letter standardOnly = letter(null, null);
  private final Letter withText = letter(null, TEXT);
  private final CaseLetters letters = letters();
  private static final Caller ALICE = new Caller("alice", Set.of("complaints-handler"));

  private static Letter letter(byte[] largePrint, byte[] plainText) {
    return Letter.issued(
            "complaint",
            "42",
            LetterTemplate.parse(
                "test/x.html",
                "<!--\n letter: x-test\n version: 1\n title: A letter\n-->\n<p>Hi</p>"),
            new LetterContent(
                "x-test",
                "CMP-2026-000042",
                null,
                new Recipient("Ms Jones", List.of(), ""),
                new Signatory("A", "B"),
                Map.of()),
            "alice",
            Instant.parse("2026-11-22T10:00:00Z"),
            PDF)
        .alsoSentAs(largePrint, plainText);
  }

  private CaseLetters letters() {
    Map<String, Letter> stored =
        Map.of(
            withLargePrint.id(), withLargePrint,
            standardOnly.id(), standardOnly,
            withText.id(), withText);
    CaseAccess everyoneMaySee =
        new CaseAccess() {
          @Override
          public void requireMaySee(Caller caller, String caseType, String caseId) {}
        };
    return Fakes.inject(
        new CaseLetters(everyoneMaySee, Fakes.auditTrail(audited)),
        CaseLetters.class,
        "entityManager",
        Fakes.entityManager(Map.of("find", args -> stored.get((String) args[1]))));
  }

  @Test
  void theStandardPdfIsStillTheLetterItself() {
    Letter letter = letters.download(ALICE, "complaint", "42", withLargePrint.id());

    assertThat(letter.pdf()).isEqualTo(PDF);
  }

  @Test
  void theLargePrintFormComesWithItsOwnNameAndChecksumAndIsAudited() {
    LetterFile file =
        letters.download(ALICE, "complaint", "42", withLargePrint.id(), LetterFormat.LARGE_PRINT);

    assertThat(file.bytes()).isEqualTo(LARGE);
    assertThat(file.mediaType()).isEqualTo("application/pdf");
    assertThat(file.fileName()).isEqualTo("CMP-2026-000042-x-test-2026-11-22-large-print.pdf");
    assertThat(file.sha256())
        .isEqualTo(withLargePrint.file(LetterFormat.LARGE_PRINT).orElseThrow().sha256());
    assertThat(audited)
        .singleElement()
        .extracting(AuditEntry::detail)
        .asString()
        .endsWith(": x-test as large print PDF");
  }

  @Test
  void thePlainTextCopyIsUtf8Text() {
    LetterFile file =
        letters.download(ALICE, "complaint", "42", withText.id(), LetterFormat.PLAIN_TEXT);

    assertThat(file.bytes()).isEqualTo(TEXT);
    assertThat(file.mediaType()).isEqualTo("text/plain; charset=UTF-8");
    assertThat(file.fileName()).endsWith(".txt");
  }

  @Test
  void aFormTheLetterWasNotSentInIsNotFoundAndNotAudited() {
    assertThatThrownBy(
            () ->
                letters.download(
                    ALICE, "complaint", "42", standardOnly.id(), LetterFormat.LARGE_PRINT))
        .isInstanceOf(NotFoundProblem.class)
        .hasMessageContaining("was not sent as large print PDF");
    assertThat(audited).isEmpty();
  }

  @Test
  void anotherCasesLetterIsNotFoundInAnyForm() {
    assertThatThrownBy(
            () ->
                letters.download(ALICE, "complaint", "43", withText.id(), LetterFormat.PLAIN_TEXT))
        .isInstanceOf(NotFoundProblem.class);
  }
}
