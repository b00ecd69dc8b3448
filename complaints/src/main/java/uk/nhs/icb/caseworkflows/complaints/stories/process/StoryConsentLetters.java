package uk.nhs.icb.caseworkflows.complaints.stories.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import uk.nhs.icb.caseworkflows.complaints.stories.application.StoryConsent;

/** The model's letters: {@code letter=request} first, {@code letter=reminder} once. */
@Named("storyConsentLetters")
@ApplicationScoped
public class StoryConsentLetters implements JavaDelegate {

  private final StoryConsent consent;

  @Inject
  public StoryConsentLetters(StoryConsent consent) {
    this.consent = consent;
  }

  /** For the CDI proxy only. */
  protected StoryConsentLetters() {
    this(null);
  }

  @Override
  public void execute(DelegateExecution execution) {
    consent.sendLetters(
        execution.getProcessBusinessKey(), "reminder".equals(execution.getVariable("letter")));
  }
}
