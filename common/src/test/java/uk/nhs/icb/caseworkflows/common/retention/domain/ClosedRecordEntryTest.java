package uk.nhs.icb.caseworkflows.common.retention.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClosedRecordEntryTest {

  private static final RecordClosed CLOSED =
      new RecordClosed("complaint", "c-1", "CMP-2016-000142", LocalDate.of(2016, 3, 4));

  @Test
  void aRetainedRecordNamesTheClosureItStartedFrom() {
    RetainedRecord record = RetainedRecord.start(CLOSED, LocalDate.of(2026, 3, 4));

    assertThat(record.closure()).isEqualTo(CLOSED);
    assertThat(record.recordType()).isEqualTo("complaint");
    assertThat(record.recordId()).isEqualTo("c-1");
    assertThat(record.reference()).isEqualTo("CMP-2016-000142");
    assertThat(record.closedOn()).isEqualTo(LocalDate.of(2016, 3, 4));
  }

  @Test
  void itsDestructionCertificateNamesTheSameClosure() {
    RetainedRecord record = RetainedRecord.start(CLOSED, LocalDate.of(2026, 3, 4));

    DestructionCertificate certificate =
        DestructionCertificate.issue(
            record,
            "No further business need",
            List.of("the complaint file"),
            Instant.parse("2026-03-05T10:00:00Z"),
            "robin");

    assertThat(certificate.closure()).isEqualTo(CLOSED);
    assertThat(certificate.number()).isEqualTo("DC-CMP-2016-000142");
  }
}
