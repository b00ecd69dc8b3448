package uk.nhs.icb.caseworkflows.complaints.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import uk.nhs.icb.caseworkflows.common.text.Text;

/**
 * One organisation handling a complaint jointly with the others: what it was asked and when, and,
 * once it has answered, its answer, the day it came and who recorded it. The answer may be recorded
 * again (a fuller reply, a correction) until the response is sent; the audit trail keeps each.
 */
@Embeddable
public class JointOrganisation {

  @Column(name = "organisation", nullable = false, length = 300)
  private String name;

  @Column(name = "asked", nullable = false, length = 5000)
  private String asked;

  @Column(name = "asked_at", nullable = false)
  private Instant askedAt;

  @Column(name = "answer", length = 5000)
  private String answer;

  @Column(name = "answered_on")
  private LocalDate answeredOn;

  @Column(name = "answer_recorded_by", length = 100)
  private String answerRecordedBy;

  protected JointOrganisation() {}

  JointOrganisation(String name, String asked, Instant askedAt) {
    this.name = Text.required(name, "the organisation's name");
    this.asked = Text.required(asked, "what the organisation is asked");
    this.askedAt = Objects.requireNonNull(askedAt, "askedAt");
  }

  void answered(String answer, LocalDate answeredOn, String recordedBy) {
    this.answer = Text.required(answer, "the organisation's answer");
    this.answeredOn = Objects.requireNonNull(answeredOn, "answeredOn");
    this.answerRecordedBy = Text.required(recordedBy, "who recorded the answer");
  }

  public String name() {
    return name;
  }

  public String asked() {
    return asked;
  }

  public Instant askedAt() {
    return askedAt;
  }

  public boolean hasAnswered() {
    return answer != null;
  }

  public Optional<String> answer() {
    return Optional.ofNullable(answer);
  }

  public Optional<LocalDate> answeredOn() {
    return Optional.ofNullable(answeredOn);
  }

  public Optional<String> answerRecordedBy() {
    return Optional.ofNullable(answerRecordedBy);
  }
}
