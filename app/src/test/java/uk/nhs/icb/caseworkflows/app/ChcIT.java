package uk.nhs.icb.caseworkflows.app;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.File;
import java.net.URL;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An NHS Continuing Healthcare case on a real server, driven over REST as a nurse assessor and the
 * panel would: referral, consent, the Checklist saved as a draft and completed, the Decision
 * Support Tool saved and recommended, the panel's decision and its letters; and the refusals that
 * store nothing. The WAR exactly as built.
 */
@ExtendWith(ArquillianExtension.class)
class ChcIT {

  private static final String ASSESSOR = "chc-assessor";
  private static final String PANEL = "chc-panel";
  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private static final String[] CHECKLIST_DOMAINS = {
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

  private static final String[] DST_DOMAINS = {
    "BEHAVIOUR", "COGNITION", "PSYCHOLOGICAL_AND_EMOTIONAL_NEEDS", "COMMUNICATION", "MOBILITY",
    "NUTRITION", "CONTINENCE", "SKIN_INTEGRITY", "BREATHING", "DRUG_THERAPIES_AND_MEDICATION",
    "ALTERED_STATES_OF_CONSCIOUSNESS", "OTHER_SIGNIFICANT_CARE_NEEDS"
  };

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("icb.war")));
  }

  @ArquillianResource private URL base;
  private Api api;

  @BeforeEach
  void client() {
    api = new Api(base);
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
                "{\"purpose\":\"PROCESS_CASE\",\"givenAs\":\"THE_PERSON\",\"method\":\"VERBAL\","
                    + "\"givenAt\":\""
                    + Instant.now().minusSeconds(60)
                    + "\"}")
            .json();
    assertThat(consented.getBoolean("mayShareWithFamily")).isFalse();
    JsonObject agreed =
        post(ASSESSOR, path + "/assessment-decision", "{\"assessmentAgreed\":true}");
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
        post(ASSESSOR, path + "/checklist/completion", "{\"receivedOn\":\"" + today() + "\"}");
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
    post(ASSESSOR, path + "/dst", dstRatings());
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
    Api.Answer tooFew = api.post(ASSESSOR, path + "/dst/recommendation", recommendation());
    assertThat(tooFew.status()).as(tooFew.body()).isEqualTo(400);
    assertThat(fields(tooFew)).containsExactly("team");
    post(
        ASSESSOR,
        path + "/dst",
        "{\"team\":[{\"name\":\"Rachel Green\",\"profession\":\"REGISTERED_NURSE\"},"
            + "{\"name\":\"Ana Silva\",\"profession\":\"SOCIAL_WORKER\"}]}");
    assertThat(steps(post(ASSESSOR, path + "/dst/recommendation", recommendation())))
        .containsExactly("decide-eligibility");

    assertThat(api.post(ASSESSOR, path + "/decision", "{\"eligible\":true}").status())
        .as("the panel decides, not the assessor")
        .isEqualTo(403);
    Api.Answer noReasons = api.post(PANEL, path + "/decision", "{\"eligible\":true}");
    assertThat(noReasons.status()).isEqualTo(400);
    assertThat(fields(noReasons)).containsExactly("reasons");
    JsonObject decided =
        post(
            PANEL,
            path + "/decision",
            "{\"eligible\":true,\"reasons\":\"Severe needs in behaviour and cognition that are"
                + " unpredictable and need skilled management.\"}");
    assertThat(decided.getJsonObject("decision").getBoolean("eligible")).isTrue();
    assertThat(decided.getJsonObject("decision").containsKey("refund"))
        .as("no refund: in time")
        .isFalse();
    assertThat(decided.getString("closedOn")).isEqualTo(today());
    assertThat(steps(decided)).isEmpty();
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
    post(ASSESSOR, path + "/assessment-decision", "{\"assessmentAgreed\":true}");
    post(ASSESSOR, path + "/checklist", checklistAllC());
    JsonObject negative = post(ASSESSOR, path + "/checklist/completion", "{}");
    assertThat(negative.getJsonObject("checklist").getBoolean("positive")).isFalse();
    assertThat(negative.getJsonObject("nursingCare").getBoolean("toBeConsidered")).isTrue();
    assertThat(steps(negative)).containsExactly("consider-fnc");

    JsonObject fnc =
        post(
            ASSESSOR,
            path + "/nursing-care",
            "{\"payable\":true,\"reasons\":\"Her wound care is given by the home's nurses.\"}");
    assertThat(fnc.getJsonObject("nursingCare").getBoolean("payable")).isTrue();
    assertThat(letterKinds(id))
        .containsExactlyInAnyOrder("chc-checklist-outcome", "chc-nursing-care");
    assertThat(fnc.getString("closedOn")).isEqualTo(today());
  }

  // -----------------------------------------------------------------------------------------------

  private JsonObject refer(String name, String born, String nhsNumber, String livesIn) {
    Api.Answer answer = api.post(ASSESSOR, "api/chc", referral(name, born, nhsNumber, livesIn));
    assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    return answer.json();
  }

  private static String referral(String name, String born, String nhsNumber, String livesIn) {
    return "{\"individual\":{\"name\":\""
        + name
        + "\",\"nhsNumber\":\""
        + nhsNumber
        + "\",\"dateOfBirth\":\""
        + born
        + "\",\"addressLines\":[\"Ward 7, Northvale General Hospital\"],\"postcode\":\"LU4 0DZ\"},"
        + "\"route\":\"CHECKLIST\",\"referredBy\":\"Sam Okafor, Discharge Liaison Nurse\","
        + "\"livesIn\":\""
        + livesIn
        + "\"}";
  }

  private JsonObject post(String user, String path, String json) {
    Api.Answer answer = api.post(user, path, json);
    assertThat(answer.status()).as(path + ": " + answer.body()).isEqualTo(200);
    return answer.json();
  }

  /** Domains {@code from} to {@code to} of the Checklist: Behaviour and Cognition in A. */
  private static String checklist(int from, int to, int version) {
    List<String> ratings = new ArrayList<>();
    for (int i = from; i < to; i++) {
      String domain = CHECKLIST_DOMAINS[i];
      String level = domain.equals("BEHAVIOUR") || domain.equals("COGNITION") ? "A" : "C";
      ratings.add(
          "{\"domain\":\""
              + domain
              + "\",\"level\":\""
              + level
              + "\",\"evidence\":\"Ward notes.\"}");
    }
    return "{\"version\":"
        + version
        + ",\"completedBy\":\"Sam Okafor, Discharge Liaison Nurse\",\"ratings\":["
        + String.join(",", ratings)
        + "]}";
  }

  private static String checklistAllC() {
    List<String> ratings = new ArrayList<>();
    for (String domain : CHECKLIST_DOMAINS) {
      ratings.add("{\"domain\":\"" + domain + "\",\"level\":\"C\",\"evidence\":\"Home notes.\"}");
    }
    return "{\"completedBy\":\"Rachel Green, CHC nurse assessor\",\"ratings\":["
        + String.join(",", ratings)
        + "]}";
  }

  private static String dstRatings() {
    List<String> ratings = new ArrayList<>();
    for (String domain : DST_DOMAINS) {
      String level =
          domain.equals("BEHAVIOUR") || domain.equals("COGNITION")
              ? "SEVERE"
              : domain.equals("MOBILITY") ? "HIGH" : "LOW";
      ratings.add(
          "{\"domain\":\""
              + domain
              + "\",\"level\":\""
              + level
              + "\",\"evidence\":\"MDT notes.\"}");
    }
    return "{\"ratings\":[" + String.join(",", ratings) + "]}";
  }

  private static String recommendation() {
    return "{\"outcome\":\"ELIGIBLE\",\"nature\":\"Distressed behaviour that needs skilled care.\","
        + "\"intensity\":\"Two carers several times a day.\",\"complexity\":\"Behaviour and"
        + " cognition interact.\",\"unpredictability\":\"Episodes come without warning.\"}";
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
