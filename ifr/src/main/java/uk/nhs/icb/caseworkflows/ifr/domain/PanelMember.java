package uk.nhs.icb.caseworkflows.ifr.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import uk.nhs.icb.caseworkflows.common.errors.InvalidInputException;
import uk.nhs.icb.caseworkflows.common.text.Text;

/** A member at a panel meeting, by name and role, present or sending apologies. */
@Embeddable
public class PanelMember {

  public static final int NAME_LENGTH = 200;

  @Column(name = "member_name", nullable = false, length = NAME_LENGTH)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "member_role", nullable = false, length = 20)
  private PanelRole role;

  @Column(name = "present", nullable = false)
  private boolean present;

  protected PanelMember() {}

  public PanelMember(String name, PanelRole role, boolean present) {
    String text = Text.optional(name);
    if (text == null || text.length() > NAME_LENGTH) {
      throw new InvalidInputException(
          "members.name", "must be 1 to " + NAME_LENGTH + " characters long");
    }
    if (role == null) {
      throw new InvalidInputException("members.role", "each member's role is required");
    }
    this.name = text;
    this.role = role;
    this.present = present;
  }

  public String name() {
    return name;
  }

  public PanelRole role() {
    return role;
  }

  public boolean isPresent() {
    return present;
  }
}
