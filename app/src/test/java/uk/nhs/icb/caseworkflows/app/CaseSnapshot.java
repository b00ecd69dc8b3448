package uk.nhs.icb.caseworkflows.app;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything the API shows of one case, read by roles that may see it: the case file as its
 * workflow's endpoint gives it (its documents and open steps are listed there), its letters, and
 * the changes its audit trail records. Two snapshots are equal when nothing a change could alter
 * differs, so a refused request that left the case as it was leaves an equal snapshot.
 *
 * <p>Left out, each for a reason: the audit trail's READ entries, and the same entries where the
 * case file lists its history, because taking a snapshot reads the case, its letters and its trail
 * and so adds them itself (a read changes nothing; what a request changed is a CHANGE entry). They
 * are recognised by their action, as the trail names it for a READ entry. Nothing else of the case
 * file is left out: it has no field computed from the present moment (deadlines are dates fixed
 * when they are set), and the test takes two snapshots in a row before it relies on equality, so a
 * field that moved on its own would show there. The file lists at most the first 500 entries of its
 * history, so a case is used for a bounded number of requests (the test's cap) before a fresh one.
 */
record CaseSnapshot(
    String caseType, String caseId, JsonValue file, JsonValue letters, List<JsonObject> changes) {

  /** Who reads a case of each type, and where its file is. */
  private static final Map<String, String[]> READERS =
      Map.of(
          "complaint", new String[] {"complaints-handler", "api/complaints/"},
          "chc", new String[] {"chc-assessor", "api/chc/"},
          "ifr", new String[] {"ifr-coordinator", "api/ifr/"},
          // A story's file; its consent letters are issued on its complaint, whose own snapshot
          // holds them, so a story's snapshot reads no letters of its own.
          "story", new String[] {"complaints-manager", "api/stories/"},
          // A panel meeting and a policy signal have no letters either.
          "ifr-panel-meeting", new String[] {"ifr-coordinator", "api/ifr-panel-meetings/"},
          "ifr-signal", new String[] {"ifr-coordinator", "api/ifr-policy-signals/"});

  /** The types whose own letters a snapshot reads. */
  private static final Set<String> WITH_LETTERS = Set.of("complaint", "chc", "ifr");

  /** Whether a snapshot can be taken of {@code ready}'s case: it names one, of a known type. */
  static boolean canTake(RealCases.Ready ready) {
    return ready.caseId() != null && READERS.containsKey(ready.caseType());
  }

  /** The audit trail's reader: the IG officer is the only role that may search it. */
  private static final String AUDIT_READER = "ig-officer";

  static CaseSnapshot take(
      String caseType, String caseId, Function<String, StaffSession> sessions) {
    String[] reader = READERS.get(caseType);
    if (reader == null) {
      throw new IllegalArgumentException("no snapshot for a case of type " + caseType);
    }
    StaffSession session = sessions.apply(reader[0]);
    JsonValue file = read(session, reader[1] + caseId);
    JsonValue letters =
        !WITH_LETTERS.contains(caseType)
            ? JsonValue.EMPTY_JSON_ARRAY
            : read(session, "api/cases/" + caseType + "/" + caseId + "/letters");
    List<JsonObject> trail = trail(sessions.apply(AUDIT_READER), caseType, caseId);
    Set<String> reads =
        trail.stream()
            .filter(entry -> entry.getString("kind").equals("READ"))
            .map(entry -> entry.getString("action"))
            .collect(Collectors.toSet());
    List<JsonObject> changes =
        trail.stream().filter(entry -> entry.getString("kind").equals("CHANGE")).toList();
    return new CaseSnapshot(caseType, caseId, withoutReads(file, reads), letters, changes);
  }

  /** The file with its history's read entries left out (see above), everything else as it is. */
  private static JsonValue withoutReads(JsonValue file, Set<String> reads) {
    if (!(file instanceof JsonObject object) || !object.containsKey("history")) {
      return file;
    }
    JsonArrayBuilder history = Json.createArrayBuilder();
    object.getJsonArray("history").getValuesAs(JsonObject.class).stream()
        .filter(entry -> !reads.contains(entry.getString("action", "")))
        .forEach(history::add);
    return Json.createObjectBuilder(object).add("history", history).build();
  }

  /** What differs from {@code later}, for a failure's message; empty when they are equal. */
  String differencesFrom(CaseSnapshot later) {
    List<String> what = new ArrayList<>();
    if (!file.equals(later.file)) {
      what.add("file: " + file + " -> " + later.file);
    }
    if (!letters.equals(later.letters)) {
      what.add("letters: " + letters + " -> " + later.letters);
    }
    if (!changes.equals(later.changes)) {
      what.add(
          "audit changes: "
              + changes.size()
              + " -> "
              + later.changes.size()
              + " "
              + later.changes.subList(
                  Math.min(changes.size(), later.changes.size()), later.changes.size()));
    }
    return String.join("; ", what);
  }

  private static JsonValue read(StaffSession session, String path) {
    Api.Answer answer = session.get(path);
    if (answer.status() == 410) {
      // A case destroyed at the end of its retention (the destruction's valid twin): its file and
      // letters are gone, which is what the snapshot then holds.
      return Json.createObjectBuilder().add("gone", answer.status()).build();
    }
    if (answer.status() != 200) {
      throw new IllegalStateException(path + ": " + answer.status() + " " + answer.body());
    }
    JsonStructure structure = answer.structure();
    return structure;
  }

  /** The case's audit entries, every page of them, oldest first, each entry whole. */
  private static List<JsonObject> trail(StaffSession ig, String caseType, String caseId) {
    List<JsonObject> entries = new ArrayList<>();
    for (int page = 0; ; page++) {
      JsonObject found =
          (JsonObject)
              read(
                  ig,
                  "api/audit?caseType="
                      + caseType
                      + "&caseId="
                      + caseId
                      + "&size=100&page="
                      + page);
      List<JsonObject> items = found.getJsonArray("items").getValuesAs(JsonObject.class);
      entries.addAll(items);
      if (items.isEmpty() || (long) (page + 1) * 100 >= found.getJsonNumber("total").longValue()) {
        return entries;
      }
    }
  }
}
