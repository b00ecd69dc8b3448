package uk.nhs.icb.caseworkflows.common.consent.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;
import java.util.Objects;
import uk.nhs.icb.caseworkflows.common.text.Text;

/**
 * The person a consent is about: their name and their role in the case ("patient", "complainant").
 * The role is part of the identity because one person can hold two roles in a case and consent in
 * one of them only.
 */
@Embeddable
public class ConsentSubject {

  @Column(name = "subject_name", nullable = false, length = 200)
  private String name;

  @Column(name = "subject_role", nullable = false, length = 40)
  private String roleInCase;

  protected ConsentSubject() {}

  private ConsentSubject(String name, String roleInCase) {
    this.name = Text.required(name, "the name of the person the consent is about");
    this.roleInCase = Text.required(roleInCase, "their role in the case").toLowerCase(Locale.ROOT);
  }

  public static ConsentSubject of(String name, String roleInCase) {
    return new ConsentSubject(name, roleInCase);
  }

  public String name() {
    return name;
  }

  public String roleInCase() {
    return roleInCase;
  }

  /**
   * Same role and the same name, ignoring case and spacing: names are typed by hand, and "jane
   * smith" and "Jane Smith" must not lose a consent; anything more different is a different person
   * until someone says otherwise.
   */
  public boolean isSamePersonAs(ConsentSubject other) {
    return roleInCase.equals(other.roleInCase) && comparable(name).equals(comparable(other.name));
  }

  private static String comparable(String name) {
    return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ConsentSubject that
        && name.equals(that.name)
        && roleInCase.equals(that.roleInCase);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, roleInCase);
  }

  @Override
  public String toString() {
    return "ConsentSubject[" + roleInCase + "]";
  }
}
