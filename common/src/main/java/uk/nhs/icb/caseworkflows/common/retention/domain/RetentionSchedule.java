package uk.nhs.icb.caseworkflows.common.retention.domain;

import java.time.Period;
import java.util.Map;
import java.util.Optional;

/**
 * The minimum retention of each kind of case record, from the Records Management Code of Practice
 * (Appendix II). These are minimums: a record may be kept longer, with a reason, never shorter. CHC
 * records join when their workflow does.
 */
public final class RetentionSchedule {

  /** A kind of record's minimum period, and how a person reads it. */
  public record Entry(Period minimum, String description, String codeEntry) {}

  private static final Map<String, Entry> ENTRIES =
      Map.of(
          "complaint",
          new Entry(
              Period.ofYears(10),
              "10 years from the date the complaint was closed",
              "Appendix II, complaints case files"),
          // UNCONFIRMED: the Code's entry for continuing care case files was not read for this
          // work; 8 years from closure is the period usually cited for adult health records.
          "chc",
          new Entry(
              Period.ofYears(8),
              "8 years from the date the NHS Continuing Healthcare case was closed",
              "Appendix II, continuing care case files (to be confirmed)"),
          "ifr",
          // UNCONFIRMED (domain.md): the Code has no IFR entry found; 8 years is the product's
          // default, and the ICB may set a longer period with app.retention.ifr.
          new Entry(
              Period.ofYears(8),
              "8 years from the date the funding request was closed",
              "Appendix II (no IFR entry found; treated as a commissioning case file)"));

  private RetentionSchedule() {}

  public static Optional<Entry> entryFor(String recordType) {
    return Optional.ofNullable(ENTRIES.get(recordType));
  }

  public static Entry require(String recordType) {
    return entryFor(recordType)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "No retention period is set for records of type " + recordType));
  }
}
