package uk.nhs.icb.caseworkflows.app;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.nhs.icb.caseworkflows.app.HostileText.Probe;

/**
 * Output escaping from end to end. A cross-site scripting payload, tagged with its field, goes into
 * every free-text field of a complaint that a person can fill in: through the intake form and every
 * step's form (the way staff work), and through the REST API where only it takes the text (a spoken
 * complaint resolved at once, a consent's withdrawal). Seven complaints carry them through every
 * ending: answered after a returned draft, out of time, outside the ICB's remit, consent not given,
 * withdrawn, resolved orally, and one stopped for a missing consent.
 *
 * <p>Then every page that shows the complaints' data is fetched (case list with filters, case
 * pages, every step form, the task lists, the intake form and the step forms shown again with a
 * message), every letter is downloaded, and the API's answers and problems are read. A payload
 * found as live markup anywhere is a hole; a payload that should be there and does not read back as
 * its own text means a page or letter lost or mangled it. Which payload was seen where is kept for
 * the report.
 */
final class EscapingSweep extends EscapingChecks.Sweep {

  /**
   * What the sweep reports, asserted exactly (address lines count as one field). Its complaint is
   * made for someone else and closes partly upheld, so among its 20 letters are the two asking the
   * service user and the carer to consent to a published story.
   */
  static final EscapingChecks.Counts EXPECTED =
      new EscapingChecks.Counts(57, 65, 56, 20, 11, List.of("n32", "n43", "n44", "n50", "n53"));

  private static final String HANDLER = "complaints-handler";
  private static final String MANAGER = "complaints-manager";

  private final StaffSession handler;
  private final StaffSession manager;

  EscapingSweep(Api api) {
    super(api);
    this.handler = signIn(HANDLER);
    this.manager = signIn(MANAGER);
  }

  // ---------------------------------------------------------------------------------------------
  // The complaints

  @Override
  void typeAndLook() {
    String answered = answeredAfterAReturnedDraft();
    String late = outOfTime();
    String outside = outsideRemit();
    String refused = consentNotGiven();
    String withdrawn = withdrawn();
    String oral = resolvedOrally();
    String stopped = stoppedForAMissingConsent();

    casePages(answered, late, outside, refused, withdrawn, oral, stopped);
    caseLists(answered);
    formsOf(answered);
    formsShownAgainWithMessages(answered);
    taskLists("after");
    apiAnswers(answered, oral);
    lettersOf(answered, ANSWERED_LETTERS);
    lettersOf(late, Map.of("complaint-outside-remit", tags("n33")));
    lettersOf(outside, Map.of("complaint-outside-remit", tags("n34a", "n34b")));
    lettersOf(refused, Map.of());
    lettersOf(withdrawn, Map.of());
    lettersOf(oral, Map.of());
    lettersOf(stopped, Map.of("complaint-acknowledgement", tags("n55")));
    // The IG officer's pages: the complaint closed out of time, kept longer with a reason.
    retentionPages("complaint", late, "n59", null, null);
  }

