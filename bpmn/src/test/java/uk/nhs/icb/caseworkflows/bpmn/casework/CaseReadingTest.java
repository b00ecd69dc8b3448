package uk.nhs.icb.caseworkflows.bpmn.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.bpmn.api.CaseProcesses;
import uk.nhs.icb.caseworkflows.bpmn.api.CaseTask;
import uk.nhs.icb.caseworkflows.common.audit.application.AuditSearch;
import uk.nhs.icb.caseworkflows.common.audit.application.AuditTrail;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEntry;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEvent;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditKind;
import uk.nhs.icb.caseworkflows.common.consent.application.CaseConsents;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentRecord;
import uk.nhs.icb.caseworkflows.common.consent.domain.SharingWithoutConsent;
import uk.nhs.icb.caseworkflows.common.letters.application.CaseLetters;
import uk.nhs.icb.caseworkflows.common.letters.application.LetterSummary;
import uk.nhs.icb.caseworkflows.common.retention.application.RetentionRegister;
import uk.nhs.icb.caseworkflows.common.retention.domain.RetainedRecord;

/** Reading what a CHC case keeps beside its file: audited first, then each part of its own case. */
class CaseReadingTest {

  private final List<String> asked = new ArrayList<>();
  private final List<AuditEntry> audited = new ArrayList<>();

  private final CaseReading reading =
      new CaseReading(
          new CaseConsents() {
            @Override
            public List<ConsentRecord> of(String caseType, String caseId) {
              asked.add("consents of " + caseType + "/" + caseId);
              return List.of();
            }

            @Override
            public List<SharingWithoutConsent> withoutConsentOf(String caseType, String caseId) {
              asked.add("sharing without consent of " + caseType + "/" + caseId);
              return List.of();
            }
          },
          new CaseProcesses(null) {
            @Override
            public List<CaseTask> openTasks(String caseId) {
              asked.add("open steps of " + caseId);
              return List.of(
                  new CaseTask("t-1", "checklist", "Checklist", null, Instant.EPOCH, null));
            }
          },
          new CaseLetters() {
            @Override
            public List<LetterSummary> summariesOf(String caseType, String caseId) {
              asked.add("letters of " + caseType + "/" + caseId);
              return List.of();
            }
          },
          new AuditTrail() {
            @Override
            public AuditEvent record(AuditEntry entry) {
              audited.add(entry);
              return null;
            }
          },
          new AuditSearch() {
            @Override
            public List<AuditEvent> historyOf(String caseType, String caseId) {
              asked.add("history of " + caseType + "/" + caseId + " after " + audited.size());
              return List.of();
            }
          },
          new RetentionRegister() {
            @Override
            public Optional<RetainedRecord> record(String recordType, String recordId) {
              asked.add("retention of " + recordType + "/" + recordId);
              return Optional.empty();
            }
          });

  @Test
  void theReadIsAuditedBeforeTheHistoryIsReadSoItShowsThere() {
    CaseRecords records = reading.read("chc", "a-1", "CHC_READ", "the assessment");

    assertThat(audited)
        .containsExactly(
            new AuditEntry(AuditKind.READ, "CHC_READ", "chc", "a-1", "the assessment"));
    assertThat(asked)
        .containsExactlyInAnyOrder(
            "consents of chc/a-1",
            "sharing without consent of chc/a-1",
            "open steps of a-1",
            "letters of chc/a-1",
            "history of chc/a-1 after 1",
            "retention of chc/a-1");
    assertThat(records.openSteps())
        .extracting(CaseTask::definitionKey)
        .containsExactly("checklist");
    assertThat(records.keptUntil()).isEqualTo(Optional.<LocalDate>empty());
  }
}
