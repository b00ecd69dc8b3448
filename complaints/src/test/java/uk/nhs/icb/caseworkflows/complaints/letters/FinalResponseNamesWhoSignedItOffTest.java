package uk.nhs.icb.caseworkflows.complaints.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.icb.caseworkflows.complaints.letters.ComplaintLetterFixtures.LETTERHEAD;
import static uk.nhs.icb.caseworkflows.complaints.letters.ComplaintLetterFixtures.responded;
import static uk.nhs.icb.caseworkflows.complaints.letters.ComplaintLetterFixtures.signedOffByTheManager;
import static uk.nhs.icb.caseworkflows.complaints.letters.ComplaintLetterFixtures.signedOffResponse;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.letters.application.LetterComposer;
import uk.nhs.icb.caseworkflows.common.letters.application.LetterTemplateCatalogue;
import uk.nhs.icb.caseworkflows.common.letters.domain.LetterContent;

/**
 * Issue 14 point 4: the final response names who signed it off and on whose authority: the
 * responsible person (regulation 4), or the manager who signed it off as authorised by them; never
 * the configured name whoever signed.
 */
class FinalResponseNamesWhoSignedItOffTest {

  private static final LetterTemplateCatalogue CATALOGUE = LetterTemplateCatalogue.fromClassPath();

  private final ComplaintLetterContents contents = ComplaintLetterFixtures.contents();

  private LetterContent finalResponse(ResponseWording response) {
    return contents.contentOf(
        ComplaintLetterContents.FINAL_RESPONSE,
        responded(),
        LetterCircumstances.none().withResponse(response));
  }

  private static String composed(LetterContent content) {
    return new LetterComposer()
        .compose(CATALOGUE.current(content.kind()), content, LETTERHEAD, LocalDate.of(2026, 3, 5));
  }

  @Test
  void signedOffByTheResponsiblePersonTheyAloneSignIt() {
    LetterContent letter = finalResponse(signedOffResponse());

    assertThat(letter.signatory().name()).isEqualTo("Dr Helen Marsh");
    assertThat(letter.signatory().role()).isEqualTo("Chief Executive");
    assertThat(composed(letter))
        .contains("This response was signed off by Dr Helen Marsh, Chief Executive, who is")
        .doesNotContain("Priya Shah");
  }

  @Test
  void signedOffByTheManagerItNamesThemAndTheResponsiblePersonWhoAuthorisedThem() {
    LetterContent letter = finalResponse(signedOffByTheManager());

    assertThat(letter.signatory().name()).isEqualTo("Priya Shah");
    assertThat(letter.signatory().role())
        .isEqualTo("Complaints Manager, for Dr Helen Marsh, Chief Executive");
    assertThat(composed(letter))
        .contains(
            "signed off by Priya Shah, Complaints Manager, on behalf of Dr Helen Marsh, Chief"
                + " Executive")
        .contains("has authorised Priya Shah to sign responses for them");
  }

  @Test
  void signedOffBySomeoneTheSettingsDoNotNameTheLetterGivesTheirUserNameNotAnotherName() {
    ResponseWording byAnother =
        new ResponseWording(
            signedOffResponse().steps(),
            signedOffResponse().findings(),
            signedOffResponse().overallSummary(),
            null,
            signedOffResponse().actions(),
            true,
            null,
            "j.bloggs");

    LetterContent letter = finalResponse(byAnother);

    assertThat(letter.signatory().name()).isEqualTo("j.bloggs");
    assertThat(composed(letter)).contains("signed off by j.bloggs").doesNotContain("Priya Shah");
  }
}
