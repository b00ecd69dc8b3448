package uk.nhs.icb.caseworkflows.app;

import static uk.nhs.icb.caseworkflows.app.FormTwins.fields;

import java.util.Map;
import java.util.Optional;

/**
 * The service-user story forms made to succeed: each on a story its REST twin's real case brought
 * to the state ({@link StoryCases}, {@link StoryStates}), posted from the story's page (which
 * carries the story's version) and checked afterwards as the twin is. Every form returns to the
 * story's page.
 */
final class StoryPageForms {

  private static final String READER = "complaints-handler";

  private final FormTwins twins;
  private final RealCases complaints = new ComplaintCases();

  StoryPageForms(FormTwins twins) {
    this.twins = twins;
  }

  /** The post of the story form at {@code path} by {@code role}; empty if none is made here. */
  Optional<PageCases.Success> success(String path, String role) {
    return Optional.ofNullable(
        switch (path) {
          case "stories/{storyId}/consent-answer" -> {
            RealCases.Ready twin =
                twins.twin(complaints, "POST stories/{storyId}/consent-answers", role);
            yield on(
                twin,
                "consent-answer",
                fields("person", FormTwins.body(twin).getString("person"), "answer", "GIVEN"));
          }
          case "stories/{storyId}/draft" ->
              post(
                  role,
                  "draft",
                  "draft",
                  fields(
                      "concern", "A long wait for a community nurse.",
                      "improvements", "New referrals are checked daily.",
                      "procedure", "Answered in time."));
          case "stories/{storyId}/review" ->
              post(role, "reviews", "review", fields("approved", "yes", "comments", "Clear."));
          case "stories/{storyId}/withdrawal" -> post(role, "withdrawal", "withdrawal", fields());
          default -> null;
        });
  }

  private PageCases.Success post(String role, String twin, String form, Map<String, String> typed) {
    return on(twins.twin(complaints, "POST stories/{storyId}/" + twin, role), form, typed);
  }

  private PageCases.Success on(RealCases.Ready twin, String form, Map<String, String> typed) {
    String page = "stories/" + twin.caseId();
    return twins.success(twin, page, page + "/" + form, typed, "/" + page, READER);
  }
}
