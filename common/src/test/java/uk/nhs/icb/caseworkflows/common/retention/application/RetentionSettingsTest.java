package uk.nhs.icb.caseworkflows.common.retention.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetentionSettingsTest {

  private static final LocalDate CLOSED = LocalDate.of(2016, 2, 29);

  private static RetentionSettings settings(String profile, String complaintPeriod) {
    RetentionSettings settings = new RetentionSettings();
    settings.profile = profile;
    settings.complaintPeriod = Optional.ofNullable(complaintPeriod);
    settings.ifrPeriod = Optional.empty();
    return settings;
  }

  @Test
  void aComplaintIsKeptTenYearsFromClosureByDefault() {
    assertThat(settings("production", null).retainUntil("complaint", CLOSED))
        .isEqualTo(LocalDate.of(2026, 2, 28));
  }

  @Test
  void aLongerLocalPeriodIsHonouredEverywhere() {
    assertThat(settings("production", "P12Y").retainUntil("complaint", CLOSED))
        .isEqualTo(LocalDate.of(2028, 2, 29));
  }

  @Test
  void aShorterPeriodIsHonouredOnlyInDevelopment() {
    assertThat(settings("development", "P0D").retainUntil("complaint", CLOSED)).isEqualTo(CLOSED);
    assertThat(settings("production", "P0D").retainUntil("complaint", CLOSED))
        .isEqualTo(LocalDate.of(2026, 2, 28));
    assertThat(settings("anything-else", "P1Y").retainUntil("complaint", CLOSED))
        .isEqualTo(LocalDate.of(2026, 2, 28));
  }

  @Test
  void aFundingRequestIsKeptEightYearsByDefaultOrItsOwnLongerSetting() {
    RetentionSettings settings = settings("production", "P20Y");
    assertThat(settings.retainUntil("ifr", CLOSED)).isEqualTo(LocalDate.of(2024, 2, 29));
    settings.ifrPeriod = Optional.of("P9Y");
    assertThat(settings.retainUntil("ifr", CLOSED)).isEqualTo(LocalDate.of(2025, 2, 28));
  }

  @Test
  void aChcCaseIsKeptEightYearsByDefaultOrItsOwnSetting() {
    RetentionSettings settings = settings("production", "P20Y");
    assertThat(settings.retainUntil("chc", CLOSED)).isEqualTo(LocalDate.of(2024, 2, 29));
    settings.chcPeriod = Optional.of("P10Y");
    assertThat(settings.retainUntil("chc", CLOSED)).isEqualTo(LocalDate.of(2026, 2, 28));
    settings.chcPeriod = Optional.of("P0D");
    assertThat(settings.retainUntil("chc", CLOSED))
        .as("shorter than the schedule only in development")
        .isEqualTo(LocalDate.of(2024, 2, 29));
    settings.profile = "development";
    assertThat(settings.retainUntil("chc", CLOSED)).isEqualTo(CLOSED);
  }
}
