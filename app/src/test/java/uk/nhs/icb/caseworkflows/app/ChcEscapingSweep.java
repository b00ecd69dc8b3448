package uk.nhs.icb.caseworkflows.app;

import static uk.nhs.icb.caseworkflows.app.EscapingChecks.date;
import static uk.nhs.icb.caseworkflows.app.EscapingChecks.encode;
import static uk.nhs.icb.caseworkflows.app.EscapingChecks.idFrom;
import static uk.nhs.icb.caseworkflows.app.EscapingChecks.submitted;
import static uk.nhs.icb.caseworkflows.app.EscapingChecks.tags;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.nhs.icb.caseworkflows.app.HostileText.Probe;

/**
 * Output escaping from end to end for NHS Continuing Healthcare, as {@link EscapingSweep} does for
 * complaints and with the same checks ({@link EscapingChecks}). A tagged payload goes into every
 * free-text field of a CHC case a person can fill in, through the pages where staff type them: the
 * referral (the person, their representative, the referrer, both communication-needs notes), the
 * capacity assessment and best-interests decision, the Checklist (who completed it and the evidence
 * of all 11 domains), the Decision Support Tool (the evidence of all 12 domains, the team, the
 * individual's view), the team's recommendation on the four characteristics, the panel's decision
 * (reasons and reasons for departing from the recommendation) and the FNC decision. The consent
 * form has no free text in CHC (the giver is the person, their representative named on the
 * referral, or a best-interests decision recorded with the capacity assessment), and the REST API
 * takes no free text the pages do not; the API is still fed payloads where it refuses them.
 *
 * <p>Then the CHC list (with and without filters, and with a filter refused), both case pages,
 * every step form, the forms shown again with a message, the task lists, the API's answers and
 * problems and every letter (the DST summary among them) are checked.
 */
final class ChcEscapingSweep extends EscapingChecks.Sweep {

  /** What the sweep reports, asserted exactly (address lines count as one field). */
  static final EscapingChecks.Counts EXPECTED =
      new EscapingChecks.Counts(65, 68, 39, 7, 9, List.of("c53", "c54"));

  private static final String ASSESSOR = "chc-assessor";
  private static final String PANEL = "chc-panel";

  static final String[] CHECKLIST_DOMAINS = {
    "BREATHING",
    "NUTRITION",
    "CONTINENCE",
    "SKIN_INTEGRITY",
    "MOBILITY",
    "COMMUNICATION",
    "PSYCHOLOGICAL_AND_EMOTIONAL_NEEDS",
    "COGNITION",
    "BEHAVIOUR",
    "DRUG_THERAPIES_AND_MEDICATION",
    "ALTERED_STATES_OF_CONSCIOUSNESS"
  };

  static final String[] DST_DOMAINS = {
    "BEHAVIOUR", "COGNITION", "PSYCHOLOGICAL_AND_EMOTIONAL_NEEDS", "COMMUNICATION", "MOBILITY",
    "NUTRITION", "CONTINENCE", "SKIN_INTEGRITY", "BREATHING", "DRUG_THERAPIES_AND_MEDICATION",
    "ALTERED_STATES_OF_CONSCIOUSNESS", "OTHER_SIGNIFICANT_CARE_NEEDS"
  };

  /** The tags of the Checklist's evidence, domain by domain: c19 to c29. */
  private static final List<String> CHECKLIST_EVIDENCE = numbered(19, CHECKLIST_DOMAINS.length);

  /** The tags of the DST's evidence, domain by domain: c30 to c41. */
  private static final List<String> DST_EVIDENCE = numbered(30, DST_DOMAINS.length);

  private final StaffSession assessor;
  private final StaffSession panel;

  ChcEscapingSweep(Api api) {
    super(api);
    this.assessor = signIn(ASSESSOR);
    this.panel = signIn(PANEL);
  }

