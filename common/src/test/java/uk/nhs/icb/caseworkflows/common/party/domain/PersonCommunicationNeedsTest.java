package uk.nhs.icb.caseworkflows.common.party.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Needs are recorded once on the person, and read as none when nothing is recorded. */
class PersonCommunicationNeedsTest {

  private static Party ada() {
    return new Party("Mrs Ada Jones", List.of(), null, null, null);
  }

  private static AffectedPerson tom() {
    return new AffectedPerson("Tom Jones", null, LocalDate.of(1950, 1, 2), List.of(), null);
  }

  @Test
  void aPartyHasNoNeedsUntilTheyAreRecorded() {
    Party party = ada();
    assertThat(party.communicationNeeds().isNone()).isTrue();

    party.recordCommunicationNeeds(CommunicationNeeds.of(CommunicationNeed.LARGE_PRINT));

    assertThat(party.communicationNeeds().wantsLargePrintLetters()).isTrue();
  }

  @Test
  void anAffectedPersonsNeedsAreTheirOwn() {
    AffectedPerson patient = tom();
    patient.recordCommunicationNeeds(CommunicationNeeds.of(CommunicationNeed.EASY_READ));

    assertThat(patient.communicationNeeds().needs()).containsExactly(CommunicationNeed.EASY_READ);
  }

  @Test
  void emptyColumnsReadBackAsNullByJpaAreNone() throws ReflectiveOperationException {
    Party party = ada();
    party.recordCommunicationNeeds(CommunicationNeeds.of(CommunicationNeed.ADVOCATE));
    Field field = Party.class.getDeclaredField("communicationNeeds");
    field.setAccessible(true);
    field.set(party, null);

    assertThat(party.communicationNeeds()).isEqualTo(CommunicationNeeds.none());
  }

  @Test
  void recordingNoneClearsWhatWasRecorded() {
    AffectedPerson patient = tom();
    patient.recordCommunicationNeeds(CommunicationNeeds.of(CommunicationNeed.LARGE_PRINT));

    patient.recordCommunicationNeeds(CommunicationNeeds.none());

    assertThat(patient.communicationNeeds().isNone()).isTrue();
  }
}
