package uk.nhs.icb.caseworkflows.complaints.stories.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import uk.nhs.icb.caseworkflows.complaints.stories.application.StoryPublishing;

/** Both reviewers approved: the story goes to the governing body. */
@Named("storyPublication")
@ApplicationScoped
public class StoryPublication implements JavaDelegate {

  private final StoryPublishing publishing;

  @Inject
  public StoryPublication(StoryPublishing publishing) {
    this.publishing = publishing;
  }

  /** For the CDI proxy only. */
  protected StoryPublication() {
    this(null);
  }

  @Override
  public void execute(DelegateExecution execution) {
    publishing.publish(execution.getProcessBusinessKey());
  }
}
