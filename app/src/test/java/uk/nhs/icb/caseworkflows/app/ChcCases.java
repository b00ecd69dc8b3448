package uk.nhs.icb.caseworkflows.app;

import static uk.nhs.icb.caseworkflows.app.RealCaseChecks.checked;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Map;
import java.util.function.Function;

/**
 * The CHC rows of the authorisation matrix on real cases ({@link RealCases}): every call is made on
 * a case of its own brought through the API to the state the call needs ({@link ChcStates}), and
 * its answer must show the change it made to that case.
 */
final class ChcCases implements RealCases {

  @Override
  public boolean covers(AuthorisationMatrix.Entry entry) {
    return entry.path().startsWith("chc");
  }

  @Override
  public Ready prepare(
      AuthorisationMatrix.Entry entry, String role, Function<String, StaffSession> sessions) {
    ChcStates states = new ChcStates(Callers.sessions(sessions));
    String name = "Mx Matrix " + role;
    if (entry.method().equals("GET")) {
      return read(entry.path(), states, name);
    }
    if (entry.path().equals("chc")) {
      String person = "Mr Matrix Referral " + System.nanoTime();
      return post(
          "api/chc",
          ChcStates.referral(person, "1941-05-03", "9434765919", "HOSPITAL"),
          201,
          null,
          file ->
              file.getJsonObject("individual").getString("name").equals(person)
                  && file.getString("status").equals("AWAITING_CHECKLIST"),
          "the new case of " + person + ", waiting for its Checklist");
    }
    String step = entry.path().substring("chc/{id}/".length());
    return switch (step) {
      case "capacity-assessments" ->
          post(
              id(states.referred(name)),
              step,
              ChcStates.capacityAssessment(),
              file -> file.getJsonArray("capacityAssessments").size() == 1,
              "the capacity assessment");
      case "consents" ->
          post(
              id(states.referred(name)),
              step,
              ChcStates.consent(null),
              file -> file.getJsonArray("consents").size() == 1,
              "the consent");
      case "assessment-decision" -> {
        String id = id(states.referred(name));
        states.step(ChcStates.ASSESSOR, id, "consents", ChcStates.consent(null));
        yield post(
            id,
            step,
            ChcStates.assessmentDecision(true),
            file ->
                file.getString("status").equals("AWAITING_CHECKLIST")
                    && openStep(file, "complete-checklist"),
            "the Checklist as its next step");
      }
      case "checklist" ->
          post(
              states.awaitingChecklist(name),
              step,
              ChcStates.checklist(0, ChcStates.CHECKLIST_DOMAINS.length, null),
              file -> file.getJsonObject("checklist").getJsonArray("emptyDomains").isEmpty(),
              "every Checklist domain rated");
      case "checklist/completion" ->
          post(
              states.checklistRated(name),
              step,
              ChcStates.checklistCompletion(ChcStates.today()),
              file ->
                  file.getJsonObject("checklist").getBoolean("positive")
                      && openStep(file, "full-assessment"),
              "a positive Checklist and the full assessment next");
      case "dst" ->
          post(
              states.inFullAssessment(name),
              step,
              ChcStates.dstRatings(),
              file ->
                  file.getJsonObject("decisionSupportTool").getJsonArray("emptyDomains").isEmpty(),
              "every domain of the tool rated");
      case "dst/recommendation" ->
          post(
              states.toolFilledIn(name),
              step,
              ChcStates.recommendation("ELIGIBLE"),
              file -> openStep(file, "decide-eligibility"),
              "the panel's decision as its next step");
      case "nursing-care" ->
          post(
              states.awaitingNursingCareDecision(name),
              step,
              ChcStates.nursingCare(true),
              file ->
                  file.getJsonObject("nursingCare").getBoolean("payable")
                      && file.getString("closedOn").equals(ChcStates.today()),
              "FNC payable and the case closed today");
      case "decision" ->
          post(
              states.recommended(name, "ELIGIBLE"),
              step,
              ChcStates.decision(true),
              file ->
                  file.getJsonObject("decision").getBoolean("eligible")
                      && openStep(file, "arrange-care-package"),
              "eligible, the care package next");
      case "care-package" ->
          post(
              states.fastTracked(name),
              step,
              ChcStates.carePackage(null, "1450.75", ChcStates.today()),
              file ->
                  file.getJsonObject("care")
                      .getJsonObject("carePackage")
                      .getString("provider")
                      .equals("Chiltern Vale Home Care Ltd"),
              "the package arranged");
      case "reviews" ->
          post(
              states.carePackageArranged(name),
              step,
              ChcStates.review(),
              file -> file.getJsonObject("care").getJsonArray("reviews").size() == 1,
              "the review");
      case "local-resolution" -> {
        String id = states.notEligible(name);
        yield post(
            id,
            step,
            ChcStates.challenge(states.decidedOn(id)),
            file -> challenge(file, "LOCAL_RESOLUTION", JsonValue.NULL),
            "local resolution asked for, its outcome awaited");
      }
      case "local-resolution/outcome" ->
          post(
              states.localResolutionAskedFor(name),
              step,
              ChcStates.challengeOutcome("DECISION_STANDS"),
              file -> challenge(file, "LOCAL_RESOLUTION", "DECISION_STANDS"),
              "local resolution ended, the decision standing");
      case "independent-review" -> {
        String id = states.decisionStoodLocally(name);
        yield post(
            id,
            step,
            ChcStates.challenge(states.decidedOn(id)),
            file -> challenge(file, "INDEPENDENT_REVIEW", JsonValue.NULL),
            "independent review asked for");
      }
      case "independent-review/outcome" ->
          post(
              states.independentReviewAskedFor(name),
              step,
              ChcStates.challengeOutcome("DECISION_STANDS"),
              file -> challenge(file, "INDEPENDENT_REVIEW", "DECISION_STANDS"),
              "independent review ended, the decision standing");
      case "closure" ->
          post(
              id(states.referred(name)),
              step,
              ChcStates.closure("WITHDRAWN"),
              file ->
                  file.getString("closedOn").equals(ChcStates.today())
                      && file.getJsonObject("care").getString("closureReason").equals("WITHDRAWN"),
              "closed today as withdrawn");
      default -> throw new IllegalArgumentException("no CHC state for " + entry.endpoint());
    };
  }

