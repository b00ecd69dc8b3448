package uk.nhs.icb.caseworkflows.chc.web.pages;

import java.math.BigDecimal;
import uk.nhs.icb.caseworkflows.chc.application.CarePackageEntry;
import uk.nhs.icb.caseworkflows.chc.domain.CareSetting;
import uk.nhs.icb.caseworkflows.common.web.pages.DateInput;
import uk.nhs.icb.caseworkflows.common.web.pages.Fields;
import uk.nhs.icb.caseworkflows.common.web.pages.FormModel;
import uk.nhs.icb.caseworkflows.common.web.pages.FormValues;

/**
 * The questions about a care package, on the package form and on a review that changes it; named as
 * the use case names its refusals ({@code prefix} "" or "package."), so each lands beside its
 * field.
 */
final class CarePackageFields {

  private CarePackageFields() {}

  static void ask(FormModel form, String prefix) {
    // On a review the package's questions follow the review's own; each says it is the new one.
    String lead = prefix.isEmpty() ? "" : "If the package changed: ";
    form.input(
            prefix + "provider",
            label(lead, lead.isEmpty() ? "provider" : "the new provider"),
            "The organisation that provides the care")
        .radios(
            prefix + "setting",
            label(lead, "where is the care given?"),
            null,
            Fields.Option.words(CareSetting.values()))
        .input(prefix + "weeklyCost", label(lead, "weekly cost in pounds"), "For example, 1250.00")
        .date(prefix + "startsOn", label(lead, "when does it start?"), "For example, 20 11 2026")
        .yesNo(
            prefix + "personalHealthBudget",
            label(lead, "is it through a personal health budget?"),
            "A legal right for adults eligible for NHS Continuing Healthcare")
        .textarea(
            prefix + "reason",
            label(
                lead,
                lead.isEmpty()
                    ? "why is it arranged, or why does it change?"
                    : "why does it change?"),
            null);
  }

  private static String label(String lead, String question) {
    return lead.isEmpty()
        ? Character.toUpperCase(question.charAt(0)) + question.substring(1)
        : lead + question;
  }

  /** The package as typed, or null with the problems on the form. */
  static CarePackageEntry read(FormValues typed, String prefix) {
    String provider = typed.text(prefix + "provider", "Enter the provider");
    CareSetting setting =
        typed.choice(
            prefix + "setting", CareSetting.class, CareSetting.values()[0], "Select the setting");
    String cost = typed.text(prefix + "weeklyCost", "Enter the weekly cost");
    BigDecimal weeklyCost = null;
    if (cost != null) {
      try {
        weeklyCost = new BigDecimal(cost.replace("£", "").replace(",", "").strip());
      } catch (NumberFormatException notANumber) {
        typed
            .errors()
            .add(prefix + "weeklyCost", "Enter the weekly cost as a number, like 1250.00");
      }
    }
    DateInput.Result startsOn = typed.date(prefix + "startsOn", "start date", true);
    Boolean budget =
        typed.yesNo(
            prefix + "personalHealthBudget", "Select whether it is a personal health budget");
    String reason = typed.text(prefix + "reason", null);
    return new CarePackageEntry(
        provider,
        setting == null ? null : setting.name(),
        weeklyCost,
        startsOn.value().orElse(null),
        budget,
        reason);
  }
}
