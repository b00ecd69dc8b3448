package uk.nhs.icb.caseworkflows.bpmn.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.nhs.icb.caseworkflows.bpmn.api.CaseTask;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEvent;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentRecord;
import uk.nhs.icb.caseworkflows.common.consent.domain.SharingWithoutConsent;
import uk.nhs.icb.caseworkflows.common.letters.application.LetterSummary;

/**
 * What every case keeps beside its own file, as a case page shows it.
 *
 * @param consents its consents, oldest first
 * @param sharingWithoutConsent the bases for sharing without consent approved for it, oldest first
 * @param openSteps the user tasks its process waits at, soonest due first
 * @param letters the letters issued
 * @param history its audit trail, including the read that fetched this
 * @param keptUntil the end of its retention, once it is closed
 */
public record CaseRecords(
    List<ConsentRecord> consents,
    List<SharingWithoutConsent> sharingWithoutConsent,
    List<CaseTask> openSteps,
    List<LetterSummary> letters,
    List<AuditEvent> history,
    Optional<LocalDate> keptUntil) {}
