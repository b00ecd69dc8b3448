package uk.nhs.icb.caseworkflows.common.letters.web;

import java.time.Instant;
import uk.nhs.icb.caseworkflows.common.letters.application.LetterSummary;

/** A letter a case sent, as its file shows it, with where {@link CaseLettersResource} serves it. */
public record LetterSentView(
    String id, String kind, String title, String recipient, Instant issuedAt, String download) {

  public static LetterSentView of(String caseType, String caseId, LetterSummary letter) {
    return new LetterSentView(
        letter.id(),
        letter.kind(),
        letter.title(),
        letter.recipientName(),
        letter.createdAt(),
        "/api/cases/" + caseType + "/" + caseId + "/letters/" + letter.id());
  }
}
