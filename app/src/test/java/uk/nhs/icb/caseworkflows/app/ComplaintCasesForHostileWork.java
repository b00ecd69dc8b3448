package uk.nhs.icb.caseworkflows.app;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Four complaint steps made ready on fresh complaints, for the hostile-surface proof while the
 * workflows' own {@link RealCases} providers are written elsewhere: the remit decision, the
 * acknowledgement, the representative's standing and a piece of evidence, each on a complaint taken
 * through the API to the state that step needs. A stand-in to be dropped for {@code ComplaintCases}
 * when that arrives.
 */
final class ComplaintCasesForHostileWork implements RealCases {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private static final String REMIT = "{\"withinRemit\":true}";
  private static final String STANDING = "{\"accepted\":true,\"bestInterests\":true}";

  /** Each row's call, and the steps a fresh complaint takes first. */
  private static final Map<String, List<String>> STEPS_BEFORE =
      Map.of(
          "complaints/{id}/remit-decision", List.of(),
          "complaints/{id}/acknowledgement", List.of("remit-decision"),
          "complaints/{id}/standing-decision", List.of("remit-decision", "acknowledgement"),
          "complaints/{id}/evidence",
              List.of(
                  "remit-decision",
                  "acknowledgement",
                  "standing-decision",
                  "consents:PROCESS_CASE",
                  "consents:SHARE_WITH_PROVIDER",
                  "consents:SHARE_IDENTITY_WITH_SUBJECT",
                  "plan"));

  @Override
  public boolean covers(AuthorisationMatrix.Entry entry) {
    return entry.method().equals("POST") && STEPS_BEFORE.containsKey(entry.path());
  }

  @Override
  public Ready prepare(
      AuthorisationMatrix.Entry entry, String role, Function<String, StaffSession> sessions) {
    StaffSession session = sessions.apply(role);
    Api.Answer intake =
        session.post(
            "api/complaints",
            HostileRequests.json(
                HostileRequests.intake("Ms Surface Target", LocalDate.now(LONDON).minusMonths(1))));
    require(intake, 201, "intake");
    String id = intake.json().getString("id");
    for (String step : STEPS_BEFORE.get(entry.path())) {
      require(
          session.post("api/complaints/" + id + "/" + step.split(":")[0], body(step)), 200, step);
    }
    String step = entry.path().substring("complaints/{id}/".length());
    return new Ready(
        "POST",
        "api/complaints/" + id + "/" + step,
        "application/json",
        body(step).getBytes(StandardCharsets.UTF_8),
        200,
        answer -> names(answer, id),
        "complaint",
        id);
  }

  private static String body(String step) {
    return switch (step.split(":")[0]) {
      case "remit-decision" -> REMIT;
      case "acknowledgement" -> "";
      case "standing-decision" -> STANDING;
      case "consents" -> consent(step.split(":")[1]);
      case "plan" ->
          "{\"issues\":[\"Delay\"],\"investigatedBy\":\"ICB\",\"anonymityRequested\":false}";
      case "evidence" ->
          "{\"kind\":\"DOCUMENT\",\"summary\":\"Call log\",\"source\":\"Practice\",\"receivedOn\":\""
              + LocalDate.now(LONDON)
              + "\"}";
      default -> throw new IllegalArgumentException(step);
    };
  }

  /**
   * The complainant's consent in writing; the patient's to share with the provider is given by
   * their attorney (the intake's patient lacks capacity).
   */
  private static String consent(String purpose) {
    String givenBy =
        purpose.equals("SHARE_WITH_PROVIDER")
            ? "\"whose\":\"PATIENT\",\"givenAs\":\"REPRESENTATIVE\",\"giverName\":\"Mrs Attorney\","
                + "\"giverStanding\":\"Lasting power of attorney for health and welfare\","
            : "\"whose\":\"COMPLAINANT\",\"givenAs\":\"THE_PERSON\",";
    return "{"
        + givenBy
        + "\"purpose\":\""
        + purpose
        + "\",\"method\":\"WRITTEN\",\"givenAt\":\""
        + Instant.now().minusSeconds(60)
        + "\"}";
  }

  private static void require(Api.Answer answer, int status, String step) {
    if (answer.status() != status) {
      throw new IllegalStateException(step + ": " + answer.status() + " " + answer.body());
    }
  }

  /** What is wrong with a step's answer: it must be the complaint's file. */
  private static String names(Api.Answer answer, String id) {
    JsonObject file = answer.json();
    return id.equals(file.getString("id", null))
        ? null
        : "the answer is not complaint " + id + "'s file";
  }
}
