package uk.nhs.icb.caseworkflows.ifr.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import uk.nhs.icb.caseworkflows.bpmn.casework.DelegateVariables;
import uk.nhs.icb.caseworkflows.common.letters.application.LetterIssuing;
import uk.nhs.icb.caseworkflows.ifr.domain.FundingRequest;
import uk.nhs.icb.caseworkflows.ifr.domain.FundingRequests;
import uk.nhs.icb.caseworkflows.ifr.letters.IfrLetterContents;

/**
 * Issues the letters the model names in {@code letterKind} (with its {@code reminder} instruction)
 * to the request's file, each in the further forms its reader's needs ask for.
 */
@Named("ifrLetters")
@ApplicationScoped
public class IfrLetters implements JavaDelegate {

  private final FundingRequests requests;
  private final IfrLetterContents contents;
  private final LetterIssuing issuing;

  @Inject
  public IfrLetters(FundingRequests requests, IfrLetterContents contents, LetterIssuing issuing) {
    this.requests = requests;
    this.contents = contents;
    this.issuing = issuing;
  }

  /** For the CDI proxy only. */
  protected IfrLetters() {
    this(null, null, null);
  }

  @Override
  public void execute(DelegateExecution execution) {
    FundingRequest request = DelegateVariables.caseOf(execution, requests::find, "funding request");
    String kind = DelegateVariables.instruction(execution, "letterKind");
    contents
        .lettersOf(kind, request, DelegateVariables.flag(execution, "reminder"))
        .forEach(letter -> issuing.issue(FundingRequest.CASE_TYPE, request.id(), letter));
  }
}
