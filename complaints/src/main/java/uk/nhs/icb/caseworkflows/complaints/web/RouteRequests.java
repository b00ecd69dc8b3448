package uk.nhs.icb.caseworkflows.complaints.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import uk.nhs.icb.caseworkflows.common.errors.NotFoundProblem;
import uk.nhs.icb.caseworkflows.common.web.rest.FieldInput;
import uk.nhs.icb.caseworkflows.complaints.domain.JointHandling;

/**
 * What the endpoints of a complaint's other routes accept: the transfer to the provider, and joint
 * handling with other organisations. Limits are those of the columns that keep the values; what
 * Bean Validation cannot say of one field (an organisation named twice, a lead that is not one of
 * them) is refused here as a 400 naming the field, before anything is stored.
 */
public final class RouteRequests {

  /** The most organisations one complaint is handled jointly with. */
  public static final int MAX_ORGANISATIONS = 10;

  private RouteRequests() {}

  /** Passed to {@code provider}, or to the organisation complained about when it is absent. */
  public record Transfer(
      @Size(max = 300) String provider, @NotBlank @Size(max = 2000) String whyBetterPlaced) {}

  /** An organisation handling the complaint jointly, and what it is asked. */
  public record Organisation(
      @NotBlank @Size(max = 300) String name, @NotBlank @Size(max = 5000) String asked) {}

  /**
   * Joint handling: the organisations, the lead among them (absent when the ICB leads), and whether
   * the complainant is named to them (which needs their consent to being named).
   */
  public record JointHandlingAgreed(
      @Size(max = 300) String leadOrganisation,
      @NotNull @Size(min = 1, max = MAX_ORGANISATIONS)
          List<@NotNull @Valid Organisation> organisations,
      @NotNull Boolean complainantNamed) {}

  /** What an organisation answered, and the day its answer came. */
  public record Answer(
      @NotBlank @Size(max = 5000) String answer, @NotNull @PastOrPresent LocalDate answeredOn) {}

  /** The organisations as the domain takes them, each named once, the lead among them. */
  static List<JointHandling.Asked> asked(JointHandlingAgreed request) {
    List<Organisation> organisations = request.organisations();
    for (int i = 0; i < organisations.size(); i++) {
      String name = organisations.get(i).name().strip();
      for (int j = 0; j < i; j++) {
        FieldInput.require(
            !organisations.get(j).name().strip().equalsIgnoreCase(name),
            "organisations[" + i + "].name",
            "names an organisation already listed");
      }
    }
    String lead = request.leadOrganisation();
    FieldInput.require(
        lead == null
            || lead.isBlank()
            || organisations.stream()
                .anyMatch(o -> o.name().strip().equalsIgnoreCase(lead.strip())),
        "leadOrganisation",
        "must be one of the organisations, or absent for the ICB to lead");
    return organisations.stream().map(o -> new JointHandling.Asked(o.name(), o.asked())).toList();
  }

  /**
   * An organisation's place in the list, from 1, as the path gives it; anything else is no
   * organisation of any complaint (404).
   */
  static int organisationNumber(String number) {
    if (number != null && number.matches("[1-9][0-9]?")) {
      return Integer.parseInt(number);
    }
    // Not echoed: the path may hold anything.
    throw new NotFoundProblem("There is no such organisation in the joint handling.");
  }

  /** Null when the ICB leads. */
  static String lead(JointHandlingAgreed request) {
    String lead = request.leadOrganisation();
    return lead == null || lead.isBlank() ? null : lead.strip();
  }
}
