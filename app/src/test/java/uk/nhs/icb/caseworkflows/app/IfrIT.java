package uk.nhs.icb.caseworkflows.app;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.File;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * An individual funding request on a real server, over REST: the coordinator logs and screens it,
 * schedules the panel, the panel reads the anonymised pack and decides at a quorate meeting, and
 * the decision letters are on file. Bad input is refused naming its field with nothing stored, and
 * a stale edit is a 409. The WAR exactly as built.
 */
@ExtendWith(ArquillianExtension.class)
class IfrIT {

  private static final String COORDINATOR = "ifr-coordinator";
  private static final String PANEL = "ifr-panel";
  private static final ZoneId LONDON = ZoneId.of("Europe/London");

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
  void aRequestGoesFromLoggingToTheDecisionLetter() {
    Api.Answer logged =
        api.post(
            COORDINATOR,
            "api/ifr",
            request(
                "Mrs Eleanor Whitcombe",
                "943 476 5919",
                "\"consentEvidence\":\"Signed consent section\","));
    assertThat(logged.status()).as(logged.body()).isEqualTo(201);
    JsonObject file = logged.json();
    String id = file.getString("id");
    assertThat(file.getString("reference")).matches("IFR-\\d{4}-\\d{6}");
    assertThat(file.getString("status")).isEqualTo("SCREENING");
    assertThat(steps(file)).containsExactly("screen");
    assertThat(letterKinds(file)).containsExactly("ifr-acknowledgement");
    assertThat(file.getJsonArray("consents").getJsonObject(0).getString("purpose"))
        .isEqualTo("PROCESS_CASE");

    Api.Answer attached =
        api.postRaw(
            COORDINATOR,
            "api/ifr/" + id + "/documents?name=clinic-letter.pdf",
            "application/pdf",
            SampleDocuments.pdf("Clinic letter"));
    assertThat(attached.status()).as(attached.body()).isEqualTo(201);
    file = api.get(COORDINATOR, "api/ifr/" + id).json();
    assertThat(file.getJsonArray("evidence")).hasSize(1);

    Api.Answer stale =
        api.post(
            COORDINATOR,
            "api/ifr/" + id + "/screening",
            screening(file.getJsonNumber("version").longValue() + 5));
    assertThat(stale.status()).isEqualTo(409);

    JsonObject screened =
        api.post(COORDINATOR, "api/ifr/" + id + "/screening", screening(version(file))).json();
    assertThat(screened.getString("status")).isEqualTo("AWAITING_PANEL");
    assertThat(steps(screened)).containsExactly("decide-at-panel");
    assertThat(screened.getString("decisionDue")).isNotBlank();

    String meetingDate = LocalDate.now(LONDON).plusDays(7).toString();
    Api.Answer scheduled =
        api.post(COORDINATOR, "api/ifr-panel-meetings", "{\"date\":\"" + meetingDate + "\"}");
    assertThat(scheduled.status()).isEqualTo(201);
    JsonObject meeting = scheduled.json();
    String meetingId = meeting.getString("id");
    assertThat(strings(meeting, "agenda")).contains(id);

    String pack = api.get(PANEL, "api/ifr-panel-meetings/" + meetingId + "/pack").body();
    assertThat(pack).contains(file.getString("reference"), "refractory arthritis");
    assertThat(pack.toLowerCase())
        .doesNotContain("whitcombe", "eleanor", "943 476 5919", "9434765919", "orchard", "1961");
    assertThat(api.get(PANEL, "api/ifr/" + id).status()).isEqualTo(403);

    JsonObject attended =
        api.post(
                COORDINATOR,
                "api/ifr-panel-meetings/" + meetingId + "/attendance",
                "{\"version\":"
                    + version(meeting)
                    + ",\"members\":["
                    + "{\"name\":\"Dr Ruth Ames\",\"role\":\"CHAIR\",\"present\":true},"
                    + "{\"name\":\"Dr Kwame Boateng\",\"role\":\"CLINICAL\",\"present\":true},"
                    + "{\"name\":\"Sam Reid\",\"role\":\"LAY\",\"present\":true}]}")
            .json();
    assertThat(attended.getJsonArray("members")).hasSize(3);

    Api.Answer unanswered =
        api.post(
            PANEL,
            "api/ifr/" + id + "/panel-decision",
            "{\"meetingId\":\""
                + meetingId
                + "\",\"decision\":{\"version\":"
                + version(screened)
                + ",\"outcome\":\"DECLINED\",\"reasons\":\"Not exceptional.\"}}");
    assertThat(unanswered.status()).isEqualTo(400);
    assertThat(unanswered.body())
        .contains("criteria.significantlyDifferent", "criteria.moreBenefit");

    Api.Answer decided =
        api.post(
            PANEL, "api/ifr/" + id + "/panel-decision", decision(meetingId, version(screened)));
    assertThat(decided.status()).as(decided.body()).isEqualTo(200);
    assertThat(decided.json().getString("status")).isEqualTo("DECIDED");
    assertThat(decided.body()).doesNotContain("Whitcombe");

    JsonObject after = api.get(COORDINATOR, "api/ifr/" + id).json();
    assertThat(after.getJsonObject("decision").getString("outcome")).isEqualTo("DECLINED");
    assertThat(letterKinds(after))
        .containsExactlyInAnyOrder("ifr-acknowledgement", "ifr-decision", "ifr-decision-copy");
    assertThat(steps(after)).isEmpty();
  }

