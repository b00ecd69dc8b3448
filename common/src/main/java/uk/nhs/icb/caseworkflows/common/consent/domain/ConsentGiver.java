package uk.nhs.icb.caseworkflows.common.consent.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import uk.nhs.icb.caseworkflows.common.text.Text;

/**
 * Who gave a consent: the person themselves, a representative with their standing (for example
 * "holds lasting power of attorney for health and welfare"), or the person who made a
 * best-interests decision, with their role.
 */
@Embeddable
public class ConsentGiver {

  @Enumerated(EnumType.STRING)
  @Column(name = "given_as", nullable = false, length = 30)
  private ConsentGivenAs givenAs;

  @Column(name = "given_by_name", length = 200)
  private String name;

  /** The representative's standing, or the decision maker's role. */
  @Column(name = "given_by_standing", length = 400)
  private String standing;

  protected ConsentGiver() {}

  private ConsentGiver(ConsentGivenAs givenAs, String name, String standing) {
    this.givenAs = givenAs;
    this.name = name;
    this.standing = standing;
  }

  public static ConsentGiver thePerson() {
    return new ConsentGiver(ConsentGivenAs.THE_PERSON, null, null);
  }

  public static ConsentGiver representative(String name, String standing) {
    return new ConsentGiver(
        ConsentGivenAs.REPRESENTATIVE,
        Text.required(name, "the representative's name"),
        Text.required(standing, "the representative's standing"));
  }

  public static ConsentGiver bestInterestsDecision(String decidedBy, String role) {
    return new ConsentGiver(
        ConsentGivenAs.BEST_INTERESTS_DECISION,
        Text.required(decidedBy, "who made the best-interests decision"),
        Text.required(role, "the decision maker's role"));
  }

  public ConsentGivenAs givenAs() {
    return givenAs;
  }

  /** Empty when the person consented for themselves. */
  public String name() {
    return name;
  }

  public String standing() {
    return standing;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ConsentGiver that
        && givenAs == that.givenAs
        && Objects.equals(name, that.name)
        && Objects.equals(standing, that.standing);
  }

  @Override
  public int hashCode() {
    return Objects.hash(givenAs, name, standing);
  }
}
