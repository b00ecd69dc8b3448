package uk.nhs.icb.caseworkflows.complaints.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.nhs.icb.caseworkflows.bpmn.api.CaseProcesses;
import uk.nhs.icb.caseworkflows.common.audit.application.AuditTrail;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEntry;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEvent;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentRecord;
import uk.nhs.icb.caseworkflows.common.letters.application.LetterIssuing;
import uk.nhs.icb.caseworkflows.common.letters.domain.AddressedLetter;
import uk.nhs.icb.caseworkflows.common.letters.domain.Letter;
import uk.nhs.icb.caseworkflows.common.letters.domain.LetterContent;
import uk.nhs.icb.caseworkflows.common.party.domain.CommunicationNeeds;
import uk.nhs.icb.caseworkflows.common.security.Caller;
import uk.nhs.icb.caseworkflows.common.security.application.CurrentCaller;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;
import uk.nhs.icb.caseworkflows.complaints.domain.ComplaintReference;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaints;
import uk.nhs.icb.caseworkflows.complaints.letters.ComplaintLetterFixtures;

/**
 * The complaint steps of a use case with stand-ins for the engine, the audit trail, the caller and
 * the letters, each keeping what it was asked to do, so a test sees what the use case did beside
 * changing the file.
 */
final class RouteFakes {

  static final String HANDLER = "daniel.oconnor";

  final Map<String, Complaint> files = new HashMap<>();
  final List<String> messages = new ArrayList<>();
  final List<Map<String, Object>> messageVariables = new ArrayList<>();
  final List<AuditEntry> audited = new ArrayList<>();
  final List<LetterContent> letters = new ArrayList<>();
  final List<ConsentRecord> consents = new ArrayList<>();

  final ComplaintSteps steps;

  RouteFakes(Complaint complaint) {
    files.put(complaint.id(), complaint);
    CurrentCaller caller =
        new CurrentCaller() {
          @Override
          public Caller get() {
            return new Caller(HANDLER, Set.of("complaints-handler"));
          }
        };
    steps =
        new ComplaintSteps(
            new Complaints() {
              @Override
              public ComplaintReference nextReference(int year) {
                throw new UnsupportedOperationException();
              }

              @Override
              public void add(Complaint added) {
                files.put(added.id(), added);
              }

              @Override
              public Optional<Complaint> find(String id) {
                return Optional.ofNullable(files.get(id));
              }

              @Override
              public Optional<Complaint> findByReference(ComplaintReference reference) {
                return Optional.empty();
              }
            },
            new CaseProcesses() {
              @Override
              public void correlate(String message, String caseId, Map<String, Object> flags) {
                messages.add(message + " " + caseId);
                messageVariables.add(Map.copyOf(flags));
              }

              @Override
              public int moveDueDate(String caseId, String step, java.time.Instant due) {
                return 0;
              }
            },
            null,
            new AuditTrail() {
              @Override
              public AuditEvent record(AuditEntry entry) {
                audited.add(entry);
                return null;
              }
            },
            caller,
            ComplaintLetterFixtures.CLOCK);
  }

  ComplaintConsentRecords consentRecords() {
    return new ComplaintConsentRecords() {
      @Override
      public List<ConsentRecord> of(String complaintId) {
        return consents.stream()
            .filter(c -> c.belongsTo(Complaint.CASE_TYPE, complaintId))
            .toList();
      }
    };
  }

  LetterIssuing issuing() {
    return new LetterIssuing() {
      @Override
      public Letter issue(String caseType, String caseId, AddressedLetter letter) {
        return issue(caseType, caseId, letter.content(), letter.needs());
      }

      @Override
      public Letter issue(
          String caseType, String caseId, LetterContent content, CommunicationNeeds needs) {
        letters.add(content);
        return null;
      }
    };
  }
}
