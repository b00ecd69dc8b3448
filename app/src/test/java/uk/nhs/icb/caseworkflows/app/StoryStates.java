package uk.nhs.icb.caseworkflows.app;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;

/**
 * Service-user stories brought through the API to a state: a partly upheld complaint's closure asks
 * for consent; every person asked gives it; the story is drafted, then approved by the manager and
 * the Caldicott Guardian.
 */
final class StoryStates {

  private StoryStates() {}

  /** The story the answered complaint's closure asked consent for; its id. */
  static String storyOf(StaffSession handler, String complaintId) {
    String reference = ComplaintStates.referenceOf(handler, complaintId);
    return handler
        .get("api/stories")
        .structure()
        .asJsonArray()
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(story -> story.getString("complaintReference").equals(reference))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no story asked for complaint " + reference))
        .getString("id");
  }

  /** A story waiting for the consent of the people asked. */
  static String awaitingConsent(StaffSession handler, StaffSession manager) {
    return storyOf(handler, ComplaintStates.answered(handler, manager));
  }

  /** Everyone asked has given consent: the story waits for its draft. */
  static String drafting(StaffSession handler, StaffSession manager) {
    String id = awaitingConsent(handler, manager);
    JsonObject story = handler.get("api/stories/" + id).json();
    for (JsonObject asked : story.getJsonArray("consent").getValuesAs(JsonObject.class)) {
      story =
          ComplaintStates.step(
              handler,
              "api/stories/" + id + "/consent-answers",
              HostileRequests.json(
                  HostileRequests.object(
                      "person",
                      asked.getString("person"),
                      "answer",
                      "GIVEN",
                      "version",
                      story.getJsonNumber("version").longValue())));
    }
    assertThat(story.getString("status")).isEqualTo("DRAFTING");
    return id;
  }

  /** Drafted: waits for the complaints manager's review. */
  static String inManagerReview(StaffSession handler, StaffSession manager) {
    String id = drafting(handler, manager);
    ComplaintStates.step(
        handler,
        "api/stories/" + id + "/draft",
        HostileRequests.json(ApiEndpoints.validBody("stories/{storyId}/draft")));
    return id;
  }

  /** Approved by the manager: waits for the Caldicott Guardian's review. */
  static String inCaldicottReview(StaffSession handler, StaffSession manager) {
    String id = inManagerReview(handler, manager);
    ComplaintStates.step(manager, "api/stories/" + id + "/reviews", "{\"approved\":true}");
    return id;
  }
}
