package uk.nhs.icb.caseworkflows.complaints.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import uk.nhs.icb.caseworkflows.common.text.Text;

/**
 * A complaint that concerns other organisations too, handled jointly with them: one lead body (the
 * ICB, or one of the organisations) co-ordinates the handling and sends one response, which draws
 * on each organisation's answer. The file records each organisation, what it was asked, and what it
 * answered; the outcome cannot be recorded while an answer is missing, so the response is never
 * sent without one of them.
 */
@Embeddable
public class JointHandling {

  // Null when the ICB itself leads.
  @Column(name = "joint_lead_organisation", length = 300)
  private String leadOrganisation;

  @Column(name = "joint_agreed_at")
  private Instant agreedAt;

  @Column(name = "joint_agreed_by", length = 100)
  private String agreedBy;

  @Transient private Supplier<ComplaintStatus> status;

  // Mapped on the complaint, as EclipseLink cannot map a collection inside an embeddable.
  @Transient private List<JointOrganisation> organisations;

  /** An organisation to ask, and what it is asked. */
  public record Asked(String organisation, String question) {}

  protected JointHandling() {}

  /**
   * Agreed with these organisations, led by the ICB when {@code leadOrganisation} is null, else by
   * that one of them. Refused without another organisation, with an organisation named twice, or
   * with a lead that is not among them.
   */
  static JointHandling agreed(
      String leadOrganisation,
      List<Asked> asked,
      List<JointOrganisation> organisations,
      Instant at,
      String by) {
    if (asked == null || asked.isEmpty()) {
      throw new IllegalArgumentException("at least one other organisation is required");
    }
    Set<String> named = new HashSet<>();
    for (Asked each : asked) {
      String name = Text.required(each.organisation(), "the organisation's name");
      if (!named.add(name.toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException(name + " is named more than once");
      }
    }
    String lead = Text.optional(leadOrganisation);
    if (lead != null) {
      // Kept as the list spells it, so the letters name it one way.
      lead =
          asked.stream()
              .map(a -> a.organisation().strip())
              .filter(name -> name.equalsIgnoreCase(leadOrganisation.strip()))
              .findFirst()
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "the lead organisation must be one of the organisations handling it"));
    }
    List<JointOrganisation> each =
        asked.stream().map(a -> new JointOrganisation(a.organisation(), a.question(), at)).toList();
    JointHandling handling = new JointHandling();
    handling.leadOrganisation = lead;
    handling.agreedAt = Objects.requireNonNull(at, "at");
    handling.agreedBy = Text.required(by, "who agreed the joint handling");
    organisations.addAll(each);
    return handling;
  }

  JointHandling of(Supplier<ComplaintStatus> status, List<JointOrganisation> organisations) {
    this.status = status;
    this.organisations = organisations;
    return this;
  }

  /**
   * The answer of the organisation numbered {@code number} (from 1, in the order they were asked),
   * on the day it came.
   */
  public void recordAnswer(int number, String answer, LocalDate answeredOn, String recordedBy) {
    status.get().requireNotYetResponded("recording an organisation's answer");
    if (number < 1 || number > organisations.size()) {
      throw new ComplaintRuleException(
          "There is no organisation " + number + " in the joint handling of this complaint.");
    }
    organisations.get(number - 1).answered(answer, answeredOn, recordedBy);
  }

  /**
   * Refuses the outcome while an organisation's answer is missing from the coordinated response.
   */
  void requireEveryAnswer() {
    List<String> waiting =
        organisations.stream().filter(o -> !o.hasAnswered()).map(JointOrganisation::name).toList();
    if (!waiting.isEmpty()) {
      throw new ComplaintRuleException(
          "The response co-ordinates every organisation's answer: record the answer of "
              + String.join(" and ", waiting)
              + " first.");
    }
  }

  /** Empty when the ICB leads. */
  public Optional<String> leadOrganisation() {
    return Optional.ofNullable(leadOrganisation);
  }

  public boolean isLedByTheIcb() {
    return leadOrganisation == null;
  }

  public Instant agreedAt() {
    return agreedAt;
  }

  public String agreedBy() {
    return agreedBy;
  }

  /** In the order they were asked; an organisation's number is its place here, from 1. */
  public List<JointOrganisation> organisations() {
    return List.copyOf(organisations);
  }
}