  @Override
  void typeAndLook() {
    String decided = decidedAgainstTheRecommendation();
    String fnc = nursingCareAfterANegativeChecklist();
    String fastTrack = fastTrackWithAPackageAndAReview();
    localResolutionOf(decided);

    checks.page(
        "case page (decided)",
        assessor.get("chc-cases/" + decided),
        tags(
            "c01", "c02a", "c02b", "c03", "c05", "c06", "c12", "c13", "c14", "c15", "c16", "c17",
            "c49"));
    checks.page("case page (FNC)", assessor.get("chc-cases/" + fnc), tags("c51"));
    checks.page(
        "case page (Fast Track, package reviewed)",
        assessor.get("chc-cases/" + fastTrack),
        tags("c55", "c56", "c57", "c58", "c59", "c60", "c61", "c62"));
    checks.page(
        "case page (local resolution)", assessor.get("chc-cases/" + decided), tags("c63", "c64"));
    checks.json(
        "CHC file, Fast Track (API)",
        api.get(ASSESSOR, "api/chc/" + fastTrack),
        200,
        tags("c55", "c56", "c57", "c58", "c59", "c60", "c61", "c62"));
    caseLists(decided);
    taskLists("after");
    apiAnswers(decided, fnc);
    checks.lettersOf(
        api,
        ASSESSOR,
        "chc",
        decided,
        reference(decided),
        Map.of(
            "chc-checklist-outcome", tags("c01", "c02a", "c02b", "c03", "c18"),
            "chc-dst-summary", dstSummaryQuotes(),
            "chc-eligibility-decision", tags("c01", "c02a", "c02b", "c03", "c49"),
            "chc-local-resolution-outcome", tags("c01", "c02a", "c02b", "c03", "c64")));
    checks.lettersOf(
        api,
        ASSESSOR,
        "chc",
        fastTrack,
        reference(fastTrack),
        // Two care package letters, the first naming c58's provider and the second c61's: each is
        // checked for anything that can act; the provider each prints is checked on the page.
        Map.of("chc-care-package", tags()));
    checks.lettersOf(
        api,
        ASSESSOR,
        "chc",
        fnc,
        reference(fnc),
        Map.of("chc-checklist-outcome", tags(), "chc-nursing-care", tags("c51")));
    // The IG officer's pages: the FNC case, closed after its letter, kept longer. The decided case
    // waits months for a request for an independent review, so no CHC case here is ever due for
    // destruction; the IFR sweep types into the destruction's appraisal.
    retentionPages("chc", fnc, "c65", null, null);
  }

  private static List<String> dstSummaryQuotes() {
    List<String> quotes = new ArrayList<>(tags("c01", "c02a", "c02b", "c03"));
    quotes.addAll(DST_EVIDENCE);
    quotes.addAll(tags("c42", "c43", "c44", "c45", "c46", "c47", "c48"));
    return quotes;
  }

  // ---------------------------------------------------------------------------------------------
  // The cases

