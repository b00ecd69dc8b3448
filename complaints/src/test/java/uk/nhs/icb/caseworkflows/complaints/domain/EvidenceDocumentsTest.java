package uk.nhs.icb.caseworkflows.complaints.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.HANDLER;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.investigating;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.london;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.planned;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.documents.domain.AttachedTo;

/**
 * Documents go on evidence while the complaint is being investigated, like the evidence itself:
 * after that the response is drafted from what was gathered, and a closed file is not added to.
 */
class EvidenceDocumentsTest {

  @Test
  void evidenceTakesDocumentsWhileTheComplaintIsPlannedOrBeingInvestigated() {
    Complaint complaint = investigating("Delay");
    InvestigationEvidence evidence = callLog(complaint);

    evidence.requireMayTakeDocuments(planned("Delay"));
    evidence.requireMayTakeDocuments(complaint);

    assertThat(evidence.asAttachment()).isEqualTo(new AttachedTo("evidence", evidence.id()));
    assertThat(evidence.isOf(complaint.id())).isTrue();
    assertThat(evidence.isOf("another complaint")).isFalse();
  }

  @Test
  void aWithdrawnComplaintsEvidenceTakesNoMoreDocuments() {
    Complaint complaint = investigating("Delay");
    InvestigationEvidence evidence = callLog(complaint);
    complaint.close(ClosureReason.WITHDRAWN, london("2026-03-20T10:00"), HANDLER);

    assertThatThrownBy(() -> evidence.requireMayTakeDocuments(complaint))
        .isInstanceOf(ComplaintRuleException.class)
        .hasMessageContaining("Documents are attached to evidence while the complaint is being")
        .hasMessageContaining("is closed");
  }

  private static InvestigationEvidence callLog(Complaint complaint) {
    return InvestigationEvidence.record(
        complaint,
        EvidenceKind.DOCUMENT,
        "The practice's call log for 3 March.",
        "Practice manager",
        LocalDate.of(2026, 3, 10),
        london("2026-03-10T12:00"),
        HANDLER);
  }
}
