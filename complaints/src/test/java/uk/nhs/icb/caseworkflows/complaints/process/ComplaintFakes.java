package uk.nhs.icb.caseworkflows.complaints.process;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.nhs.icb.caseworkflows.common.audit.application.AuditTrail;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEntry;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEvent;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentCheck;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentRecord;
import uk.nhs.icb.caseworkflows.common.letters.application.LetterComposer;
import uk.nhs.icb.caseworkflows.common.letters.application.LetterIssuing;
import uk.nhs.icb.caseworkflows.common.letters.application.LetterTemplateCatalogue;
import uk.nhs.icb.caseworkflows.common.letters.application.PdfLetterRenderer;
import uk.nhs.icb.caseworkflows.common.letters.domain.Letter;
import uk.nhs.icb.caseworkflows.common.letters.domain.LetterContent;
import uk.nhs.icb.caseworkflows.common.letters.domain.LetterTemplate;
import uk.nhs.icb.caseworkflows.common.party.domain.CommunicationNeeds;
import uk.nhs.icb.caseworkflows.common.security.Caller;
import uk.nhs.icb.caseworkflows.common.security.application.CurrentCaller;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintConsentRecords;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;
import uk.nhs.icb.caseworkflows.complaints.domain.ComplaintReference;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaints;
import uk.nhs.icb.caseworkflows.complaints.letters.ComplaintLetterFixtures;

/** Stand-ins for the repository and the shared services the delegates call. */
final class ComplaintFakes {

  private ComplaintFakes() {}

  static final class InMemoryComplaints implements Complaints {
    private final Map<String, Complaint> byId = new HashMap<>();

    InMemoryComplaints(Complaint... complaints) {
      for (Complaint complaint : complaints) {
        add(complaint);
      }
    }

    @Override
    public ComplaintReference nextReference(int year) {
      return new ComplaintReference(year, byId.size() + 1);
    }

    @Override
    public void add(Complaint complaint) {
      byId.put(complaint.id(), complaint);
    }

    @Override
    public Optional<Complaint> find(String id) {
      return Optional.ofNullable(byId.get(id));
    }

    @Override
    public Optional<Complaint> findByReference(ComplaintReference reference) {
      return byId.values().stream().filter(c -> c.reference().equals(reference)).findFirst();
    }
  }

  /** Composes each letter with the real template, as the real service would, and keeps it. */
  /**
   * Composes each letter as issuing would; a recipient who asks for large print also gets the
   * large-print form rendered to PDF, so a test can measure its print.
   */
  static final class ComposingLetterIssuing extends LetterIssuing {
    final List<String> caseIds = new ArrayList<>();
    final List<LetterContent> contents = new ArrayList<>();
    final List<String> composed = new ArrayList<>();
    final List<CommunicationNeeds> needs = new ArrayList<>();
    final List<byte[]> largePrint = new ArrayList<>();

    @Override
    public Letter issue(String caseType, String caseId, LetterContent content) {
      return issue(caseType, caseId, content, CommunicationNeeds.none());
    }

    @Override
    public Letter issue(
        String caseType, String caseId, LetterContent content, CommunicationNeeds needs) {
      LetterComposer composer = new LetterComposer();
      LetterTemplate template = LetterTemplateCatalogue.fromClassPath().current(content.kind());
      LocalDate today = LocalDate.now(ComplaintLetterFixtures.CLOCK);
      composed.add(composer.compose(template, content, ComplaintLetterFixtures.LETTERHEAD, today));
      if (needs.wantsLargePrintLetters()) {
        largePrint.add(
            new PdfLetterRenderer()
                .render(
                    composer.composeLargePrint(
                        template, content, ComplaintLetterFixtures.LETTERHEAD, today)));
      }
      caseIds.add(caseType + "/" + caseId);
      contents.add(content);
      this.needs.add(needs);
      return null;
    }
  }

  record Recorded(Caller as, AuditEntry entry) {}

  static final class RecordingAuditTrail extends AuditTrail {
    final List<Recorded> recorded = new ArrayList<>();
    private final CurrentCaller caller;

    RecordingAuditTrail(CurrentCaller caller) {
      this.caller = caller;
    }

    @Override
    public AuditEvent record(AuditEntry entry) {
      return recordAs(caller.get(), entry);
    }

    @Override
    public AuditEvent recordAs(Caller as, AuditEntry entry) {
      recorded.add(new Recorded(as, entry));
      return null;
    }
  }

  static final class SignedIn extends CurrentCaller {
    private final Caller caller;

    SignedIn(Caller caller) {
      this.caller = caller;
    }

    @Override
    public Caller get() {
      return caller;
    }
  }

  static final class GivenConsents extends ComplaintConsentRecords {
    private final List<ConsentRecord> consents;

    GivenConsents(ConsentRecord... consents) {
      this.consents = List.of(consents);
    }

    @Override
    public List<ConsentRecord> of(String complaintId) {
      return consents.stream().filter(c -> c.belongsTo(Complaint.CASE_TYPE, complaintId)).toList();
    }

    @Override
    public ConsentCheck check(String complaintId) {
      return new ConsentCheck(of(complaintId));
    }
  }

  static Clock clock() {
    return ComplaintLetterFixtures.CLOCK;
  }
}