  /**
   * Every step in the pages: a referral with a representative, a person who lacks capacity and a
   * best-interests decision, a positive Checklist, the DST and the team's recommendation of
   * eligibility, and the panel departing from it with its reasons.
   */
  private String decidedAgainstTheRecommendation() {
    Map<String, String> referral = new LinkedHashMap<>();
    referral.put("individualName", typed(HostileText.full("c01", "individualName")));
    date(referral, "individualDateOfBirth", LocalDate.of(1938, 4, 9));
    referral.put(
        "individualAddress",
        typed(HostileText.full("c02a", "individualAddress (line 1)"))
            + "\n"
            + typed(HostileText.full("c02b", "individualAddress (line 2)")));
    referral.put("individualPostcode", typed(HostileText.tiny("c03", "individualPostcode")));
    referral.put("individualNeedsNote", typed(HostileText.full("c04", "individualNeedsNote")));
    referral.put("route", "CHECKLIST");
    referral.put("referredBy", typed(HostileText.full("c05", "referredBy")));
    referral.put("livesIn", "OWN_HOME");
    referral.put("representativeName", typed(HostileText.full("c06", "representativeName")));
    referral.put(
        "representativeAddress",
        typed(HostileText.full("c07a", "representativeAddress (line 1)"))
            + "\n"
            + typed(HostileText.full("c07b", "representativeAddress (line 2)")));
    referral.put(
        "representativePostcode", typed(HostileText.tiny("c08", "representativePostcode")));
    referral.put(
        "representativeTelephone", typed(HostileText.medium("c09", "representativeTelephone")));
    referral.put("representativeEmail", typed(HostileText.email("c10", "representativeEmail")));
    referral.put(
        "representativeNeedsNote", typed(HostileText.full("c11", "representativeNeedsNote")));
    referral.put("standing", "LASTING_POWER_OF_ATTORNEY");

    // First with a payload where the NHS number goes: the form comes back with every answer.
    Map<String, String> wrongNumber = new LinkedHashMap<>(referral);
    wrongNumber.put(
        "individualNhsNumber", typed(HostileText.full("c00", "individualNhsNumber (refused)")));
    checks.page(
        "referral form shown again (NHS number refused)",
        assessor.submit("chc-cases/new", wrongNumber),
        tags(
            "c00", "c01", "c02a", "c02b", "c03", "c04", "c05", "c06", "c07a", "c07b", "c08", "c09",
            "c10", "c11"));
    referral.put("individualNhsNumber", "9434765919");
    String id = idFrom(submitted(assessor, "chc-cases/new", referral));
    String base = "chc-cases/" + id + "/";

    Map<String, String> capacity = capacity();
    submitted(assessor, base + "capacity", capacity);
    Map<String, String> consent = new LinkedHashMap<>();
    consent.put("purpose", "PROCESS_CASE");
    consent.put("givenAs", "BEST_INTERESTS_DECISION");
    consent.put("method", "WRITTEN");
    date(consent, "givenOn", today);
    submitted(assessor, base + "consent", consent);
    submitted(assessor, base + "assessment-decision", Map.of("assessmentAgreed", "yes"));
    checks.page("case page while screened", assessor.get("chc-cases/" + id), tags("c01", "c12"));
    taskLists("while screened");

    submitted(assessor, base + "checklist", checklist(CHECKLIST_DOMAINS.length));
    Map<String, String> received = new LinkedHashMap<>();
    date(received, "receivedOn", today);
    submitted(assessor, base + "checklist-completion", received);
    submitted(assessor, base + "dst", dst());
    submitted(assessor, base + "recommendation", recommendation());

    formsOf(id);
    formsShownAgainWithMessages(id);
    taskLists("awaiting the panel");

    Map<String, String> decision = new LinkedHashMap<>();
    decision.put("eligible", "no");
    decision.put("reasons", valueOf("c49"));
    decision.put("reasonsForDeparting", valueOf("c50"));
    submitted(panel, base + "decision", decision);
    return id;
  }

  private Map<String, String> capacity() {
    Map<String, String> capacity = new LinkedHashMap<>();
    capacity.put("decisionInQuestion", typed(HostileText.full("c12", "decisionInQuestion")));
    capacity.put("assessedBy", typed(HostileText.full("c13", "capacity assessedBy")));
    date(capacity, "assessedOn", today);
    capacity.put("outcome", "LACKS_CAPACITY");
    capacity.put("decidedBy", typed(HostileText.full("c14", "best interests decidedBy")));
    capacity.put("role", typed(HostileText.full("c15", "best interests role")));
    capacity.put("consulted", typed(HostileText.full("c16", "best interests consulted")));
    capacity.put("bestInterestsReasons", typed(HostileText.full("c17", "best interests reasons")));
    return capacity;
  }

  /** The Checklist's first {@code rated} domains (Behaviour and Cognition at A, so positive). */
  private Map<String, String> checklist(int rated) {
    Map<String, String> checklist = new LinkedHashMap<>();
    checklist.put("completedBy", typed(HostileText.full("c18", "Checklist completedBy")));
    for (int i = 0; i < CHECKLIST_DOMAINS.length; i++) {
      String domain = CHECKLIST_DOMAINS[i];
      checklist.put(
          "level-" + domain, domain.equals("BEHAVIOUR") || domain.equals("COGNITION") ? "A" : "C");
      String evidence =
          typed(HostileText.full(CHECKLIST_EVIDENCE.get(i), "Checklist evidence " + domain));
      if (i < rated) {
        checklist.put("evidence-" + domain, evidence);
      }
    }
    return checklist;
  }

