package uk.nhs.icb.caseworkflows.complaints.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.icb.caseworkflows.complaints.letters.ComplaintLetterFixtures.LETTERHEAD;
import static uk.nhs.icb.caseworkflows.complaints.letters.ComplaintLetterFixtures.TRUST;
import static uk.nhs.icb.caseworkflows.complaints.letters.ComplaintLetterFixtures.mustBeNamed;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.letters.application.LetterComposer;
import uk.nhs.icb.caseworkflows.common.letters.application.LetterTemplateCatalogue;
import uk.nhs.icb.caseworkflows.common.letters.domain.LetterContent;

/**
 * Issue 14 point 7: what the identity-needed letter promised ("we will try to contact you once more
 * before we close your complaint") is kept in writing. The dates count from the day the handler
 * decided the name was needed (Wednesday 4 March 2026, when the first letter went): the reply
 * period of 10 working days, then 10 more (Easter's bank holidays fall after both).
 */
class IdentityFollowUpLettersTest {

  private static final LetterTemplateCatalogue CATALOGUE = LetterTemplateCatalogue.fromClassPath();

  private final ComplaintLetterContents contents = ComplaintLetterFixtures.contents();

  private String letter(String kind) {
    LetterContent content = contents.contentOf(kind, mustBeNamed(), LetterCircumstances.none());
    return new LetterComposer()
        .compose(CATALOGUE.current(kind), content, LETTERHEAD, LocalDate.of(2026, 3, 18));
  }

  @Test
  void point7TheReminderRecallsTheFirstLetterAndGivesOneMoreDateBeforeClosing() {
    assertThat(letter(ComplaintLetterContents.IDENTITY_REMINDER))
        .contains("We wrote to you on 4 March 2026")
        .contains("asked you to tell us by 18 March 2026")
        .contains("Please reply by 1 April 2026")
        .contains("we will close your complaint without sharing anything about you")
        .contains("We have still not shared your name");
  }

  @Test
  void point7WithoutAReplyTheClosureLetterSaysNothingWasSharedAndHowToComeBack() {
    assertThat(letter(ComplaintLetterContents.CLOSED_NO_REPLY))
        .contains("We have closed your complaint")
        .contains("wrote again asking you to reply by 1 April 2026")
        .contains("We have not shared your name or any details about you with " + TRUST)
        .contains("within 12 months");
  }
}
