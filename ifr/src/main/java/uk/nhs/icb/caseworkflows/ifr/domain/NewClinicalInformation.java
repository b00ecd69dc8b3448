package uk.nhs.icb.caseworkflows.ifr.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * Significant new clinical information that sent a decided request back to screening: kept, so that
 * the screener and the panel that hear it again read what is new, not only the first case.
 */
@Embeddable
public class NewClinicalInformation {

  @Column(name = "received_on", nullable = false)
  private LocalDate receivedOn;

  @Column(name = "information", nullable = false, length = TreatmentRequested.TEXT_LENGTH)
  private String information;

  protected NewClinicalInformation() {}

  static NewClinicalInformation received(String information, LocalDate on) {
    NewClinicalInformation received = new NewClinicalInformation();
    received.information = TreatmentRequested.text(information, "newInformation");
    received.receivedOn = on;
    return received;
  }

  public LocalDate receivedOn() {
    return receivedOn;
  }

  public String information() {
    return information;
  }
}