  private Map<String, String> dst() {
    Map<String, String> dst = new LinkedHashMap<>();
    for (int i = 0; i < DST_DOMAINS.length; i++) {
      String domain = DST_DOMAINS[i];
      dst.put(
          "level-" + domain,
          domain.equals("BEHAVIOUR") || domain.equals("COGNITION")
              ? "SEVERE"
              : domain.equals("MOBILITY") ? "HIGH" : "LOW");
      dst.put(
          "evidence-" + domain,
          typed(HostileText.full(DST_EVIDENCE.get(i), "DST evidence " + domain)));
    }
    dst.put("member-1-name", typed(HostileText.full("c42", "MDT member name (line 1)")));
    dst.put("member-1-profession", "REGISTERED_NURSE");
    dst.put("member-2-name", typed(HostileText.full("c43", "MDT member name (line 2)")));
    dst.put("member-2-profession", "SOCIAL_WORKER");
    date(dst, "invitedOn", today);
    dst.put("givenBy", "THE_INDIVIDUAL");
    dst.put("view", typed(HostileText.full("c44", "individual's view")));
    return dst;
  }

  private Map<String, String> recommendation() {
    Map<String, String> recommendation = new LinkedHashMap<>();
    recommendation.put("outcome", "ELIGIBLE");
    recommendation.put("nature", typed(HostileText.full("c45", "recommendation nature")));
    recommendation.put("intensity", typed(HostileText.full("c46", "recommendation intensity")));
    recommendation.put("complexity", typed(HostileText.full("c47", "recommendation complexity")));
    recommendation.put(
        "unpredictability", typed(HostileText.full("c48", "recommendation unpredictability")));
    typed(HostileText.full("c49", "decision reasons"));
    typed(HostileText.full("c50", "decision reasonsForDeparting"));
    return recommendation;
  }

  /**
   * A negative Checklist for someone in a care home with nursing, set up through REST (its fields
   * are swept in the first case), then the FNC decision typed in the page.
   */
  private String nursingCareAfterANegativeChecklist() {
    String id = new ChcStates(Callers.basic(api)).awaitingNursingCareDecision("Mrs Joan Whitfield");
    String form = "chc-cases/" + id + "/nursing-care";
    Probe reasons = HostileText.full("c51", "FNC decision reasons");
    checks.shownAgain(assessor, form, Map.of("reasons", typed(reasons)), "c51");
    submitted(assessor, form, Map.of("payable", "yes", "reasons", valueOf("c51")));
    return id;
  }

  /**
   * A Fast Track case: the tool's clinician, registration and reason through REST (the pages take
   * no Fast Track referral), then the package and a review that changes it typed in the pages, each
   * form first shown again with a message.
   */
  private String fastTrackWithAPackageAndAReview() {
    Probe clinician = HostileText.full("c55", "Fast Track clinician (API)");
    Probe registration = HostileText.medium("c56", "Fast Track clinicianRegistration (API)");
    Probe reason = HostileText.full("c57", "Fast Track reason (API)");
    String referral =
        Json.createObjectBuilder()
            .add(
                "individual",
                Json.createObjectBuilder()
                    .add("name", "Mr Alan Price")
                    .add("nhsNumber", "9434765919")
                    .add("dateOfBirth", "1948-03-12")
                    .add("addressLines", Json.createArrayBuilder().add("4 Mill Lane"))
                    .add("postcode", "LU4 8JB"))
            .add("route", "FAST_TRACK")
            .add("referredBy", "Dr Laura Bennett, GP")
            .add("livesIn", "OWN_HOME")
            .add(
                "fastTrack",
                Json.createObjectBuilder()
                    .add("clinician", typed(clinician))
                    .add("clinicianRegistration", typed(registration))
                    .add("reason", typed(reason)))
            .build()
            .toString();
    String id = ok(api.post(ASSESSOR, "api/chc", referral), 201).getString("id");
    String base = "chc-cases/" + id + "/";

    Map<String, String> carePackage = new LinkedHashMap<>();
    carePackage.put("provider", typed(HostileText.full("c58", "care package provider")));
    carePackage.put("setting", "OWN_HOME");
    carePackage.put("weeklyCost", "1450.75");
    date(carePackage, "startsOn", today);
    carePackage.put("personalHealthBudget", "no");
    carePackage.put("reason", typed(HostileText.full("c59", "care package reason")));
    Map<String, String> noCost = new LinkedHashMap<>(carePackage);
    noCost.remove("weeklyCost");
    checks.shownAgain(assessor, base + "care-package", noCost, "c58", "c59");
    submitted(assessor, base + "care-package", carePackage);

    Map<String, String> review = new LinkedHashMap<>();
    date(review, "heldOn", today);
    review.put("outcome", "PACKAGE_CHANGED");
    review.put("notes", typed(HostileText.full("c60", "review notes")));
    review.put("package.provider", typed(HostileText.full("c61", "review's package provider")));
    review.put("package.setting", "CARE_HOME_WITH_NURSING");
    review.put("package.weeklyCost", "1890.50");
    date(review, "package.startsOn", today);
    review.put("package.personalHealthBudget", "yes");
    review.put("package.reason", typed(HostileText.full("c62", "review's package reason")));
    Map<String, String> noOutcome = new LinkedHashMap<>(review);
    noOutcome.remove("package.weeklyCost");
    checks.shownAgain(assessor, base + "review", noOutcome, "c60", "c61", "c62");
    checks.page("form review", assessor.get(base + "review"), tags());
    submitted(assessor, base + "review", review);
    checks.page("form closure", assessor.get(base + "closure"), tags());
    return id;
  }

