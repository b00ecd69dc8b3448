package uk.nhs.icb.caseworkflows.common.letters.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.letters.application.LetterSummary;

class LetterSentViewTest {

  @Test
  void aLetterShowsWhatItIsWhoItWentToAndWhereTheLettersResourceServesIt() {
    Instant issued = Instant.parse("2026-11-03T09:00:00Z");
    LetterSummary letter =
        new LetterSummary(
            "letter-7",
            "ACKNOWLEDGEMENT",
            "Acknowledgement",
            2,
            "Ann Lee",
            "ack.pdf",
            "jane.smith",
            issued,
            "ab12",
            2048,
            null,
            null);

    assertThat(LetterSentView.of("IFR", "case-9", letter))
        .isEqualTo(
            new LetterSentView(
                "letter-7",
                "ACKNOWLEDGEMENT",
                "Acknowledgement",
                "Ann Lee",
                issued,
                "/api/cases/IFR/case-9/letters/letter-7",
                List.of(
                    new LetterSentView.Form(
                        "standard", "/api/cases/IFR/case-9/letters/letter-7"))));
  }

  @Test
  void aLetterSentInLargePrintAndPlainTextLinksEachForm() {
    LetterSummary letter =
        new LetterSummary(
            "letter-8",
            "ACKNOWLEDGEMENT",
            "Acknowledgement",
            2,
            "Ann Lee",
            "ack.pdf",
            "jane.smith",
            Instant.parse("2026-11-03T09:00:00Z"),
            "ab12",
            2048,
            "cd34",
            "ef56");

    assertThat(LetterSentView.of("complaint", "c-1", letter).formats())
        .containsExactly(
            new LetterSentView.Form("standard", "/api/cases/complaint/c-1/letters/letter-8"),
            new LetterSentView.Form(
                "large-print", "/api/cases/complaint/c-1/letters/letter-8?format=large-print"),
            new LetterSentView.Form(
                "plain-text", "/api/cases/complaint/c-1/letters/letter-8?format=plain-text"));
  }
}
