package uk.nhs.icb.caseworkflows.common.retention.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.casework.application.CaseAssignments;
import uk.nhs.icb.caseworkflows.common.consent.application.CaseConsents;
import uk.nhs.icb.caseworkflows.common.documents.application.CaseDocuments;
import uk.nhs.icb.caseworkflows.common.errors.ConflictProblem;
import uk.nhs.icb.caseworkflows.common.letters.application.CaseLetters;

/** Destroying the records of an IFR case: the shared part around the workflow's own. */
class CaseRecordErasureTest {

  /** What was deleted, in order, as "what type/id". */
  private final List<String> deleted = new ArrayList<>();

  private final CaseConsents consents =
      new CaseConsents() {
        @Override
        public int deleteAllOf(String caseType, String caseId) {
          deleted.add("consents " + caseType + "/" + caseId);
          return 2;
        }
      };

  private final CaseDocuments documents =
      new CaseDocuments() {
        @Override
        public int deleteAllOf(String caseType, String caseId) {
          deleted.add("documents " + caseType + "/" + caseId);
          return 1;
        }
      };

  private final CaseLetters letters =
      new CaseLetters() {
        @Override
        public int deleteAllOf(String caseType, String caseId) {
          deleted.add("letters " + caseType + "/" + caseId);
          return 0;
        }
      };

  private final CaseAssignments assignments =
      new CaseAssignments() {
        @Override
        public List<String> deleteAllOf(String caseType, String caseId) {
          deleted.add("caseworker " + caseType + "/" + caseId);
          return List.of("the caseworker history (2)");
        }
      };

  private final CaseRecordErasure erasure =
      new CaseRecordErasure(
          consents,
          documents,
          letters,
          caseId -> {
            deleted.add("history " + caseId);
            return 1;
          },
          assignments);

  /** The request itself, with its panel papers beside it. */
  private final class FundingRequest implements CaseRecordErasure.OwnRecords {
    final boolean open;

    FundingRequest(boolean open) {
      this.open = open;
    }

    @Override
    public String nameForCertificate(String caseId) {
      if (open) {
        throw new ConflictProblem("Request " + caseId + " is open.");
      }
      return "the request IFR-2026-000004";
    }

    @Override
    public List<String> destroyBeside(String caseId) {
      deleted.add("panel papers " + caseId);
      return List.of("3 panel papers");
    }

    @Override
    public void destroyCase(String caseId) {
      deleted.add("request " + caseId);
    }
  }

  @Test
  void everyRecordOfTheCaseGoesAndEachIsALineOfTheCertificate() {
    List<String> certificate = erasure.destroy("ifr", "r-4", new FundingRequest(false));

    assertThat(certificate)
        .containsExactly(
            "the request IFR-2026-000004",
            "2 consent records",
            "3 panel papers",
            "1 document",
            "0 letters",
            "the caseworker history (2)",
            "1 process history");
    assertThat(deleted)
        .containsExactly(
            "consents ifr/r-4",
            "panel papers r-4",
            "documents ifr/r-4",
            "letters ifr/r-4",
            "caseworker ifr/r-4",
            "history r-4",
            "request r-4");
  }

  @Test
  void aCaseTheWorkflowRefusesToDestroyLosesNothing() {
    assertThatThrownBy(() -> erasure.destroy("ifr", "r-5", new FundingRequest(true)))
        .isInstanceOf(ConflictProblem.class);
    assertThat(deleted).isEmpty();
  }

  @Test
  void countsAreWrittenInTheSingularForOne() {
    assertThat(CaseRecordErasure.count(1, "letter")).isEqualTo("1 letter");
    assertThat(CaseRecordErasure.count(2, "letter")).isEqualTo("2 letters");
    assertThat(CaseRecordErasure.count(1, "process history", "process histories"))
        .isEqualTo("1 process history");
    assertThat(CaseRecordErasure.count(0, "process history", "process histories"))
        .isEqualTo("0 process histories");
  }
}
