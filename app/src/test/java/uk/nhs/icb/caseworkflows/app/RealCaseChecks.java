package uk.nhs.icb.caseworkflows.app;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Calls made ready on real cases and the checks of their answers: each check returns what is wrong
 * with an answer, or null when it shows what the call was for (the case it names, the state it
 * moved to, the list holding the case, a PDF).
 */
final class RealCaseChecks {

  private RealCaseChecks() {}

  static RealCases.Ready get(
      String path, String caseType, String caseId, Function<Api.Answer, String> check) {
    return new RealCases.Ready("GET", "api/" + path, null, null, 200, check, caseType, caseId);
  }

  /** A JSON POST; {@code body} null sends none, as the steps without a body are sent. */
  static RealCases.Ready post(
      String path,
      String body,
      int status,
      String caseType,
      String caseId,
      Function<Api.Answer, String> check) {
    return new RealCases.Ready(
        "POST",
        "api/" + path,
        "application/json",
        body == null ? null : body.getBytes(StandardCharsets.UTF_8),
        status,
        check,
        caseType,
        caseId);
  }

  /**
   * A JSON POST to {@code path} (under the root) whose answer must be the case {@code id} (when
   * given) showing {@code shows}: the shape of every CHC and IFR step's call.
   */
  static RealCases.Ready postShowing(
      String path,
      Object body,
      int status,
      String caseType,
      String id,
      Predicate<JsonObject> shows,
      String what) {
    return new RealCases.Ready(
        "POST",
        path,
        "application/json",
        HostileRequests.json(body).getBytes(StandardCharsets.UTF_8),
        status,
        answer ->
            checked(
                answer,
                read ->
                    (id == null || read.asJsonObject().getString("id").equals(id))
                        && shows.test(read.asJsonObject()),
                what + (id == null ? "" : " of " + id)),
        caseType,
        id);
  }

  /** The valid body {@link ApiEndpoints} keeps for that endpoint, as JSON (null for none). */
  static String valid(String pathTemplate) {
    Object body = ApiEndpoints.validBody(pathTemplate);
    return body == null ? null : HostileRequests.json(body);
  }

  /** A JSON object that names {@code id} as its {@code idField} and in which {@code what} holds. */
  static Function<Api.Answer, String> names(
      String idField, String id, String what, Predicate<JsonObject> holds) {
    return object(
        what,
        json ->
            id.equals(json.containsKey(idField) ? json.getString(idField, null) : null)
                && holds.test(json));
  }

  /** A complaint file (or view) naming the complaint, in which {@code what} holds. */
  static Function<Api.Answer, String> file(String id, String what, Predicate<JsonObject> holds) {
    return names("id", id, what, holds);
  }

  static Function<Api.Answer, String> object(String what, Predicate<JsonObject> holds) {
    return answer -> {
      JsonObject json;
      try {
        json = answer.json();
      } catch (RuntimeException notAnObject) {
        return "not a JSON object: " + abbreviate(answer.body());
      }
      return holds.test(json) ? null : "expected " + what + ": " + abbreviate(answer.body());
    };
  }

  static Function<Api.Answer, String> array(String what, Predicate<JsonArray> holds) {
    return answer -> {
      JsonArray json;
      try {
        json = answer.structure().asJsonArray();
      } catch (RuntimeException notAnArray) {
        return "not a JSON array: " + abbreviate(answer.body());
      }
      return holds.test(json) ? null : "expected " + what + ": " + abbreviate(answer.body());
    };
  }

  /** A PDF, as its type says and its first bytes show. */
  static Function<Api.Answer, String> pdf() {
    return answer ->
        answer.contentType().startsWith("application/pdf") && answer.body().startsWith("%PDF-")
            ? null
            : "expected a PDF, got " + answer.contentType() + " " + abbreviate(answer.body());
  }

  /** The objects of {@code array} (a field of {@code json}), empty if it is absent or null. */
  static List<JsonObject> objects(JsonObject json, String array) {
    JsonValue value = json.get(array);
    return value == null || value.getValueType() != JsonValue.ValueType.ARRAY
        ? List.of()
        : value.asJsonArray().getValuesAs(JsonObject.class);
  }

  /** Whether {@code key} holds something other than null. */
  static boolean present(JsonObject json, String key) {
    return json.containsKey(key) && !json.isNull(key);
  }

  /** The keys of the steps the complaint waits at. */
  static List<String> steps(JsonObject file) {
    return objects(file, "openSteps").stream().map(step -> step.getString("key")).toList();
  }

  static String closure(JsonObject file) {
    return present(file, "closure") ? file.getJsonObject("closure").getString("reason", "") : "";
  }

  /**
   * What is wrong with the answer's JSON, or null if it shows {@code what}: an answer that is not
   * JSON, or lacks a field the check reads, is wrong too (never an exception that hides the rest).
   */
  static String checked(Api.Answer answer, Predicate<JsonStructure> shows, String what) {
    try {
      return shows.test(answer.structure())
          ? null
          : "the answer does not show " + what + ": " + abbreviate(answer.body());
    } catch (RuntimeException unreadable) {
      return "the answer does not show "
          + what
          + " ("
          + unreadable
          + "): "
          + abbreviate(answer.body());
    }
  }

  static String abbreviate(String text) {
    return text == null || text.length() <= 300 ? text : text.substring(0, 300) + "…";
  }
}
