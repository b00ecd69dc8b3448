package uk.nhs.icb.caseworkflows.complaints.stories.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import uk.nhs.icb.caseworkflows.complaints.stories.application.StoryConsent;

/** The reply period after the reminder ran out: no reply, no story. */
@Named("storyNoReply")
@ApplicationScoped
public class StoryNoReply implements JavaDelegate {

  private final StoryConsent consent;

  @Inject
  public StoryNoReply(StoryConsent consent) {
    this.consent = consent;
  }

  /** For the CDI proxy only. */
  protected StoryNoReply() {
    this(null);
  }

  @Override
  public void execute(DelegateExecution execution) {
    consent.noReply(execution.getProcessBusinessKey());
  }
}
