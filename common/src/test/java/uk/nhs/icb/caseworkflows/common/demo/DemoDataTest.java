package uk.nhs.icb.caseworkflows.common.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** When sample cases are made on a start, for any workflow. */
class DemoDataTest {

  /** A workflow that counts how often it was asked to make its samples. */
  private static final class Samples implements DemoCases {
    final boolean anyAlready;
    final boolean breaks;
    int asked;

    Samples(boolean anyAlready, boolean breaks) {
      this.anyAlready = anyAlready;
      this.breaks = breaks;
    }

    @Override
    public String what() {
      return "sample assessments";
    }

    @Override
    public boolean anyExist() {
      return anyAlready;
    }

    @Override
    public int create() {
      asked++;
      if (breaks) {
        throw new IllegalStateException("the engine is not ready");
      }
      return 3;
    }
  }

  @Test
  void anEmptyWorkflowGetsItsSamplesOnADevelopmentStart() {
    Samples samples = new Samples(false, false);

    assertThat(new DemoData("development").provide(samples)).isEqualTo(3);
    assertThat(samples.asked).isEqualTo(1);
  }

  @Test
  void productionNeverGetsSamplesWhateverItsCase() {
    Samples samples = new Samples(false, false);

    assertThat(new DemoData("Production").provide(samples)).isZero();
    assertThat(samples.asked).isZero();
  }

  @Test
  void aWorkflowWithAnyCaseGetsNoSamplesBesideIt() {
    Samples samples = new Samples(true, false);

    assertThat(new DemoData("development").provide(samples)).isZero();
    assertThat(samples.asked).isZero();
  }

  @Test
  void samplesThatFailDoNotStopTheStart() {
    Samples samples = new Samples(false, true);

    assertThat(new DemoData("development").provide(samples)).isZero();
    assertThat(samples.asked).isEqualTo(1);
  }
}
