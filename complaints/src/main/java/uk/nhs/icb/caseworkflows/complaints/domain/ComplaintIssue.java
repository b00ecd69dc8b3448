package uk.nhs.icb.caseworkflows.complaints.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import uk.nhs.icb.caseworkflows.common.text.Text;

/** One issue the plan says will be investigated, numbered as the response letter numbers them. */
@Embeddable
public class ComplaintIssue {

  @Column(name = "issue_number", nullable = false)
  private int number;

  @Column(name = "description", nullable = false, length = 4000)
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome", length = 20)
  private IssueOutcome outcome;

  protected ComplaintIssue() {}

  private ComplaintIssue(int number, String description, IssueOutcome outcome) {
    this.number = number;
    this.description = description;
    this.outcome = outcome;
  }

  static ComplaintIssue numbered(int number, String description) {
    return new ComplaintIssue(number, Text.required(description, "each issue's description"), null);
  }

  ComplaintIssue withOutcome(IssueOutcome found) {
    return new ComplaintIssue(number, description, found);
  }

  public int number() {
    return number;
  }

  public String description() {
    return description;
  }

  /** Null until the outcome is recorded. */
  public IssueOutcome outcome() {
    return outcome;
  }
}
