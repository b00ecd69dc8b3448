package uk.nhs.icb.caseworkflows.bpmn.casework;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A case type described to the kit in one expression, from its repository and its aggregate's own
 * methods, e.g. {@code new CaseFilesOf<>("ifr", "funding request", requests::find,
 * FundingRequest::reference, FundingRequest::isClosed, FundingRequest::id)}.
 *
 * @param <C> the case's aggregate
 */
public record CaseFilesOf<C>(
    String caseType,
    String noun,
    Function<String, Optional<C>> finder,
    Function<C, String> reference,
    Predicate<C> closed,
    Function<C, String> id)
    implements CaseFiles<C> {

  @Override
  public Optional<C> find(String caseId) {
    return finder.apply(caseId);
  }

  @Override
  public String referenceOf(C file) {
    return reference.apply(file);
  }

  @Override
  public boolean isClosed(C file) {
    return closed.test(file);
  }

  @Override
  public String idOf(C file) {
    return id.apply(file);
  }
}
