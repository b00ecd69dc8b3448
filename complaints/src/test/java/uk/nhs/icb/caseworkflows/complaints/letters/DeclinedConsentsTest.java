package uk.nhs.icb.caseworkflows.complaints.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.icb.caseworkflows.complaints.letters.ComplaintLetterFixtures.HANDLER;
import static uk.nhs.icb.caseworkflows.complaints.letters.ComplaintLetterFixtures.LETTERHEAD;
import static uk.nhs.icb.caseworkflows.complaints.letters.ComplaintLetterFixtures.TRUST;
import static uk.nhs.icb.caseworkflows.complaints.letters.ComplaintLetterFixtures.london;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.letters.application.LetterComposer;
import uk.nhs.icb.caseworkflows.common.letters.application.LetterTemplateCatalogue;
import uk.nhs.icb.caseworkflows.common.letters.domain.LetterContent;
import uk.nhs.icb.caseworkflows.complaints.domain.ClosureReason;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;
import uk.nhs.icb.caseworkflows.complaints.domain.ComplaintStatus;

/**
 * Issue point 6: a declined consent is recorded as what happened (the complaint could not be
 * shared), not as a withdrawal, and the complainant is told what the ICB can still do.
 */
class DeclinedConsentsTest {

  private static final LetterTemplateCatalogue CATALOGUE = LetterTemplateCatalogue.fromClassPath();

  private final ComplaintLetterContents contents = ComplaintLetterFixtures.contents();

  private String letterFor(Complaint complaint) {
    LetterContent content =
        contents.contentOf(
            ComplaintLetterContents.CONSENT_DECLINED, complaint, LetterCircumstances.none());
    return new LetterComposer()
        .compose(CATALOGUE.current(content.kind()), content, LETTERHEAD, LocalDate.of(2026, 3, 9));
  }

  @Test
  void aComplainantWhoDeclinedToBeNamedIsToldItCouldNotBeSharedAndWhatTheIcbCanStillDo() {
    Complaint complaint = ComplaintLetterFixtures.mustBeNamed();

    String letter = letterFor(complaint);

    assertThat(letter)
        .contains("you do not want your name given to " + TRUST)
        .contains("not because you withdrew your complaint")
        .contains("What we can still do")
        .contains("If you change your mind")
        .contains("complain directly to " + TRUST)
        .doesNotContain("We have not received that consent");
  }

  @Test
  void aComplainantWhoseConsentNeverCameIsToldSoNotThatTheyWithdrew() {
    Complaint complaint =
        ComplaintLetterFixtures.acknowledged(ComplaintLetterFixtures.forHerFather());

    String letter = letterFor(complaint);

    assertThat(letter)
        .contains("We have not received that consent")
        .contains("Mr Rhodri Evans")
        .contains("not because you withdrew your complaint")
        .doesNotContain("you do not want your name given");
  }

  @Test
  void theFileRecordsTheComplaintAsNotSharedRatherThanWithdrawn() {
    Complaint complaint = ComplaintLetterFixtures.mustBeNamed();

    complaint.close(ClosureReason.CONSENT_DECLINED, london("2026-03-09T10:00"), HANDLER);

    assertThat(complaint.status()).isEqualTo(ComplaintStatus.CLOSED);
    assertThat(complaint.closure().orElseThrow().reason())
        .isEqualTo(ClosureReason.CONSENT_DECLINED);
    assertThat(complaint.disclosureLog().disclosures()).isEmpty();
  }
}
