package uk.nhs.icb.caseworkflows.complaints.stories.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One person asked for consent to publish the story, and their answer once they gave one. */
@Embeddable
public class ConsentAsked {

  @Column(name = "person", nullable = false, length = 40)
  private String person;

  @Enumerated(EnumType.STRING)
  @Column(name = "answer", length = 20)
  private ConsentAnswer answer;

  protected ConsentAsked() {}

  ConsentAsked(String person) {
    this.person = person;
  }

  void answer(ConsentAnswer given) {
    answer = given;
  }

  public String person() {
    return person;
  }

  /** Null until they answer. */
  public ConsentAnswer answer() {
    return answer;
  }
}
