package uk.nhs.icb.caseworkflows.common.letters.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.letters.domain.LetterTemplate;

class LetterTemplateCatalogueTest {

  private static final String ZEBRA = "letters-test/zebra-notice.html";
  private static final String APPLE = "letters-test/apple-reply.html";
  private static final String APPLE_COPY = "letters-test/apple-reply-copy.html";

  private static LetterTemplates module(String... resources) {
    return () -> List.of(resources);
  }

  @Test
  void everyContributedTemplateIsListedInOrderOfKind() {
    LetterTemplateCatalogue catalogue =
        new LetterTemplateCatalogue(List.of(module(ZEBRA), module(APPLE)));

    assertThat(catalogue.all())
        .extracting(LetterTemplate::kind)
        .containsExactly("apple-reply", "zebra-notice");
  }

  @Test
  void theCurrentTemplateOfAKindIsReadFromItsFile() {
    LetterTemplateCatalogue catalogue = new LetterTemplateCatalogue(List.of(module(ZEBRA, APPLE)));

    LetterTemplate zebra = catalogue.current("zebra-notice");

    assertThat(zebra.version()).isEqualTo(3);
    assertThat(zebra.title()).isEqualTo("About the zebra");
    assertThat(zebra.body()).isEqualTo("<p>Dear {{salutation}},</p>");
    assertThat(zebra.resource()).isEqualTo(ZEBRA);
  }

  @Test
  void anUnknownKindIsRefusedNamingIt() {
    LetterTemplateCatalogue catalogue = new LetterTemplateCatalogue(List.of(module(ZEBRA)));

    assertThatThrownBy(() -> catalogue.current("apple-reply"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'apple-reply'");
  }

  @Test
  void twoTemplatesOfTheSameKindStopTheCatalogueNamingBothFiles() {
    assertThatThrownBy(
            () -> new LetterTemplateCatalogue(List.of(module(APPLE), module(ZEBRA, APPLE_COPY))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'apple-reply'")
        .hasMessageContaining(APPLE)
        .hasMessageContaining(APPLE_COPY);
  }

  @Test
  void aTemplateFileThatIsNotThereStopsTheCatalogueNamingIt() {
    assertThatThrownBy(() -> new LetterTemplateCatalogue(List.of(module("letters-test/gone.html"))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("letters-test/gone.html");
  }

  @Test
  void aTemplateFileWithoutAHeaderStopsTheCatalogueNamingIt() {
    assertThatThrownBy(
            () -> new LetterTemplateCatalogue(List.of(module("letters-test/no-header.html"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("letters-test/no-header.html:");
  }

  @Test
  void noContributionsMakeAnEmptyCatalogue() {
    assertThat(new LetterTemplateCatalogue(List.of()).all()).isEmpty();
  }

  @Test
  void theListOfTemplatesCannotBeChangedFromOutside() {
    LetterTemplateCatalogue catalogue = new LetterTemplateCatalogue(List.of(module(ZEBRA)));

    assertThatThrownBy(() -> catalogue.all().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(catalogue.all()).hasSize(1);
  }
}
