package uk.nhs.icb.caseworkflows.common.demo;

/** A case module's sample cases, made on the first development start. */
public interface DemoCases {

  /** What the samples are, for the log, e.g. "sample complaints". */
  String what();

  /** Whether the workflow holds any case at all; then no samples are made. */
  boolean anyExist();

  /** Makes the samples; returns how many. */
  int create();
}
