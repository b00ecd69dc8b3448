package uk.nhs.icb.caseworkflows.complaints.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import uk.nhs.icb.caseworkflows.common.web.rest.FieldInput;
import uk.nhs.icb.caseworkflows.complaints.domain.FurtherResponse;
import uk.nhs.icb.caseworkflows.complaints.domain.OmbudsmanDecision;
import uk.nhs.icb.caseworkflows.complaints.domain.ResponseAction;

/**
 * What the after-response endpoints accept; limits are those of the columns that keep the values,
 * so a refusal names the field (400) before anything is stored.
 */
public final class AfterResponseRequests {

  /** The most recommendations one decision carries. */
  public static final int MAX_RECOMMENDATIONS = 20;

  private AfterResponseRequests() {}

  /** What is still unresolved, and the date agreed for the further response (optional). */
  public record Reopening(
      @NotBlank @Size(max = FurtherResponse.MAX_TEXT) String unresolved,
      @FutureOrPresent LocalDate furtherResponseDue) {}

  /** What the further response says. */
  public record FurtherResponseSent(
      @NotBlank @Size(max = FurtherResponse.MAX_TEXT) String summary) {}

  /** What was done. */
  public record ActionDone(@NotBlank @Size(max = 2000) String note) {}

  /** When the ICB learnt of the referral, and the Ombudsman's reference. */
  public record Referral(
      @NotNull @PastOrPresent LocalDate referredOn, @Size(max = 50) String ombudsmanReference) {}

  /** One recommendation: what, who owns it, by when. */
  public record Recommendation(
      @NotBlank @Size(max = 2000) String description,
      @NotBlank @Size(max = 300) String owner,
      @NotNull LocalDate dueBy) {

    ResponseAction action() {
      return new ResponseAction(description, owner, dueBy);
    }
  }

  /** The Ombudsman's decision and its recommendations (upheld in whole or in part only). */
  public record Decision(
      @NotNull OmbudsmanDecision decision,
      @NotNull @PastOrPresent LocalDate decidedOn,
      @Size(max = 4000) String summary,
      @Size(max = MAX_RECOMMENDATIONS) List<@NotNull @Valid Recommendation> recommendations) {

    /** The recommendations as actions; 400 on {@code recommendations} when none may follow. */
    List<ResponseAction> actions() {
      FieldInput.require(
          recommendations == null || recommendations.isEmpty() || decision.mayRecommend(),
          "recommendations",
          "follow only a complaint the Ombudsman upheld in whole or in part");
      return recommendations == null
          ? List.of()
          : recommendations.stream().map(Recommendation::action).toList();
    }
  }

  /** A member of staff named in the complaint, told of it and offered support. */
  public record StaffTold(
      @NotBlank @Size(max = 300) String name,
      @NotBlank @Size(max = 300) String role,
      @NotNull @PastOrPresent LocalDate toldOn,
      @NotBlank @Size(max = 2000) String supportOffered,
      @NotNull Boolean supportAccepted) {}
}
