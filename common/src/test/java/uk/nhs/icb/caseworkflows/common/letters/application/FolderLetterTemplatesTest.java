package uk.nhs.icb.caseworkflows.common.letters.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FolderLetterTemplatesTest {

  static final class IfrLetterTemplates extends FolderLetterTemplates {
    IfrLetterTemplates() {
      super("uk/nhs/icb/caseworkflows/ifr/letters/", "ifr-acknowledgement", "ifr-decision");
    }
  }

  @Test
  void eachKindIsATemplateInTheModulesFolderNamedAfterIt() {
    assertThat(new IfrLetterTemplates().resources())
        .containsExactly(
            "uk/nhs/icb/caseworkflows/ifr/letters/ifr-acknowledgement.html",
            "uk/nhs/icb/caseworkflows/ifr/letters/ifr-decision.html");
  }

  @Test
  void aFolderIsNamedWithItsTrailingSlash() {
    assertThatThrownBy(() -> new FolderLetterTemplates("letters", "x") {})
        .isInstanceOf(IllegalArgumentException.class);
  }
}