  /** Every step, every form, a draft returned once, as staff work a complaint in the pages. */
  private String answeredAfterAReturnedDraft() {
    Map<String, String> intake = new LinkedHashMap<>();
    intake.put("channel", "LETTER");
    intake.put("complainantName", typed(HostileText.full("n01", "complainantName")));
    intake.put(
        "complainantAddress",
        typed(HostileText.full("n02a", "complainantAddress (line 1)"))
            + "\n"
            + typed(HostileText.full("n02b", "complainantAddress (line 2)")));
    intake.put("complainantPostcode", typed(HostileText.tiny("n03", "complainantPostcode")));
    intake.put("complainantTelephone", typed(HostileText.medium("n04", "complainantTelephone")));
    intake.put("complainantEmail", typed(HostileText.full("n05", "complainantEmail")));
    intake.put("forSomeoneElse", "yes");
    intake.put("patientName", typed(HostileText.full("n06", "patientName")));
    date(intake, "patientDateOfBirth", LocalDate.of(1950, 1, 1));
    intake.put(
        "patientAddress",
        typed(HostileText.full("n07a", "patientAddress (line 1)"))
            + "\n"
            + typed(HostileText.full("n07b", "patientAddress (line 2)")));
    intake.put("patientPostcode", typed(HostileText.tiny("n08", "patientPostcode")));
    intake.put("standing", "PATIENT_REQUEST");
    intake.put("standingEvidence", typed(HostileText.full("n09", "standingEvidence")));
    intake.put("subject", typed(HostileText.full("n10", "subject")));
    intake.put(
        "peopleNamed",
        typed(HostileText.full("n11a", "peopleNamed (line 1)"))
            + "\n"
            + typed(HostileText.full("n11b", "peopleNamed (line 2)")));
    intake.put("whatHappened", typed(HostileText.full("n12", "whatHappened")));
    date(intake, "happenedOn", today.minusMonths(1));
    intake.put("desiredOutcome", typed(HostileText.full("n13", "desiredOutcome")));

    // First with a payload where the NHS number goes: the form comes back with every answer.
    Map<String, String> wrongNumber = new LinkedHashMap<>(intake);
    wrongNumber.put("patientNhsNumber", typed(HostileText.full("n14", "patientNhsNumber")));
    checkPage(
        "intake form shown again (NHS number refused)",
        handler.submit("complaints/new", wrongNumber),
        tags(
            "n01", "n02a", "n02b", "n03", "n04", "n05", "n06", "n07a", "n07b", "n08", "n09", "n10",
            "n11a", "n11b", "n12", "n13", "n14"));
    intake.put("patientNhsNumber", "9434765919");
    String id = idFrom(submitted("complaints/new", intake));

    step(id, "remit-decision", Map.of("withinRemit", "yes"));
    step(id, "acknowledgement", Map.of());
    step(
        id,
        "standing-decision",
        Map.of(
            "accepted",
            "yes",
            "standingReasons",
            typed(HostileText.full("n56", "standing reasons"))));
    consent(id, "COMPLAINANT", "PROCESS_CASE", null, null);
    consent(
        id,
        "PATIENT",
        "REPRESENTATIVE_TO_ACT",
        typed(HostileText.full("n15", "consent giverName")),
        typed(HostileText.full("n16", "consent giverStanding")));
    consent(id, "PATIENT", "SHARE_WITH_PROVIDER", null, null);
    consent(id, "COMPLAINANT", "SHARE_IDENTITY_WITH_SUBJECT", null, null);
    step(
        id,
        "plan",
        Map.of(
            "issues",
            typed(HostileText.full("n17a", "plan issues (line 1)"))
                + "\n"
                + typed(HostileText.full("n17b", "plan issues (line 2)")),
            "investigatedBy",
            "ICB",
            "anonymityRequested",
            "yes"));
    step(
        id,
        "anonymity-decision",
        Map.of("anonymous", "no", "reason", typed(HostileText.full("n18", "anonymity reason"))));
    step(id, "complainant-choice", Map.of("proceed", "yes"));

    checkPage("case page while investigated", handler.get("complaints/" + id), tags("n01", "n17a"));
    taskLists("while investigated");

    Map<String, String> evidence = new LinkedHashMap<>();
    evidence.put("kind", "DOCUMENT");
    evidence.put("summary", typed(HostileText.full("n19", "evidence summary")));
    evidence.put("source", typed(HostileText.full("n20", "evidence source")));
    date(evidence, "receivedOn", today);
    step(id, "evidence", evidence);
    Map<String, String> request = new LinkedHashMap<>();
    request.put("whatIsAsked", typed(HostileText.full("n21", "provider request whatIsAsked")));
    date(request, "dueBy", today.plusWeeks(3));
    step(id, "provider-request", request);
    step(id, "clock-stop", Map.of("reason", typed(HostileText.full("n22", "clock-stop reason"))));
    step(id, "clock-restart", Map.of());
    Map<String, String> newDate = new LinkedHashMap<>();
    date(newDate, "newDate", today.plusMonths(2));
    newDate.put("reason", typed(HostileText.full("n23", "response-date reason")));
    step(id, "response-date", newDate);
    step(id, "investigation-complete", Map.of());

    Map<String, String> draft = draft();
    step(id, "draft-response", draft);
    checkPage(
        "sign-off form with the draft",
        manager.get("complaints/" + id + "/sign-off"),
        tags("n17a", "n17b", "n24a", "n24b", "n25a", "n25b", "n26", "n27", "n28", "n29"));
    submitted(
        manager,
        "complaints/" + id + "/sign-off",
        Map.of(
            "decision", "return", "comments", typed(HostileText.full("n31", "sign-off comments"))));
    step(id, "draft-response", draft);
    submitted(manager, "complaints/" + id + "/sign-off", Map.of("decision", "approve"));
    // Further local resolution through its two forms: both answers read back as text.
    submitted(
        "complaints/" + id + "/reopening",
        Map.of("unresolved", typed(HostileText.full("n57", "reopening unresolved"))));
    step(
        id,
        "further-response",
        Map.of("furtherResponse", typed(HostileText.full("n58", "further response"))));
    checkPage(
        "case page after a further response", handler.get("complaints/" + id), tags("n57", "n58"));

    String consentId =
        file(id).getJsonArray("consents").getValuesAs(JsonObject.class).stream()
            .filter(consent -> consent.getString("purpose").equals("SHARE_IDENTITY_WITH_SUBJECT"))
            .findFirst()
            .orElseThrow()
            .getString("id");
    Api.Answer withdrawn =
        api.post(
            HANDLER,
            "api/complaints/" + id + "/consents/" + consentId + "/withdrawal",
            Json.createObjectBuilder()
                .add("method", "WRITTEN")
                .add("reason", typed(HostileText.full("n32", "consent withdrawal reason (API)")))
                .build()
                .toString());
    checkJson("consent withdrawal answer (API)", withdrawn, 200, tags("n01", "n10"));
    return id;
  }

