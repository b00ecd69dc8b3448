package uk.nhs.icb.caseworkflows.common.casework.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class CasePartTest {

  /** The smallest part of a case there can be. */
  private static final class Note extends CasePart {
    Note(String caseType, String caseId) {
      super(caseType, caseId);
    }
  }

  @Test
  void aNewPartHasItsOwnRandomIdAndKnowsItsCase() {
    Note first = new Note("complaint", "c-1");
    Note second = new Note("complaint", "c-1");

    assertThat(UUID.fromString(first.id()).toString()).isEqualTo(first.id());
    assertThat(first.id()).isNotEqualTo(second.id());
    assertThat(first.caseType()).isEqualTo("complaint");
    assertThat(first.caseId()).isEqualTo("c-1");
  }

  @Test
  void aPartBelongsOnlyToItsOwnCase() {
    Note note = new Note("complaint", "c-1");

    assertThat(note.belongsTo("complaint", "c-1")).isTrue();
    assertThat(note.belongsTo("complaint", "c-2")).isFalse();
    assertThat(note.belongsTo("ifr", "c-1")).isFalse();
  }
}
