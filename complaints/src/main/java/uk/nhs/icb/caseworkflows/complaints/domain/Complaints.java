package uk.nhs.icb.caseworkflows.complaints.domain;

import java.util.Optional;

/** Where complaint files are kept; implemented with JPA outside the domain. */
public interface Complaints {

  /** The next unused reference for complaints received in {@code year}. */
  ComplaintReference nextReference(int year);

  void add(Complaint complaint);

  Optional<Complaint> find(String id);

  Optional<Complaint> findByReference(ComplaintReference reference);
}