  /** The decided case's local resolution, request and outcome through REST (no pages yet). */
  private void localResolutionOf(String decided) {
    JsonObject file = ok(api.get(ASSESSOR, "api/chc/" + decided), 200);
    String decidedOn = file.getJsonObject("decision").getString("decidedOn");
    Probe grounds = HostileText.full("c63", "local resolution grounds (API)");
    ok(
        api.post(
            ASSESSOR,
            "api/chc/" + decided + "/local-resolution",
            Json.createObjectBuilder()
                .add("disputedDecisionOn", decidedOn)
                .add("grounds", typed(grounds))
                .build()
                .toString()),
        200);
    Probe reasons = HostileText.full("c64", "local resolution outcome reasons (API)");
    ok(
        api.post(
            PANEL,
            "api/chc/" + decided + "/local-resolution/outcome",
            Json.createObjectBuilder()
                .add("outcome", "DECISION_STANDS")
                .add("reasons", typed(reasons))
                .build()
                .toString()),
        200);
  }

  // ---------------------------------------------------------------------------------------------
  // The sweep

  /** Every step's form of the case awaiting the panel: what each shows of the file. */
  private void formsOf(String id) {
    List<String> checklistShown = new ArrayList<>(tags("c01", "c18"));
    checklistShown.addAll(CHECKLIST_EVIDENCE);
    List<String> dstShown = new ArrayList<>(tags("c01"));
    dstShown.addAll(DST_EVIDENCE);
    dstShown.addAll(tags("c42", "c43", "c44"));
    Map<String, List<String>> shows = new LinkedHashMap<>();
    shows.put("capacity", tags("c01"));
    shows.put("consent", tags("c01"));
    shows.put("assessment-decision", tags("c01"));
    shows.put("checklist", checklistShown);
    shows.put("checklist-completion", tags("c01"));
    shows.put("dst", dstShown);
    shows.put("recommendation", tags("c01"));
    shows.put("nursing-care", tags("c01"));
    shows.forEach(
        (form, expected) ->
            checks.page("form " + form, assessor.get("chc-cases/" + id + "/" + form), expected));
    checks.page(
        "form decision",
        panel.get("chc-cases/" + id + "/decision"),
        tags("c01", "c45", "c46", "c47", "c48"));
  }