  private Map<String, String> draft() {
    Map<String, String> draft = new LinkedHashMap<>();
    draft.put("outcome-1", "UPHELD");
    draft.put("outcome-2", "PARTIALLY_UPHELD");
    draft.put(
        "steps",
        typed(HostileText.full("n24a", "draft steps (line 1)"))
            + "\n"
            + typed(HostileText.full("n24b", "draft steps (line 2)")));
    draft.put(
        "findings",
        typed(HostileText.full("n25a", "draft findings (line 1)"))
            + "\n"
            + typed(HostileText.full("n25b", "draft findings (line 2)")));
    draft.put("overallSummary", typed(HostileText.full("n26", "draft overallSummary")));
    draft.put("apology", typed(HostileText.full("n27", "draft apology")));
    draft.put("action-1-description", typed(HostileText.full("n28", "action description")));
    draft.put("action-1-owner", typed(HostileText.full("n29", "action owner")));
    date(draft, "action-1-dueBy", today.plusMonths(1));
    draft.put("satisfied", "no");
    draft.put("followUp", typed(HostileText.full("n30", "draft followUp")));
    return draft;
  }

  private String outOfTime() {
    String id = plainIntake("Ms Bethan Late", today.minusMonths(20));
    step(
        id,
        "late-decision",
        Map.of(
            "goodReason",
            "no",
            "fairly",
            "no",
            "note",
            typed(HostileText.full("n33", "late-decision note"))));
    return id;
  }

  private String outsideRemit() {
    String id = plainIntake("Mr Carys Remit", today.minusMonths(1));
    step(
        id,
        "remit-decision",
        Map.of(
            "withinRemit",
            "no",
            "reason",
            "NOT_NHS",
            "whereToGo",
            typed(HostileText.full("n34a", "whereToGo (line 1)"))
                + "\n"
                + typed(HostileText.full("n34b", "whereToGo (line 2)"))));
    return id;
  }

  private String consentNotGiven() {
    String id = plainIntake("Mrs Dilys Refused", today.minusMonths(1));
    step(id, "remit-decision", Map.of("withinRemit", "yes"));
    step(id, "acknowledgement", Map.of());
    step(
        id,
        "consent-refusal",
        Map.of("note", typed(HostileText.full("n35", "consent-refusal note"))));
    return id;
  }

