package uk.nhs.icb.caseworkflows.common.demo;

import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;

/**
 * A case module's samples told to {@link DemoData} in one line, for a start-up bean that cannot
 * implement {@link DemoCases} itself (an EJB's interface would become its business view).
 *
 * @param what what the samples are, for the log, e.g. "sample complaints"
 * @param anyCase whether the workflow holds any case at all
 * @param make makes the samples and says how many
 */
public record SampleCases(String what, BooleanSupplier anyCase, IntSupplier make)
    implements DemoCases {

  @Override
  public boolean anyExist() {
    return anyCase.getAsBoolean();
  }

  @Override
  public int create() {
    return make.getAsInt();
  }
}
