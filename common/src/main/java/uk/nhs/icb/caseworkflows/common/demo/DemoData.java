package uk.nhs.icb.caseworkflows.common.demo;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * When sample cases are made: not in production, and only into a workflow without a single case, so
 * a restart or a real case never gets samples beside it. The application is still usable without
 * them, so a failure is logged and the start goes on.
 */
public final class DemoData {

  /** The value of {@code app.profile} in which no samples are ever made. */
  public static final String PRODUCTION = "production";

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  private final String profile;

  public DemoData(String profile) {
    this.profile = profile;
  }

  /** Makes the samples if the rule allows; returns how many were made (0 if none or failed). */
  public int provide(DemoCases cases) {
    if (PRODUCTION.equalsIgnoreCase(profile) || cases.anyExist()) {
      return 0;
    }
    try {
      int made = cases.create();
      LOG.info(() -> "Development profile: " + made + " " + cases.what() + " created");
      return made;
    } catch (RuntimeException failed) {
      // The container tests notice their absence.
      LOG.log(Level.WARNING, "The " + cases.what() + " could not all be created", failed);
      return 0;
    }
  }
}
