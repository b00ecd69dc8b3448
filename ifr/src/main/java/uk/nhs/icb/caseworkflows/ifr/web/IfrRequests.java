package uk.nhs.icb.caseworkflows.ifr.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import uk.nhs.icb.caseworkflows.common.party.web.PatientDetails;

/**
 * What the IFR endpoints accept; each field is checked before anything is stored, no limit longer
 * than the column that keeps it. Every change carries the {@code version} of the request (or
 * meeting) as the caller read it: a change made since is a 409.
 */
public final class IfrRequests {

  private IfrRequests() {}

  public record Clinician(
      @NotBlank @Size(max = 200) String name,
      @NotBlank @Size(max = 200) String role,
      @NotBlank @Size(max = 200) String organisation,
      @NotNull @Size(min = 1, max = 6) List<@NotBlank @Size(max = 160) String> addressLines,
      @Size(max = 10) String postcode,
      @Size(max = 200) String email) {}

  /**
   * A request as the clinician sent it. Without {@code consentEvidence} it is refused (400 on that
   * field); to record it as returned for want of consent, post it to {@code /ifr/returned}.
   */
  public record LogRequest(
      @NotNull @Valid PatientDetails patient,
      @NotNull @Valid Clinician clinician,
      @NotBlank @Size(max = 40) String treatmentCode,
      @NotBlank @Size(max = 4000) String condition,
      @NotBlank @Size(max = 4000) String whyExceptional,
      @NotNull @Digits(integer = 10, fraction = 2) BigDecimal estimatedCost,
      Boolean urgent,
      @Size(max = 4000) String urgencyReason,
      @Size(max = 1000) String consentEvidence,
      @PastOrPresent LocalDate receivedOn) {}

  /**
   * What a request returned for want of consent keeps: whom and what it was about, and from whom.
   */
  public record ReturnedRequest(
      @NotBlank @Size(max = 200) String patientName,
      @NotBlank @Size(max = 20) String nhsNumber,
      @NotNull @Valid Clinician clinician,
      @NotBlank @Size(max = 40) String treatmentCode,
      @PastOrPresent LocalDate receivedOn) {}

  public record Screening(
      @NotNull Long version,
      @NotBlank @Size(max = 30) String outcome,
      @NotBlank @Size(max = 4000) String note) {}

  public record Version(@NotNull Long version) {}

  public record Criteria(
      Boolean significantlyDifferent,
      @Size(max = 4000) String significantlyDifferentReasons,
      Boolean moreBenefit,
      @Size(max = 4000) String moreBenefitReasons) {}

  /** A decision; the two criteria are checked by the domain so each gap is named on its field. */
  public record Decision(
      @NotNull Long version,
      @NotBlank @Size(max = 30) String outcome,
      @Valid Criteria criteria,
      @Size(max = 4000) String reasons,
      @Size(max = 4000) String conditions,
      LocalDate fundingFrom,
      LocalDate fundingUntil,
      LocalDate outcomeReportDue) {}

  public record MeetingDecision(
      @NotBlank @Size(max = 36) String meetingId, @NotNull @Valid Decision decision) {}

  public record ReviewRequest(
      @NotNull Long version,
      @NotBlank @Size(max = 40) String ground,
      @NotBlank @Size(max = 4000) String statedCase) {}

  public record ReviewDecision(
      @NotNull Long version,
      @NotBlank @Size(max = 20) String outcome,
      @NotBlank @Size(max = 4000) String reasons) {}

  public record Reconsideration(
      @NotNull Long version, @NotBlank @Size(max = 4000) String newInformation) {}

  public record OutcomeReport(@NotNull Long version, @NotBlank @Size(max = 4000) String report) {}

  public record Meeting(@NotNull LocalDate date) {}

  public record Member(
      @NotBlank @Size(max = 200) String name,
      @NotBlank @Size(max = 20) String role,
      Boolean present) {}

  public record Attendance(
      @NotNull Long version,
      @NotNull @Size(min = 1, max = 30) List<@NotNull @Valid Member> members) {}

  public record Conflict(
      @NotNull Long version,
      @NotBlank @Size(max = 200) String memberName,
      @NotBlank @Size(max = 36) String requestId,
      @Size(max = 1000) String interest) {}
}