  @Test
  void badInputIsRefusedNamingTheFieldAndNothingIsStored() {
    Api.Answer noConsent =
        api.post(COORDINATOR, "api/ifr", request("Mr Oliver Dane", "9434765919", ""));
    assertThat(noConsent.status()).isEqualTo(400);
    assertThat(noConsent.body()).contains("consentEvidence");

    Api.Answer badNumber =
        api.post(
            COORDINATOR,
            "api/ifr",
            request("Mr Oliver Dane", "943 476 5918", "\"consentEvidence\":\"Signed\","));
    assertThat(badNumber.status()).isEqualTo(400);
    assertThat(badNumber.body()).contains("patient.nhsNumber");

    JsonObject first =
        api.post(
                COORDINATOR,
                "api/ifr",
                request("Mr Oliver Dane", "9434765919", "\"consentEvidence\":\"Signed\","))
            .json();
    Api.Answer refusedAgain =
        api.post(COORDINATOR, "api/ifr", request("Mr Oliver Dane", "9434765919", ""));
    assertThat(refusedAgain.status()).isEqualTo(400);
    JsonObject second =
        api.post(
                COORDINATOR,
                "api/ifr",
                request("Mr Oliver Dane", "9434765919", "\"consentEvidence\":\"Signed\","))
            .json();
    assertThat(sequence(second))
        .as("a refused request takes no reference")
        .isEqualTo(sequence(first) + 1);

    Api.Answer wrongGround =
        api.post(
            COORDINATOR,
            "api/ifr/" + first.getString("id") + "/review-request",
            "{\"version\":"
                + version(first)
                + ",\"ground\":\"CLINICAL_MERITS\",\"statedCase\":\"We disagree.\"}");
    assertThat(wrongGround.status()).isEqualTo(400);
    assertThat(wrongGround.body()).contains("\"ground\"");

    String id = first.getString("id");
    JsonObject screened =
        api.post(COORDINATOR, "api/ifr/" + id + "/screening", screening(version(first))).json();
    JsonObject meeting =
        api.post(
                COORDINATOR,
                "api/ifr-panel-meetings",
                "{\"date\":\"" + LocalDate.now(LONDON).plusDays(3) + "\"}")
            .json();
    String meetingId = meeting.getString("id");
    api.post(
        COORDINATOR,
        "api/ifr-panel-meetings/" + meetingId + "/attendance",
        "{\"version\":"
            + version(meeting)
            + ",\"members\":["
            + "{\"name\":\"Dr Ruth Ames\",\"role\":\"CHAIR\",\"present\":true},"
            + "{\"name\":\"Dr Lena Fisher\",\"role\":\"CLINICAL\",\"present\":true},"
            + "{\"name\":\"Sam Reid\",\"role\":\"LAY\",\"present\":true}]}");
    JsonObject attended = api.get(PANEL, "api/ifr-panel-meetings/" + meetingId).json();
    api.post(
        COORDINATOR,
        "api/ifr-panel-meetings/" + meetingId + "/conflicts",
        "{\"version\":"
            + version(attended)
            + ",\"memberName\":\"Dr Lena Fisher\",\"requestId\":\""
            + id
            + "\",\"interest\":\"Treats the patient\"}");

    Api.Answer inquorate =
        api.post(
            PANEL, "api/ifr/" + id + "/panel-decision", decision(meetingId, version(screened)));
    assertThat(inquorate.status()).isEqualTo(400);
    assertThat(inquorate.body()).contains("quorum");
    JsonObject unchanged = api.get(COORDINATOR, "api/ifr/" + id).json();
    assertThat(unchanged.getString("status")).isEqualTo("AWAITING_PANEL");
    assertThat(version(unchanged)).isEqualTo(version(screened));
  }