  private String withdrawn() {
    String id = plainIntake("Mr Emrys Withdrawn", today.minusMonths(1));
    step(id, "withdrawal", Map.of("note", typed(HostileText.full("n36", "withdrawal note"))));
    return id;
  }

  /** Only the API records a spoken complaint resolved at once: every field through JSON. */
  private String resolvedOrally() {
    JsonObjectBuilder complainant =
        Json.createObjectBuilder()
            .add("name", typed(HostileText.full("n37", "complainant.name (API)")))
            .add(
                "addressLines",
                Json.createArrayBuilder()
                    .add(typed(HostileText.full("n38", "complainant.addressLines (API)"))))
            .add("postcode", typed(HostileText.tiny("n39", "complainant.postcode (API)")))
            .add("telephone", typed(HostileText.medium("n40", "complainant.telephone (API)")))
            .add("email", typed(HostileText.email("n41", "complainant.email (API)")));
    JsonObjectBuilder patient =
        Json.createObjectBuilder()
            .add("name", typed(HostileText.full("n42", "patient.name (API)")))
            .add("nhsNumber", "9434765919")
            .add("dateOfBirth", "1950-01-01")
            .add(
                "addressLines",
                Json.createArrayBuilder()
                    .add(typed(HostileText.full("n43", "patient.addressLines (API)"))))
            .add("postcode", typed(HostileText.tiny("n44", "patient.postcode (API)")));
    JsonObjectBuilder complaint =
        Json.createObjectBuilder()
            .add("channel", "TELEPHONE")
            .add("receivedAt", Instant.now().minusSeconds(3600).toString())
            .add("complainant", complainant)
            .add("patient", patient)
            .add(
                "representation",
                Json.createObjectBuilder()
                    .add("standing", "LACKS_CAPACITY")
                    .add(
                        "evidence",
                        typed(HostileText.full("n45", "representation.evidence (API)"))))
            .add(
                "subject",
                Json.createObjectBuilder()
                    .add(
                        "organisationOrService",
                        typed(HostileText.full("n46", "subject.organisationOrService (API)")))
                    .add(
                        "peopleNamed",
                        Json.createArrayBuilder()
                            .add(typed(HostileText.full("n47", "subject.peopleNamed (API)")))))
            .add(
                "details",
                Json.createObjectBuilder()
                    .add(
                        "whatHappened",
                        typed(HostileText.full("n48", "details.whatHappened (API)")))
                    .add("happenedOn", today.toString())
                    .add(
                        "desiredOutcome",
                        typed(HostileText.full("n49", "details.desiredOutcome (API)"))));
    Api.Answer recorded =
        api.post(
            HANDLER,
            "api/complaints/resolved-orally",
            Json.createObjectBuilder()
                .add("complaint", complaint)
                .add("howResolved", typed(HostileText.full("n50", "howResolved (API)")))
                .add("resolvedAt", Instant.now().toString())
                .build()
                .toString());
    checkJson(
        "spoken complaint resolved at once (API answer)",
        recorded,
        201,
        tags("n37", "n38", "n39", "n40", "n41", "n42", "n46", "n47", "n48", "n49"));
    return recorded.json().getString("id");
  }

