package uk.nhs.icb.caseworkflows.common.retention.web.pages;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.nhs.icb.caseworkflows.common.retention.domain.DestructionCertificate;
import uk.nhs.icb.caseworkflows.common.retention.domain.RetainedRecord;
import uk.nhs.icb.caseworkflows.common.retention.domain.RetentionSchedule;
import uk.nhs.icb.caseworkflows.common.web.pages.DateInput;
import uk.nhs.icb.caseworkflows.common.web.pages.PageFormats;
import uk.nhs.icb.caseworkflows.common.web.pages.PageView;

/** What the retention pages show, as their templates name it. */
final class RetentionPageModels {

  private static final Map<String, String> KINDS = Map.of("complaint", "Complaint case file");

  private RetentionPageModels() {}

  static PageView list(List<RetainedRecord> dueRecords, List<DestructionCertificate> register) {
    List<Map<String, Object>> due = dueRecords.stream().map(RetentionPageModels::dueRow).toList();
    List<Map<String, Object>> certificates =
        register.stream().map(RetentionPageModels::certificate).toList();
    Map<String, Object> model = new HashMap<>();
    model.put("due", due);
    model.put("hasDue", !due.isEmpty());
    model.put("certificates", certificates);
    model.put("hasCertificates", !certificates.isEmpty());
    return PageView.of("Retention review", "retention/list", model);
  }

  static PageView record(
      RetainedRecord record,
      Optional<DestructionCertificate> certificate,
      LocalDate today,
      Map<String, String> typed,
      DateInput.Result until) {
    Map<String, Object> model = new HashMap<>();
    model.put("recordType", record.recordType());
    model.put("recordId", record.recordId());
    model.put("reference", record.reference());
    model.put("kind", kindOf(record.recordType()));
    model.put("closedOn", PageFormats.date(record.closedOn()));
    model.put(
        "period",
        RetentionSchedule.entryFor(record.recordType())
            .map(RetentionSchedule.Entry::description)
            .orElse(""));
    model.put("retainUntil", PageFormats.date(record.retainUntil()));
    boolean retained = record.status() == RetainedRecord.Status.RETAINED;
    model.put(
        "status", !retained ? "Destroyed" : record.isDueOn(today) ? "Due for review" : "Kept");
    model.put("retained", retained);
    model.put("due", record.isDueOn(today));
    List<Map<String, Object>> extensions =
        record.extensions().stream()
            .map(
                extension -> {
                  Map<String, Object> row = new HashMap<>();
                  row.put("previousUntil", PageFormats.date(extension.previousUntil()));
                  row.put("extendedUntil", PageFormats.date(extension.extendedUntil()));
                  row.put("decidedBy", extension.decidedBy());
                  row.put("decidedOn", PageFormats.date(extension.decidedAt()));
                  row.put("reason", extension.reason());
                  return row;
                })
            .toList();
    model.put("extensions", extensions);
    model.put("hasExtensions", !extensions.isEmpty());
    model.put("certificate", certificate.map(RetentionPageModels::certificate).orElse(null));
    model.put("typed", typed);
    model.put("until", until.model("Keep it until", "For example, 30 11 2031"));
    return PageView.of("Record " + record.reference() + " – retention", "retention/record", model);
  }

  private static Map<String, Object> dueRow(RetainedRecord record) {
    Map<String, Object> row = new HashMap<>();
    row.put("recordType", record.recordType());
    row.put("recordId", record.recordId());
    row.put("reference", record.reference());
    row.put("kind", kindOf(record.recordType()));
    row.put("closedOn", PageFormats.date(record.closedOn()));
    row.put("retainUntil", PageFormats.date(record.retainUntil()));
    return row;
  }

  private static Map<String, Object> certificate(DestructionCertificate certificate) {
    Map<String, Object> row = new HashMap<>();
    row.put("number", certificate.number());
    row.put("recordType", certificate.recordType());
    row.put("recordId", certificate.recordId());
    row.put("reference", certificate.reference());
    row.put("destroyedOn", PageFormats.date(certificate.destroyedAt()));
    row.put("decidedBy", certificate.decidedBy());
    row.put("appraisal", certificate.appraisal());
    row.put("destroyed", certificate.destroyedItems());
    return row;
  }

  private static String kindOf(String recordType) {
    return KINDS.getOrDefault(recordType, recordType);
  }
}
