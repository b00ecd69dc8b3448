package uk.nhs.icb.caseworkflows.chc.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import uk.nhs.icb.caseworkflows.chc.domain.CarePackage;
import uk.nhs.icb.caseworkflows.chc.domain.CareSetting;
import uk.nhs.icb.caseworkflows.common.errors.InvalidInputException;

/**
 * A care package as typed: each part checked on its own field (under {@code prefix}, "" or
 * "package.") before the case sees it, so a refusal names what to correct.
 */
public record CarePackageEntry(
    String provider,
    String setting,
    BigDecimal weeklyCost,
    LocalDate startsOn,
    Boolean personalHealthBudget,
    String reason) {

  /** The package as a new version, made {@code at} by {@code by}; {@code firstReason} if none. */
  CarePackage toPackage(String prefix, Instant at, String by, String firstReason) {
    if (provider == null || provider.isBlank()) {
      throw new InvalidInputException(prefix + "provider", "Give the provider of the care.");
    }
    CareSetting where =
        RatingEntry.choice(CareSetting.class, setting, prefix + "setting", "the setting");
    if (weeklyCost == null) {
      throw new InvalidInputException(prefix + "weeklyCost", "Give the weekly cost.");
    }
    if (weeklyCost.signum() < 0) {
      throw new InvalidInputException(prefix + "weeklyCost", "A weekly cost cannot be negative.");
    }
    if (weeklyCost.scale() > 2 || weeklyCost.precision() - weeklyCost.scale() > 8) {
      throw new InvalidInputException(
          prefix + "weeklyCost", "Give the weekly cost in pounds and pence, up to £99,999,999.99.");
    }
    if (startsOn == null) {
      throw new InvalidInputException(prefix + "startsOn", "Give the day the package starts.");
    }
    if (personalHealthBudget == null) {
      throw new InvalidInputException(
          prefix + "personalHealthBudget",
          "Say whether the care is through a personal health budget.");
    }
    String why = reason == null || reason.isBlank() ? firstReason : reason;
    if (why == null) {
      throw new InvalidInputException(prefix + "reason", "Say why the package changes.");
    }
    return new CarePackage(
        provider.strip(), where, weeklyCost, startsOn, personalHealthBudget, at, by, why.strip());
  }
}
