package uk.nhs.icb.caseworkflows.common.retention.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.errors.ConflictProblem;
import uk.nhs.icb.caseworkflows.common.errors.InvalidInputException;

class RetainedRecordTest {

  private static final LocalDate CLOSED = LocalDate.of(2016, 3, 4);
  private static final LocalDate END = LocalDate.of(2026, 3, 4);
  private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

  private static RetainedRecord record(LocalDate until) {
    return RetainedRecord.start(
        new RecordClosed("complaint", "c-1", "CMP-2016-000142", CLOSED), until);
  }

  @Test
  void aRecordIsDueOnTheDayItsRetentionEndsAndNotTheDayBefore() {
    RetainedRecord record = record(END);

    assertThat(record.isDueOn(END.minusDays(1))).isFalse();
    assertThat(record.isDueOn(END)).isTrue();
    assertThat(record.isDueOn(END.plusYears(1))).isTrue();
    assertThat(record.status()).isEqualTo(RetainedRecord.Status.RETAINED);
  }

  @Test
  void anExtensionMovesTheEndLaterAndKeepsWhoWhyAndTheDateBefore() {
    RetainedRecord record = record(END);

    record.extend(LocalDate.of(2027, 11, 30), "Open clinical negligence claim", NOW, "ig", TODAY);

    assertThat(record.retainUntil()).isEqualTo(LocalDate.of(2027, 11, 30));
    assertThat(record.isDueOn(TODAY)).isFalse();
    RetentionExtension extension = record.extensions().get(0);
    assertThat(extension.previousUntil()).isEqualTo(END);
    assertThat(extension.extendedUntil()).isEqualTo(LocalDate.of(2027, 11, 30));
    assertThat(extension.reason()).isEqualTo("Open clinical negligence claim");
    assertThat(extension.decidedBy()).isEqualTo("ig");
  }

  @Test
  void anExtensionNeedsALaterDateThanBothTheCurrentEndAndTodayAndAReason() {
    RetainedRecord record = record(END);

    assertThatThrownBy(() -> record.extend(TODAY, "claim", NOW, "ig", TODAY))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactly("retainUntil"));
    assertThatThrownBy(() -> record.extend(null, " ", NOW, "ig", TODAY))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.errors())
                    .extracting(f -> f.field())
                    .containsExactly("retainUntil", "reason"));
    assertThatThrownBy(() -> record.extend(TODAY.plusDays(1), "x".repeat(2001), NOW, "ig", TODAY))
        .isInstanceOf(InvalidInputException.class);
    assertThat(record.extensions()).isEmpty();
    assertThat(record.retainUntil()).isEqualTo(END);
  }

  @Test
  void aRecordIsNeverDestroyedBeforeItsRetentionEnds() {
    RetainedRecord record = record(TODAY.plusDays(1));

    assertThatThrownBy(
            () -> record.destroy("No longer needed", List.of("the file"), NOW, "ig", TODAY))
        .isInstanceOf(ConflictProblem.class)
        .hasMessageContaining("cannot be destroyed before its retention period ends");
    assertThat(record.status()).isEqualTo(RetainedRecord.Status.RETAINED);
  }

  @Test
  void destructionNeedsTheReviewersAppraisalAndHappensOnce() {
    RetainedRecord record = record(END);

    assertThatThrownBy(() -> record.destroy("  ", List.of(), NOW, "ig", TODAY))
        .isInstanceOf(InvalidInputException.class);
    DestructionCertificate certificate =
        record.destroy(
            " Reviewed: no open claim or request. ",
            List.of("the complaint file CMP-2016-000142", "3 letters"),
            NOW,
            "ig",
            TODAY);

    assertThat(record.status()).isEqualTo(RetainedRecord.Status.DESTROYED);
    assertThat(record.isDueOn(TODAY)).isFalse();
    assertThat(certificate.number()).isEqualTo("DC-CMP-2016-000142");
    assertThat(certificate.reference()).isEqualTo("CMP-2016-000142");
    assertThat(certificate.recordId()).isEqualTo("c-1");
    assertThat(certificate.closedOn()).isEqualTo(CLOSED);
    assertThat(certificate.retainedUntil()).isEqualTo(END);
    assertThat(certificate.retentionPeriod()).contains("10 years");
    assertThat(certificate.appraisal()).isEqualTo("Reviewed: no open claim or request.");
    assertThat(certificate.destroyedItems())
        .containsExactly("the complaint file CMP-2016-000142", "3 letters");
    assertThat(certificate.decidedBy()).isEqualTo("ig");
    assertThat(certificate.destroyedAt()).isEqualTo(NOW);
    assertThatThrownBy(() -> record.destroy("again", List.of(), NOW, "ig", TODAY))
        .isInstanceOf(ConflictProblem.class)
        .hasMessageContaining("already been destroyed");
    assertThatThrownBy(() -> record.extend(TODAY.plusYears(1), "claim", NOW, "ig", TODAY))
        .isInstanceOf(ConflictProblem.class);
  }

  @Test
  void aRecordOfATypeOutsideTheScheduleIsCertifiedWithTheDateItWasKeptTo() {
    RetainedRecord record =
        RetainedRecord.start(new RecordClosed("probe", "p-1", "PRB-2026-000007", TODAY), TODAY);

    DestructionCertificate certificate =
        record.destroy("Test case.", List.of("the probe case PRB-2026-000007"), NOW, "ig", TODAY);

    assertThat(certificate.retentionPeriod()).isEqualTo("kept until " + TODAY);
    assertThat(certificate.number()).isEqualTo("DC-PRB-2026-000007");
  }
}
