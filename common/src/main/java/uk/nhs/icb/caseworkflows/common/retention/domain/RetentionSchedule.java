package uk.nhs.icb.caseworkflows.common.retention.domain;

import java.time.Period;
import java.util.Map;
import java.util.Optional;

/**
 * The minimum retention of each kind of case record, from the Records Management Code of Practice
 * (Appendix II). These are minimums: a record may be kept longer, with a reason, never shorter. CHC
 * and IFR records join when their workflows do.
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
              "Appendix II, complaints case files"));

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
