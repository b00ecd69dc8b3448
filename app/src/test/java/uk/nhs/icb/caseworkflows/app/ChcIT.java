package uk.nhs.icb.caseworkflows.app;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.icb.caseworkflows.app.HostileRequests.json;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.File;
import java.net.URL;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An NHS Continuing Healthcare case on a real server, driven over REST as a nurse assessor and the
 * panel would: referral, consent, the Checklist saved as a draft and completed, the Decision
 * Support Tool saved and recommended, the panel's decision and its letters; and the refusals that
 * store nothing. Through the pages: the escaping sweep of every CHC free-text field ({@link
 * ChcEscapingSweep}), a stale page edit refused, and the list's status filter. The WAR exactly as
 * built.
 */
@ExtendWith(ArquillianExtension.class)
class ChcIT {

  private static final String ASSESSOR = "chc-assessor";
  private static final String PANEL = "chc-panel";
  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  /**
   * The WAR as built, with CHC's retention shortened to nothing (honoured in the development
   * profile only), so the Fast Track case can be destroyed as soon as it closes.
   */
  @Deployment(testable = false)
  static WebArchive deployment() {
    WebArchive war =
        ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("icb.war")));
    return war.addAsLibrary(
        ShrinkWrap.create(JavaArchive.class, "chc-retention-ends-at-closure.jar")
            .addAsManifestResource(
                new StringAsset("config_ordinal=500\napp.retention.chc=P0D\n"),
                "microprofile-config.properties"));
  }

  @ArquillianResource private URL base;
  private Api api;
  private ChcStates states;

  @BeforeEach
  void client() {
    api = new Api(base);
    states = new ChcStates(Callers.basic(api));
  }

  @Test
  void aStandardCaseGoesFromReferralToTheDecisionLetterThroughRest() {
    JsonObject referred = refer("Mr Patrick Doyle", "1941-05-03", "9434765919", "HOSPITAL");
    String id = referred.getString("id");
    String path = "api/chc/" + id;
    assertThat(referred.getString("reference")).matches("CHC-\\d{4}-\\d{6}");
    assertThat(steps(referred)).containsExactly("record-consent");

    JsonObject consented =
        api.post(
                ASSESSOR,
                path + "/consents",
                json(ChcStates.consent(Instant.now().minusSeconds(60))))
            .json();
    assertThat(consented.getBoolean("mayShareWithFamily")).isFalse();
    JsonObject agreed =
        post(ASSESSOR, path + "/assessment-decision", json(ChcStates.assessmentDecision(true)));
    assertThat(steps(agreed)).containsExactly("complete-checklist");

    // A draft of six domains, then the rest: the case shows what is still empty in between.
    JsonObject draft =
        post(ASSESSOR, path + "/checklist", checklist(0, 6, agreed.getInt("version")));
    assertThat(strings(draft.getJsonObject("checklist"), "emptyDomains")).hasSize(5);
    Api.Answer stale =
        api.post(ASSESSOR, path + "/checklist", checklist(6, 11, draft.getInt("version") - 1));
    assertThat(stale.status()).as(stale.body()).isEqualTo(409);
    JsonObject full =
        post(ASSESSOR, path + "/checklist", checklist(6, 11, draft.getInt("version")));
    assertThat(strings(full.getJsonObject("checklist"), "emptyDomains")).isEmpty();
    JsonObject positive =
        post(
            ASSESSOR, path + "/checklist/completion", json(ChcStates.checklistCompletion(today())));
    assertThat(positive.getJsonObject("checklist").getBoolean("positive")).isTrue();
    assertThat(strings(positive.getJsonObject("checklist"), "rulesMet")).contains("TWO_OR_MORE_A");
    assertThat(positive.getJsonObject("clock").getString("decisionDueBy"))
        .isEqualTo(LocalDate.now(LONDON).plusDays(28).toString());
    assertThat(steps(positive)).containsExactly("full-assessment");

    // The tool refuses a level its domain does not have, naming the field, and keeps nothing.
    Api.Answer noSuchLevel =
        api.post(
            ASSESSOR,
            path + "/dst",
            "{\"ratings\":[{\"domain\":\"CONTINENCE\",\"level\":\"SEVERE\",\"evidence\":\"x\"}]}");
    assertThat(noSuchLevel.status()).isEqualTo(400);
    assertThat(fields(noSuchLevel)).containsExactly("ratings[0].level");
    post(ASSESSOR, path + "/dst", json(ChcStates.dstRatings()));
    JsonObject oneNurse =
        post(
            ASSESSOR,
            path + "/dst",
            "{\"team\":[{\"name\":\"Rachel Green\",\"profession\":\"REGISTERED_NURSE\"}],"
                + "\"view\":{\"invitedOn\":\""
                + today()
                + "\",\"givenBy\":\"THE_INDIVIDUAL\",\"view\":\"I want to stay near my wife.\"}}");
    assertThat(strings(oneNurse.getJsonObject("decisionSupportTool"), "emptyDomains")).isEmpty();
    assertThat(strings(oneNurse.getJsonObject("decisionSupportTool"), "indicators"))
        .anyMatch(statement -> statement.contains("Severe"));
    String recommendation = json(ChcStates.recommendation("ELIGIBLE"));
    Api.Answer tooFew = api.post(ASSESSOR, path + "/dst/recommendation", recommendation);
    assertThat(tooFew.status()).as(tooFew.body()).isEqualTo(400);
    assertThat(fields(tooFew)).containsExactly("team");
    post(ASSESSOR, path + "/dst", json(ChcStates.dstTeamAndView()));
    assertThat(steps(post(ASSESSOR, path + "/dst/recommendation", recommendation)))
        .containsExactly("decide-eligibility");

    assertThat(api.post(ASSESSOR, path + "/decision", "{\"eligible\":true}").status())
        .as("the panel decides, not the assessor")
        .isEqualTo(403);
    Api.Answer noReasons = api.post(PANEL, path + "/decision", "{\"eligible\":true}");
    assertThat(noReasons.status()).isEqualTo(400);
    assertThat(fields(noReasons)).containsExactly("reasons");
    JsonObject decided = post(PANEL, path + "/decision", json(ChcStates.decision(true)));
    assertThat(decided.getJsonObject("decision").getBoolean("eligible")).isTrue();
    assertThat(decided.getJsonObject("decision").containsKey("refund"))
        .as("no refund: in time")
        .isFalse();
    assertThat(decided.containsKey("closedOn")).as("eligible: care follows").isFalse();
    assertThat(steps(decided)).containsExactly("arrange-care-package");
    assertThat(decided.getJsonObject("care").getString("eligibleFrom")).isEqualTo(today());
    assertThat(letterKinds(id))
        .containsExactlyInAnyOrder(
            "chc-checklist-outcome", "chc-dst-summary", "chc-eligibility-decision");
    assertThat(api.get("complaints-handler", path).status()).isEqualTo(403);
  }

  @Test
  void aYoungerPersonOrAWrongNhsNumberIsRefusedOnItsFieldAndNothingIsStored() {
    int before = total();
    String seventeen = LocalDate.now(LONDON).minusYears(17).toString();

    Api.Answer young =
        api.post(ASSESSOR, "api/chc", referral("Ms Amy Cole", seventeen, "9434765919", "OWN_HOME"));
    assertThat(young.status()).isEqualTo(400);
    assertThat(young.contentType()).startsWith("application/problem+json");
    assertThat(fields(young)).containsExactly("individual.dateOfBirth");
    assertThat(young.body()).contains("turn 18");

    Api.Answer badNumber =
        api.post(
            ASSESSOR, "api/chc", referral("Ms Amy Cole", "1950-01-01", "9434765918", "OWN_HOME"));
    assertThat(badNumber.status()).isEqualTo(400);
    assertThat(fields(badNumber)).containsExactly("individual.nhsNumber");

    assertThat(total()).isEqualTo(before);
  }

  @Test
  void
      aPersonWhoLacksCapacityIsAssessedOnABestInterestsDecisionAndNotEligibleInANursingHomeMeansFnc() {
    String id =
        refer("Mrs Joan Whitfield", "1936-02-11", "9434765919", "CARE_HOME_WITH_NURSING")
            .getString("id");
    String path = "api/chc/" + id;
    String consent =
        "{\"purpose\":\"PROCESS_CASE\",\"givenAs\":\"BEST_INTERESTS_DECISION\",\"method\":\"WRITTEN\"}";
    Api.Answer tooEarly = api.post(ASSESSOR, path + "/consents", consent);
    assertThat(tooEarly.status()).isEqualTo(400);
    assertThat(fields(tooEarly)).containsExactly("givenAs");

    post(
        ASSESSOR,
        path + "/capacity-assessments",
        "{\"decisionInQuestion\":\"To consent to an assessment of eligibility for NHS Continuing"
            + " Healthcare\",\"assessedBy\":\"Dr Lena Ford, consultant geriatrician\","
            + "\"assessedOn\":\""
            + today()
            + "\",\"outcome\":\"LACKS_CAPACITY\",\"bestInterests\":{\"decidedBy\":\"Rachel Green\","
            + "\"role\":\"CHC nurse assessor\",\"consulted\":\"Her son and the home's manager\","
            + "\"reasons\":\"An assessment may secure the care she needs.\",\"decidedOn\":\""
            + today()
            + "\"}}");
    JsonObject consented = post(ASSESSOR, path + "/consents", consent);
    assertThat(consented.getJsonArray("consents")).hasSize(1);
    assertThat(consented.getBoolean("mayShareWithFamily")).isFalse();
    post(ASSESSOR, path + "/assessment-decision", json(ChcStates.assessmentDecision(true)));
    post(ASSESSOR, path + "/checklist", json(ChcStates.checklistAllC()));
    JsonObject negative =
        post(ASSESSOR, path + "/checklist/completion", json(ChcStates.checklistCompletion(null)));
    assertThat(negative.getJsonObject("checklist").getBoolean("positive")).isFalse();
    assertThat(negative.getJsonObject("nursingCare").getBoolean("toBeConsidered")).isTrue();
    assertThat(steps(negative)).containsExactly("consider-fnc");

    JsonObject fnc = post(ASSESSOR, path + "/nursing-care", json(ChcStates.nursingCare(true)));
    assertThat(fnc.getJsonObject("nursingCare").getBoolean("payable")).isTrue();
    assertThat(letterKinds(id))
        .containsExactlyInAnyOrder("chc-checklist-outcome", "chc-nursing-care");
    assertThat(fnc.getString("closedOn")).isEqualTo(today());
  }

  @Test
  @DependsOnTheDatabase
  void aScriptTypedIntoEveryChcFreeTextFieldStaysTextInEveryPageLetterAndAnswer() {
    new ChcEscapingSweep(api)
        .runAndAssert("CHC output escaping", "escaping-chc", ChcEscapingSweep.EXPECTED);
  }

  /**
   * A page edit made from an old copy of the case is refused with a message on the page, and
   * nothing is stored; the list page filters by status as the API does.
   */
  @Test
  @DependsOnTheDatabase
  void aChecklistFormFromAnOldCopyIsRefusedOnThePageAndTheListFiltersByStatus() {
    JsonObject referred = refer("Mr Owen Hart", "1944-07-21", "9434765919", "OWN_HOME");
    String id = referred.getString("id");
    String reference = referred.getString("reference");
    String path = "api/chc/" + id;
    post(ASSESSOR, path + "/consents", json(ChcStates.consent(null)));
    JsonObject agreed =
        post(ASSESSOR, path + "/assessment-decision", json(ChcStates.assessmentDecision(true)));
    StaffSession assessor = StaffSession.signIn(api.base(), ASSESSOR);

    Api.Answer form = assessor.get("chc-cases/" + id + "/checklist");
    Matcher version =
        Pattern.compile("<input type=\"hidden\" name=\"version\" value=\"(\\d+)\">")
            .matcher(form.body());
    assertThat(version.find()).as("the form carries the version it was drawn from").isTrue();
    assertThat(Integer.parseInt(version.group(1))).isEqualTo(agreed.getInt("version"));
    // A colleague saves the Checklist through the API meanwhile.
    post(ASSESSOR, path + "/checklist", checklist(0, 6, agreed.getInt("version")));
    Map<String, String> old = new LinkedHashMap<>();
    old.put("version", version.group(1));
    old.put("completedBy", "Rachel Green, CHC nurse assessor");
    old.put("level-BREATHING", "B");
    old.put("evidence-BREATHING", "Oxygen at night.");
    Api.Answer refused = assessor.submit("chc-cases/" + id + "/checklist", old);

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body())
        .contains("id=\"error-summary\"")
        .contains("was changed by someone else after you opened it")
        .contains("value=\"" + version.group(1) + "\"");
    JsonObject kept = api.get(ASSESSOR, path).json();
    assertThat(kept.getInt("version")).isEqualTo(agreed.getInt("version") + 1);
    assertThat(kept.getJsonObject("checklist").getString("completedBy"))
        .isEqualTo("Sam Okafor, Discharge Liaison Nurse");

    assertThat(assessor.get("chc-cases?status=AWAITING_CHECKLIST&q=" + reference).body())
        .contains(reference);
    Api.Answer otherStatus = assessor.get("chc-cases?status=DECIDED&q=" + reference);
    assertThat(otherStatus.body()).doesNotContain(reference + "</a>").contains("id=\"no-cases\"");
    Api.Answer noSuchStatus = assessor.get("chc-cases?status=LOST&q=" + reference);
    assertThat(noSuchStatus.status()).isEqualTo(400);
    assertThat(noSuchStatus.body()).contains("id=\"status-error\"");
  }

  /**
   * A Fast Track case end to end through REST: the tool refused without the clinician's
   * registration or reason (nothing stored), eligibility at once, the package refused with a
   * negative cost, a start before eligibility or a stale version, then arranged (its letter sent),
   * a review that changes it, nothing to dispute, closure (the person died) starting retention, the
   * quarterly figures for the panel only, and the case destroyed at the end of its (shortened)
   * retention: its endpoints then answer 410 and its certificate lists what went.
   */
  @Test
  @DependsOnTheDatabase
  void aFastTrackCaseGoesFromItsToolToItsPackageReviewClosureAndDestructionThroughRest()
      throws Exception {
    int before = total();
    Map<String, Object> noRegistration = ChcStates.fastTrackTool();
    noRegistration.remove("clinicianRegistration");
    Api.Answer refused = api.post(ASSESSOR, "api/chc", fastTrackReferral(noRegistration));
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(fields(refused)).containsExactly("fastTrack.clinicianRegistration");
    Map<String, Object> noReasonGiven = ChcStates.fastTrackTool();
    noReasonGiven.remove("reason");
    Api.Answer noReason = api.post(ASSESSOR, "api/chc", fastTrackReferral(noReasonGiven));
    assertThat(fields(noReason)).containsExactly("fastTrack.reason");
    assertThat(total()).as("nothing stored").isEqualTo(before);

    Api.Answer created =
        api.post(ASSESSOR, "api/chc", fastTrackReferral(ChcStates.fastTrackTool()));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonObject referred = created.json();
    String id = referred.getString("id");
    String reference = referred.getString("reference");
    String path = "api/chc/" + id;
    assertThat(referred.getString("status")).isEqualTo("DECIDED");
    assertThat(referred.getJsonObject("care").getString("eligibleFrom")).isEqualTo(today());
    assertThat(referred.getJsonObject("care").getJsonObject("fastTrack").getString("clinician"))
        .isEqualTo("Dr Laura Bennett");
    assertThat(steps(referred)).containsExactly("arrange-fast-track-package");
    JsonObject step = referred.getJsonArray("openSteps").getJsonObject(0);
    Instant due = Instant.parse(step.getString("due"));
    assertThat(due)
        .as("the package's target, 48 hours from receipt")
        .isBetween(Instant.now().plusSeconds(47 * 3600), Instant.now().plusSeconds(49 * 3600));

    int version = referred.getInt("version");
    Api.Answer negative =
        api.post(ASSESSOR, path + "/care-package", carePackage(version, "-5", today()));
    assertThat(negative.status()).isEqualTo(400);
    assertThat(fields(negative)).containsExactly("weeklyCost");
    String yesterday = LocalDate.now(LONDON).minusDays(1).toString();
    Api.Answer early =
        api.post(ASSESSOR, path + "/care-package", carePackage(version, "900", yesterday));
    assertThat(fields(early)).containsExactly("startsOn");
    Api.Answer stale =
        api.post(ASSESSOR, path + "/care-package", carePackage(version - 1, "900", today()));
    assertThat(stale.status()).isEqualTo(409);
    assertThat(api.get(ASSESSOR, path).json().getJsonObject("care").getJsonArray("packageHistory"))
        .isEmpty();
    JsonObject arranged =
        post(ASSESSOR, path + "/care-package", carePackage(version, "1450.75", today()));
    assertThat(steps(arranged)).containsExactly("review-care");
    assertThat(letterKinds(id)).containsExactly("chc-care-package");

    Api.Answer pastReview =
        api.post(
            ASSESSOR,
            path + "/reviews",
            "{\"heldOn\":\""
                + today()
                + "\",\"outcome\":\"CONFIRMED\",\"notes\":\"Fine.\","
                + "\"nextReviewBy\":\""
                + yesterday
                + "\"}");
    assertThat(pastReview.status()).isEqualTo(400);
    assertThat(fields(pastReview)).containsExactly("nextReviewBy");
    JsonObject reviewed =
        post(
            ASSESSOR,
            path + "/reviews",
            "{\"heldOn\":\""
                + today()
                + "\",\"outcome\":\"PACKAGE_CHANGED\","
                + "\"notes\":\"Needs a second carer at night.\",\"changedPackage\":{"
                + "\"provider\":\"Chiltern Vale Home Care Ltd\",\"setting\":\"OWN_HOME\","
                + "\"weeklyCost\":1890.00,\"startsOn\":\""
                + today()
                + "\","
                + "\"personalHealthBudget\":true,\"reason\":\"A second carer at night.\"}}");
    JsonObject care = reviewed.getJsonObject("care");
    assertThat(care.getJsonArray("packageHistory")).hasSize(2);
    assertThat(care.getJsonObject("carePackage").getBoolean("personalHealthBudget")).isTrue();
    assertThat(care.getJsonArray("reviews").getJsonObject(0).getString("outcome"))
        .isEqualTo("PACKAGE_CHANGED");
    assertThat(steps(reviewed)).containsExactly("review-care");

    Api.Answer nothingToDispute =
        api.post(
            ASSESSOR,
            path + "/local-resolution",
            "{\"disputedDecisionOn\":\"" + today() + "\",\"grounds\":\"Disagree.\"}");
    assertThat(nothingToDispute.status()).isEqualTo(400);
    assertThat(fields(nothingToDispute)).containsExactly("disputedDecisionOn");

    Api.Answer panelOnly = api.get(ASSESSOR, "api/chc-figures");
    assertThat(panelOnly.status()).isEqualTo(403);
    Api.Answer exact = api.get(PANEL, "api/chc-figures");
    assertThat(exact.status()).as(exact.body()).isEqualTo(200);
    assertThat(exact.json().getJsonObject("counts").getInt("Eligible, Fast Track (at quarter end)"))
        .isGreaterThanOrEqualTo(0);
    String thisQuarter =
        "from=" + quarterStart() + "&to=" + quarterStart().plusMonths(3).minusDays(1);
    Api.Answer csv = api.get("ig-officer", "api/chc-figures/csv?" + thisQuarter);
    assertThat(csv.status()).as(csv.body()).isEqualTo(200);
    assertThat(csv.contentType()).startsWith("text/csv");
    assertThat(csv.body()).contains("Fast Track referrals received,").doesNotContain("Total");

    JsonObject closed =
        post(
            ASSESSOR,
            path + "/closure",
            "{\"reason\":\"DIED\",\"version\":" + reviewed.getInt("version") + "}");
    assertThat(closed.getString("closedOn")).isEqualTo(today());
    assertThat(closed.getJsonObject("care").getString("closureReason")).isEqualTo("DIED");
    assertThat(steps(closed)).isEmpty();

    StaffSession ig = StaffSession.signIn(api.base(), "ig-officer");
    String record = "api/retention/records/chc/" + id;
    Api.Answer kept = ig.get(record);
    assertThat(kept.status()).as(kept.body()).isEqualTo(200);
    assertThat(kept.json().getString("reference")).isEqualTo(reference);
    // The review opens when the engine's job executor fires the retention timer.
    Api.Answer destroyed = null;
    long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
    while (System.nanoTime() < giveUp) {
      destroyed =
          ig.post(record + "/destruction", "{\"appraisal\":\"Reviewed: nothing needs it kept.\"}");
      if (destroyed.status() != 409) {
        break;
      }
      Thread.sleep(2_000);
    }
    assertThat(destroyed.status()).as(destroyed.body()).isEqualTo(201);
    assertThat(destroyed.json().getJsonArray("destroyed").toString())
        .contains("the CHC case " + reference)
        .contains("letter");
    Api.Answer gone = api.get(ASSESSOR, path);
    assertThat(gone.status()).isEqualTo(410);
    assertThat(gone.json().getString("detail")).contains("DC-" + reference);
    for (String after :
        List.of("/care-package", "/reviews", "/closure", "/local-resolution", "/consents")) {
      Api.Answer answer = api.post(ASSESSOR, path + after, "{}");
      assertThat(answer.status()).as(after + ": " + answer.body()).isIn(400, 410);
    }
    assertThat(api.post(ASSESSOR, path + "/closure", "{\"reason\":\"DIED\"}").status())
        .isEqualTo(410);
    assertThat(api.get(ASSESSOR, "api/chc?q=" + reference).json().getInt("total")).isZero();
  }

  private static String fastTrackReferral(Map<String, Object> tool) {
    return json(ChcStates.fastTrackReferral("Mr Alan Price", tool));
  }

  private static String carePackage(int version, String cost, String startsOn) {
    return json(ChcStates.carePackage((long) version, cost, startsOn));
  }

  private static LocalDate quarterStart() {
    LocalDate today = LocalDate.now(LONDON);
    int monthsIn = (today.getMonthValue() + 12 - 4) % 12;
    return today.withDayOfMonth(1).minusMonths(monthsIn % 3);
  }

  // -----------------------------------------------------------------------------------------------

  private JsonObject refer(String name, String born, String nhsNumber, String livesIn) {
    return states.refer(ChcStates.referral(name, born, nhsNumber, livesIn));
  }

  private static String referral(String name, String born, String nhsNumber, String livesIn) {
    return json(ChcStates.referral(name, born, nhsNumber, livesIn));
  }

  private JsonObject post(String user, String path, String json) {
    Api.Answer answer = api.post(user, path, json);
    assertThat(answer.status()).as(path + ": " + answer.body()).isEqualTo(200);
    return answer.json();
  }

  private static String checklist(int from, int to, int version) {
    return json(ChcStates.checklist(from, to, (long) version));
  }

  private int total() {
    return api.get(ASSESSOR, "api/chc?size=1").json().getInt("total");
  }

  private static String today() {
    return LocalDate.now(LONDON).toString();
  }

  private static List<String> steps(JsonObject file) {
    return file.getJsonArray("openSteps").getValuesAs(JsonObject.class).stream()
        .map(step -> step.getString("key"))
        .toList();
  }

  private static List<String> strings(JsonObject object, String name) {
    return object.getJsonArray(name).getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .toList();
  }

  private static List<String> fields(Api.Answer answer) {
    return answer.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
        .map(error -> error.getString("field"))
        .toList();
  }

  private List<String> letterKinds(String id) {
    return api.get(ASSESSOR, "api/cases/chc/" + id + "/letters").structure().asJsonArray().stream()
        .map(JsonValue::asJsonObject)
        .map(letter -> letter.getString("kind"))
        .toList();
  }
}