  /**
   * The plan needs the complainant's consent to be named; its refusal names the complainant, so the
   * problem (API) and the error summary (page) print a payload back.
   */
  private String stoppedForAMissingConsent() {
    Api.Answer received =
        api.post(
            HANDLER,
            "api/complaints",
            Json.createObjectBuilder()
                .add("channel", "EMAIL")
                .add(
                    "complainant",
                    Json.createObjectBuilder()
                        .add("name", typed(HostileText.full("n55", "complainant.name (API)"))))
                .add(
                    "subject",
                    Json.createObjectBuilder()
                        .add("organisationOrService", "Northvale GP Practice"))
                .add(
                    "details",
                    Json.createObjectBuilder()
                        .add("whatHappened", "The repeat prescription was lost twice.")
                        .add("happenedOn", today.minusMonths(1).toString()))
                .build()
                .toString());
    checkJson("intake answer (API)", received, 201, tags("n55"));
    String id = received.json().getString("id");
    step(id, "remit-decision", Map.of("withinRemit", "yes"));
    consent(id, "COMPLAINANT", "PROCESS_CASE", null, null);
    consent(id, "COMPLAINANT", "SHARE_WITH_PROVIDER", null, null);
    step(id, "acknowledgement", Map.of());

    // Refused for want of the complainant's consent to be named: the message names them.
    checkJson(
        "plan refused for a missing consent (API problem)",
        api.post(
            HANDLER,
            "api/complaints/" + id + "/plan",
            "{\"issues\":[\"Lost prescription\"],\"investigatedBy\":\"ICB\",\"anonymityRequested\":false}"),
        409,
        tags("n55"));
    checkPage(
        "plan form shown again (consent missing)",
        handler.submit(
            "complaints/" + id + "/plan",
            Map.of(
                "issues",
                "Lost prescription",
                "investigatedBy",
                "ICB",
                "anonymityRequested",
                "no")),
        tags("n55"));
    return id;
  }

  // ---------------------------------------------------------------------------------------------
  // The sweep

  private void casePages(
      String answered,
      String late,
      String outside,
      String refused,
      String withdrawn,
      String oral,
      String stopped) {
    checkPage(
        "case page (answered)",
        handler.get("complaints/" + answered),
        tags(
            "n01", "n02a", "n02b", "n03", "n04", "n05", "n06", "n09", "n10", "n11a", "n11b", "n12",
            "n13", "n17a", "n17b", "n19", "n20"));
    checkPage("case page (out of time)", handler.get("complaints/" + late));
    checkPage("case page (outside remit)", handler.get("complaints/" + outside));
    checkPage("case page (consent not given)", handler.get("complaints/" + refused));
    checkPage("case page (withdrawn)", handler.get("complaints/" + withdrawn));
    checkPage(
        "case page (resolved orally)",
        handler.get("complaints/" + oral),
        tags("n37", "n38", "n39", "n40", "n41", "n42", "n45", "n46", "n47", "n48", "n49"));
    checkPage("case page (consent missing)", handler.get("complaints/" + stopped), tags("n55"));
  }

  private void caseLists(String answered) {
    String reference = file(answered).getString("reference");
    checkPage("case list", handler.get("complaints"), tags("n01", "n37", "n55"));
    checkPage("case list, by reference", handler.get("complaints?q=" + reference), tags("n01"));
    checkPage(
        "case list, by status and overdue", handler.get("complaints?status=CLOSED&overdue=true"));
    Probe q = HostileText.full("n51", "case list filter q");
    Probe by = HostileText.full("n52", "case list filter handler");
    register(q);
    register(by);
    checkPage(
        "case list, filters shown again with a wrong date",
        handler.get(
            "complaints?q="
                + encode(q.value())
                + "&handler="
                + encode(by.value())
                + "&receivedFrom-day=40&receivedFrom-month=13&receivedFrom-year=2026"),
        tags("n51", "n52"));
  }

  /** Every step's form of the answered complaint: what the forms show of the file. */
  private void formsOf(String id) {
    Map<String, List<String>> shows = new LinkedHashMap<>();
    shows.put("late-decision", tags("n12"));
    shows.put("remit-decision", tags("n10", "n12"));
    shows.put("acknowledgement", tags("n01"));
    shows.put("standing-decision", tags("n01", "n06", "n09"));
    shows.put("consent", tags("n01", "n06"));
    shows.put("consent-refusal", tags());
    shows.put("plan", tags("n12", "n13"));
    shows.put("anonymity-decision", tags());
    shows.put("complainant-choice", tags());
    shows.put("evidence", tags());
    shows.put("provider-request", tags("n10"));
    shows.put("clock-stop", tags());
    shows.put("clock-restart", tags());
    shows.put("response-date", tags());
    shows.put("investigation-complete", tags("n19", "n20"));
    shows.put("draft-response", tags("n17a", "n17b"));
    shows.put("withdrawal", tags());
    shows.forEach(
        (form, expected) ->
            checkPage("form " + form, handler.get("complaints/" + id + "/" + form), expected));
    checkPage(
        "form sign-off",
        manager.get("complaints/" + id + "/sign-off"),
        tags("n17a", "n17b", "n24a", "n24b", "n25a", "n25b", "n26", "n27", "n28", "n29"));
  }

