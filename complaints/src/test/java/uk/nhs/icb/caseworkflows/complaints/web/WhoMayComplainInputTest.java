package uk.nhs.icb.caseworkflows.complaints.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.errors.InvalidInputException;
import uk.nhs.icb.caseworkflows.common.party.web.PatientDetails;
import uk.nhs.icb.caseworkflows.common.party.web.PersonDetails;
import uk.nhs.icb.caseworkflows.complaints.domain.Channel;
import uk.nhs.icb.caseworkflows.complaints.domain.ComplaintMade;
import uk.nhs.icb.caseworkflows.complaints.domain.RepresentativeRelationship;
import uk.nhs.icb.caseworkflows.complaints.domain.RepresentativeStanding;

/**
 * Who may complain over REST: a representative of a patient who has died says who they are to them,
 * and a refusal of standing gives its reasons; otherwise a 400 names the field.
 */
class WhoMayComplainInputTest {

  private static ComplaintRequests.ReceiveComplaint forHerHusband(
      ComplaintRequests.Standing standing) {
    return new ComplaintRequests.ReceiveComplaint(
        Channel.EMAIL,
        null,
        new PersonDetails("Mrs Joan Finch", null, null, null, null, null),
        new PatientDetails(
            "Mr Harold Finch", "943 476 5919", LocalDate.of(1938, 11, 2), null, null, null),
        standing,
        new ComplaintRequests.Subject("Northvale Community Health NHS Trust", null, null),
        new ComplaintRequests.Details("The visits stopped.", LocalDate.of(2026, 1, 5), null, null),
        null);
  }

  private static String refusedField(ComplaintRequests.Standing standing) {
    try {
      ComplaintInput.made(forHerHusband(standing));
    } catch (InvalidInputException refused) {
      return refused.errors().get(0).field();
    }
    throw new AssertionError("not refused");
  }

  @Test
  void aPatientWhoHasDiedNeedsTheRepresentativesRelationship() {
    assertThat(
            refusedField(
                new ComplaintRequests.Standing(
                    RepresentativeStanding.DECEASED, "Death certificate", null, null)))
        .isEqualTo("representation.relationship");
    assertThat(
            refusedField(
                new ComplaintRequests.Standing(
                    RepresentativeStanding.DECEASED, null, RepresentativeRelationship.OTHER, " ")))
        .isEqualTo("representation.relationshipDescription");
    assertThat(
            refusedField(
                new ComplaintRequests.Standing(
                    RepresentativeStanding.CHILD,
                    null,
                    RepresentativeRelationship.NEXT_OF_KIN,
                    null)))
        .as("a relationship for a living patient")
        .isEqualTo("representation.relationship");

    ComplaintMade made =
        ComplaintInput.made(
            forHerHusband(
                new ComplaintRequests.Standing(
                    RepresentativeStanding.DECEASED,
                    "Letters of administration seen",
                    RepresentativeRelationship.OTHER,
                    "His partner of thirty years")));

    assertThat(made.representation().relationship()).contains(RepresentativeRelationship.OTHER);
    assertThat(made.representation().relationshipDescription())
        .contains("His partner of thirty years");
    assertThat(made.representation().evidence()).isEqualTo("Letters of administration seen");
  }

  @Test
  void physicallyUnableIsTakenAsItsOwnGround() {
    ComplaintMade made =
        ComplaintInput.made(
            forHerHusband(
                new ComplaintRequests.Standing(
                    RepresentativeStanding.PHYSICALLY_UNABLE, null, null, null)));

    assertThat(made.representation().standing())
        .isEqualTo(RepresentativeStanding.PHYSICALLY_UNABLE);
  }

  @Test
  void aRefusedStandingNeedsItsReasons() {
    assertThatThrownBy(
            () ->
                ComplaintInput.requireReasonsWhenRefused(
                    new ComplaintRequests.StandingDecision(false, false, true, null, " ")))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            refused -> assertThat(refused.errors().get(0).field()).isEqualTo("reasons"));

    assertThatCode(
            () ->
                ComplaintInput.requireReasonsWhenRefused(
                    new ComplaintRequests.StandingDecision(true, true, true, null, null)))
        .as("an acceptance needs no reasons")
        .doesNotThrowAnyException();
    assertThatCode(
            () ->
                ComplaintInput.requireReasonsWhenRefused(
                    new ComplaintRequests.StandingDecision(
                        false, null, null, null, "He did not ask her.")))
        .doesNotThrowAnyException();
  }
}
