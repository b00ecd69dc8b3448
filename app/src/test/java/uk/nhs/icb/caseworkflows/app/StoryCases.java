package uk.nhs.icb.caseworkflows.app;

import static uk.nhs.icb.caseworkflows.app.RealCaseChecks.array;
import static uk.nhs.icb.caseworkflows.app.RealCaseChecks.get;
import static uk.nhs.icb.caseworkflows.app.RealCaseChecks.names;
import static uk.nhs.icb.caseworkflows.app.RealCaseChecks.object;
import static uk.nhs.icb.caseworkflows.app.RealCaseChecks.objects;
import static uk.nhs.icb.caseworkflows.app.RealCaseChecks.pdf;
import static uk.nhs.icb.caseworkflows.app.RealCaseChecks.post;
import static uk.nhs.icb.caseworkflows.app.RealCaseChecks.valid;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Function;

/**
 * The stories rows and the reports that carry stories, on stories of their own: asked for by a
 * partly upheld complaint's closure and brought to the step the call needs.
 */
final class StoryCases {

  private static final String STORY = "story";
  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private StoryCases() {}

  static RealCases.Ready prepare(
      AuthorisationMatrix.Entry entry, String role, Function<String, StaffSession> sessions) {
    StaffSession handler = sessions.apply("complaints-handler");
    StaffSession manager = sessions.apply("complaints-manager");
    return switch (entry.endpoint()) {
      case "POST stories/redaction-preview" ->
          post(
              "stories/redaction-preview",
              valid(entry.path()),
              200,
              null,
              null,
              object(
                  "the names taken out",
                  json ->
                      !json.getString("redacted").contains("Example")
                          && !objects(json, "redactions").isEmpty()));
      case "GET stories" -> {
        String id = StoryStates.awaitingConsent(handler, manager);
        yield get(
            "stories",
            STORY,
            id,
            array(
                "the list to hold story " + id,
                list ->
                    list.getValuesAs(JsonObject.class).stream()
                        .anyMatch(s -> s.getString("id").equals(id))));
      }
      case "GET stories/{storyId}" -> {
        String id = StoryStates.awaitingConsent(handler, manager);
        yield get("stories/" + id, STORY, id, story(id, "AWAITING_CONSENT"));
      }
      case "POST stories/{storyId}/consent-answers" -> {
        String id = StoryStates.awaitingConsent(handler, manager);
        JsonObject story = handler.get("api/stories/" + id).json();
        String person = objects(story, "consent").get(0).getString("person");
        String body =
            HostileRequests.json(
                HostileRequests.object(
                    "person",
                    person,
                    "answer",
                    "GIVEN",
                    "version",
                    story.getJsonNumber("version").longValue()));
        yield post(
            "stories/" + id + "/consent-answers",
            body,
            200,
            STORY,
            id,
            names(
                "id",
                id,
                person + "'s consent given",
                json ->
                    objects(json, "consent").stream()
                        .anyMatch(
                            c ->
                                c.getString("person").equals(person)
                                    && "GIVEN".equals(c.getString("answer", "")))));
      }
      case "POST stories/{storyId}/withdrawal" -> {
        String id = StoryStates.awaitingConsent(handler, manager);
        yield post("stories/" + id + "/withdrawal", "{}", 200, STORY, id, story(id, "WITHDRAWN"));
      }
      case "POST stories/{storyId}/draft" -> {
        String id = StoryStates.drafting(handler, manager);
        yield post(
            "stories/" + id + "/draft",
            valid(entry.path()),
            200,
            STORY,
            id,
            story(id, "MANAGER_REVIEW"));
      }
      case "POST stories/{storyId}/reviews" -> {
        boolean byManager = role.equals("complaints-manager");
        String id =
            byManager
                ? StoryStates.inManagerReview(handler, manager)
                : StoryStates.inCaldicottReview(handler, manager);
        yield post(
            "stories/" + id + "/reviews",
            "{\"approved\":true}",
            200,
            STORY,
            id,
            story(id, byManager ? "CALDICOTT_REVIEW" : "PUBLISHED"));
      }
      case "GET complaint-reports/governing-body" -> {
        ComplaintStates.taken(handler);
        yield get(
            "complaint-reports/governing-body?" + thisQuarter(),
            null,
            null,
            object(
                "this quarter's report with a complaint received",
                json ->
                    !json.getString("period").isBlank()
                        && !json.getString("received").equals("0")
                        && !objects(json, "tables").isEmpty()));
      }
      case "GET complaint-reports/governing-body/pdf" ->
          get("complaint-reports/governing-body/pdf?" + thisQuarter(), null, null, pdf());
      case "GET complaint-reports/annual/pdf" -> {
        LocalDate today = LocalDate.now(LONDON);
        int yearStart = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
        yield get("complaint-reports/annual/pdf?year=" + yearStart, null, null, pdf());
      }
      case "GET withdrawn-story-reports" -> {
        String id = withdrawnAfterItsReport(sessions);
        yield get(
            "withdrawn-story-reports",
            STORY,
            id,
            object(
                "the report that carried story " + id,
                json ->
                    objects(json, "recalls").stream()
                        .anyMatch(r -> r.getString("storyId").equals(id))));
      }
      default -> throw new IllegalArgumentException("no real story for " + entry.endpoint());
    };
  }

  /** A story published, issued in this quarter's report (its PDF taken), then withdrawn. */
  private static String withdrawnAfterItsReport(Function<String, StaffSession> sessions) {
    StaffSession handler = sessions.apply("complaints-handler");
    StaffSession manager = sessions.apply("complaints-manager");
    String id = StoryStates.inCaldicottReview(handler, manager);
    ComplaintStates.step(
        sessions.apply("caldicott-guardian"),
        "api/stories/" + id + "/reviews",
        "{\"approved\":true}");
    Api.Answer issued = manager.get("api/complaint-reports/governing-body/pdf?" + thisQuarter());
    if (issued.status() != 200) {
      throw new AssertionError("report PDF: " + issued.status() + " " + issued.body());
    }
    ComplaintStates.step(handler, "api/stories/" + id + "/withdrawal", "{}");
    return id;
  }

  private static Function<Api.Answer, String> story(String id, String status) {
    return names("id", id, "the story " + status, json -> json.getString("status").equals(status));
  }

  /** The query of the NHS financial quarter holding today, as the report's from and to. */
  static String thisQuarter() {
    LocalDate today = LocalDate.now(LONDON);
    int yearStart = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
    int quarter = ((today.getMonthValue() + 8) % 12) / 3 + 1;
    LocalDate from = LocalDate.of(yearStart, 4, 1).plusMonths(3L * (quarter - 1));
    return "from=" + from + "&to=" + from.plusMonths(3).minusDays(1);
  }
}
