package uk.nhs.icb.caseworkflows.common.letters.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LetterTemplateTest {

  private static final String RESOURCE = "test/x.html";

  private static String template(String header) {
    return "<!--\n" + header + "-->\n<h1>Hello</h1>\n<p>Dear {{salutation}},</p>\n";
  }

  @Test
  void theHeaderGivesTheKindVersionAndTitleAndTheRestIsTheBody() {
    LetterTemplate template =
        LetterTemplate.parse(
            RESOURCE,
            template("  letter: complaint-acknowledgement\n  version: 2\n  title: We have it\n"));

    assertThat(template.kind()).isEqualTo("complaint-acknowledgement");
    assertThat(template.version()).isEqualTo(2);
    assertThat(template.title()).isEqualTo("We have it");
    assertThat(template.body()).isEqualTo("<h1>Hello</h1>\n<p>Dear {{salutation}},</p>");
    assertThat(template.resource()).isEqualTo(RESOURCE);
  }

  @Test
  void theHeaderMayFollowBlankLinesAndUseWindowsLineEndingsAndAnyCaseOfNames() {
    LetterTemplate template =
        LetterTemplate.parse(
            RESOURCE,
            "\n\r\n  <!--\r\nLetter:x-test\r\nVERSION:  12 \r\nTitle: Re: your complaint\r\n-->"
                + "<p>Body</p>");

    assertThat(template.kind()).isEqualTo("x-test");
    assertThat(template.version()).isEqualTo(12);
    assertThat(template.title())
        .as("only the first colon separates the name")
        .isEqualTo("Re: your complaint");
    assertThat(template.body()).isEqualTo("<p>Body</p>");
  }

  @Test
  void aTemplateWithoutTheHeaderIsRefusedNamingTheFile() {
    assertThatThrownBy(() -> LetterTemplate.parse(RESOURCE, "<h1>Hello</h1>"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(RESOURCE + ":")
        .hasMessageContaining("<!-- letter: ... -->");
  }

  @Test
  void aHeaderAfterTheBodyHasStartedDoesNotCount() {
    assertThatThrownBy(
            () ->
                LetterTemplate.parse(
                    RESOURCE, "<p>Hi</p><!--\nletter: x-test\nversion: 1\ntitle: T\n-->"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(RESOURCE + ":");
  }

  @ParameterizedTest
  @ValueSource(strings = {"X-Test", "x test", "x_test", "1-test", "-test", "x", "lettère"})
  void aKindThatIsNotLowerCaseWithDashesIsRefusedNamingTheFile(String kind) {
    assertThatThrownBy(
            () ->
                LetterTemplate.parse(
                    RESOURCE, template("letter: " + kind + "\nversion: 1\ntitle: T\n")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(RESOURCE + ": 'letter:' must name the kind in lower case with dashes");
  }

  @Test
  void aKindOfSixtyCharactersIsAccepted() {
    String kind = "a" + "-b".repeat(29) + "c";

    assertThat(kind).hasSize(60);
    assertThat(
            LetterTemplate.parse(RESOURCE, template("letter: " + kind + "\nversion: 1\ntitle: T\n"))
                .kind())
        .isEqualTo(kind);
  }

  @Test
  void aKindTooLongForTheLetterStoreIsRefusedNamingTheFile() {
    String kind = "a" + "-b".repeat(30);

    assertThat(kind).hasSize(61);
    assertThatThrownBy(
            () ->
                LetterTemplate.parse(
                    RESOURCE, template("letter: " + kind + "\nversion: 1\ntitle: T\n")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(RESOURCE + ": 'letter:'");
  }

  @Test
  void aMissingKindIsRefusedNamingTheFile() {
    assertThatThrownBy(() -> LetterTemplate.parse(RESOURCE, template("version: 1\ntitle: T\n")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(RESOURCE + ": 'letter:'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"two", "1.5", "v2", ""})
  void aVersionThatIsNotAWholeNumberIsRefusedNamingTheFile(String version) {
    assertThatThrownBy(
            () ->
                LetterTemplate.parse(
                    RESOURCE, template("letter: x-test\nversion: " + version + "\ntitle: T\n")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(RESOURCE + ": 'version:' must be a whole number");
  }

  @Test
  void aMissingVersionIsRefusedNamingTheFile() {
    assertThatThrownBy(() -> LetterTemplate.parse(RESOURCE, template("letter: x-test\ntitle: T\n")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(RESOURCE + ": 'version:' must be a whole number");
  }

  @Test
  void aMissingOrBlankTitleIsRefusedNamingTheFile() {
    assertThatThrownBy(
            () -> LetterTemplate.parse(RESOURCE, template("letter: x-test\nversion: 1\n")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(RESOURCE + ": 'title:' is needed");
    assertThatThrownBy(
            () ->
                LetterTemplate.parse(RESOURCE, template("letter: x-test\nversion: 1\ntitle:   \n")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(RESOURCE + ": 'title:' is needed");
  }
}
