package uk.nhs.icb.caseworkflows.app;

import static uk.nhs.icb.caseworkflows.app.RealCaseChecks.get;
import static uk.nhs.icb.caseworkflows.app.RealCaseChecks.names;
import static uk.nhs.icb.caseworkflows.app.RealCaseChecks.objects;
import static uk.nhs.icb.caseworkflows.app.RealCaseChecks.post;
import static uk.nhs.icb.caseworkflows.app.RealCaseChecks.present;
import static uk.nhs.icb.caseworkflows.app.RealCaseChecks.valid;

import jakarta.json.JsonObject;
import java.util.function.Predicate;

/**
 * The after-response rows on complaints answered for the call: a response signed off (closed, one
 * action promised), then reopened, referred to the Ombudsman, as the call needs.
 */
final class AfterResponseCases {

  private static final String COMPLAINT = "complaint";
  private static final String ROOT = "complaints/{id}/after-response";

  private AfterResponseCases() {}

  static RealCases.Ready prepare(
      AuthorisationMatrix.Entry entry,
      String role,
      StaffSession handler,
      StaffSession manager,
      StaffSession igOfficer) {
    String id = ComplaintStates.answered(handler, manager);
    if (entry.path().endsWith("/reopening") || entry.path().endsWith("/further-response")) {
      // A reopening stops the closed complaint's retention, whose timer fires seconds after the
      // closure in this deployment: reopened once the review is open, not while the timer fires.
      RetentionReviews.awaitReviewOf(igOfficer, id);
    }
    String after = "complaints/" + id + "/after-response";
    return switch (entry.endpoint()) {
      case "GET " + ROOT ->
          get(
              after,
              COMPLAINT,
              id,
              view(id, "the action the response promised", v -> objects(v, "actions").size() == 1));
      case "POST " + ROOT + "/reopening" ->
          change(
              id,
              "/reopening",
              valid(entry.path()),
              "a further response round",
              v -> objects(v, "furtherResponses").size() == 1);
      case "POST " + ROOT + "/further-response" -> {
        ComplaintStates.step(handler, "api/" + after + "/reopening", valid(ROOT + "/reopening"));
        yield change(
            id,
            "/further-response",
            valid(entry.path()),
            "the round sent by " + role,
            v -> role.equals(objects(v, "furtherResponses").get(0).getString("sentBy", "")));
      }
      case "POST " + ROOT + "/actions/{actionId}/completion" -> {
        String action =
            objects(handler.get("api/" + after).json(), "actions").get(0).getString("id");
        yield change(
            id,
            "/actions/" + action + "/completion",
            valid(entry.path()),
            "no action left open",
            v -> v.getInt("openActions") == 0);
      }
      case "POST " + ROOT + "/ombudsman-referrals" ->
          change(
              id,
              "/ombudsman-referrals",
              valid(entry.path()),
              "the referral kept",
              v -> objects(v, "ombudsmanReferrals").size() == 1);
      case "POST " + ROOT + "/ombudsman-referrals/{referralId}/decision" -> {
        JsonObject referred =
            ComplaintStates.step(
                handler,
                "api/" + after + "/ombudsman-referrals",
                valid(ROOT + "/ombudsman-referrals"));
        String referral = objects(referred, "ombudsmanReferrals").get(0).getString("id");
        yield change(
            id,
            "/ombudsman-referrals/" + referral + "/decision",
            valid(entry.path()),
            "the Ombudsman's decision kept",
            v ->
                "UPHELD".equals(objects(v, "ombudsmanReferrals").get(0).getString("decision", "")));
      }
      case "POST " + ROOT + "/staff-told" ->
          change(
              id,
              "/staff-told",
              valid(entry.path()),
              "the member of staff told",
              v -> objects(v, "staffTold").size() == 1);
      default -> throw new IllegalArgumentException("no real case for " + entry.endpoint());
    };
  }

  private static RealCases.Ready change(
      String id, String step, String body, String what, Predicate<JsonObject> holds) {
    return post(
        "complaints/" + id + "/after-response" + step,
        body,
        200,
        COMPLAINT,
        id,
        view(id, what, holds));
  }

  private static java.util.function.Function<Api.Answer, String> view(
      String id, String what, Predicate<JsonObject> holds) {
    return names("complaintId", id, what, holds.and(v -> present(v, "actions")));
  }
}