  @Test
  void aRequestWithoutConsentIsReturnedKeepingOnlyWhatItsLetterNeeds() {
    Api.Answer returned =
        api.post(
            COORDINATOR,
            "api/ifr/returned",
            "{\"patientName\":\"Ms Leah Barker\",\"nhsNumber\":\"9434765919\","
                + clinician()
                + ",\"treatmentCode\":\"ABDOMINOPLASTY\"}");
    assertThat(returned.status()).as(returned.body()).isEqualTo(201);
    JsonObject file = returned.json();
    assertThat(file.getString("status")).isEqualTo("RETURNED");
    assertThat(file.getBoolean("consentShown")).isFalse();
    assertThat(letterKinds(file)).containsExactly("ifr-returned");
    JsonObject treatment = file.getJsonObject("treatment");
    assertThat(!treatment.containsKey("condition") || treatment.isNull("condition")).isTrue();
    assertThat(steps(file)).isEmpty();
  }

  private static String request(String patient, String nhsNumber, String consent) {
    return "{\"patient\":{\"name\":\""
        + patient
        + "\",\"nhsNumber\":\""
        + nhsNumber
        + "\",\"dateOfBirth\":\"1961-07-03\",\"addressLines\":[\"14 Orchard Rise\"],\"postcode\":\"LS9 4QT\"},"
        + clinician()
        + ",\"treatmentCode\":\"BIOLOGIC_OFF_LABEL\",\"condition\":\""
        + patient
        + " has refractory arthritis.\",\"whyExceptional\":\"A rare antibody profile; NHS "
        + nhsNumber
        + ".\",\"estimatedCost\":12500.00,\"urgent\":false,"
        + consent
        + "\"receivedOn\":\""
        + LocalDate.now(LONDON)
        + "\"}";
  }

  private static String clinician() {
    return "\"clinician\":{\"name\":\"Dr Amir Patel\",\"role\":\"Consultant rheumatologist\","
        + "\"organisation\":\"Stanton General Hospital\",\"addressLines\":[\"Rheumatology\"],"
        + "\"postcode\":\"LS1 3EX\",\"email\":\"amir.patel@example.nhs.uk\"}";
  }

  private static String screening(long version) {
    return "{\"version\":"
        + version
        + ",\"outcome\":\"ACCEPTED\",\"note\":\"Complete and an IFR.\"}";
  }

  private static String decision(String meetingId, long version) {
    return "{\"meetingId\":\""
        + meetingId
        + "\",\"decision\":{\"version\":"
        + version
        + ",\"outcome\":\"DECLINED\",\"criteria\":{\"significantlyDifferent\":false,"
        + "\"significantlyDifferentReasons\":\"Like others with the condition.\","
        + "\"moreBenefit\":false,\"moreBenefitReasons\":\"No more benefit than others.\"},"
        + "\"reasons\":\"The panel did not find the circumstances exceptional.\"}}";
  }

  private static long version(JsonObject object) {
    return object.getJsonNumber("version").longValue();
  }

  private static int sequence(JsonObject file) {
    String reference = file.getString("reference");
    return Integer.parseInt(reference.substring(reference.lastIndexOf('-') + 1));
  }

  private static List<String> steps(JsonObject file) {
    return file.getJsonArray("openSteps").getValuesAs(JsonObject.class).stream()
        .map(step -> step.getString("key"))
        .toList();
  }

  private static List<String> letterKinds(JsonObject file) {
    return file.getJsonArray("letters").getValuesAs(JsonObject.class).stream()
        .map(letter -> letter.getString("kind"))
        .toList();
  }

  private static List<String> strings(JsonObject object, String name) {
    return object.getJsonArray(name).stream()
        .filter(value -> value.getValueType() == JsonValue.ValueType.STRING)
        .map(value -> ((JsonString) value).getString())
        .toList();
  }
}