  /**
   * Every free-text answer of every form, typed again and shown back with a message: a required
   * answer left out, or the step refused because the complaint has closed.
   */
  private void formsShownAgainWithMessages(String answered) {
    String base = "complaints/" + answered + "/";
    shownAgain(handler, base + "late-decision", Map.of("note", valueOf("n33")), "n33");
    shownAgain(
        handler,
        base + "remit-decision",
        Map.of("withinRemit", "no", "whereToGo", valueOf("n34a") + "\n" + valueOf("n34b")),
        "n34a",
        "n34b");
    Map<String, String> consent = new LinkedHashMap<>();
    consent.put("giverName", valueOf("n15"));
    consent.put("giverStanding", valueOf("n16"));
    shownAgain(handler, base + "consent", consent, "n15", "n16");
    shownAgain(handler, base + "consent-refusal", Map.of("note", valueOf("n35")), "n35");
    shownAgain(
        handler, base + "standing-decision", Map.of("standingReasons", valueOf("n56")), "n56");
    shownAgain(
        handler,
        base + "plan",
        Map.of("issues", valueOf("n17a") + "\n" + valueOf("n17b")),
        "n17a",
        "n17b");
    shownAgain(handler, base + "anonymity-decision", Map.of("reason", valueOf("n18")), "n18");
    shownAgain(
        handler,
        base + "evidence",
        Map.of("summary", valueOf("n19"), "source", valueOf("n20")),
        "n19",
        "n20");
    shownAgain(handler, base + "provider-request", Map.of("whatIsAsked", valueOf("n21")), "n21");
    shownAgain(handler, base + "clock-stop", Map.of("reason", valueOf("n22")), "n22");
    shownAgain(handler, base + "response-date", Map.of("reason", valueOf("n23")), "n23");
    shownAgain(
        handler,
        base + "draft-response",
        draft(),
        "n24a",
        "n24b",
        "n25a",
        "n25b",
        "n26",
        "n27",
        "n28",
        "n29",
        "n30");
    shownAgain(manager, base + "sign-off", Map.of("comments", valueOf("n31")), "n31");
    shownAgain(handler, base + "withdrawal", Map.of("note", valueOf("n36")), "n36");
  }

  private void shownAgain(
      StaffSession who, String path, Map<String, String> typed, String... tags) {
    checks.shownAgain(who, path, typed, tags);
  }

  private void taskLists(String when) {
    checkPage("my tasks (" + when + ")", handler.get("tasks?assigned=all&size=100"));
    checkPage("team's tasks (" + when + ")", manager.get("team-tasks"));
  }

  private void apiAnswers(String answered, String oral) {
    checkJson(
        "complaint file (API)",
        api.get(HANDLER, "api/complaints/" + answered),
        200,
        tags(
            "n01", "n02a", "n02b", "n03", "n04", "n05", "n06", "n10", "n11a", "n11b", "n12", "n13",
            "n17a", "n17b", "n19", "n20", "n21"));
    checkJson(
        "complaint file, resolved orally (API)",
        api.get(HANDLER, "api/complaints/" + oral),
        200,
        tags("n37", "n38", "n39", "n40", "n41", "n42", "n46", "n47", "n48", "n49"));
    checkJson(
        "case list (API)",
        api.get(HANDLER, "api/complaints?q=" + file(answered).getString("reference")),
        200,
        tags("n01"));
    checkJson(
        "letters list (API)",
        api.get(HANDLER, "api/cases/complaint/" + answered + "/letters"),
        200,
        tags("n01", "n10"));
    Probe channel = HostileText.full("n53", "channel (API, refused)");
    register(channel);
    checkJson(
        "intake refused (API problem)",
        api.post(
            HANDLER,
            "api/complaints",
            Json.createObjectBuilder()
                .add("channel", channel.value())
                .add("complainant", Json.createObjectBuilder().add("name", valueOf("n01")))
                .build()
                .toString()),
        400);
    checkJson(
        "step refused on a closed complaint (API problem)",
        api.post(
            HANDLER,
            "api/complaints/" + answered + "/clock-stop",
            Json.createObjectBuilder().add("reason", valueOf("n22")).build().toString()),
        409);
  }

