package uk.nhs.icb.caseworkflows.common.coding.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.coding.domain.Code;
import uk.nhs.icb.caseworkflows.common.coding.domain.CodeLists;

/** The seed shipped in a module, with the lists the ICB sets in place of the seed's. */
class CodeListReaderTest {

  private static final String PREFIX = "app.ifr.codes.";
  private static final String SEED =
      """
      # Where these come from.
      [treatment]
      DRUG = A drug
      DEVICE = A device or appliance

      [urgency]
      ROUTINE = Routine
      URGENT = Urgent = decided by chair's action
      """;

  private static CodeLists read(Map<String, String> settings) {
    return CodeListReader.of(settings, PREFIX)
        .read(new ByteArrayInputStream(SEED.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void readsTheSeedsListsInOrderSkippingComments() {
    CodeLists lists = read(Map.of());
    assertThat(lists.all()).extracting(list -> list.name()).containsExactly("treatment", "urgency");
    assertThat(lists.list("treatment").codes())
        .containsExactly(new Code("DRUG", "A drug"), new Code("DEVICE", "A device or appliance"));
    assertThat(lists.list("urgency").labelOf("URGENT"))
        .isEqualTo("Urgent = decided by chair's action");
  }

  @Test
  void aListSetByTheIcbReplacesTheSeedsWholeAndLeavesTheOthers() {
    CodeLists lists =
        read(Map.of(PREFIX + "treatment", "SURGERY=A procedure | DRUG = A medicine |"));
    assertThat(lists.list("treatment").codes())
        .containsExactly(new Code("SURGERY", "A procedure"), new Code("DRUG", "A medicine"));
    assertThat(lists.list("urgency").codes()).hasSize(2);
  }

  @Test
  void aBlankSettingCountsAsNotSet() {
    assertThat(read(Map.of(PREFIX + "treatment", "  ")).list("treatment").codes()).hasSize(2);
  }

  @Test
  void aSettingThatIsNotCodeEqualsLabelStopsStartUpNamingTheProperty() {
    assertThatThrownBy(() -> read(Map.of(PREFIX + "urgency", "ROUTINE")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(PREFIX + "urgency");
  }

  @Test
  void aMissingSeedIsAnError() {
    assertThatThrownBy(() -> CodeListReader.of(Map.of(), PREFIX).read(getClass(), "none.codes"))
        .isInstanceOf(IllegalStateException.class);
  }
}
