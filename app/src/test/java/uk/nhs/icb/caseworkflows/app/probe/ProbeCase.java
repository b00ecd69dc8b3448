package uk.nhs.icb.caseworkflows.app.probe;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The smallest case there is: an id and a reference. */
@Entity
@Table(name = "probe_case")
public class ProbeCase {

  @Id
  @Column(length = 40)
  private String id;

  @Column(nullable = false, length = 40)
  private String reference;

  @Version private long version;

  protected ProbeCase() {}

  ProbeCase(String id, String reference) {
    this.id = id;
    this.reference = reference;
  }

  String reference() {
    return reference;
  }

  long version() {
    return version;
  }

  void rename(String newReference) {
    this.reference = newReference;
  }
}