  /** Every free-text answer of every step typed again and shown back with a message. */
  private void formsShownAgainWithMessages(String id) {
    String base = "chc-cases/" + id + "/";
    Map<String, String> capacity = capacity();
    capacity.remove("outcome");
    checks.shownAgain(
        assessor, base + "capacity", capacity, "c12", "c13", "c14", "c15", "c16", "c17");
    // The last domain rated without its evidence.
    List<String> checklistTags = new ArrayList<>(tags("c18"));
    checklistTags.addAll(CHECKLIST_EVIDENCE.subList(0, CHECKLIST_EVIDENCE.size() - 1));
    checks.shownAgain(
        assessor,
        base + "checklist",
        checklist(CHECKLIST_DOMAINS.length - 1),
        checklistTags.toArray(String[]::new));
    // A third member named without a profession.
    Map<String, String> dst = dst();
    dst.put("member-3-name", valueOf("c42"));
    List<String> dstTags = new ArrayList<>(DST_EVIDENCE);
    dstTags.addAll(tags("c42", "c43", "c44"));
    checks.shownAgain(assessor, base + "dst", dst, dstTags.toArray(String[]::new));
    Map<String, String> recommendation = recommendation();
    recommendation.remove("outcome");
    checks.shownAgain(
        assessor, base + "recommendation", recommendation, "c45", "c46", "c47", "c48");
    checks.shownAgain(
        panel,
        base + "decision",
        Map.of("reasons", valueOf("c49"), "reasonsForDeparting", valueOf("c50")),
        "c49",
        "c50");
  }

  private void caseLists(String decided) {
    String reference = reference(decided);
    checks.page("case list", assessor.get("chc-cases"), tags("c01"));
    checks.page("case list, by reference", assessor.get("chc-cases?q=" + reference), tags("c01"));
    checks.page(
        "case list, by status",
        assessor.get("chc-cases?status=DECIDED&q=" + reference),
        tags("c01"));
    Probe q = HostileText.full("c52", "case list filter q");
    Probe status = HostileText.full("c53", "case list filter status (refused)");
    checks.register(q);
    checks.register(status);
    checks.page(
        "case list, filters shown again with a status refused",
        assessor.get("chc-cases?q=" + encode(q.value()) + "&status=" + encode(status.value())),
        tags("c52"));
  }

  private void taskLists(String when) {
    checks.page("assessor's tasks (" + when + ")", assessor.get("tasks?assigned=all&size=100"));
    checks.page("panel's tasks (" + when + ")", panel.get("tasks?assigned=all&size=100"));
  }

  private void apiAnswers(String decided, String fnc) {
    List<String> fileShows =
        new ArrayList<>(
            tags(
                "c01", "c02a", "c02b", "c03", "c05", "c06", "c12", "c13", "c14", "c15", "c16",
                "c17", "c18"));
    fileShows.addAll(CHECKLIST_EVIDENCE);
    fileShows.addAll(DST_EVIDENCE);
    fileShows.addAll(tags("c42", "c43", "c44", "c45", "c46", "c47", "c48", "c49", "c50"));
    checks.json("CHC file (API)", api.get(ASSESSOR, "api/chc/" + decided), 200, fileShows);
    checks.json("CHC file, FNC (API)", api.get(ASSESSOR, "api/chc/" + fnc), 200, tags("c51"));
    checks.json(
        "CHC list (API)", api.get(ASSESSOR, "api/chc?q=" + reference(decided)), 200, tags("c01"));
    checks.json(
        "CHC list, status refused (API problem)",
        api.get(ASSESSOR, "api/chc?status=" + encode(valueOf("c53"))),
        400);
    checks.json(
        "letters list (API)", api.get(ASSESSOR, "api/cases/chc/" + decided + "/letters"), 200);
    Probe route = HostileText.full("c54", "referral route (API, refused)");
    checks.register(route);
    checks.json(
        "referral refused (API problem)",
        api.post(
            ASSESSOR,
            "api/chc",
            Json.createObjectBuilder()
                .add("route", route.value())
                .add("referredBy", valueOf("c05"))
                .build()
                .toString()),
        400);
    checks.json(
        "decision refused on a decided case (API problem)",
        api.post(
            PANEL,
            "api/chc/" + decided + "/decision",
            Json.createObjectBuilder()
                .add("eligible", true)
                .add("reasons", valueOf("c49"))
                .build()
                .toString()),
        409);
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers

  private String reference(String id) {
    return api.get(ASSESSOR, "api/chc/" + id).json().getString("reference");
  }

  private static List<String> numbered(int first, int count) {
    List<String> tags = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      tags.add(String.format("c%02d", first + i));
    }
    return tags;
  }
}
