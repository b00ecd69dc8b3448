package uk.nhs.icb.caseworkflows.complaints.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Objects;
import uk.nhs.icb.caseworkflows.common.text.Text;

/** One action agreed because of the complaint: what, who owns it, by when. */
@Embeddable
public class ResponseAction {

  @Column(name = "description", nullable = false, length = 2000)
  private String description;

  @Column(name = "owner", nullable = false, length = 300)
  private String owner;

  @Column(name = "due_by", nullable = false)
  private LocalDate dueBy;

  protected ResponseAction() {}

  public ResponseAction(String description, String owner, LocalDate dueBy) {
    this.description = Text.required(description, "what the action is");
    this.owner = Text.required(owner, "who owns the action");
    this.dueBy = Objects.requireNonNull(dueBy, "dueBy");
  }

  public String description() {
    return description;
  }

  public String owner() {
    return owner;
  }

  public LocalDate dueBy() {
    return dueBy;
  }
}
