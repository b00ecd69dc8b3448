package uk.nhs.icb.caseworkflows.app.probe;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import uk.nhs.icb.caseworkflows.common.security.Roles;
import uk.nhs.icb.caseworkflows.common.web.pages.FormModel;
import uk.nhs.icb.caseworkflows.common.web.pages.FormValues;
import uk.nhs.icb.caseworkflows.common.web.pages.NamedForm;

/**
 * The form that completes a probe case's review step: one text area for the finding, with a message
 * beside it when it is blank or longer than the case keeps.
 */
@ApplicationScoped
public class ProbeReviewForm extends NamedForm<ProbeCase> {

  static final String FINDING = "finding";

  @Inject private ProbeReview review;

  public ProbeReviewForm() {
    super("review", "Review the probe case", FINDING);
  }

  @Override
  public Set<String> roles() {
    return Set.of(Roles.COMPLAINTS_HANDLER);
  }

  @Override
  public Map<String, Object> model(ProbeCase probe, FormValues typed) {
    return new FormModel(typed)
        .intro("Recording the finding completes the review and closes the probe case.")
        .fact("Reference", probe.reference())
        .textarea(FINDING, "What did the review find?", "No more than 200 characters.")
        .submit("Complete the review", false)
        .toMap();
  }

  @Override
  public String submit(String caseId, FormValues typed) {
    String finding = typed.text(FINDING, "Enter what the review found");
    if (finding == null) {
      return null;
    }
    return "Review of probe case " + review.complete(caseId, finding) + " completed";
  }
}
