package uk.nhs.icb.caseworkflows.complaints.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import uk.nhs.icb.caseworkflows.common.text.Text;

/**
 * The words of the final response that only people can write: how the complaint was looked into,
 * what was found on each issue, the summary, the apology, the actions, and whether the ICB is
 * satisfied they will be done. The handler drafts it; a complaints manager signs it off or returns
 * it with comments; once signed off it cannot change, because it is what the letter says.
 */
@Entity
@Table(name = "complaint_response_draft")
public class ResponseDraft {

  @Id
  @Column(name = "complaint_id", length = 36)
  private String complaintId;

  @Column(name = "steps", nullable = false, length = 20000)
  private String steps;

  @Column(name = "findings", nullable = false, length = 20000)
  private String findings;

  @Column(name = "overall_summary", nullable = false, length = 10000)
  private String overallSummary;

  @Column(name = "apology", length = 5000)
  private String apology;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "complaint_response_action",
      joinColumns = @JoinColumn(name = "complaint_id"))
  @OrderColumn(name = "position")
  private List<ResponseAction> actions = new ArrayList<>();

  @Column(name = "satisfied", nullable = false)
  private boolean satisfied;

  @Column(name = "follow_up", length = 5000)
  private String followUp;

  @Column(name = "drafted_by", nullable = false, length = 100)
  private String draftedBy;

  @Column(name = "drafted_at", nullable = false)
  private Instant draftedAt;

  @Column(name = "returned_comments", length = 5000)
  private String returnedComments;

  @Column(name = "signed_off_by", length = 100)
  private String signedOffBy;

  @Column(name = "signed_off_at")
  private Instant signedOffAt;

  @Version private long version;

  protected ResponseDraft() {}

  public ResponseDraft(String complaintId) {
    this.complaintId = Text.required(complaintId, "the complaint");
  }

  /** Writes (or rewrites, after a return) the draft; refused once signed off. */
  public void write(
      List<String> steps,
      List<String> findings,
      String overallSummary,
      String apology,
      List<ResponseAction> actions,
      boolean satisfied,
      String followUp,
      Instant at,
      String by) {
    if (isSignedOff()) {
      throw new ComplaintRuleException("The response has been signed off and cannot change.");
    }
    if (!satisfied && Text.optional(followUp) == null) {
      throw new ComplaintRuleException(
          "Say what will be done while the ICB is not yet satisfied that action will be taken.");
    }
    this.steps = Text.required(Text.joinLines(steps), "how the complaint was looked into");
    this.findings = Text.required(Text.joinLines(findings), "the findings on each issue");
    this.overallSummary = Text.required(overallSummary, "the overall summary");
    this.apology = Text.optional(apology);
    this.actions = new ArrayList<>(actions);
    this.satisfied = satisfied;
    this.followUp = Text.optional(followUp);
    this.draftedAt = at;
    this.draftedBy = Text.required(by, "who drafted the response");
    this.returnedComments = null;
  }

  public void returnWith(String comments) {
    requireDrafted();
    returnedComments = Text.required(comments, "what should change");
  }

  /** Signed off by a manager other than the person who drafted it. */
  public void signOff(Instant at, String by) {
    requireDrafted();
    if (Text.required(by, "who signed off").equals(draftedBy)) {
      throw new ComplaintRuleException(
          "A response is signed off by someone other than its author.");
    }
    signedOffAt = at;
    signedOffBy = by;
  }

  private void requireDrafted() {
    if (draftedAt == null) {
      throw new ComplaintRuleException("There is no draft response yet.");
    }
    if (isSignedOff()) {
      throw new ComplaintRuleException("The response has already been signed off.");
    }
  }

  public boolean isSignedOff() {
    return signedOffAt != null;
  }

  public String complaintId() {
    return complaintId;
  }

  public List<String> steps() {
    return Text.splitLines(steps);
  }

  public List<String> findings() {
    return Text.splitLines(findings);
  }

  public String overallSummary() {
    return overallSummary;
  }

  public String apology() {
    return apology;
  }

  public List<ResponseAction> actions() {
    return List.copyOf(actions);
  }

  public boolean satisfied() {
    return satisfied;
  }

  public String followUp() {
    return followUp;
  }

  public String returnedComments() {
    return returnedComments;
  }

  public String signedOffBy() {
    return signedOffBy;
  }
}
