package uk.nhs.icb.caseworkflows.common.letters.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
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
                "/api/cases/IFR/case-9/letters/letter-7"));
  }
}
