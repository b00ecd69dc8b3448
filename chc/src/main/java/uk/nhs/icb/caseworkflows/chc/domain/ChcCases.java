package uk.nhs.icb.caseworkflows.chc.domain;

import java.util.Optional;

/** Where CHC cases are kept; implemented with JPA outside the domain. */
public interface ChcCases {

  /** The next unused reference for cases referred in {@code year}: "CHC-2026-000045". */
  String nextReference(int year);

  void add(ChcCase chcCase);

  Optional<ChcCase> find(String id);
}
