package uk.nhs.icb.caseworkflows.ifr.process.model;

import java.util.Date;
import uk.nhs.icb.caseworkflows.bpmn.testing.ProcessTestHarness;

/** A minute after a deadline: the moment its timer has certainly fired. */
final class ProcessTestHarnessDates {

  private ProcessTestHarnessDates() {}

  static Date after(Date deadline) {
    return ProcessTestHarness.later(deadline, 60);
  }
}