  /** The reads: the case list, a case, the quarterly figures as JSON and as CSV. */
  private static Ready read(String path, ChcStates states, String name) {
    return switch (path) {
      case "chc" -> {
        JsonObject referred = states.referred(name);
        String reference = referred.getString("reference");
        yield new Ready(
            "GET",
            "api/chc?q=" + reference,
            null,
            null,
            200,
            answer ->
                checked(
                    answer,
                    list ->
                        list.asJsonObject().getJsonArray("items").stream()
                            .anyMatch(
                                item ->
                                    item.asJsonObject().getString("reference").equals(reference)),
                    "the list found by its reference holding " + reference),
            "chc",
            referred.getString("id"));
      }
      case "chc/{id}" -> {
        String id = id(states.referred(name));
        yield new Ready(
            "GET",
            "api/chc/" + id,
            null,
            null,
            200,
            answer ->
                checked(
                    answer,
                    file -> file.asJsonObject().getString("id").equals(id),
                    "the case " + id),
            "chc",
            id);
      }
      case "chc-figures" ->
          new Ready(
              "GET",
              "api/chc-figures",
              null,
              null,
              200,
              answer ->
                  checked(
                      answer,
                      figures -> figures.asJsonObject().getJsonObject("counts").size() > 0,
                      "the quarter's counts"),
              "chc",
              null);
      case "chc-figures/csv" ->
          new Ready(
              "GET",
              "api/chc-figures/csv",
              null,
              null,
              200,
              answer ->
                  answer.contentType().startsWith("text/csv")
                          && answer.body().startsWith("Measure,")
                          && answer.body().contains("Fast Track referrals received,")
                      ? null
                      : "not the return's CSV ("
                          + answer.contentType()
                          + "): "
                          + RealCaseChecks.abbreviate(answer.body()),
              "chc",
              null);
      default -> throw new IllegalArgumentException("no CHC read for GET " + path);
    };
  }

  /** A step of the case {@code id}, whose answer (the case) must show {@code shows}. */
  private static Ready post(
      String id,
      String step,
      Map<String, Object> body,
      java.util.function.Predicate<JsonObject> shows,
      String what) {
    return post("api/chc/" + id + "/" + step, body, 200, id, shows, what);
  }

  private static Ready post(
      String path,
      Map<String, Object> body,
      int status,
      String id,
      java.util.function.Predicate<JsonObject> shows,
      String what) {
    return RealCaseChecks.postShowing(
        path, body, status, "chc", id, shows, "the case with " + what);
  }

  private static String id(JsonObject file) {
    return file.getString("id");
  }

  private static boolean openStep(JsonObject file, String key) {
    return file.getJsonArray("openSteps").stream()
        .anyMatch(step -> step.asJsonObject().getString("key").equals(key));
  }

  /** Whether the case's last challenge is of {@code stage} with {@code outcome} (a JSON value). */
  private static boolean challenge(JsonObject file, String stage, Object outcome) {
    var challenges = file.getJsonObject("care").getJsonArray("challenges");
    if (challenges.isEmpty()) {
      return false;
    }
    JsonObject last = challenges.getJsonObject(challenges.size() - 1);
    boolean awaited = outcome == JsonValue.NULL;
    return last.getString("stage").equals(stage)
        && (awaited
            ? !last.containsKey("outcome") || last.isNull("outcome")
            : outcome.equals(last.getString("outcome", null)));
  }
}
