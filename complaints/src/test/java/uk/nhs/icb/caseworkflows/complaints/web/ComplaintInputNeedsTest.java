package uk.nhs.icb.caseworkflows.complaints.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.errors.InvalidInputException;
import uk.nhs.icb.caseworkflows.common.party.domain.CommunicationNeed;
import uk.nhs.icb.caseworkflows.common.party.domain.CommunicationNeeds;
import uk.nhs.icb.caseworkflows.common.party.web.NeedsDetails;
import uk.nhs.icb.caseworkflows.common.party.web.PatientDetails;
import uk.nhs.icb.caseworkflows.common.party.web.PersonDetails;
import uk.nhs.icb.caseworkflows.complaints.domain.Channel;
import uk.nhs.icb.caseworkflows.complaints.domain.ComplaintMade;
import uk.nhs.icb.caseworkflows.complaints.domain.RepresentativeStanding;

/** The REST intake records each person's communication needs, or names the field it refuses. */
class ComplaintInputNeedsTest {

  private static ComplaintRequests.ReceiveComplaint forHerFather(
      NeedsDetails hers, NeedsDetails his) {
    return new ComplaintRequests.ReceiveComplaint(
        Channel.LETTER,
        null,
        new PersonDetails("Mrs Siân Evans", null, null, null, null, hers),
        new PatientDetails(
            "Mr Rhodri Evans", "943 476 5919", LocalDate.of(1948, 7, 14), null, null, his),
        new ComplaintRequests.Standing(RepresentativeStanding.PATIENT_REQUEST, null, null, null),
        new ComplaintRequests.Subject("Northvale GP Practice", null, null),
        new ComplaintRequests.Details("x", LocalDate.of(2026, 1, 5), null, null),
        null);
  }

  @Test
  void eachPersonsNeedsAreRecordedOnThemAndNoneWhenNotGiven() {
    ComplaintMade made =
        ComplaintInput.made(
            forHerFather(
                new NeedsDetails(List.of("large-print", "braille-ready-text"), " Calls after 2pm "),
                null));

    assertThat(made.complainant().communicationNeeds())
        .isEqualTo(
            CommunicationNeeds.of(
                List.of(CommunicationNeed.LARGE_PRINT, CommunicationNeed.BRAILLE_READY_TEXT),
                "Calls after 2pm"));
    assertThat(made.affectedPerson().communicationNeeds().isNone()).isTrue();
  }

  @Test
  void thePatientsNeedsAreTheirOwn() {
    ComplaintMade made =
        ComplaintInput.made(forHerFather(null, new NeedsDetails(List.of("bsl-interpreter"), null)));

    assertThat(made.complainant().communicationNeeds().isNone()).isTrue();
    assertThat(made.affectedPerson().communicationNeeds().needs())
        .containsExactly(CommunicationNeed.BSL_INTERPRETER);
  }

  @Test
  void anUnknownCodeIsRefusedNamingThePersonsField() {
    assertThatThrownBy(
            () ->
                ComplaintInput.made(
                    forHerFather(new NeedsDetails(List.of("sign-language"), null), null)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            refused -> {
              assertThat(refused.errors().get(0).field())
                  .isEqualTo("complainant.communicationNeeds");
              assertThat(refused.errors().get(0).reason()).contains("sign-language");
            });
    assertThatThrownBy(
            () ->
                ComplaintInput.made(
                    forHerFather(null, new NeedsDetails(List.of("huge-print"), null))))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            refused ->
                assertThat(refused.errors().get(0).field())
                    .isEqualTo("patient.communicationNeeds"));
  }

  @Test
  void tooLongANoteIsRefusedNamingTheField() {
    String note = "x".repeat(CommunicationNeeds.MAX_NOTE_LENGTH + 1);

    assertThatThrownBy(
            () -> ComplaintInput.made(forHerFather(new NeedsDetails(List.of(), note), null)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            refused ->
                assertThat(refused.errors().get(0).field())
                    .isEqualTo("complainant.communicationNeeds"));
  }
}
