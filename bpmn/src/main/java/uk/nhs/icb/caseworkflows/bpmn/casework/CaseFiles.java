package uk.nhs.icb.caseworkflows.bpmn.casework;

import java.util.Locale;
import java.util.Optional;

/**
 * What the step mechanics need to know about one type of case: where its files are found and how
 * staff name them in messages.
 *
 * @param <C> the case's aggregate
 */
public interface CaseFiles<C> {

  /** The case type as the audit trail and the retention register record it, e.g. "complaint". */
  String caseType();

  /** What staff call one such case in a sentence, e.g. "complaint". */
  String noun();

  Optional<C> find(String id);

  /** The reference staff quote, e.g. "CMP-2026-000123". */
  String referenceOf(C file);

  /** Whether the case is closed, so a refused step can say why. */
  boolean isClosed(C file);

  /** The id of the case: the business key of its process. */
  String idOf(C file);

  /** The noun with a capital, to start a sentence. */
  default String nounStartingASentence() {
    String noun = noun();
    return noun.isEmpty() ? noun : noun.substring(0, 1).toUpperCase(Locale.UK) + noun.substring(1);
  }
}
