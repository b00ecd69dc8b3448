package uk.nhs.icb.caseworkflows.common.letters.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.Collectors;
import uk.nhs.icb.caseworkflows.common.audit.application.AuditTrail;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEntry;
import uk.nhs.icb.caseworkflows.common.letters.domain.AddressedLetter;
import uk.nhs.icb.caseworkflows.common.letters.domain.Letter;
import uk.nhs.icb.caseworkflows.common.letters.domain.LetterContent;
import uk.nhs.icb.caseworkflows.common.letters.domain.LetterFormat;
import uk.nhs.icb.caseworkflows.common.letters.domain.LetterTemplate;
import uk.nhs.icb.caseworkflows.common.letters.domain.Letterhead;
import uk.nhs.icb.caseworkflows.common.party.domain.CommunicationNeeds;
import uk.nhs.icb.caseworkflows.common.persistence.AppDataSource;
import uk.nhs.icb.caseworkflows.common.security.application.CurrentCaller;

/**
 * Issues a letter for a case inside the transaction of the action that caused it: compose (a
 * missing field stops here with a 400), render, store, audit. If the action rolls back, so does its
 * letter. A recipient's communication needs add the forms they ask for: a large-print PDF/A, a
 * plain-text copy.
 */
@ApplicationScoped
public class LetterIssuing {

  @PersistenceContext(unitName = AppDataSource.PERSISTENCE_UNIT)
  private EntityManager entityManager;

  private final LetterTemplateCatalogue catalogue;
  private final LetterComposer composer;
  private final PdfLetterRenderer renderer;
  private final Letterhead letterhead;
  private final AuditTrail auditTrail;
  private final CurrentCaller caller;
  private final Clock clock;

  @Inject
  public LetterIssuing(
      LetterTemplateCatalogue catalogue,
      LetterComposer composer,
      PdfLetterRenderer renderer,
      Letterhead letterhead,
      AuditTrail auditTrail,
      CurrentCaller caller,
      Clock clock) {
    this.catalogue = catalogue;
    this.composer = composer;
    this.renderer = renderer;
    this.letterhead = letterhead;
    this.auditTrail = auditTrail;
    this.caller = caller;
    this.clock = clock;
  }

  protected LetterIssuing() {
    this(null, null, null, null, null, null, null);
  }

  @Transactional
  public Letter issue(String caseType, String caseId, LetterContent content) {
    return issue(caseType, caseId, content, CommunicationNeeds.none());
  }

  /** Issues the letter in every form its addressee's communication needs ask for. */
  @Transactional
  public Letter issue(String caseType, String caseId, AddressedLetter letter) {
    return issue(caseType, caseId, letter.content(), letter.needs());
  }

  /**
   * Issues the letter in its standard PDF and in every further form the recipient's needs ask for,
   * as one letter (one row, one audit entry naming the forms).
   */
  @Transactional
  public Letter issue(
      String caseType, String caseId, LetterContent content, CommunicationNeeds needs) {
    LetterTemplate template = catalogue.current(content.kind());
    LocalDate today = LocalDate.now(clock);
    String xhtml = composer.compose(template, content, letterhead, today);
    Letter letter =
        Letter.issued(
            caseType,
            caseId,
            template,
            content,
            caller.get().name(),
            clock.instant(),
            renderer.render(xhtml));
    if (needs.wantsLargePrintLetters() || needs.wantsPlainTextLetters()) {
      letter.alsoSentAs(
          needs.wantsLargePrintLetters()
              ? largePrint(composer.composeLargePrint(template, content, letterhead, today))
              : null,
          needs.wantsPlainTextLetters() ? PlainTextLetter.bytesOf(xhtml) : null);
    }
    entityManager.persist(letter);
    auditTrail.record(
        AuditEntry.change(
            "LETTER_ISSUED",
            caseType,
            caseId,
            "letter "
                + letter.id()
                + ": "
                + template.kind()
                + " v"
                + template.version()
                + alsoIn(letter)));
    return letter;
  }

  /**
   * A large-print letter that is not large print (a template that sets its own small text) would
   * fail the person it is for without anyone noticing: it stops the action instead.
   */
  private byte[] largePrint(String xhtml) {
    byte[] pdf = renderer.render(xhtml);
    if (!PrintSize.isLargePrint(pdf)) {
      throw new IllegalStateException(
          "the large-print letter has text of "
              + PrintSize.smallestPoints(pdf)
              + " pt, under "
              + PrintSize.LARGE_PRINT_POINTS);
    }
    return pdf;
  }

  /** Nothing for a standard letter, so its audit entry reads as it always has. */
  private static String alsoIn(Letter letter) {
    if (letter.formats().size() == 1) {
      return "";
    }
    return letter.formats().stream()
        .filter(format -> format != LetterFormat.STANDARD)
        .map(LetterFormat::label)
        .collect(Collectors.joining(", ", ", also as ", ""));
  }
}
