package uk.nhs.icb.caseworkflows.ifr.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ServiceDevelopmentThresholdTest {

  @Test
  void moreThanFiveRequestsForATreatmentInTwelveMonthsCallForAPolicy() {
    ServiceDevelopmentThreshold threshold = ServiceDevelopmentThreshold.defaults();
    assertFalse(threshold.isReachedBy(5));
    assertTrue(threshold.isReachedBy(6));
    assertEquals(LocalDate.of(2025, 11, 23), threshold.windowStart(LocalDate.of(2026, 11, 23)));
  }
}
