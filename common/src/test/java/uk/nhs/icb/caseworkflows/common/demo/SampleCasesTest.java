package uk.nhs.icb.caseworkflows.common.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Samples told to {@link DemoData} in one line behave as a {@link DemoCases} of their own. */
class SampleCasesTest {

  private final AtomicInteger made = new AtomicInteger();

  @Test
  void anEmptyWorkflowGetsItsSamples() {
    SampleCases requests =
        new SampleCases("sample funding requests", () -> false, () -> made.addAndGet(3));

    assertThat(new DemoData("development").provide(requests)).isEqualTo(3);
    assertThat(made).hasValue(3);
  }

  @Test
  void aWorkflowWithCasesGetsNone() {
    SampleCases requests =
        new SampleCases("sample funding requests", () -> true, () -> made.addAndGet(3));

    assertThat(new DemoData("development").provide(requests)).isZero();
    assertThat(made).hasValue(0);
  }
}
