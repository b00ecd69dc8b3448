package uk.nhs.icb.caseworkflows.app;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A page form and its REST twin: the form post is made on a fresh case that the twin's own real
 * case ({@link RealCases#prepare}) brought to the state the step needs, and afterwards the twin's
 * own check is run on the case as the API reads it back. So a form post must make the same change
 * the REST call is proven to make, on a case prepared the same way, without a second copy of the
 * states.
 */
final class FormTwins {

  private final Function<String, StaffSession> sessions;
  private final Map<String, AuthorisationMatrix.Entry> restRows = new LinkedHashMap<>();

  FormTwins(Function<String, StaffSession> sessions) {
    this.sessions = sessions;
    AuthorisationMatrix.load().entries().forEach(entry -> restRows.put(entry.endpoint(), entry));
  }

  /** The REST call {@code endpoint} (as the matrix names it) made ready for {@code role}. */
  RealCases.Ready twin(RealCases workflow, String endpoint, String role) {
    AuthorisationMatrix.Entry entry = restRows.get(endpoint);
    if (entry == null) {
      throw new IllegalArgumentException("no REST row " + endpoint);
    }
    // (A reopening in the preparation waits for the closed complaint's retention review to open:
    // AfterResponseCases, so no step meets the retention timer half way.)
    return workflow.prepare(entry, role, sessions);
  }

  /**
   * The form post that stands for {@code twin}: its page and action (under the root), what is
   * typed, where the page sends the person, and the twin's check on what {@code reader} reads back.
   */
  PageCases.Success success(
      RealCases.Ready twin,
      String page,
      String action,
      Map<String, String> fields,
      String sentTo,
      String reader) {
    return new PageCases.Success(
        page,
        action,
        fields,
        sentTo,
        () -> twin.check().apply(sessions.apply(reader).get(readBack(twin.path()))));
  }

  /** The signed-in session of {@code role}. */
  StaffSession session(String role) {
    return sessions.apply(role);
  }

  /** What {@code reader} reads at {@code path} (under the root). */
  Api.Answer read(String reader, String path) {
    return sessions.apply(reader).get(path);
  }

  /**
   * Where the API reads back what the twin's call answers: the case ({@code api/<kind>/<id>}), or a
   * complaint's after-response view.
   */
  static String readBack(String path) {
    String[] segments = path.split("\\?")[0].split("/");
    String read = segments[0] + "/" + segments[1] + "/" + segments[2];
    return segments.length > 3 && segments[3].equals("after-response")
        ? read + "/after-response"
        : read;
  }

  /** The segment of the twin's path that follows {@code before} (an id the call names). */
  static String segmentAfter(RealCases.Ready twin, String before) {
    String[] segments = twin.path().split("\\?")[0].split("/");
    for (int i = 0; i < segments.length - 1; i++) {
      if (segments[i].equals(before)) {
        return segments[i + 1];
      }
    }
    throw new IllegalArgumentException("no segment after " + before + " in " + twin.path());
  }

  /** The twin's JSON body, for a value the form is typed with (a person, a request). */
  static jakarta.json.JsonObject body(RealCases.Ready twin) {
    return ComplaintCases.jsonOf(new String(twin.body(), java.nio.charset.StandardCharsets.UTF_8));
  }

  /** Fields in the order given: name, value, name, value... */
  static Map<String, String> fields(String... namesAndValues) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      fields.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return fields;
  }

  /** A date typed as people type it: day, month and year in their own boxes. */
  static Map<String, String> date(Map<String, String> fields, String name, LocalDate day) {
    fields.put(name + "-day", String.valueOf(day.getDayOfMonth()));
    fields.put(name + "-month", String.valueOf(day.getMonthValue()));
    fields.put(name + "-year", String.valueOf(day.getYear()));
    return fields;
  }
}