  /** The letters of the answered complaint, and the payloads each quotes. */
  private static final Map<String, List<String>> ANSWERED_LETTERS =
      Map.of(
          "complaint-acknowledgement", List.of("n01", "n02a", "n02b", "n03"),
          "complaint-consent-form", List.of("n01", "n06", "n10"),
          "complaint-identity-needed", List.of("n01", "n06", "n10", "n18"),
          "complaint-disclosure-notice", List.of("n01", "n06", "n10", "n17a", "n17b"),
          "complaint-final-response",
              List.of(
                  "n01", "n17a", "n17b", "n24a", "n24b", "n25a", "n25b", "n26", "n27", "n28", "n29",
                  "n30"));

  /**
   * Downloads every letter of a complaint. Each must print the payloads it quotes as text, and hold
   * nothing that can act; a letter expected but not sent is reported too.
   */
  private void lettersOf(String id, Map<String, List<String>> quotes) {
    checks.lettersOf(api, HANDLER, "complaint", id, file(id).getString("reference"), quotes);
  }

  // ---------------------------------------------------------------------------------------------
  // Checks (the shared EscapingChecks)

  private void checkPage(String name, Api.Answer page) {
    checks.page(name, page);
  }

  private void checkPage(String name, Api.Answer page, List<String> expected) {
    checks.page(name, page, expected);
  }

  private void checkJson(String name, Api.Answer answer, int status) {
    checks.json(name, answer, status);
  }

  private void checkJson(String name, Api.Answer answer, int status, List<String> expected) {
    checks.json(name, answer, status, expected);
  }

  // ---------------------------------------------------------------------------------------------
  // Working the pages

  private void register(Probe probe) {
    checks.register(probe);
  }

  private static List<String> tags(String... tags) {
    return EscapingChecks.tags(tags);
  }

  private void step(String id, String form, Map<String, String> answers) {
    submitted(handler, "complaints/" + id + "/" + form, answers);
  }

  private Api.Answer submitted(String path, Map<String, String> answers) {
    return submitted(handler, path, answers);
  }

  private Api.Answer submitted(StaffSession who, String path, Map<String, String> answers) {
    return EscapingChecks.submitted(who, path, answers);
  }

  private void consent(String id, String whose, String purpose, String giver, String standing) {
    Map<String, String> consent = new LinkedHashMap<>();
    consent.put("whose", whose);
    consent.put("purpose", purpose);
    consent.put("givenAs", giver == null ? "THE_PERSON" : "REPRESENTATIVE");
    if (giver != null) {
      consent.put("giverName", giver);
      consent.put("giverStanding", standing);
    }
    consent.put("method", "WRITTEN");
    date(consent, "givenOn", today);
    step(id, "consent", consent);
  }

  private String plainIntake(String name, LocalDate happenedOn) {
    Map<String, String> intake = new LinkedHashMap<>();
    intake.put("channel", "EMAIL");
    intake.put("complainantName", name);
    intake.put("complainantAddress", "3 Castle Street\nLuton");
    intake.put("forSomeoneElse", "no");
    intake.put("subject", "Northvale GP Practice");
    intake.put("whatHappened", "The surgery did not call back.");
    date(intake, "happenedOn", happenedOn);
    return idFrom(submitted("complaints/new", intake));
  }

  private static void date(Map<String, String> form, String name, LocalDate date) {
    EscapingChecks.date(form, name, date);
  }

  private static String idFrom(Api.Answer created) {
    return EscapingChecks.idFrom(created);
  }

  private JsonObject file(String id) {
    return api.get(HANDLER, "api/complaints/" + id).json();
  }

  private static String encode(String text) {
    return EscapingChecks.encode(text);
  }
}
