package uk.nhs.icb.caseworkflows.common.letters.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEntry;
import uk.nhs.icb.caseworkflows.common.letters.domain.AddressedLetter;
import uk.nhs.icb.caseworkflows.common.letters.domain.Letter;
import uk.nhs.icb.caseworkflows.common.letters.domain.LetterContent;
import uk.nhs.icb.caseworkflows.common.letters.domain.LetterFormat;
import uk.nhs.icb.caseworkflows.common.letters.domain.LetterTemplate;
import uk.nhs.icb.caseworkflows.common.party.domain.CommunicationNeed;
import uk.nhs.icb.caseworkflows.common.party.domain.CommunicationNeeds;
import uk.nhs.icb.caseworkflows.common.security.Caller;
import uk.nhs.icb.caseworkflows.common.testing.Fakes;

/** Issuing a letter to someone with communication needs, with the store and audit stood in. */
class LetterIssuingTest {

  private static final LetterTemplateCatalogue CATALOGUE =
      new LetterTemplateCatalogue(List.of()) {
        @Override
        public LetterTemplate current(String kind) {
          return LetterComposerTest.TEMPLATE;
        }
      };
  private static final LetterContent CONTENT =
      LetterComposerTest.content(LetterComposerTest.fields("Ms Siân Jones"));

  private final List<Object> persisted = new ArrayList<>();
  private final List<AuditEntry> audited = new ArrayList<>();
  private final LetterIssuing issuing = issuing();

  private LetterIssuing issuing() {
    return Fakes.inject(
        new LetterIssuing(
            CATALOGUE,
            new LetterComposer(),
            new PdfLetterRenderer(),
            LetterComposerTest.LETTERHEAD,
            Fakes.auditTrail(audited),
            Fakes.signedIn(new Caller("alice", Set.of("ig-officer"))),
            Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/London"))),
        LetterIssuing.class,
        "entityManager",
        Fakes.entityManager(Map.of("persist", args -> persisted.add(args[0]) ? null : null)));
  }

  @Test
  void withoutNeedsTheLetterIsTheStandardPdfAndAuditedAsBefore() {
    Letter letter = issuing.issue("RETENTION", "7", CONTENT);

    assertThat(persisted).containsExactly(letter);
    assertThat(letter.formats()).containsExactly(LetterFormat.STANDARD);
    assertThat(audited)
        .singleElement()
        .extracting(AuditEntry::detail)
        .asString()
        .matches("letter [0-9a-f-]{36}: x-test v4");
  }

  @Test
  void largePrintAndBrailleNeedsAddALargePrintPdfAndAPlainTextCopy() throws Exception {
    CommunicationNeeds needs =
        CommunicationNeeds.of(CommunicationNeed.LARGE_PRINT, CommunicationNeed.BRAILLE_READY_TEXT);

    Letter letter = issuing.issue("RETENTION", "7", CONTENT, needs);

    assertThat(persisted).containsExactly(letter);
    assertThat(letter.formats())
        .containsExactly(LetterFormat.STANDARD, LetterFormat.LARGE_PRINT, LetterFormat.PLAIN_TEXT);
    byte[] largePrint = letter.file(LetterFormat.LARGE_PRINT).orElseThrow().bytes();
    try (PDDocument document = Loader.loadPDF(largePrint)) {
      assertThat(document.getNumberOfPages()).isPositive();
    }
    assertThat(PrintSize.isLargePrint(largePrint)).isTrue();
    String text =
        new String(
            letter.file(LetterFormat.PLAIN_TEXT).orElseThrow().bytes(), StandardCharsets.UTF_8);
    assertThat(text).contains(CONTENT.recipient().name(), CONTENT.reference(), "Yours sincerely");
    assertThat(audited)
        .singleElement()
        .extracting(AuditEntry::detail)
        .asString()
        .endsWith(", also as large print PDF, plain text");
  }

  @Test
  void anAddressedLetterIsIssuedInTheFormsItsAddresseesNeedsAskFor() {
    Letter letter =
        issuing.issue(
            "RETENTION",
            "7",
            new AddressedLetter(CONTENT, CommunicationNeeds.of(CommunicationNeed.LARGE_PRINT)));

    assertThat(persisted).containsExactly(letter);
    assertThat(letter.formats()).containsExactly(LetterFormat.STANDARD, LetterFormat.LARGE_PRINT);
    assertThat(audited)
        .singleElement()
        .extracting(AuditEntry::detail)
        .asString()
        .endsWith(", also as large print PDF");
  }

  @Test
  void anEasyReadNeedAddsNoFormTheSystemCannotMake() {
    Letter letter =
        issuing.issue(
            "RETENTION", "7", CONTENT, CommunicationNeeds.of(CommunicationNeed.EASY_READ));

    assertThat(letter.formats()).containsExactly(LetterFormat.STANDARD);
  }
}
