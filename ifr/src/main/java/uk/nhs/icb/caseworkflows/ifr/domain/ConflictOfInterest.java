package uk.nhs.icb.caseworkflows.ifr.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A member's declared interest in one request on the agenda: they take no part in it and do not
 * count towards its quorum.
 */
@Embeddable
public class ConflictOfInterest {

  /** The longest interest a declaration keeps. */
  public static final int INTEREST_LENGTH = 1000;

  @Column(name = "member_name", nullable = false, length = PanelMember.NAME_LENGTH)
  private String memberName;

  @Column(name = "request_id", nullable = false, length = 36)
  private String requestId;

  @Column(name = "interest", length = INTEREST_LENGTH)
  private String interest;

  protected ConflictOfInterest() {}

  public ConflictOfInterest(String memberName, String requestId, String interest) {
    this.memberName = memberName;
    this.requestId = requestId;
    this.interest = interest;
  }

  public String memberName() {
    return memberName;
  }

  public String requestId() {
    return requestId;
  }

  public String interest() {
    return interest;
  }
}
