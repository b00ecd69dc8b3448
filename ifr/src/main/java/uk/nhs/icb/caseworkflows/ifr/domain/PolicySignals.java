package uk.nhs.icb.caseworkflows.ifr.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Where service-development signals are kept. */
public interface PolicySignals {

  void add(PolicySignal signal);

  Optional<PolicySignal> find(String id);

  /** Whether a signal for that treatment was raised on or after that day. */
  boolean raisedSince(String treatmentCode, LocalDate since);

  /** Every signal, the newest first: a handful a year. */
  List<PolicySignal> newest();
}
