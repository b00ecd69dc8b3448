package uk.nhs.icb.caseworkflows.app.probe;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import uk.nhs.icb.caseworkflows.common.security.Roles;
import uk.nhs.icb.caseworkflows.common.web.pages.FormModel;
import uk.nhs.icb.caseworkflows.common.web.pages.NoteForm;

/**
 * The form that completes a probe case's review step: the kit's note form, one text area for the
 * finding, with a message beside it when it is blank or longer than the case keeps.
 */
@ApplicationScoped
public class ProbeReviewForm extends NoteForm<ProbeCase> {

  static final String FINDING = "finding";

  @Inject private ProbeReview review;

  public ProbeReviewForm() {
    super(
        "review",
        "Review the probe case",
        FINDING,
        Set.of(Roles.COMPLAINTS_HANDLER),
        new Wording(
            "Recording the finding completes the review and closes the probe case.",
            "What did the review find?",
            "No more than 200 characters.",
            "Enter what the review found",
            "Complete the review",
            false));
  }

  @Override
  protected void facts(ProbeCase probe, FormModel form) {
    form.fact("Reference", probe.reference());
  }

  @Override
  protected String record(String caseId, String finding) {
    return "Review of probe case " + review.complete(caseId, finding) + " completed";
  }
}
