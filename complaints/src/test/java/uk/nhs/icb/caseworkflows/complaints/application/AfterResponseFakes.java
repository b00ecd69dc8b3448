package uk.nhs.icb.caseworkflows.complaints.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.nhs.icb.caseworkflows.bpmn.api.CaseKey;
import uk.nhs.icb.caseworkflows.bpmn.api.CaseProcesses;
import uk.nhs.icb.caseworkflows.bpmn.api.CaseTask;
import uk.nhs.icb.caseworkflows.bpmn.testing.RecordedEvents;
import uk.nhs.icb.caseworkflows.common.audit.application.AuditTrail;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEntry;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEvent;
import uk.nhs.icb.caseworkflows.common.letters.application.LetterIssuing;
import uk.nhs.icb.caseworkflows.common.letters.domain.AddressedLetter;
import uk.nhs.icb.caseworkflows.common.letters.domain.Letter;
import uk.nhs.icb.caseworkflows.common.security.Caller;
import uk.nhs.icb.caseworkflows.common.security.application.CurrentCaller;
import uk.nhs.icb.caseworkflows.complaints.domain.AfterResponseRecords;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;
import uk.nhs.icb.caseworkflows.complaints.domain.ComplaintReference;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaints;
import uk.nhs.icb.caseworkflows.complaints.domain.FurtherResponse;
import uk.nhs.icb.caseworkflows.complaints.domain.LearningAction;
import uk.nhs.icb.caseworkflows.complaints.domain.OmbudsmanReferral;
import uk.nhs.icb.caseworkflows.complaints.domain.StaffInformed;
import uk.nhs.icb.caseworkflows.complaints.letters.AfterResponseLetters;
import uk.nhs.icb.caseworkflows.complaints.letters.ComplaintLetterFixtures;

/**
 * The after-response use cases with stand-ins for the engine, the records, the audit trail, the
 * letters, retention and CDI events, each keeping what it was asked, so a test sees what a use case
 * did beside changing the file. Open tasks are what the started processes would open.
 */
final class AfterResponseFakes {

  static final String HANDLER = "daniel.oconnor";

  record Started(String processKey, String caseId, Map<String, Object> variables) {}

  final Map<String, Complaint> files = new HashMap<>();
  final List<Started> started = new ArrayList<>();
  final List<String> completedTasks = new ArrayList<>();
  final List<AuditEntry> audited = new ArrayList<>();
  final List<String> letters = new ArrayList<>();
  final List<String> retention = new ArrayList<>();
  final RecordedEvents<ComplaintReopened> reopenings = new RecordedEvents<>();
  final RecordedEvents<ComplaintClosedAgain> closings = new RecordedEvents<>();
  final InMemoryRecords records = new InMemoryRecords();

  final ComplaintSteps steps;

  AfterResponseFakes(Complaint complaint) {
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
              public String start(String key, CaseKey caseKey, Map<String, Object> variables) {
                started.add(new Started(key, caseKey.id(), variables));
                return "p-" + started.size();
              }

              @Override
              public List<CaseTask> openTasks(String caseId) {
                return tasks(caseId, null, null);
              }

              @Override
              public List<CaseTask> openTasks(String caseId, String variable, String value) {
                return tasks(caseId, variable, value);
              }

              @Override
              public void completeTask(
                  String caseId, String taskId, Map<String, Object> variables) {
                completedTasks.add(taskId);
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

  /** One open task per started process not yet completed, keyed by its process. */
  private List<CaseTask> tasks(String caseId, String variable, String value) {
    List<CaseTask> open = new ArrayList<>();
    for (int i = 0; i < started.size(); i++) {
      Started process = started.get(i);
      String taskId = "t-" + (i + 1);
      if (!process.caseId().equals(caseId) || completedTasks.contains(taskId)) {
        continue;
      }
      if (variable != null && !value.equals(process.variables().get(variable))) {
        continue;
      }
      String key =
          process.processKey().equals(AfterResponseProcessModels.ACTION)
              ? ComplaintTask.COMPLETE_ACTION.key()
              : ComplaintTask.WRITE_FURTHER_RESPONSE.key();
      open.add(new CaseTask(taskId, key, key, null, null, null));
    }
    return open;
  }

  ComplaintRetentionStart retentionStart() {
    return new ComplaintRetentionStart() {
      @Override
      public void closed(Complaint closed) {
        retention.add("started from " + closed.retentionStartsOn().orElseThrow());
      }

      @Override
      public void reopened(Complaint reopened) {
        retention.add("stopped");
      }
    };
  }

  LetterIssuing issuing() {
    return new LetterIssuing() {
      @Override
      public Letter issue(String caseType, String caseId, AddressedLetter letter) {
        letters.add(letter.content().kind());
        return null;
      }
    };
  }

  FurtherResolution furtherResolution() {
    return new FurtherResolution(
        steps,
        records,
        ComplaintLetterFixtures.DEADLINES,
        retentionStart(),
        new AfterResponseLetters(ComplaintLetterFixtures.settings()),
        issuing(),
        reopenings,
        closings);
  }

  LearningActions learningActions() {
    return new LearningActions(steps, records);
  }

  OmbudsmanReview ombudsmanReview() {
    return new OmbudsmanReview(steps, records, learningActions());
  }

  List<String> auditedActions() {
    return audited.stream().map(AuditEntry::action).toList();
  }

  /** {@link AfterResponseRecords} in lists. */
  static final class InMemoryRecords implements AfterResponseRecords {
    final List<FurtherResponse> further = new ArrayList<>();
    final List<LearningAction> actions = new ArrayList<>();
    final List<OmbudsmanReferral> referrals = new ArrayList<>();
    final List<StaffInformed> staff = new ArrayList<>();

    @Override
    public void add(FurtherResponse added) {
      further.add(added);
    }

    @Override
    public List<FurtherResponse> furtherResponsesOf(String complaintId) {
      return further.stream().filter(f -> f.complaintId().equals(complaintId)).toList();
    }

    @Override
    public void add(LearningAction action) {
      actions.add(action);
    }

    @Override
    public List<LearningAction> actionsOf(String complaintId) {
      return actions.stream().filter(a -> a.complaintId().equals(complaintId)).toList();
    }

    @Override
    public Optional<LearningAction> action(String actionId) {
      return actions.stream().filter(a -> a.id().equals(actionId)).findFirst();
    }

    @Override
    public void add(OmbudsmanReferral referral) {
      referrals.add(referral);
    }

    @Override
    public List<OmbudsmanReferral> referralsOf(String complaintId) {
      return referrals.stream().filter(r -> r.complaintId().equals(complaintId)).toList();
    }

    @Override
    public Optional<OmbudsmanReferral> referral(String referralId) {
      return referrals.stream().filter(r -> r.id().equals(referralId)).findFirst();
    }

    @Override
    public List<OmbudsmanReferral> referralsMadeOrDecidedBetween(LocalDate from, LocalDate to) {
      return List.copyOf(referrals);
    }

    @Override
    public void add(StaffInformed informed) {
      staff.add(informed);
    }

    @Override
    public List<StaffInformed> staffInformedOf(String complaintId) {
      return staff.stream().filter(s -> s.complaintId().equals(complaintId)).toList();
    }
  }
}
