package uk.nhs.icb.caseworkflows.app;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.File;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The complaint file on a real server, as a complaints handler drives it over REST: intake, the
 * first checks, acknowledgement with its letters, consent, and the ways a complaint can end early.
 * The WAR exactly as built, nothing added.
 */
@ExtendWith(ArquillianExtension.class)
class ComplaintsIT {

  private static final String HANDLER = "complaints-handler";
  private static final String CALDICOTT = "caldicott-guardian";
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
  void aComplaintInTimeIsCheckedAcknowledgedAndWaitsForConsentWithItsLetters() {
    JsonObject received = receive(LocalDate.now(LONDON).minusMonths(2), null);
    String id = received.getString("id");

    assertThat(received.getString("reference")).matches("CMP-\\d{4}-\\d{6}");
    assertThat(received.getJsonObject("receipt").getBoolean("inTime")).isTrue();
    assertThat(steps(received)).containsExactly("check-remit");
    assertThat(received.getJsonObject("deadlines").getString("acknowledgementDue")).isNotBlank();

    JsonObject checked =
        api.post(HANDLER, "api/complaints/" + id + "/remit-decision", "{\"withinRemit\":true}")
            .json();
    assertThat(steps(checked)).containsExactly("acknowledge");
    assertThat(api.get(HANDLER, "api/tasks?caseType=complaint&size=100").body())
        .contains(received.getString("reference"), "Acknowledge the complaint");

    JsonObject acknowledged =
        api.post(HANDLER, "api/complaints/" + id + "/acknowledgement", "").json();
    assertThat(acknowledged.getString("status")).isEqualTo("AWAITING_CONSENT");
    assertThat(steps(acknowledged)).containsExactly("record-consent");
    assertThat(letterKinds(id))
        .containsExactlyInAnyOrder("complaint-acknowledgement", "complaint-consent-form");

    JsonObject consented =
        api.post(
                HANDLER,
                "api/complaints/" + id + "/consents",
                "{\"whose\":\"COMPLAINANT\",\"purpose\":\"PROCESS_CASE\",\"givenAs\":\"THE_PERSON\","
                    + "\"method\":\"FORM\",\"givenAt\":\""
                    + Instant.now().minusSeconds(60)
                    + "\"}")
            .json();
    assertThat(consented.getJsonArray("consents")).hasSize(1);
    // The notice will carry the complaint to the trust: the patient's consent to share comes first.
    assertThat(steps(consented)).containsExactly("record-consent");

    consent(id, "SHARE_WITH_PROVIDER");
    JsonObject readyToPlan = api.get(HANDLER, "api/complaints/" + id).json();
    assertThat(readyToPlan.getJsonArray("consents")).hasSize(2);
    assertThat(steps(readyToPlan)).containsExactly("agree-plan");
  }

  @Test
  void aComplainantsCommunicationNeedsGiveTheirLettersInLargePrintAndPlainText() {
    Api.Answer answer =
        api.post(
            HANDLER,
            "api/complaints",
            "{\"channel\":\"LETTER\","
                + "\"complainant\":{\"name\":\"Mr Gareth Price\",\"addressLines\":[\"4 Bay View\",\"Luton\"],"
                + "\"postcode\":\"LU2 7EF\",\"communicationNeeds\":{\"needs\":[\"large-print\","
                + "\"braille-ready-text\"],\"note\":\"Registered blind since 2019\"}},"
                + "\"subject\":{\"organisationOrService\":\"Northvale Community Health NHS Trust\"},"
                + "\"details\":{\"whatHappened\":\"The appointment letter came in small print.\","
                + "\"happenedOn\":\""
                + LocalDate.now(LONDON).minusMonths(1)
                + "\"}}");
    assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    JsonObject received = answer.json();
    String id = received.getString("id");
    JsonObject needs = received.getJsonObject("complainant").getJsonObject("communicationNeeds");
    assertThat(needs.getJsonArray("needs").getValuesAs(JsonString.class))
        .extracting(JsonString::getString)
        .containsExactly("large-print", "braille-ready-text");
    assertThat(needs.getString("note")).isEqualTo("Registered blind since 2019");

    api.post(HANDLER, "api/complaints/" + id + "/remit-decision", "{\"withinRemit\":true}");
    api.post(HANDLER, "api/complaints/" + id + "/acknowledgement", "");
    JsonObject acknowledged = api.get(HANDLER, "api/complaints/" + id).json();
    JsonObject letter =
        acknowledged.getJsonArray("letters").getValuesAs(JsonObject.class).stream()
            .filter(sent -> sent.getString("kind").equals("complaint-acknowledgement"))
            .findFirst()
            .orElseThrow();
    Map<String, String> forms =
        letter.getJsonArray("formats").getValuesAs(JsonObject.class).stream()
            .collect(
                java.util.stream.Collectors.toMap(
                    form -> form.getString("format"), form -> form.getString("download")));
    assertThat(forms).containsOnlyKeys("standard", "large-print", "plain-text");

    java.net.http.HttpResponse<byte[]> largePrint =
        api.download(HANDLER, forms.get("large-print").substring(1));
    assertThat(largePrint.statusCode()).isEqualTo(200);
    assertThat(largePrint.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(new String(largePrint.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    java.net.http.HttpResponse<byte[]> plainText =
        api.download(HANDLER, forms.get("plain-text").substring(1));
    assertThat(plainText.statusCode()).isEqualTo(200);
    assertThat(plainText.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
    assertThat(new String(plainText.body(), java.nio.charset.StandardCharsets.UTF_8))
        .contains("Mr Gareth Price");

    Api.Answer unknown =
        api.post(
            HANDLER,
            "api/complaints",
            "{\"channel\":\"LETTER\",\"complainant\":{\"name\":\"Mr Gareth Price\","
                + "\"communicationNeeds\":{\"needs\":[\"very-large-print\"]}},"
                + "\"subject\":{\"organisationOrService\":\"Northvale Community Health NHS Trust\"},"
                + "\"details\":{\"whatHappened\":\"x\",\"happenedOn\":\""
                + LocalDate.now(LONDON).minusMonths(1)
                + "\"}}");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.body()).contains("complainant.communicationNeeds", "very-large-print");
  }

  @Test
  void aComplaintNotForTheIcbClosesWithALetterSayingWhereToGo() {
    String id = receive(LocalDate.now(LONDON).minusMonths(1), null).getString("id");

    JsonObject closed =
        api.post(
                HANDLER,
                "api/complaints/" + id + "/remit-decision",
                "{\"withinRemit\":false,\"reason\":\"ALREADY_WITH_PROVIDER\","
                    + "\"whereToGo\":\"Northvale Community Health NHS Trust is already looking into it.\"}")
            .json();

    assertThat(closed.getJsonObject("closure").getString("reason")).isEqualTo("OUTSIDE_REMIT");
    assertThat(steps(closed)).isEmpty();
    assertThat(letterKinds(id)).containsExactly("complaint-outside-remit");
  }

  @Test
  void aLateComplaintNotAcceptedIsClosedAsOutOfTime() {
    JsonObject received = receive(LocalDate.now(LONDON).minusMonths(20), null);
    String id = received.getString("id");
    assertThat(steps(received)).containsExactly("decide-late-complaint");

    JsonObject closed =
        api.post(
                HANDLER,
                "api/complaints/" + id + "/late-decision",
                "{\"goodReason\":false,\"canStillInvestigateFairly\":false,\"note\":\"No reason given for the delay.\"}")
            .json();

    assertThat(closed.getJsonObject("closure").getString("reason")).isEqualTo("OUT_OF_TIME");
    assertThat(letterKinds(id)).containsExactly("complaint-outside-remit");
  }

  @Test
  void whoMayComplainAChildsRepresentativeRefusedIsToldWhyAndItGoesNoFurther() {
    String id =
        represented(
                "{\"name\":\"Ella Price\",\"nhsNumber\":\"4857773457\",\"dateOfBirth\":\"2012-04-09\","
                    + "\"addressLines\":[\"9 Marsh Road\",\"Luton\"],\"postcode\":\"LU3 2QF\"}",
                "{\"standing\":\"CHILD\",\"evidence\":\"Says he is Ella's uncle\"}")
            .getString("id");
    api.post(HANDLER, "api/complaints/" + id + "/remit-decision", "{\"withinRemit\":true}");
    JsonObject acknowledged =
        api.post(HANDLER, "api/complaints/" + id + "/acknowledgement", "").json();
    assertThat(steps(acknowledged)).containsExactly("decide-standing");
    String path = "api/complaints/" + id + "/standing-decision";

    Api.Answer withoutGrounds =
        api.post(
            HANDLER,
            path,
            "{\"accepted\":true,\"reasonableGrounds\":false,\"bestInterests\":true}");
    assertThat(withoutGrounds.status()).as(withoutGrounds.body()).isEqualTo(409);
    assertThat(withoutGrounds.contentType()).startsWith("application/problem+json");
    assertThat(withoutGrounds.json().getString("detail"))
        .contains("reasonable grounds for them complaining instead of the child");
    Api.Answer withoutReasons = api.post(HANDLER, path, "{\"accepted\":false}");
    assertThat(withoutReasons.status()).isEqualTo(400);
    assertThat(withoutReasons.body()).contains("reasons");

    Api.Answer refused =
        api.post(
            HANDLER,
            path,
            "{\"accepted\":false,\"reasonableGrounds\":false,\"bestInterests\":false,"
                + "\"reasons\":\"Ella is 13 and her mother, who has parental responsibility, is"
                + " already raising her concerns with the clinic.\"}");
    assertThat(refused.status()).as(refused.body()).isEqualTo(200);
    JsonObject closed = refused.json();
    JsonObject decision = closed.getJsonObject("standingDecision");
    assertThat(decision.getBoolean("accepted")).isFalse();
    assertThat(decision.getBoolean("reasonableGrounds")).isFalse();
    assertThat(decision.getString("reasons")).startsWith("Ella is 13");
    assertThat(decision.getString("decidedBy")).isEqualTo(HANDLER);
    assertThat(closed.getJsonObject("closure").getString("reason")).isEqualTo("STANDING_REFUSED");
    assertThat(steps(closed)).isEmpty();
    assertThat(letterKinds(id)).contains("complaint-acknowledgement", "complaint-standing-refused");
    assertThat(letterKinds(id)).doesNotContain("complaint-consent-form");
    assertThat(api.post(HANDLER, "api/complaints/" + id + "/plan", plan(false)).status())
        .as("nothing more about Ella goes to a representative not accepted")
        .isEqualTo(409);
  }

  @Test
  void whoMayComplainADeadPatientsPersonalRepresentativeIsAcceptedAndItGoesOn() {
    String patient =
        "{\"name\":\"Mr Harold Finch\",\"nhsNumber\":\"9434765919\","
            + "\"dateOfBirth\":\"1938-11-02\",\"addressLines\":[\"3 Church Walk\",\"Dunstable\"],"
            + "\"postcode\":\"LU6 1BB\"}";
    Api.Answer withoutRelationship =
        api.post(
            HANDLER,
            "api/complaints",
            representedBody(
                patient, "{\"standing\":\"DECEASED\",\"evidence\":\"Death certificate\"}"));
    assertThat(withoutRelationship.status()).isEqualTo(400);
    assertThat(withoutRelationship.contentType()).startsWith("application/problem+json");
    assertThat(withoutRelationship.body()).contains("representation.relationship");

    JsonObject received =
        represented(
            patient,
            "{\"standing\":\"DECEASED\",\"relationship\":\"PERSONAL_REPRESENTATIVE\","
                + "\"evidence\":\"Grant of probate naming Mrs Finch as executor, seen\"}");
    String id = received.getString("id");
    assertThat(received.getString("representativeStanding")).isEqualTo("DECEASED");
    assertThat(received.getJsonObject("representativeRelationship").getString("relationship"))
        .isEqualTo("PERSONAL_REPRESENTATIVE");
    api.post(HANDLER, "api/complaints/" + id + "/remit-decision", "{\"withinRemit\":true}");
    JsonObject acknowledged =
        api.post(HANDLER, "api/complaints/" + id + "/acknowledgement", "").json();
    assertThat(steps(acknowledged)).containsExactly("decide-standing");
    assertThat(api.post(HANDLER, "api/complaints/" + id + "/plan", plan(false)).status())
        .as("no plan before the standing is decided")
        .isEqualTo(409);

    Api.Answer accepted =
        api.post(HANDLER, "api/complaints/" + id + "/standing-decision", "{\"accepted\":true}");

    assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
    JsonObject file = accepted.json();
    assertThat(file.getJsonObject("standingDecision").getBoolean("accepted")).isTrue();
    assertThat(file.get("closure")).isIn(null, JsonValue.NULL);
    assertThat(steps(file)).containsExactly("record-consent");
    assertThat(letterKinds(id)).contains("complaint-consent-form");
    assertThat(letterKinds(id)).doesNotContain("complaint-standing-refused");
  }

  @Test
  void aWithdrawnComplaintClosesAtWhateverStepItWasAndAStepTakenOutOfOrderIsAConflict() {
    String id = receive(LocalDate.now(LONDON).minusMonths(1), null).getString("id");

    assertThat(
            api.post(
                    HANDLER,
                    "api/complaints/" + id + "/evidence",
                    "{\"kind\":\"DOCUMENT\",\"summary\":\"Call log\",\"source\":\"Practice\",\"receivedOn\":\""
                        + LocalDate.now(LONDON)
                        + "\"}")
                .status())
        .as("evidence belongs to an investigation")
        .isEqualTo(409);
    Api.Answer tooEarly = api.post(HANDLER, "api/complaints/" + id + "/acknowledgement", "");
    assertThat(tooEarly.status()).isEqualTo(409);
    assertThat(tooEarly.json().getString("detail")).contains("not waiting for its acknowledgement");

    JsonObject withdrawn =
        api.post(
                HANDLER,
                "api/complaints/" + id + "/withdrawal",
                "{\"note\":\"Resolved with the practice.\"}")
            .json();
    assertThat(withdrawn.getJsonObject("closure").getString("reason")).isEqualTo("WITHDRAWN");
    assertThat(steps(withdrawn)).isEmpty();
    assertThat(api.post(HANDLER, "api/complaints/" + id + "/withdrawal", "{}").status())
        .isEqualTo(409);
  }

  /** Issue 13 point 7: coded as the national return counts it, and read back from the file. */
  @Test
  @DependsOnTheDatabase
  void aComplaintIsCodedForTheNationalReturnAndAManagerCorrectsItAfterClosure() {
    String id = receive(LocalDate.now(LONDON).minusMonths(1), "9434765919").getString("id");
    JsonObject lists = api.get(HANDLER, "api/complaint-codes").json();
    assertThat(lists.getJsonArray("lists").getValuesAs(JsonObject.class))
        .extracting(list -> list.getString("name"))
        .containsExactly(
            "subject", "service-area", "profession", "complainant-status", "patient-age-band");

    Api.Answer unknown =
        api.post(
            HANDLER,
            "api/complaints/" + id + "/coding",
            "{\"subjects\":[\"GOSSIP\"],\"serviceAreas\":[\"COMMUNITY_HEALTH\"],"
                + "\"complainantStatus\":\"ON_BEHALF_OF_PATIENT\"}");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(error -> error.getString("field"))
        .containsExactly("subjects");
    assertThat(unknown.body()).doesNotContain("GOSSIP");

    String coding =
        "{\"subjects\":[\"COMMUNICATIONS\",\"WAITING_TIMES\"],\"serviceAreas\":[\"COMMUNITY_HEALTH\"],"
            + "\"professions\":[\"NURSING_MIDWIFERY_HEALTH_VISITING\"],"
            + "\"complainantStatus\":\"ON_BEHALF_OF_PATIENT\"}";
    JsonObject coded = api.post(HANDLER, "api/complaints/" + id + "/coding", coding).json();
    JsonObject readBack = api.get(HANDLER, "api/complaints/" + id).json().getJsonObject("coding");
    assertThat(readBack).isEqualTo(coded.getJsonObject("coding"));
    assertThat(readBack.getJsonArray("subjects").getValuesAs(JsonString.class))
        .extracting(JsonString::getString)
        .containsExactly("COMMUNICATIONS", "WAITING_TIMES");
    assertThat(readBack.getString("patientAgeBand"))
        .as("Ann Lee, born 1 January 1950, from her date of birth")
        .isEqualTo("75-84");
    assertThat(readBack.getBoolean("ageBandFromDateOfBirth")).isTrue();

    api.post(HANDLER, "api/complaints/" + id + "/withdrawal", "{\"note\":\"Resolved.\"}");
    assertThat(api.post(HANDLER, "api/complaints/" + id + "/coding", coding).status())
        .as("a closed complaint's coding is a manager's to correct")
        .isEqualTo(409);
    JsonObject corrected =
        api.post("complaints-manager", "api/complaints/" + id + "/coding", coding).json();
    assertThat(corrected.getJsonObject("coding").getString("codedBy"))
        .isEqualTo("complaints-manager");
    assertThat(corrected.getJsonArray("history").getValuesAs(JsonObject.class))
        .extracting(entry -> entry.getString("action"))
        .containsSubsequence("COMPLAINT_CODED", "COMPLAINT_WITHDRAWN", "COMPLAINT_CODED");
  }

  @Test
  void aBadIntakeNamesEachFieldAndStoresNothing() {
    int before = sequenceOf(receive(LocalDate.now(LONDON).minusMonths(1), null));

    Api.Answer refused =
        api.post(
            HANDLER,
            "api/complaints",
            "{\"channel\":\"EMAIL\",\"complainant\":{\"name\":\"\"},"
                + "\"patient\":{\"name\":\"Ann Lee\",\"nhsNumber\":\"9434765918\",\"dateOfBirth\":\"1950-01-01\"},"
                + "\"representation\":{\"standing\":\"LACKS_CAPACITY\"},"
                + "\"subject\":{\"organisationOrService\":\"Northvale GP Practice\"},"
                + "\"details\":{\"whatHappened\":\"x\",\"happenedOn\":\"2026-10-01\"}}");
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(error -> error.getString("field"))
        .contains("complainant.name");

    Api.Answer badNhsNumber =
        api.post(
            HANDLER,
            "api/complaints",
            "{\"channel\":\"EMAIL\",\"complainant\":{\"name\":\"Ben Lee\"},"
                + "\"patient\":{\"name\":\"Ann Lee\",\"nhsNumber\":\"9434765918\",\"dateOfBirth\":\"1950-01-01\"},"
                + "\"representation\":{\"standing\":\"LACKS_CAPACITY\"},"
                + "\"subject\":{\"organisationOrService\":\"Northvale GP Practice\"},"
                + "\"details\":{\"whatHappened\":\"x\",\"happenedOn\":\"2026-10-01\"}}");
    assertThat(badNhsNumber.status()).isEqualTo(400);
    assertThat(badNhsNumber.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("patient.nhsNumber");
    // Nothing of either request was stored: not even a reference was used up.
    assertThat(sequenceOf(receive(LocalDate.now(LONDON).minusMonths(1), null)))
        .isEqualTo(before + 1);
  }

  @Test
  void onlyTheComplaintsTeamSeesAComplaintFileOrItsLetters() {
    String id = receive(LocalDate.now(LONDON).minusMonths(1), "9434765919").getString("id");

    JsonObject file = api.get(HANDLER, "api/complaints/" + id).json();
    assertThat(file.getJsonObject("patient").getString("nhsNumber")).isEqualTo("943 476 5919");
    assertThat(api.get("complaints-manager", "api/complaints/" + id).status()).isEqualTo(200);
    assertThat(api.get("chc-assessor", "api/complaints/" + id).status()).isEqualTo(403);
    assertThat(api.get("governing-body", "api/complaints/" + id).status()).isEqualTo(403);
    assertThat(api.get("chc-assessor", "api/cases/complaint/" + id + "/letters").status())
        .isEqualTo(403);
    assertThat(api.get(HANDLER, "api/complaints/no-such-complaint").status()).isEqualTo(404);
  }

  @Test
  void theSubjectIsToldWhoComplainedOnlyOnceTheComplainantHasConsentedToBeNamed() {
    String id = acknowledgedWithConsentToHandle();

    Api.Answer refused = api.post(HANDLER, "api/complaints/" + id + "/plan", plan(false));
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.json().getString("detail")).contains("Record the consent");
    assertThat(letterKinds(id)).doesNotContain("complaint-disclosure-notice");

    consent(id, "SHARE_IDENTITY_WITH_SUBJECT");
    JsonObject planned = api.post(HANDLER, "api/complaints/" + id + "/plan", plan(false)).json();

    assertThat(planned.getString("status")).isEqualTo("INVESTIGATING");
    assertThat(steps(planned)).containsExactly("investigate");
    assertThat(planned.getJsonArray("issues")).hasSize(2);
    assertThat(planned.getJsonObject("deadlines").getString("responseDue")).isNotBlank();
    assertThat(letterKinds(id)).contains("complaint-disclosure-notice");
    JsonObject disclosure = planned.getJsonArray("disclosures").getJsonObject(0);
    assertThat(disclosure.getBoolean("identityDisclosed")).isTrue();
    assertThat(disclosure.getString("consentRecordId")).isNotBlank();

    JsonObject stopped =
        api.post(
                HANDLER,
                "api/complaints/" + id + "/clock-stop",
                "{\"reason\":\"Waiting for the complainant's records.\"}")
            .json();
    assertThat(stopped.getJsonObject("deadlines").getBoolean("clockStopped")).isTrue();
    JsonObject restarted = api.post(HANDLER, "api/complaints/" + id + "/clock-restart", "").json();
    assertThat(restarted.getJsonObject("deadlines").getBoolean("clockStopped")).isFalse();

    JsonObject advised =
        api.post(
                HANDLER,
                "api/complaints/" + id + "/evidence",
                "{\"kind\":\"CLINICAL_ADVICE\",\"summary\":\"The delay did not change the healing of the wound.\","
                    + "\"source\":\"Independent tissue viability nurse\",\"receivedOn\":\""
                    + LocalDate.now(LONDON)
                    + "\"}")
            .json();
    assertThat(advised.getJsonArray("evidence").getJsonObject(0).getString("kind"))
        .isEqualTo("CLINICAL_ADVICE");

    Api.Answer pastDate =
        api.post(
            HANDLER,
            "api/complaints/" + id + "/provider-response-requests",
            "{\"whatIsAsked\":\"Your account of the visits.\",\"dueBy\":\""
                + LocalDate.now(LONDON).minusDays(1)
                + "\"}");
    assertThat(pastDate.status()).isEqualTo(400);
    assertThat(pastDate.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("dueBy");
    JsonObject requested =
        api.post(
                HANDLER,
                "api/complaints/" + id + "/provider-response-requests",
                "{\"whatIsAsked\":\"Your account of the visits and the call log.\",\"dueBy\":\""
                    + LocalDate.now(LONDON).plusWeeks(3)
                    + "\"}")
            .json();
    JsonObject request = requested.getJsonArray("providerRequests").getJsonObject(0);
    assertThat(request.getString("dueBy")).isEqualTo(LocalDate.now(LONDON).plusWeeks(3).toString());
    assertThat(request.getBoolean("answered")).isFalse();
    JsonObject answeredByProvider =
        api.post(
                HANDLER,
                "api/complaints/" + id + "/evidence",
                "{\"kind\":\"PROVIDER_RESPONSE\",\"summary\":\"The team confirms the visit was four days late.\","
                    + "\"source\":\"Northvale Community Health NHS Trust\",\"receivedOn\":\""
                    + LocalDate.now(LONDON)
                    + "\"}")
            .json();
    assertThat(
            answeredByProvider
                .getJsonArray("providerRequests")
                .getJsonObject(0)
                .getBoolean("answered"))
        .isTrue();
    assertThat(answeredByProvider.getJsonArray("history").getValuesAs(JsonObject.class))
        .extracting(entry -> entry.getString("action"))
        .contains("PROVIDER_RESPONSE_REQUESTED");

    LocalDate later = LocalDate.now(LONDON).plusMonths(3);
    JsonObject moved =
        api.post(
                HANDLER,
                "api/complaints/" + id + "/response-date",
                "{\"newDate\":\"" + later + "\",\"reason\":\"Agreed with the complainant.\"}")
            .json();
    assertThat(moved.getJsonObject("deadlines").getString("responseDue"))
        .isEqualTo(later.toString());
    assertThat(moved.getJsonArray("openSteps").getJsonObject(0).getString("due"))
        .as("the investigation step is now due on the new date")
        .startsWith(later.toString());
  }

  @Test
  void declinedConsentsAComplainantWhoCannotStayAnonymousMayDeclineAndTheCaseClosesAsNotShared() {
    String id = acknowledgedWithConsentToHandle();

    JsonObject planned = api.post(HANDLER, "api/complaints/" + id + "/plan", plan(true)).json();
    assertThat(steps(planned)).containsExactly("decide-anonymous");

    JsonObject decided =
        api.post(
                HANDLER,
                "api/complaints/" + id + "/anonymity-decision",
                "{\"canInvestigateAnonymously\":false,\"reason\":\"Only one patient was seen that day.\"}")
            .json();
    assertThat(steps(decided)).containsExactly("record-choice");
    assertThat(letterKinds(id))
        .contains("complaint-identity-needed")
        .doesNotContain("complaint-disclosure-notice");

    JsonObject withdrawn =
        api.post(
                HANDLER,
                "api/complaints/" + id + "/complainant-choice",
                "{\"proceedWithDisclosure\":false}")
            .json();
    assertThat(withdrawn.getJsonObject("closure").getString("reason"))
        .isEqualTo("CONSENT_DECLINED");
    assertThat(letterKinds(id))
        .contains("complaint-consent-declined")
        .doesNotContain("complaint-disclosure-notice");
    assertThat(withdrawn.getJsonArray("disclosures")).isEmpty();
  }

  @Test
  void aComplaintAboutTheIcbItselfIsInvestigatedAndAnsweredWithNoNoticeToAProvider() {
    Api.Answer received =
        api.post(
            HANDLER,
            "api/complaints",
            "{\"channel\":\"EMAIL\","
                + "\"complainant\":{\"name\":\"Mr Dafydd Rees\",\"addressLines\":[\"3 Park Street\",\"Luton\"],\"postcode\":\"LU1 3ET\"},"
                + "\"subject\":{\"organisationOrService\":\"Northvale ICB continuing care team\",\"aboutTheIcb\":true},"
                + "\"details\":{\"whatHappened\":\"Nobody at the ICB answered my calls for three weeks.\",\"happenedOn\":\""
                + LocalDate.now(LONDON).minusMonths(1)
                + "\"}}");
    assertThat(received.status()).as(received.body()).isEqualTo(201);
    String id = received.json().getString("id");
    assertThat(received.json().getBoolean("aboutTheIcb")).isTrue();
    consent(id, "PROCESS_CASE");
    api.post(HANDLER, "api/complaints/" + id + "/remit-decision", "{\"withinRemit\":true}");
    JsonObject acknowledged =
        api.post(HANDLER, "api/complaints/" + id + "/acknowledgement", "").json();
    // Nothing will go to another organisation, so no consent to share is asked for.
    assertThat(steps(acknowledged)).containsExactly("agree-plan");

    Api.Answer byAProvider =
        api.post(
            HANDLER,
            "api/complaints/" + id + "/plan",
            "{\"issues\":[\"Unanswered calls\"],\"investigatedBy\":\"PROVIDER\",\"anonymityRequested\":false}");
    assertThat(byAProvider.status()).isEqualTo(409);
    JsonObject planned =
        api.post(
                HANDLER,
                "api/complaints/" + id + "/plan",
                "{\"issues\":[\"Unanswered calls\"],\"investigatedBy\":\"ICB\",\"anonymityRequested\":false}")
            .json();
    assertThat(planned.getString("status")).isEqualTo("INVESTIGATING");
    assertThat(steps(planned)).containsExactly("investigate");
    assertThat(planned.getJsonArray("disclosures")).isEmpty();
    assertThat(letterKinds(id))
        .containsExactlyInAnyOrder("complaint-acknowledgement", "complaint-plan-confirmed")
        .doesNotContain("complaint-disclosure-notice");
  }

  @Test
  void patientsConsentBeforeAnythingIsSharedOrABasisWithoutItTheCaldicottGuardianApproved() {
    String id = receive(LocalDate.now(LONDON).minusMonths(1), null).getString("id");
    consent(id, "PROCESS_CASE");
    api.post(HANDLER, "api/complaints/" + id + "/remit-decision", "{\"withinRemit\":true}");
    JsonObject acknowledged =
        api.post(HANDLER, "api/complaints/" + id + "/acknowledgement", "").json();
    assertThat(steps(acknowledged)).containsExactly("record-consent");
    Api.Answer tooSoon = api.post(HANDLER, "api/complaints/" + id + "/plan", plan(false));
    assertThat(tooSoon.status()).isIn(404, 409);

    String safeguarding =
        "{\"whose\":\"COMPLAINANT\",\"purpose\":\"SHARE_WITH_PROVIDER\",\"basis\":\"SAFEGUARDING\","
            + "\"justification\":\"The trust must be told to protect other patients of the team.\"}";
    assertThat(
            api.post(HANDLER, "api/complaints/" + id + "/sharing-without-consent", safeguarding)
                .status())
        .isEqualTo(403);
    Api.Answer handling =
        api.post(
            CALDICOTT,
            "api/complaints/" + id + "/sharing-without-consent",
            "{\"whose\":\"COMPLAINANT\",\"purpose\":\"PROCESS_CASE\",\"basis\":\"SAFEGUARDING\","
                + "\"justification\":\"x\"}");
    assertThat(handling.status())
        .as("only sharing may rest on a basis without consent")
        .isEqualTo(409);
    Api.Answer approved =
        api.post(CALDICOTT, "api/complaints/" + id + "/sharing-without-consent", safeguarding);
    assertThat(approved.status()).as(approved.body()).isEqualTo(200);
    assertThat(approved.json().getString("basis")).isEqualTo("SAFEGUARDING");
    assertThat(approved.json().getString("approvedBy")).isEqualTo(CALDICOTT);

    JsonObject file = api.get(HANDLER, "api/complaints/" + id).json();
    assertThat(file.getJsonArray("sharingWithoutConsent")).hasSize(1);
    assertThat(steps(file)).containsExactly("agree-plan");
    consent(id, "SHARE_IDENTITY_WITH_SUBJECT");
    JsonObject planned = api.post(HANDLER, "api/complaints/" + id + "/plan", plan(false)).json();
    JsonObject disclosure = planned.getJsonArray("disclosures").getJsonObject(0);
    assertThat(disclosure.getBoolean("sharedWithoutConsent")).isTrue();
    assertThat(disclosure.getString("consentRecordId")).isEqualTo(approved.json().getString("id"));
    assertThat(disclosure.getBoolean("identityDisclosed")).isTrue();
  }

  @Test
  @DependsOnTheDatabase
  void theCaseListFindsComplaintsByReferenceNameAndStatus() {
    JsonObject received = receive(LocalDate.now(LONDON).minusMonths(1), null);

    JsonObject byReference =
        api.get(HANDLER, "api/complaints?q=" + received.getString("reference")).json();
    assertThat(byReference.getInt("total")).isEqualTo(1);
    assertThat(byReference.getJsonArray("items").getJsonObject(0).getString("id"))
        .isEqualTo(received.getString("id"));

    JsonObject byName = api.get(HANDLER, "api/complaints?q=evans&status=received&size=100").json();
    assertThat(byName.getJsonArray("items").getValuesAs(JsonObject.class))
        .extracting(item -> item.getString("id"))
        .contains(received.getString("id"));

    Api.Answer badFilter = api.get(HANDLER, "api/complaints?status=lost&receivedFrom=yesterday");
    assertThat(badFilter.status()).isEqualTo(400);
    assertThat(badFilter.json().getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(error -> error.getString("field"))
        .contains("status", "receivedFrom");
    assertThat(api.get("ifr-panel", "api/complaints").status()).isEqualTo(403);
  }

  @Test
  void aComplaintIsAnsweredWhenAManagerSignsOffTheResponseAndThenIsClosed() throws Exception {
    String id = acknowledgedWithConsentToHandle();
    consent(id, "SHARE_IDENTITY_WITH_SUBJECT");
    assertThat(steps(api.post(HANDLER, "api/complaints/" + id + "/plan", plan(false)).json()))
        .containsExactly("investigate");

    assertThat(
            steps(api.post(HANDLER, "api/complaints/" + id + "/investigation-complete", "").json()))
        .containsExactly("draft-response");
    Api.Answer lateEvidence =
        api.post(
            HANDLER,
            "api/complaints/" + id + "/evidence",
            "{\"kind\":\"DOCUMENT\",\"summary\":\"Late\",\"source\":\"Practice\",\"receivedOn\":\""
                + LocalDate.now(LONDON)
                + "\"}");
    assertThat(lateEvidence.status())
        .as("the response is drafted from what was gathered: no evidence after the investigation")
        .isEqualTo(409);
    assertThat(lateEvidence.json().getString("detail")).contains("not waiting for new evidence");
    assertThat(steps(api.post(HANDLER, "api/complaints/" + id + "/draft-response", DRAFT).json()))
        .containsExactly("sign-off-response");

    assertThat(
            api.post(HANDLER, "api/complaints/" + id + "/sign-off", "{\"approved\":true}").status())
        .as("only a complaints manager signs off")
        .isEqualTo(403);
    Api.Answer noComments =
        api.post(
            "complaints-manager", "api/complaints/" + id + "/sign-off", "{\"approved\":false}");
    assertThat(noComments.status()).isEqualTo(400);
    assertThat(
            steps(
                api.post(
                        "complaints-manager",
                        "api/complaints/" + id + "/sign-off",
                        "{\"approved\":false,\"comments\":\"Say who will check the actions.\"}")
                    .json()))
        .containsExactly("draft-response");
    api.post(HANDLER, "api/complaints/" + id + "/draft-response", DRAFT);
    // Issue 14 point 9: returned for more investigation, evidence and provider requests open again.
    Api.Answer approvedAndReturned =
        api.post(
            "complaints-manager",
            "api/complaints/" + id + "/sign-off",
            "{\"approved\":true,\"investigateFurther\":true}");
    assertThat(approvedAndReturned.status()).isEqualTo(400);
    assertThat(approvedAndReturned.body()).contains("investigateFurther");
    JsonObject investigatedAgain =
        api.post(
                "complaints-manager",
                "api/complaints/" + id + "/sign-off",
                "{\"approved\":false,\"comments\":\"Ask the trust for its call log first.\","
                    + "\"investigateFurther\":true}")
            .json();
    assertThat(steps(investigatedAgain)).containsExactly("investigate");
    assertThat(investigatedAgain.getString("status")).isEqualTo("INVESTIGATING");
    assertThat(
            api.post(
                    HANDLER,
                    "api/complaints/" + id + "/provider-response-requests",
                    "{\"whatIsAsked\":\"The duty line's call log\",\"dueBy\":\""
                        + LocalDate.now(LONDON).plusWeeks(2)
                        + "\"}")
                .status())
        .as("the organisation may be asked again")
        .isEqualTo(200);
    assertThat(
            api.post(
                    HANDLER,
                    "api/complaints/" + id + "/evidence",
                    "{\"kind\":\"PROVIDER_RESPONSE\",\"summary\":\"Call log\","
                        + "\"source\":\"Trust\",\"receivedOn\":\""
                        + LocalDate.now(LONDON)
                        + "\"}")
                .status())
        .as("evidence is recorded again")
        .isEqualTo(200);
    api.post(HANDLER, "api/complaints/" + id + "/investigation-complete", "");
    api.post(HANDLER, "api/complaints/" + id + "/draft-response", DRAFT);

    JsonObject answered =
        api.post("complaints-manager", "api/complaints/" + id + "/sign-off", "{\"approved\":true}")
            .json();

    assertThat(answered.getJsonObject("closure").getString("reason")).isEqualTo("RESPONDED");
    assertThat(answered.getString("overallOutcome")).isEqualTo("PARTIALLY_UPHELD");
    assertThat(answered.getJsonArray("history").getValuesAs(JsonObject.class))
        .extracting(entry -> entry.getString("action"))
        .containsSubsequence(
            "COMPLAINT_RECEIVED",
            "COMPLAINT_ACKNOWLEDGED",
            "COMPLAINT_PLANNED",
            "RESPONSE_DRAFTED",
            "RESPONSE_RETURNED",
            "RESPONSE_RETURNED_FOR_INVESTIGATION",
            "RESPONSE_SIGNED_OFF",
            "LETTER_ISSUED",
            "COMPLAINT_CLOSED");
    assertThat(answered.getJsonObject("closure").getString("retentionStartsOn")).isNotBlank();
    // Closed, with the action its response promised still open for its owner (point 13).
    assertThat(steps(answered)).containsExactly("complete-action");
    JsonObject disclosure = answered.getJsonArray("disclosures").getJsonObject(0);
    assertThat(disclosure.getBoolean("identityDisclosed")).isTrue();
    assertThat(disclosure.getString("recipient")).contains("Northvale Community Health");
    assertThat(answered.getJsonArray("consents").getValuesAs(JsonObject.class))
        .as("the disclosure relied on a consent kept in the file")
        .extracting(consent -> consent.getString("id"))
        .contains(disclosure.getString("consentRecordId"));
    List<JsonObject> letters = answered.getJsonArray("letters").getValuesAs(JsonObject.class);
    assertThat(letters)
        .extracting(letter -> letter.getString("kind"))
        .as("partly upheld: its closure asked the patient's consent to tell its story")
        .contains("story-consent-request");
    assertThat(letters)
        .extracting(letter -> letter.getString("kind"))
        .filteredOn(kind -> !kind.startsWith("story-"))
        .as("the file lists every letter the complaint sent, newest first")
        .containsExactly(
            "complaint-final-response",
            "complaint-disclosure-notice",
            "complaint-plan-confirmed",
            "complaint-acknowledgement");
    JsonObject finalResponse =
        letters.stream()
            .filter(letter -> letter.getString("kind").equals("complaint-final-response"))
            .findFirst()
            .orElseThrow();
    assertThat(api.get("ig-officer", "api/audit/verify").json().getBoolean("intact")).isTrue();
    byte[] pdf = api.download(HANDLER, finalResponse.getString("download").substring(1)).body();
    try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      String text =
          new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      assertThat(text)
          .contains(
              "Parliamentary and Health Service Ombudsman",
              "Partially upheld",
              "Delay to the first visit",
              // Issue 14 point 4: who signed it off, on the responsible person's authority.
              "This response was signed off by",
              "on behalf of Chief Executive");
    }
  }

  /**
   * A script typed into every free-text field of a complaint, through every form and the API, reads
   * back as the text it was in every page, letter and answer, and never becomes markup or anything
   * a PDF reader would run. See {@link EscapingSweep}; docs/reliability.md has the figures.
   */
  @Test
  @DependsOnTheDatabase
  void aScriptTypedIntoEveryFreeTextFieldStaysTextInEveryPageLetterAndAnswer() {
    new EscapingSweep(api).runAndAssert("Output escaping", "escaping", EscapingSweep.EXPECTED);
  }

  /**
   * Found by the escaping sweep's longer payloads: answers the forms and the API let through but
   * the columns could not hold failed at commit, with the server's own HTML error page.
   */
  @Test
  @DependsOnTheDatabase
  void anAnswerLongerThanWhereItIsKeptIsRefusedBesideItsFieldNotAServerError() {
    StaffSession handler = StaffSession.signIn(api.base(), HANDLER);
    java.util.Map<String, String> intake = mrLongsIntakeForm();
    intake.put("complainantPostcode", "LU1 2LJ LU1");

    Api.Answer form = handler.submit("complaints/new", intake);

    assertThat(form.status()).isEqualTo(400);
    assertThat(form.contentType()).startsWith("text/html");
    assertThat(form.body())
        .contains("id=\"complainantPostcode-error\"")
        .contains("Must be 10 characters or fewer");

    LocalDate happened = LocalDate.now(LONDON).minusMonths(1);
    String complaint =
        "{\"channel\":\"LETTER\",\"complainant\":{\"name\":\"Mr Owain Long\"},"
            + "\"subject\":{\"organisationOrService\":\"Northvale GP Practice\"},"
            + "\"details\":{\"whatHappened\":\"%s\",\"happenedOn\":\""
            + happened
            + "\"}}";
    Api.Answer tooLong =
        api.post(HANDLER, "api/complaints", String.format(complaint, "x".repeat(8001)));
    assertThat(tooLong.status()).as(tooLong.body()).isEqualTo(400);
    assertThat(tooLong.contentType()).startsWith("application/problem+json");
    assertThat(tooLong.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("details.whatHappened");
    assertThat(
            api.post(HANDLER, "api/complaints", String.format(complaint, "x".repeat(8000)))
                .status())
        .as("the longest account the column keeps")
        .isEqualTo(201);
  }

  @Test
  void aDevelopmentStartHoldsSampleComplaintsWaitingAtDifferentSteps() {
    assertThat(demoSteps("Okafor")).containsExactly("check-remit");
    assertThat(demoSteps("Hart")).containsExactly("decide-late-complaint");
    assertThat(demoSteps("Mensah")).containsExactly("record-consent");
    assertThat(demoSteps("Nowak")).containsExactly("investigate");
    assertThat(demoSteps("Clarke")).containsExactly("sign-off-response");
    assertThat(demoFile("Grant").getJsonObject("closure").getString("reason"))
        .isEqualTo("OUTSIDE_REMIT");
    assertThat(demoFile("Fisher").getJsonObject("closure").getString("reason"))
        .isEqualTo("RESOLVED_ORALLY");
    assertThat(demoFile("Raman").getJsonObject("deadlines").getString("acknowledgementDue"))
        .as("received six working days ago: the acknowledgement is overdue")
        .isLessThan(LocalDate.now(LONDON).toString());
    assertThat(api.get(HANDLER, "api/complaints?overdue=true&size=100").json().getInt("total"))
        .isPositive();
  }

  private static final String DRAFT =
      "{\"outcomes\":[\"UPHELD\",\"NOT_UPHELD\"],"
          + "\"steps\":[\"We read the nursing records.\",\"We spoke to the team leader.\"],"
          + "\"findings\":[\"The first visit was four days late.\",\"The call log shows a call back the same day.\"],"
          + "\"overallSummary\":\"The first visit was late; the call was returned.\","
          + "\"apology\":\"We are sorry for the delay to your first visit.\","
          + "\"actions\":[{\"description\":\"Check new referrals daily\",\"owner\":\"Community nursing manager\",\"dueBy\":\""
          + LocalDate.now(LONDON).plusMonths(2)
          + "\"}],"
          + "\"satisfied\":true}";

  @Test
  void aSpokenComplaintResolvedByTheNextWorkingDayIsRecordedAndClosedOutsideTheProcess() {
    String complaint =
        "{\"channel\":\"TELEPHONE\",\"receivedAt\":\""
            + Instant.now().minusSeconds(3600)
            + "\","
            + "\"complainant\":{\"name\":\"Mr Tom Hale\"},"
            + "\"subject\":{\"organisationOrService\":\"Northvale GP Practice\"},"
            + "\"details\":{\"whatHappened\":\"Repeat prescription not ready.\",\"happenedOn\":\""
            + LocalDate.now(LONDON)
            + "\"}}";

    Api.Answer recorded =
        api.post(
            HANDLER,
            "api/complaints/resolved-orally",
            "{\"complaint\":"
                + complaint
                + ",\"howResolved\":\"The practice issued it the same afternoon.\","
                + "\"resolvedAt\":\""
                + Instant.now()
                + "\"}");

    assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
    JsonObject file = recorded.json();
    assertThat(file.getJsonObject("closure").getString("reason")).isEqualTo("RESOLVED_ORALLY");
    assertThat(steps(file)).isEmpty();
    assertThat(letterKinds(file.getString("id"))).isEmpty();

    Api.Answer written =
        api.post(
            HANDLER,
            "api/complaints/resolved-orally",
            "{\"complaint\":"
                + complaint.replace("TELEPHONE", "LETTER")
                + ",\"howResolved\":\"x\","
                + "\"resolvedAt\":\""
                + Instant.now()
                + "\"}");
    assertThat(written.status()).isEqualTo(409);
  }

  @Test
  @DependsOnTheDatabase
  void aHandlerAttachesADocumentWithTheEvidenceFormAndDownloadsItFromTheCasePage() {
    String id = acknowledgedWithConsentToHandle();
    consent(id, "SHARE_IDENTITY_WITH_SUBJECT");
    assertThat(steps(api.post(HANDLER, "api/complaints/" + id + "/plan", plan(false)).json()))
        .containsExactly("investigate");
    StaffSession handler = StaffSession.signIn(api.base(), HANDLER);
    String formPath = "complaints/" + id + "/evidence";
    Api.Answer form = handler.get(formPath);
    assertThat(form.status()).isEqualTo(200);
    assertThat(form.body())
        .contains("enctype=\"multipart/form-data\"", "type=\"file\"", "Attach a document");
    String token = csrfTokenOf(form.body());

    for (Object[] refused :
        new Object[][] {
          {"report.pdf", SampleDocuments.html(), "The selected file must be a PDF, PNG or JPEG"},
          {"empty.pdf", new byte[0], "The selected file is empty"},
          {
            "big.pdf",
            SampleDocuments.pdfOfSize(SampleDocuments.TEN_MIB + 1),
            "The selected file must be smaller than 10 MB"
          }
        }) {
      Api.Answer again =
          handler.postMultipart(
              formPath, evidenceForm(token, (String) refused[0], (byte[]) refused[1]));
      assertThat(again.status()).as((String) refused[0]).isEqualTo(400);
      assertThat(again.body())
          .contains("There is a problem", "<a href=\"#file\">" + refused[2] + "</a>")
          .contains("id=\"file-error\"")
          .as("what was typed is kept")
          .contains("Call log for 3 March");
    }
    Api.Answer huge =
        handler.postMultipart(
            formPath,
            evidenceForm(token, "huge.pdf", SampleDocuments.pdfOfSize(11 * 1024 * 1024 + 1)));
    assertThat(huge.status()).isEqualTo(413);
    assertThat(huge.body())
        .contains("The selected file is too large", "must be smaller than 10 MB");
    Api.Answer forged =
        handler.postMultipart(
            formPath, evidenceForm("not-the-token", "call-log.pdf", SampleDocuments.pdf("x")));
    assertThat(forged.status()).isEqualTo(403);
    assertThat(forged.body()).contains("This page has expired");
    assertThat(api.get(HANDLER, "api/complaints/" + id).json().getJsonArray("evidence"))
        .as("nothing stored by a refused form")
        .isEmpty();

    byte[] pdf = SampleDocuments.pdf("Call log, 3 March 2026");
    Api.Answer recorded =
        handler.postMultipart(formPath, evidenceForm(token, "Call log 3 March.pdf", pdf));
    assertThat(recorded.status()).as(recorded.body()).isIn(302, 303);
    Api.Answer casePage = handler.get("complaints/" + id);
    assertThat(casePage.body()).contains("The evidence and its document were recorded.");
    java.util.regex.Matcher link =
        java.util.regex.Pattern.compile(
                "<a href=\"([^\"]+/documents/[^\"]+)\" download>Call log 3 March.pdf</a> \\(PDF, ")
            .matcher(casePage.body());
    assertThat(link.find()).as("a download link on the case page").isTrue();
    java.net.http.HttpResponse<byte[]> download = handler.download(link.group(1));
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
        .startsWith("attachment; filename=\"Call log 3 March.pdf\"");
    assertThat(download.body()).isEqualTo(pdf);

    Api.Answer withoutFile = handler.postMultipart(formPath, evidenceForm(token, "", new byte[0]));
    assertThat(withoutFile.status()).as("a file is optional").isIn(302, 303);
    List<JsonObject> evidence =
        api.get(HANDLER, "api/complaints/" + id)
            .json()
            .getJsonArray("evidence")
            .getValuesAs(JsonObject.class);
    assertThat(evidence).hasSize(2);
    assertThat(evidence.get(0).getJsonArray("documents").getValuesAs(JsonObject.class))
        .singleElement()
        .satisfies(
            document -> {
              assertThat(document.getString("name")).isEqualTo("Call log 3 March.pdf");
              assertThat(document.getString("mediaType")).isEqualTo("application/pdf");
              assertThat(document.getString("uploadedBy")).isEqualTo(HANDLER);
            });
    assertThat(evidence.get(1).getJsonArray("documents")).isEmpty();
  }

  private MultipartForm evidenceForm(String token, String fileName, byte[] file) {
    LocalDate today = LocalDate.now(LONDON);
    return new MultipartForm()
        .field("csrfToken", token)
        .field("kind", "DOCUMENT")
        .field("summary", "Call log for 3 March")
        .field("source", "Practice manager")
        .field("receivedOn-day", String.valueOf(today.getDayOfMonth()))
        .field("receivedOn-month", String.valueOf(today.getMonthValue()))
        .field("receivedOn-year", String.valueOf(today.getYear()))
        .file(
            "file",
            fileName,
            fileName.isEmpty() ? "application/octet-stream" : "application/pdf",
            file);
  }

  private static String csrfTokenOf(String html) {
    java.util.regex.Matcher token =
        java.util.regex.Pattern.compile("name=\"csrfToken\" value=\"([^\"]+)\"").matcher(html);
    assertThat(token.find()).as("the page has a CSRF token").isTrue();
    return token.group(1);
  }

  /** Issue 13 point 4: passed to the provider with consent; closed as transferred. */
  @Test
  void aComplaintPassedToTheProviderWithConsentClosesAsTransferredWithLettersToBoth() {
    String id = acknowledgedWithConsentToHandle();

    Api.Answer withoutConsent =
        api.post(
            HANDLER,
            "api/complaints/" + id + "/transfer",
            "{\"whyBetterPlaced\":\"The trust has not yet had the chance to answer.\"}");
    assertThat(withoutConsent.status()).isEqualTo(409);
    assertThat(withoutConsent.json().getString("detail"))
        .contains("consent to the complaint being passed to the provider");
    Api.Answer noReason =
        api.post(HANDLER, "api/complaints/" + id + "/transfer", "{\"provider\":\"x\"}");
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("whyBetterPlaced");

    consent(id, "TRANSFER_TO_PROVIDER");
    consent(id, "SHARE_WITH_PROVIDER");
    JsonObject transferred =
        api.post(
                HANDLER,
                "api/complaints/" + id + "/transfer",
                "{\"whyBetterPlaced\":\"The trust has not yet had the chance to answer.\"}")
            .json();

    assertThat(transferred.getJsonObject("closure").getString("reason")).isEqualTo("TRANSFERRED");
    assertThat(steps(transferred)).isEmpty();
    JsonObject transfer = transferred.getJsonObject("transfer");
    assertThat(transfer.getString("provider")).isEqualTo("Northvale Community Health NHS Trust");
    JsonObject disclosure = transferred.getJsonArray("disclosures").getJsonObject(0);
    assertThat(disclosure.getString("recipient")).isEqualTo("Northvale Community Health NHS Trust");
    assertThat(disclosure.getBoolean("identityDisclosed")).isTrue();
    assertThat(disclosure.getString("namingConsentId"))
        .as("the complainant is named to the provider on their consent to the transfer")
        .isEqualTo(transfer.getString("complainantConsentId"));
    assertThat(transferred.getJsonArray("consents").getValuesAs(JsonObject.class))
        .as("the transfer and its disclosure cite consents kept in the file")
        .extracting(consent -> consent.getString("id"))
        .contains(
            disclosure.getString("consentRecordId"),
            transfer.getString("complainantConsentId"),
            transfer.getString("shareConsentId"));
    assertThat(letterKinds(id))
        .contains("complaint-transferred", "complaint-transfer-notice")
        .doesNotContain("complaint-final-response");
    assertThat(transferred.getJsonArray("history").getValuesAs(JsonObject.class))
        .extracting(entry -> entry.getString("action"))
        .containsSubsequence("COMPLAINT_TRANSFERRED", "COMPLAINT_CLOSED");
    assertThat(api.post(HANDLER, "api/complaints/" + id + "/withdrawal", "{}").status())
        .as("closed as transferred, not open to a withdrawal")
        .isEqualTo(409);
  }

  /** Issue 13 point 5: two organisations, one lead, each answer recorded, one response. */
  @Test
  void aComplaintHandledJointlyRecordsEachOrganisationAndItsAnswerAndOneResponseNamesThem()
      throws Exception {
    String id = acknowledgedWithConsentToHandle();
    consent(id, "SHARE_IDENTITY_WITH_SUBJECT");
    consent(id, "SHARE_WITH_PROVIDER");
    assertThat(steps(api.post(HANDLER, "api/complaints/" + id + "/plan", plan(false)).json()))
        .containsExactly("investigate");
    String jointly =
        "{\"leadOrganisation\":%s,\"complainantNamed\":true,\"organisations\":["
            + "{\"name\":\"Northvale Community Health NHS Trust\",\"asked\":\"An account of the visits.\"},"
            + "{\"name\":\"Leagrave Road Pharmacy\",\"asked\":\"Why the dressings were late.\"}]}";

    Api.Answer strangeLead =
        api.post(
            HANDLER,
            "api/complaints/" + id + "/joint-handling",
            jointly.formatted("\"Luton Council\""));
    assertThat(strangeLead.status()).isEqualTo(400);
    assertThat(strangeLead.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("leadOrganisation");

    JsonObject agreed =
        api.post(
                HANDLER,
                "api/complaints/" + id + "/joint-handling",
                jointly.formatted("\"Northvale Community Health NHS Trust\""))
            .json();
    JsonObject handling = agreed.getJsonObject("jointHandling");
    assertThat(handling.getString("leadOrganisation"))
        .isEqualTo("Northvale Community Health NHS Trust");
    assertThat(handling.getJsonArray("organisations").getValuesAs(JsonObject.class))
        .extracting(o -> o.getString("name") + ": " + o.getString("asked"))
        .containsExactly(
            "Northvale Community Health NHS Trust: An account of the visits.",
            "Leagrave Road Pharmacy: Why the dressings were late.");
    assertThat(agreed.getJsonArray("disclosures").getValuesAs(JsonObject.class))
        .extracting(d -> d.getString("recipient"))
        .contains("Leagrave Road Pharmacy");
    assertThat(letterKinds(id)).contains("complaint-joint-handling");

    api.post(HANDLER, "api/complaints/" + id + "/investigation-complete", "");
    Api.Answer tooSoon = api.post(HANDLER, "api/complaints/" + id + "/draft-response", DRAFT);
    assertThat(tooSoon.status()).isEqualTo(409);
    assertThat(tooSoon.json().getString("detail")).contains("Leagrave Road Pharmacy");

    String today = LocalDate.now(LONDON).toString();
    assertThat(
            api.post(
                    HANDLER,
                    "api/complaints/" + id + "/joint-handling/organisations/3/answer",
                    "{\"answer\":\"x\",\"answeredOn\":\"" + today + "\"}")
                .status())
        .isEqualTo(404);
    for (int organisation = 1; organisation <= 2; organisation++) {
      api.post(
          HANDLER,
          "api/complaints/" + id + "/joint-handling/organisations/" + organisation + "/answer",
          "{\"answer\":\"Our account, number "
              + organisation
              + ".\",\"answeredOn\":\""
              + today
              + "\"}");
    }
    JsonObject answered = api.get(HANDLER, "api/complaints/" + id).json();
    assertThat(
            answered
                .getJsonObject("jointHandling")
                .getJsonArray("organisations")
                .getValuesAs(JsonObject.class))
        .extracting(o -> o.getString("answer"))
        .containsExactly("Our account, number 1.", "Our account, number 2.");

    assertThat(steps(api.post(HANDLER, "api/complaints/" + id + "/draft-response", DRAFT).json()))
        .containsExactly("sign-off-response");
    JsonObject responded =
        api.post("complaints-manager", "api/complaints/" + id + "/sign-off", "{\"approved\":true}")
            .json();
    assertThat(responded.getJsonObject("closure").getString("reason")).isEqualTo("RESPONDED");
    JsonObject finalResponse =
        responded.getJsonArray("letters").getValuesAs(JsonObject.class).stream()
            .filter(letter -> letter.getString("kind").equals("complaint-final-response"))
            .findFirst()
            .orElseThrow();
    byte[] pdf = api.download(HANDLER, finalResponse.getString("download").substring(1)).body();
    try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      String text =
          new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      assertThat(text)
          .contains(
              "A joint response", "Northvale Community Health NHS Trust", "Leagrave Road Pharmacy");
    }
  }

  /**
   * Issue 14 points 2, 3, 5 and 8 over REST: a complaint received a fortnight ago has missed its
   * acknowledgement (the first checks included), which the process escalates to the manager's
   * breaches view; the clock stopped, restarted and the date changed each bring the complainant a
   * letter; the withdrawal is confirmed by letter, and the closed complaint leaves the view.
   */
  @Test
  @DependsOnTheDatabase
  void keepingTheComplainantInformedClockStopLettersAndABreachInTheManagersView()
      throws InterruptedException {
    String manager = "complaints-manager";
    Api.Answer received =
        api.post(
            HANDLER,
            "api/complaints",
            "{\"channel\":\"LETTER\",\"receivedAt\":\""
                + Instant.now().minus(Duration.ofDays(14))
                + "\","
                + "\"complainant\":{\"name\":\"Mrs Nia Pryce\",\"addressLines\":[\"4 Hill Rise\",\"Luton\"],\"postcode\":\"LU2 7AB\"},"
                + "\"subject\":{\"organisationOrService\":\"Northvale Community Health NHS Trust\"},"
                + "\"details\":{\"whatHappened\":\"The district nurse did not come.\",\"happenedOn\":\""
                + LocalDate.now(LONDON).minusMonths(1)
                + "\"}}");
    assertThat(received.status()).as(received.body()).isEqualTo(201);
    String id = received.json().getString("id");

    JsonObject breach = awaitBreach(manager, id);
    assertThat(breach.getString("breach")).isEqualTo("ACKNOWLEDGEMENT_OVERDUE");
    assertThat(breach.getString("reference")).isEqualTo(received.json().getString("reference"));
    assertThat(api.get(HANDLER, "api/complaint-breaches").status())
        .as("the breaches view is the manager's")
        .isEqualTo(403);

    consent(id, "PROCESS_CASE");
    consent(id, "SHARE_WITH_PROVIDER");
    consent(id, "SHARE_IDENTITY_WITH_SUBJECT");
    api.post(HANDLER, "api/complaints/" + id + "/remit-decision", "{\"withinRemit\":true}");
    // The acknowledgement's own overdue timer fires as soon as its step opens; a clash with it
    // is a 409 to try again.
    Api.Answer acknowledged = api.post(HANDLER, "api/complaints/" + id + "/acknowledgement", "");
    for (int attempt = 0; acknowledged.status() == 409 && attempt < 3; attempt++) {
      Thread.sleep(500);
      acknowledged = api.post(HANDLER, "api/complaints/" + id + "/acknowledgement", "");
    }
    assertThat(acknowledged.status()).as(acknowledged.body()).isEqualTo(200);
    String promised = acknowledged.json().getJsonObject("deadlines").getString("responseDue");
    JsonObject planned = api.post(HANDLER, "api/complaints/" + id + "/plan", plan(false)).json();
    assertThat(planned.getString("status")).isEqualTo("INVESTIGATING");
    // Point 1: the plan and its date in writing; the date the acknowledgement promised is kept.
    assertThat(letterKinds(id)).contains("complaint-plan-confirmed");
    assertThat(planned.getJsonObject("deadlines").getString("responseDue")).isEqualTo(promised);

    Api.Answer stopped =
        api.post(
            HANDLER,
            "api/complaints/" + id + "/clock-stop",
            "{\"reason\":\"We are waiting for the trust's visit records.\"}");
    assertThat(stopped.status()).as(stopped.body()).isEqualTo(200);
    assertThat(letterKinds(id)).contains("complaint-clock-stopped");
    Api.Answer restarted = api.post(HANDLER, "api/complaints/" + id + "/clock-restart", "");
    assertThat(restarted.status()).as(restarted.body()).isEqualTo(200);
    assertThat(letterKinds(id)).contains("complaint-clock-restarted");
    LocalDate later = LocalDate.now(LONDON).plusMonths(2);
    Api.Answer moved =
        api.post(
            HANDLER,
            "api/complaints/" + id + "/response-date",
            "{\"newDate\":\"" + later + "\",\"reason\":\"Agreed with Mrs Pryce.\"}");
    assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    assertThat(letterKinds(id)).contains("complaint-response-date-changed");

    api.post(HANDLER, "api/complaints/" + id + "/withdrawal", "{\"note\":\"Resolved.\"}");
    assertThat(letterKinds(id)).contains("complaint-withdrawal-received");
    assertThat(breachesOf(manager, id)).as("a closed complaint leaves the view").isEmpty();
  }

  private JsonObject awaitBreach(String manager, String id) throws InterruptedException {
    Instant giveUp = Instant.now().plusSeconds(90);
    while (Instant.now().isBefore(giveUp)) {
      List<JsonObject> found = breachesOf(manager, id);
      if (!found.isEmpty()) {
        return found.get(0);
      }
      Thread.sleep(1000);
    }
    throw new AssertionError("no breach escalated for complaint " + id + " within 90 seconds");
  }

  private List<JsonObject> breachesOf(String manager, String id) {
    Api.Answer answer = api.get(manager, "api/complaint-breaches");
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return answer.json().getJsonArray("breaches").getValuesAs(JsonObject.class).stream()
        .filter(breach -> breach.getString("complaintId").equals(id))
        .toList();
  }

  /**
   * Points 11 to 14 over REST: a response is sent; staff named are told; the complainant is not
   * satisfied and the complaint is reopened (retention clock stopped) and answered again (closed,
   * clock restarted); the Ombudsman upholds it in part with a recommendation that becomes an action
   * followed to completion, as the promised action was.
   */
  @Test
  void afterTheResponseReopenedForAFurtherResponseThenTheOmbudsmansDecisionWithATrackedAction()
      throws Exception {
    String id = acknowledgedWithConsentToHandle();
    consent(id, "SHARE_IDENTITY_WITH_SUBJECT");
    String after = "api/complaints/" + id + "/after-response";
    Api.Answer tooEarly =
        api.post(HANDLER, after + "/reopening", "{\"unresolved\":\"Why the delay?\"}");
    assertThat(tooEarly.status()).as("reopened only after its response").isEqualTo(409);
    api.post(HANDLER, "api/complaints/" + id + "/plan", plan(false));
    api.post(HANDLER, "api/complaints/" + id + "/investigation-complete", "");
    api.post(HANDLER, "api/complaints/" + id + "/draft-response", DRAFT);
    JsonObject answered =
        api.post("complaints-manager", "api/complaints/" + id + "/sign-off", "{\"approved\":true}")
            .json();
    assertThat(answered.getString("status")).isEqualTo("CLOSED");
    assertThat(api.get("ig-officer", "api/retention/records/complaint/" + id).status())
        .as("the retention clock runs from the closure")
        .isEqualTo(200);

    String today = LocalDate.now(LONDON).toString();
    Api.Answer staffTold =
        api.post(
            HANDLER,
            after + "/staff-told",
            "{\"name\":\"Sam Lee\",\"role\":\"District nurse\",\"toldOn\":\""
                + today
                + "\",\"supportOffered\":\"Time with their manager and the wellbeing service\","
                + "\"supportAccepted\":true}");
    assertThat(staffTold.status()).as(staffTold.body()).isEqualTo(200);
    assertThat(staffTold.json().getJsonArray("staffTold").getJsonObject(0).getString("role"))
        .isEqualTo("District nurse");

    Api.Answer noReason = api.post(HANDLER, after + "/reopening", "{\"unresolved\":\" \"}");
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.body()).contains("unresolved");
    JsonObject reopened =
        api.post(
                HANDLER,
                after + "/reopening",
                "{\"unresolved\":\"Why was my first visit four days late?\"}")
            .json();
    JsonObject round = reopened.getJsonArray("furtherResponses").getJsonObject(0);
    assertThat(round.getInt("round")).isEqualTo(1);
    JsonObject file = api.get(HANDLER, "api/complaints/" + id).json();
    assertThat(file.getString("status")).isEqualTo("REOPENED");
    assertThat(steps(file)).contains("write-further-response", "complete-action");
    assertThat(api.get("ig-officer", "api/retention/records/complaint/" + id).status())
        .as("reopening stops the retention clock")
        .isEqualTo(404);
    assertThat(letterKinds(id)).contains("complaint-reopened");
    assertThat(api.post(HANDLER, after + "/reopening", "{\"unresolved\":\"Again\"}").status())
        .as("already reopened")
        .isEqualTo(409);

    JsonObject sent =
        api.post(
                HANDLER,
                after + "/further-response",
                "{\"summary\":\"The referral sat in a shared inbox over a weekend.\"}")
            .json();
    assertThat(sent.getJsonArray("furtherResponses").getJsonObject(0).getString("sentBy"))
        .isEqualTo(HANDLER);
    file = api.get(HANDLER, "api/complaints/" + id).json();
    assertThat(file.getString("status")).isEqualTo("CLOSED");
    assertThat(steps(file)).containsExactly("complete-action");
    assertThat(letterKinds(id)).contains("complaint-further-response");
    assertThat(api.get("ig-officer", "api/retention/records/complaint/" + id).status())
        .as("closing again starts the clock again")
        .isEqualTo(200);

    JsonObject referred =
        api.post(
                HANDLER,
                after + "/ombudsman-referrals",
                "{\"referredOn\":\"" + today + "\",\"ombudsmanReference\":\"PHSO-123\"}")
            .json();
    String referralId =
        referred.getJsonArray("ombudsmanReferrals").getJsonObject(0).getString("id");
    Api.Answer notUpheldWithRecommendation =
        api.post(
            HANDLER,
            after + "/ombudsman-referrals/" + referralId + "/decision",
            "{\"decision\":\"NOT_UPHELD\",\"decidedOn\":\""
                + today
                + "\",\"recommendations\":[{\"description\":\"x\",\"owner\":\"y\",\"dueBy\":\""
                + today
                + "\"}]}");
    assertThat(notUpheldWithRecommendation.status()).isEqualTo(400);
    assertThat(notUpheldWithRecommendation.body()).contains("recommendations");
    JsonObject decided =
        api.post(
                HANDLER,
                after + "/ombudsman-referrals/" + referralId + "/decision",
                "{\"decision\":\"PARTLY_UPHELD\",\"decidedOn\":\""
                    + today
                    + "\",\"summary\":\"The delay was not explained.\","
                    + "\"recommendations\":[{\"description\":\"Apologise for the delay\","
                    + "\"owner\":\"Chief Executive\",\"dueBy\":\""
                    + LocalDate.now(LONDON).plusWeeks(4)
                    + "\"}]}")
            .json();
    assertThat(decided.getJsonArray("ombudsmanReferrals").getJsonObject(0).getString("decision"))
        .isEqualTo("PARTLY_UPHELD");
    List<JsonObject> actions = decided.getJsonArray("actions").getValuesAs(JsonObject.class);
    assertThat(actions)
        .extracting(action -> action.getString("source"))
        .containsExactlyInAnyOrder("RESPONSE", "OMBUDSMAN");
    assertThat(decided.getInt("openActions")).isEqualTo(2);
    assertThat(steps(api.get(HANDLER, "api/complaints/" + id).json()))
        .containsExactly("complete-action", "complete-action");

    String recommendation =
        actions.stream()
            .filter(action -> action.getString("source").equals("OMBUDSMAN"))
            .findFirst()
            .orElseThrow()
            .getString("id");
    JsonObject done =
        api.post(
                "complaints-manager",
                after + "/actions/" + recommendation + "/completion",
                "{\"note\":\"Letter of apology sent.\"}")
            .json();
    assertThat(done.getInt("openActions")).isEqualTo(1);
    assertThat(steps(api.get(HANDLER, "api/complaints/" + id).json()))
        .containsExactly("complete-action");
    assertThat(
            api.post(
                    "complaints-manager",
                    after + "/actions/" + recommendation + "/completion",
                    "{\"note\":\"Again.\"}")
                .status())
        .isEqualTo(409);
    assertThat(api.get("governing-body", after).status()).isEqualTo(403);
    assertThat(api.get("ig-officer", "api/audit/verify").json().getBoolean("intact")).isTrue();

    // The same records through the pages, as a handler would make them.
    StaffSession pages = StaffSession.signIn(api.base(), HANDLER);
    String casePage = "complaints/" + id;
    assertThat(pages.get(casePage).body())
        .contains("Record a referral to the Ombudsman")
        .contains("Record an action done")
        .contains("Record staff told of the complaint");
    LocalDate day = LocalDate.now(LONDON);
    Map<String, String> todayOn =
        Map.of(
            "-day", String.valueOf(day.getDayOfMonth()),
            "-month", String.valueOf(day.getMonthValue()),
            "-year", String.valueOf(day.getYear()));
    Api.Answer noSupport =
        pages.submit(
            casePage + "/staff-told",
            Map.of("staffName", "Dr Ellis", "staffRole", "GP", "supportAccepted", "no"));
    assertThat(noSupport.status()).isEqualTo(400);
    assertThat(noSupport.body()).contains("Enter the support offered");
    Map<String, String> staff = new java.util.HashMap<>();
    staff.put("staffName", "Dr Ellis");
    staff.put("staffRole", "GP");
    todayOn.forEach((part, value) -> staff.put("toldOn" + part, value));
    staff.put("supportOffered", "A meeting with the practice manager");
    staff.put("supportAccepted", "no");
    assertThat(pages.submit(casePage + "/staff-told", staff).status()).isEqualTo(302);

    Map<String, String> referral = new java.util.HashMap<>();
    todayOn.forEach((part, value) -> referral.put("referredOn" + part, value));
    referral.put("ombudsmanReference", "PHSO-456");
    assertThat(pages.submit(casePage + "/ombudsman-referral", referral).status()).isEqualTo(302);
    JsonObject recordedByPages = api.get(HANDLER, after).json();
    assertThat(recordedByPages.getJsonArray("staffTold")).hasSize(2);
    String awaiting =
        recordedByPages.getJsonArray("ombudsmanReferrals").getValuesAs(JsonObject.class).stream()
            .filter(r -> absent(r, "decision"))
            .findFirst()
            .orElseThrow()
            .getString("id");
    assertThat(pages.get(casePage + "/ombudsman-decision").body()).contains("PHSO-456");
    Map<String, String> decision = new java.util.HashMap<>();
    decision.put("referral", awaiting);
    decision.put("decision", "NOT_INVESTIGATED");
    todayOn.forEach((part, value) -> decision.put("decidedOn" + part, value));
    decision.put("decisionSummary", "Outside the Ombudsman's time limit.");
    assertThat(pages.submit(casePage + "/ombudsman-decision", decision).status()).isEqualTo(302);

    String responseAction =
        api
            .get(HANDLER, after)
            .json()
            .getJsonArray("actions")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(action -> action.getString("source").equals("RESPONSE"))
            .findFirst()
            .orElseThrow()
            .getString("id");
    Api.Answer noNote = pages.submit(casePage + "/action-done", Map.of("action", responseAction));
    assertThat(noNote.status()).isEqualTo(400);
    assertThat(noNote.body()).contains("Enter what was done");
    assertThat(
            pages
                .submit(
                    casePage + "/action-done",
                    Map.of("action", responseAction, "actionNote", "Checklist in use."))
                .status())
        .isEqualTo(302);
    JsonObject allDone = api.get(HANDLER, after).json();
    assertThat(allDone.getInt("openActions")).isZero();
    assertThat(allDone.getJsonArray("ombudsmanReferrals").getValuesAs(JsonObject.class))
        .extracting(r -> absent(r, "decision") ? "" : r.getString("decision"))
        .containsExactlyInAnyOrder("PARTLY_UPHELD", "NOT_INVESTIGATED");
    assertThat(steps(api.get(HANDLER, "api/complaints/" + id).json())).isEmpty();
  }

  /**
   * Issue 14 point 10: a withdrawn consent stops what relied on it and the complainant is told,
   * each by its own letter: asking the organisation for more stops while the investigation goes on;
   * a consent nothing still relies on is acknowledged; handling withdrawn closes the complaint.
   */
  @Test
  void point10AWithdrawnConsentStopsWhatReliedOnItAndTheComplainantIsToldByLetter() {
    String id = acknowledgedWithConsentToHandle();
    consent(id, "SHARE_IDENTITY_WITH_SUBJECT");
    api.post(HANDLER, "api/complaints/" + id + "/plan", plan(false));

    Api.Answer sharingStopped = withdrawConsent(id, "SHARE_WITH_PROVIDER");
    assertThat(sharingStopped.status()).as(sharingStopped.body()).isEqualTo(200);
    assertThat(sharingStopped.json().getString("status")).isEqualTo("INVESTIGATING");
    assertThat(steps(sharingStopped.json())).containsExactly("investigate");
    assertThat(letterKinds(id)).contains("complaint-consent-withdrawal-stops");
    Api.Answer askedAgain =
        api.post(
            HANDLER,
            "api/complaints/" + id + "/provider-response-requests",
            "{\"whatIsAsked\":\"Their account\",\"dueBy\":\""
                + LocalDate.now(LONDON).plusWeeks(2)
                + "\"}");
    assertThat(askedAgain.status()).as("no more asking once sharing is withdrawn").isEqualTo(409);

    // Already named to the trust: nothing still to come relies on it.
    withdrawConsent(id, "SHARE_IDENTITY_WITH_SUBJECT");
    assertThat(letterKinds(id)).contains("complaint-consent-withdrawal-noted");

    JsonObject closed = withdrawConsent(id, "PROCESS_CASE").json();
    assertThat(closed.getString("status")).isEqualTo("CLOSED");
    assertThat(steps(closed)).isEmpty();
    assertThat(letterKinds(id)).contains("complaint-consent-withdrawn");
  }

  /** Null or left out: how the answers carry a value not (yet) there. */
  private static boolean absent(JsonObject object, String key) {
    return !object.containsKey(key) || object.isNull(key);
  }

  private Api.Answer withdrawConsent(String id, String purpose) {
    String consentId =
        api
            .get(HANDLER, "api/complaints/" + id)
            .json()
            .getJsonArray("consents")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(c -> c.getString("purpose").equals(purpose) && absent(c, "withdrawnAt"))
            .findFirst()
            .orElseThrow()
            .getString("id");
    return api.post(
        HANDLER,
        "api/complaints/" + id + "/consents/" + consentId + "/withdrawal",
        "{\"method\":\"VERBAL\",\"reason\":\"Telephoned the complaints team\"}");
  }

  // --- helpers

  private String acknowledgedWithConsentToHandle() {
    String id = receive(LocalDate.now(LONDON).minusMonths(1), null).getString("id");
    consent(id, "PROCESS_CASE");
    consent(id, "SHARE_WITH_PROVIDER");
    api.post(HANDLER, "api/complaints/" + id + "/remit-decision", "{\"withinRemit\":true}");
    JsonObject acknowledged =
        api.post(HANDLER, "api/complaints/" + id + "/acknowledgement", "").json();
    assertThat(steps(acknowledged)).containsExactly("agree-plan");
    return id;
  }

  /**
   * A complaint acknowledged with the consents it needs, planned, investigated, drafted as partly
   * upheld and signed off by the manager: answered and closed, as the manager's sign-off returns
   * it.
   */
  private JsonObject answeredPartlyUpheld() {
    String id = acknowledgedWithConsentToHandle();
    consent(id, "SHARE_IDENTITY_WITH_SUBJECT");
    api.post(HANDLER, "api/complaints/" + id + "/plan", plan(false));
    api.post(HANDLER, "api/complaints/" + id + "/investigation-complete", "");
    api.post(HANDLER, "api/complaints/" + id + "/draft-response", DRAFT);
    return api.post(
            "complaints-manager", "api/complaints/" + id + "/sign-off", "{\"approved\":true}")
        .json();
  }

  private void consent(String id, String purpose) {
    Api.Answer recorded =
        api.post(
            HANDLER,
            "api/complaints/" + id + "/consents",
            "{\"whose\":\"COMPLAINANT\",\"purpose\":\""
                + purpose
                + "\",\"givenAs\":\"THE_PERSON\","
                + "\"method\":\"WRITTEN\",\"givenAt\":\""
                + Instant.now().minusSeconds(60)
                + "\"}");
    assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
  }

  private static String plan(boolean anonymityRequested) {
    return "{\"issues\":[\"Delay to the first visit\",\"No call back\"],\"investigatedBy\":\"ICB\","
        + "\"anonymityRequested\":"
        + anonymityRequested
        + "}";
  }

  // ------------------------------------------------------------------------------------

  @Test
  void aManagerReassignsACaseWithAReasonAndItsTasksFollowTheCaseworker() {
    String manager = "complaints-manager";
    String id = receive(LocalDate.now(LONDON).minusMonths(1), null).getString("id");
    String caseworker = "api/cases/complaint/" + id + "/caseworker";
    String reassignment = "api/cases/complaint/" + id + "/reassignment";

    JsonObject nobody = api.get(HANDLER, caseworker).json();
    assertThat(nobody.containsKey("caseworker") && !nobody.isNull("caseworker")).isFalse();
    assertThat(nobody.getString("team")).isEqualTo(HANDLER);
    String toTheHandler = "{\"caseworker\":\"" + HANDLER + "\",\"reason\":\"Workload\"";
    assertThat(api.post(HANDLER, reassignment, toTheHandler + "}").status()).isEqualTo(403);
    Api.Answer noReason = api.post(manager, reassignment, "{\"caseworker\":\"" + HANDLER + "\"}");
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.contentType()).startsWith("application/problem+json");
    assertThat(noReason.body()).contains("\"field\":\"reason\"");
    Api.Answer outsider =
        api.post(manager, reassignment, "{\"caseworker\":\"chc-assessor\",\"reason\":\"Cover\"}");
    assertThat(outsider.status()).isEqualTo(400);
    assertThat(outsider.body()).contains("\"field\":\"caseworker\"");

    String drawn = ",\"version\":" + nobody.getJsonNumber("version") + "}";
    Api.Answer moved = api.post(manager, reassignment, toTheHandler + drawn);
    assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    assertThat(moved.json().getString("caseworker")).isEqualTo(HANDLER);
    assertThat(moved.json().getJsonArray("history").getJsonObject(0).getString("reason"))
        .isEqualTo("Workload");
    assertThat(assigneesOf(api.get(HANDLER, "api/complaints/" + id).json()))
        .as("the open task moved with the case")
        .containsExactly(HANDLER);
    assertThat(api.post(manager, reassignment, toTheHandler + drawn).status())
        .as("a second change from the same, now stale, form")
        .isEqualTo(409);

    JsonObject checked =
        api.post(HANDLER, "api/complaints/" + id + "/remit-decision", "{\"withinRemit\":true}")
            .json();
    assertThat(assigneesOf(checked))
        .as("the next task goes to the caseworker")
        .containsExactly(HANDLER);
    Api.Answer caseload = api.get(manager, "api/caseload?caseType=complaint");
    assertThat(caseload.status()).isEqualTo(200);
    assertThat(caseload.body()).contains("\"caseworker\":\"" + HANDLER + "\"");
    assertThat(api.get(HANDLER, "api/caseload").status()).isEqualTo(403);

    StaffSession managerPages = StaffSession.signIn(api.base(), manager);
    String page = "casework/complaint/" + id;
    assertThat(managerPages.get(page).body()).contains("Reassign the case").contains("Workload");
    Api.Answer blank =
        managerPages.submitForm(
            page, page + "/reassignment", Map.of("caseworker", HANDLER, "reason", ""));
    assertThat(blank.status()).isEqualTo(400);
    assertThat(blank.body())
        .contains("There is a problem")
        .contains("Enter why the case is being reassigned");
    assertThat(managerPages.get("caseload").body()).contains("Caseloads").contains(HANDLER);
    StaffSession handlerPages = StaffSession.signIn(api.base(), HANDLER);
    assertThat(handlerPages.get(page).body()).contains(HANDLER).doesNotContain("Reassign the case");
    assertThat(handlerPages.get("caseload").status()).isEqualTo(403);
  }

  @Test
  @DependsOnTheDatabase
  void anIntakeMayNameWhoHandlesTheComplaintAndTheListFiltersByCaseworkerAndTeam() {
    String second = "complaints-handler-2";
    JsonObject mine = receiveHandledBy("\"me\"");
    JsonObject theirs = receiveHandledBy("\"" + second + "\"");
    JsonObject forTheTeam = receiveHandledBy(null);

    assertThat(mine.getString("caseworker")).isEqualTo(HANDLER);
    assertThat(assigneesOf(mine)).as("the first task followed at once").containsExactly(HANDLER);
    assertThat(theirs.getString("caseworker")).isEqualTo(second);
    assertThat(assigneesOf(theirs)).containsExactly(second);
    assertThat(!forTheTeam.containsKey("caseworker") || forTheTeam.isNull("caseworker"))
        .as("left for the team: nobody works it yet")
        .isTrue();
    assertThat(assigneesOf(forTheTeam)).containsExactly("");
    Api.Answer outsider = postIntake(HANDLER, "\"chc-assessor\"");
    assertThat(outsider.status()).as(outsider.body()).isEqualTo(400);
    assertThat(outsider.contentType()).startsWith("application/problem+json");
    assertThat(outsider.body()).contains("\"field\":\"caseworker\"");

    String ids = "api/complaints?size=100&caseworker=";
    assertThat(idsIn(api.get(HANDLER, ids + "me")))
        .contains(mine.getString("id"))
        .doesNotContain(theirs.getString("id"), forTheTeam.getString("id"));
    assertThat(idsIn(api.get(second, ids + "me")))
        .contains(theirs.getString("id"))
        .doesNotContain(mine.getString("id"), forTheTeam.getString("id"));
    assertThat(idsIn(api.get("complaints-manager", ids + second)))
        .contains(theirs.getString("id"))
        .doesNotContain(mine.getString("id"));
    assertThat(idsIn(api.get(HANDLER, "api/complaints?size=100&team=" + HANDLER)))
        .contains(mine.getString("id"), theirs.getString("id"))
        .doesNotContain(forTheTeam.getString("id"));
    assertThat(idsIn(api.get(HANDLER, ids + "me&handler=" + HANDLER)))
        .as("the filter of who received it still holds beside it")
        .contains(mine.getString("id"));
    assertThat(api.get(HANDLER, ids + "x".repeat(101)).body()).contains("\"field\":\"caseworker\"");
    JsonObject listedMine =
        onlyItemIn(api.get(HANDLER, "api/complaints?q=" + mine.getString("reference")));
    assertThat(listedMine.getString("caseworker")).as("the list's caseworker").isEqualTo(HANDLER);
    JsonObject listedForTheTeam =
        onlyItemIn(api.get(HANDLER, "api/complaints?q=" + forTheTeam.getString("reference")));
    assertThat(!listedForTheTeam.containsKey("caseworker") || listedForTheTeam.isNull("caseworker"))
        .as("nobody in the list's caseworker for a complaint left for the team")
        .isTrue();

    StaffSession handlerPages = StaffSession.signIn(api.base(), HANDLER);
    String listed = handlerPages.get("complaints?caseworker=me").body();
    assertThat(listed)
        .contains(mine.getString("reference"))
        .doesNotContain(theirs.getString("reference"), forTheTeam.getString("reference"))
        .contains("value=\"me\"")
        .contains("scope=\"col\">Caseworker</th>")
        .contains("<td class=\"nhsuk-table__cell\">" + HANDLER + "</td>");
    assertThat(handlerPages.get("complaints?q=" + forTheTeam.getString("reference")).body())
        .contains("<td class=\"nhsuk-table__cell\">Not taken yet</td>");
    assertThat(handlerPages.get("complaints/" + mine.getString("id")).body())
        .contains("id=\"current-caseworker\">" + HANDLER + "<")
        .contains("assigned at intake");

    Map<String, String> intake = mrLongsIntakeForm();
    intake.put("handledBy", "ME");
    Api.Answer recorded = handlerPages.submit("complaints/new", intake);
    assertThat(recorded.status()).as(recorded.body()).isIn(302, 303);
    String location = recorded.headers().firstValue("Location").orElseThrow();
    JsonObject fromTheForm =
        api.get(HANDLER, "api/complaints/" + location.substring(location.lastIndexOf('/') + 1))
            .json();
    assertThat(fromTheForm.getString("caseworker")).isEqualTo(HANDLER);
    assertThat(assigneesOf(fromTheForm)).containsExactly(HANDLER);
  }

  private JsonObject receiveHandledBy(String caseworker) {
    Api.Answer answer = postIntake(HANDLER, caseworker);
    assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    return answer.json();
  }

  private Api.Answer postIntake(String user, String caseworker) {
    return api.post(
        user,
        "api/complaints",
        "{\"channel\":\"EMAIL\","
            + "\"complainant\":{\"name\":\"Mr Idris Pugh\",\"addressLines\":[\"3 Hill Rise\",\"Luton\"],\"postcode\":\"LU2 7QT\"},"
            + "\"subject\":{\"organisationOrService\":\"Northvale GP Practice\"},"
            + "\"details\":{\"whatHappened\":\"The referral was never sent.\",\"happenedOn\":\""
            + LocalDate.now(LONDON).minusMonths(1)
            + "\"}"
            + (caseworker == null ? "" : ",\"caseworker\":" + caseworker)
            + "}");
  }

  /** The intake form of a short letter about a GP practice, a month ago, as a handler fills it. */
  private static Map<String, String> mrLongsIntakeForm() {
    LocalDate happened = LocalDate.now(LONDON).minusMonths(1);
    Map<String, String> intake = new java.util.LinkedHashMap<>();
    intake.put("channel", "LETTER");
    intake.put("complainantName", "Mr Owain Long");
    intake.put("forSomeoneElse", "no");
    intake.put("subject", "Northvale GP Practice");
    intake.put("whatHappened", "The results were not passed on.");
    intake.put("happenedOn-day", String.valueOf(happened.getDayOfMonth()));
    intake.put("happenedOn-month", String.valueOf(happened.getMonthValue()));
    intake.put("happenedOn-year", String.valueOf(happened.getYear()));
    return intake;
  }

  /** The one complaint a list answer holds. */
  private static JsonObject onlyItemIn(Api.Answer answer) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    var items = answer.json().getJsonArray("items");
    assertThat(items).hasSize(1);
    return items.getJsonObject(0);
  }

  private static List<String> idsIn(Api.Answer list) {
    assertThat(list.status()).as(list.body()).isEqualTo(200);
    return list.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .map(item -> item.getString("id"))
        .toList();
  }

  private static List<String> assigneesOf(JsonObject file) {
    return file.getJsonArray("openSteps").getValuesAs(JsonObject.class).stream()
        .map(step -> step.getString("assignee", ""))
        .toList();
  }

  private JsonObject receive(LocalDate happenedOn, String patientNhsNumber) {
    String patient =
        patientNhsNumber == null
            ? ""
            : ",\"patient\":{\"name\":\"Ann Lee\",\"nhsNumber\":\""
                + patientNhsNumber
                + "\",\"dateOfBirth\":\"1950-01-01\",\"addressLines\":[\"2 Mill Lane\",\"Dunstable\"],\"postcode\":\"LU6 3AB\"},"
                + "\"representation\":{\"standing\":\"LACKS_CAPACITY\",\"evidence\":\"Lasting power of attorney seen\"}";
    Api.Answer answer =
        api.post(
            HANDLER,
            "api/complaints",
            "{\"channel\":\"LETTER\","
                + "\"complainant\":{\"name\":\"Mrs Siân Evans\",\"addressLines\":[\"12 Station Road\",\"Luton\"],\"postcode\":\"LU1 2LJ\"}"
                + patient
                + ",\"subject\":{\"organisationOrService\":\"Northvale Community Health NHS Trust\",\"peopleNamed\":[\"District nurse team\"]},"
                + "\"details\":{\"whatHappened\":\"The first visit was four days late.\",\"happenedOn\":\""
                + happenedOn
                + "\",\"desiredOutcome\":\"An explanation and an apology.\"}}");
    assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    assertThat(answer.headers().firstValue("Location")).isPresent();
    return answer.json();
  }

  /** A complaint by Mrs Finch for someone else, as received. */
  private JsonObject represented(String patient, String representation) {
    Api.Answer answer =
        api.post(HANDLER, "api/complaints", representedBody(patient, representation));
    assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    return answer.json();
  }

  private static String representedBody(String patient, String representation) {
    return "{\"channel\":\"EMAIL\","
        + "\"complainant\":{\"name\":\"Mrs Joan Finch\",\"addressLines\":[\"3 Church Walk\",\"Dunstable\"],\"postcode\":\"LU6 1BB\"},"
        + "\"patient\":"
        + patient
        + ",\"representation\":"
        + representation
        + ",\"subject\":{\"organisationOrService\":\"Northvale Community Health NHS Trust\"},"
        + "\"details\":{\"whatHappened\":\"The visits stopped without warning.\",\"happenedOn\":\""
        + LocalDate.now(LONDON).minusMonths(1)
        + "\"}}";
  }

  private JsonObject demoFile(String surname) {
    JsonObject found = api.get(HANDLER, "api/complaints?q=" + surname).json();
    assertThat(found.getInt("total")).as("one sample complaint from " + surname).isEqualTo(1);
    String id = found.getJsonArray("items").getJsonObject(0).getString("id");
    return api.get(HANDLER, "api/complaints/" + id).json();
  }

  private List<String> demoSteps(String surname) {
    return steps(demoFile(surname));
  }

  private static List<String> steps(JsonObject file) {
    return file.getJsonArray("openSteps").getValuesAs(JsonObject.class).stream()
        .map(step -> step.getString("key"))
        .toList();
  }

  private List<String> letterKinds(String id) {
    return api
        .get(HANDLER, "api/cases/complaint/" + id + "/letters")
        .structure()
        .asJsonArray()
        .stream()
        .map(JsonValue::asJsonObject)
        .map(letter -> letter.getString("kind"))
        .toList();
  }

  /**
   * The story redaction preview: known identities and generic identifiers out, offsets into the
   * original, the text left out of the audit trail; refused without storing anything for a wrong
   * kind or an over-long text; no one but the complaints team and the Caldicott Guardian may call
   * it.
   */
  /**
   * Issue 18 points 1, 3 and 5 on the server: the partly upheld complaint's closure asks the
   * service user's consent by letter; the answer, the draft (redacted as it is saved), a return,
   * the two approvals and the publication; the original only for the team and the Caldicott
   * Guardian, with the small-number warning; bad input refused naming the field; consent withdrawn
   * after publication; the governing body refused everywhere.
   */
  @Test
  void aPartlyUpheldComplaintsStoryIsToldWithConsentRedactedReviewedAndWithdrawn()
      throws Exception {
    JsonObject answered = answeredPartlyUpheld();
    String id = answered.getString("id");
    assertThat(answered.getString("overallOutcome")).isEqualTo("PARTIALLY_UPHELD");
    String reference = answered.getString("reference");
    assertThat(letterKinds(id))
        .as("the letter asking consent goes with the complaint's letters")
        .contains("story-consent-request");

    JsonObject listed =
        api
            .get(HANDLER, "api/stories")
            .structure()
            .asJsonArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(story -> story.getString("complaintReference").equals(reference))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no story for " + reference));
    String story = "api/stories/" + listed.getString("id");
    assertThat(listed.getString("status")).isEqualTo("AWAITING_CONSENT");
    for (String path : List.of("api/stories", story)) {
      assertThat(api.get("governing-body", path).status()).as(path).isEqualTo(403);
    }
    assertThat(api.post("governing-body", story + "/withdrawal", "{}").status()).isEqualTo(403);

    Api.Answer maybe =
        api.post(
            HANDLER,
            story + "/consent-answers",
            "{\"person\":\"service user\",\"answer\":\"MAYBE\"}");
    assertThat(maybe.status()).isEqualTo(400);
    assertThat(maybe.contentType()).startsWith("application/problem+json");
    assertThat(maybe.body()).contains("\"answer\"");
    JsonObject consented =
        api.post(
                HANDLER,
                story + "/consent-answers",
                "{\"person\":\"service user\",\"answer\":\"GIVEN\",\"version\":"
                    + listed.getJsonNumber("version").longValue()
                    + "}")
            .json();
    assertThat(consented.getString("status")).isEqualTo("DRAFTING");

    Api.Answer empty =
        api.post(
            HANDLER,
            story + "/draft",
            "{\"concern\":\"A wait.\",\"improvements\":\" \",\"procedure\":\"In time.\"}");
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.body()).contains("\"improvements\"");
    assertThat(api.get(HANDLER, story).json().containsKey("original"))
        .as("nothing of the refused draft was stored")
        .isFalse();

    String draft =
        "{\"concern\":\"Mrs Siân Evans waited four days on Ward 9 for her first visit;"
            + " Nurse Okafor rang her on 07700 900123.\","
            + "\"improvements\":\"Visits are now booked on the day of referral.\","
            + "\"procedure\":\"Mrs Evans had her response within the time agreed.\"}";
    JsonObject drafted = api.post(HANDLER, story + "/draft", draft).json();
    assertThat(drafted.getString("status")).isEqualTo("MANAGER_REVIEW");
    String redacted = drafted.getJsonObject("redacted").getString("concern");
    assertThat(redacted)
        .doesNotContain("Siân", "Evans", "Okafor", "07700")
        .contains("[name]", "[phone]", "four days");
    assertThat(drafted.getJsonObject("redacted").getString("procedure")).doesNotContain("Evans");
    assertThat(drafted.getJsonArray("smallNumberWarnings").getString(0)).isEqualTo("Ward 9");

    assertThat(api.post(HANDLER, story + "/reviews", "{\"approved\":true}").status())
        .as("the handler does not review")
        .isEqualTo(403);
    Api.Answer noComments =
        api.post("complaints-manager", story + "/reviews", "{\"approved\":false}");
    assertThat(noComments.status()).isEqualTo(400);
    assertThat(noComments.body()).contains("\"comments\"");
    assertThat(
            api.post(
                    "complaints-manager",
                    story + "/reviews",
                    "{\"approved\":false,\"comments\":\"Say less about the ward.\"}")
                .json()
                .getString("status"))
        .isEqualTo("DRAFTING");
    api.post(HANDLER, story + "/draft", draft);
    assertThat(
            api.post("complaints-manager", story + "/reviews", "{\"approved\":true}")
                .json()
                .getString("status"))
        .isEqualTo("CALDICOTT_REVIEW");

    // The Caldicott Guardian's page: the original beside the redaction, the warning, the form.
    StaffSession guardian = StaffSession.signIn(api.base(), CALDICOTT);
    String page = "stories/" + listed.getString("id");
    assertThat(guardian.get(page).body())
        .contains("side-by-side", "Mrs Siân Evans", "Small-number risk", "Save the review");
    assertThat(StaffSession.signIn(api.base(), "governing-body").get(page).status()).isEqualTo(403);
    Api.Answer returnWithout =
        guardian.submitForm(page, page + "/review", Map.of("approved", "no", "comments", ""));
    assertThat(returnWithout.status()).isEqualTo(400);
    assertThat(returnWithout.body()).contains("There is a problem").contains("comments");
    JsonObject published = api.post(CALDICOTT, story + "/reviews", "{\"approved\":true}").json();
    assertThat(published.getString("status")).isEqualTo("PUBLISHED");
    assertThat(published.getString("publishedAt")).isNotBlank();

    // The governing body's report for this quarter carries the story, redacted, under the story's
    // own id; taking its PDF issues it, so the withdrawal below puts that report on the IG
    // officer's recall list and takes the story out of every later report.
    String storyId = listed.getString("id");
    String quarter = "api/complaint-reports/governing-body?" + thisQuarter();
    JsonObject report = api.get("governing-body", quarter).json();
    assertThat(report.getBoolean("storiesAvailable")).isTrue();
    JsonObject told =
        report.getJsonArray("stories").getValuesAs(JsonObject.class).stream()
            .filter(each -> each.getString("storyId").equals(storyId))
            .findFirst()
            .orElseThrow(() -> new AssertionError("the published story is not in the report"));
    assertThat(told.getString("concern")).isEqualTo(redacted);
    assertThat(report.toString()).doesNotContain("Siân", "Okafor", reference, id);
    var issued =
        api.download("governing-body", "api/complaint-reports/governing-body/pdf?" + thisQuarter());
    assertThat(issued.statusCode()).isEqualTo(200);
    assertThat(pdfText(issued.body())).contains("four days").doesNotContain("Siân", "Okafor");

    Api.Answer stale =
        api.post(
            HANDLER,
            story + "/withdrawal",
            "{\"version\":" + (published.getJsonNumber("version").longValue() - 1) + "}");
    assertThat(stale.status()).as("a change made on an older copy").isEqualTo(409);
    JsonObject withdrawn = api.post(HANDLER, story + "/withdrawal", "{}").json();
    assertThat(withdrawn.getString("status")).isEqualTo("WITHDRAWN");
    assertThat(withdrawn.containsKey("publishedAt")).as("unpublished").isFalse();
    Api.Answer again = api.post(HANDLER, story + "/withdrawal", "{}");
    assertThat(again.status()).isEqualTo(400);
    assertThat(again.body()).contains("\"consent\"");
    assertThat(
            api
                .get("governing-body", quarter)
                .json()
                .getJsonArray("stories")
                .getValuesAs(JsonObject.class)
                .stream()
                .map(each -> each.getString("storyId")))
        .as("a withdrawn story is in no later report")
        .doesNotContain(storyId);
    assertThat(
            api
                .get("ig-officer", "api/withdrawn-story-reports")
                .json()
                .getJsonArray("recalls")
                .getValuesAs(JsonObject.class)
                .stream()
                .map(recall -> recall.getString("storyId")))
        .as("the report issued with the story is listed for the IG officer")
        .contains(storyId);
    assertThat(api.get("ig-officer", "api/audit/verify").json().getBoolean("intact")).isTrue();
  }

  @Test
  @DependsOnTheDatabase
  void aStoryIsRedactedForPreviewWithOffsetsAndTheAuditKeepsNoText() {
    String original =
        "Mrs Quenby was seen on Ward 7 by Dr Haddad on 3 March 2024; call 07700 900412.";
    String body =
        "{\"text\":\""
            + original
            + "\",\"knownIdentities\":[{\"kind\":\"NAME\",\"value\":\"Alma Quenby\"}]}";
    Api.Answer preview = api.post(HANDLER, "api/stories/redaction-preview", body);
    assertThat(preview.status()).isEqualTo(200);
    assertThat(preview.json().getString("redacted"))
        .isEqualTo("[name] was seen on Ward 7 by [name] on [date]; call [phone].");
    JsonObject first = preview.json().getJsonArray("redactions").getJsonObject(0);
    assertThat(original.substring(first.getInt("start"), first.getInt("end")))
        .isEqualTo("Mrs Quenby");
    assertThat(first.getString("kind")).isEqualTo("NAME");
    assertThat(api.post(CALDICOTT, "api/stories/redaction-preview", body).status()).isEqualTo(200);
    assertThat(api.post("governing-body", "api/stories/redaction-preview", body).status())
        .isEqualTo(403);

    Api.Answer badKind =
        api.post(
            HANDLER,
            "api/stories/redaction-preview",
            "{\"text\":\"x\",\"knownIdentities\":[{\"kind\":\"SHOE_SIZE\",\"value\":\"9\"}]}");
    assertThat(badKind.status()).isEqualTo(400);
    assertThat(badKind.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("knownIdentities[0].kind");
    Api.Answer tooLong =
        api.post(
            HANDLER,
            "api/stories/redaction-preview",
            "{\"text\":\"" + "a".repeat(20_001) + "\",\"knownIdentities\":[]}");
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("text");

    List<JsonObject> previews =
        api.get(
                "ig-officer",
                "api/audit?caseType=story&from=" + LocalDate.now(LONDON).minusDays(1) + "&size=50")
            .json()
            .getJsonArray("items")
            .getValuesAs(JsonObject.class);
    assertThat(previews)
        .extracting(event -> event.getString("action"))
        .contains("STORY_REDACTION_PREVIEWED");
    assertThat(previews.toString()).doesNotContain("Quenby", "Haddad", "07700");
  }

  /**
   * Issue 18 points 6 and 7 on a real server: the governing body reads the quarter's complaints
   * report (published figures only, through the small-number rule) and takes it and the year's
   * annual report (regulation 18) as PDFs; nothing in them names anyone or points to a complaint;
   * each reading is audited; a wrong period is refused naming its field; the IG officer's list of
   * reports to recall answers, and the governing body still cannot open a complaint.
   */
  @Test
  @DependsOnTheDatabase
  void theGoverningBodyReadsTheQuartersReportAndItsPdfsWithNothingThatIdentifiesAnyone()
      throws Exception {
    JsonObject answered = answeredPartlyUpheld();
    String id = answered.getString("id");
    String reference = answered.getString("reference");
    LocalDate today = LocalDate.now(LONDON);
    int yearStart = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
    int quarter = ((today.getMonthValue() + 8) % 12) / 3 + 1;
    String period = thisQuarter();
    List<String> identifying = List.of("Evans", "Siân", "Station Road", "LU1 2LJ", reference, id);

    Api.Answer report = api.get("governing-body", "api/complaint-reports/governing-body?" + period);
    assertThat(report.status()).as(report.body()).isEqualTo(200);
    assertThat(report.json().getString("period"))
        .isEqualTo(
            "Q" + quarter + " " + yearStart + "/" + String.format("%02d", (yearStart + 1) % 100));
    assertThat(report.json().getString("received"))
        .as("a complaint received this quarter")
        .isNotEqualTo("0");
    List<JsonObject> tables = report.json().getJsonArray("tables").getValuesAs(JsonObject.class);
    assertThat(tables)
        .extracting(table -> table.getString("title"))
        .contains(
            "Complaints received by month",
            "Acknowledgements due in the period",
            "Responses due in the period",
            "Outcomes of complaints decided in the period",
            "Complaints received by subject",
            "Complaints received by service area",
            "The Parliamentary and Health Service Ombudsman");
    for (JsonObject table : tables) {
      for (JsonValue shown : table.getJsonObject("rows").values()) {
        assertThat(((JsonString) shown).getString())
            .as("every count published through the small-number rule: " + table)
            .matches("0|\\*|[1-9][0-9]*[05]");
      }
    }
    assertThat(report.body()).doesNotContain(identifying).doesNotContain("api/complaints");
    assertThat(
            api.get("complaints-manager", "api/complaint-reports/governing-body?" + period)
                .status())
        .isEqualTo(200);
    assertThat(api.get(HANDLER, "api/complaint-reports/governing-body?" + period).status())
        .isEqualTo(403);

    var pdf = api.download("governing-body", "api/complaint-reports/governing-body/pdf?" + period);
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
    String reportText = pdfText(pdf.body());
    assertThat(reportText)
        .contains(
            "Complaints report to the governing body",
            "Text alternative: Complaints received per month")
        .doesNotContain(identifying);
    var annual =
        api.download("governing-body", "api/complaint-reports/annual/pdf?year=" + yearStart);
    assertThat(annual.statusCode()).isEqualTo(200);
    assertThat(pdfText(annual.body()))
        .contains("Complaints the ICB decided were well-founded", "Action taken or to be taken")
        .doesNotContain(identifying);

    Api.Answer badYear =
        api.get("governing-body", "api/complaint-reports/annual/pdf?year=last-year");
    assertThat(badYear.status()).isEqualTo(400);
    assertThat(badYear.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("year");
    Api.Answer badPeriod =
        api.get(
            "governing-body", "api/complaint-reports/governing-body?from=2026-13-01&to=2026-12-31");
    assertThat(badPeriod.status()).isEqualTo(400);
    assertThat(badPeriod.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("from");

    List<JsonObject> audited =
        api.get(
                "ig-officer",
                "api/audit?caseType=complaint-report&from=" + today.minusDays(1) + "&size=50")
            .json()
            .getJsonArray("items")
            .getValuesAs(JsonObject.class);
    assertThat(audited)
        .extracting(event -> event.getString("action"))
        .contains(
            "GOVERNING_BODY_REPORT_VIEWED",
            "GOVERNING_BODY_REPORT_ISSUED",
            "ANNUAL_COMPLAINTS_REPORT_ISSUED");
    assertThat(audited.toString()).doesNotContain(identifying);

    Api.Answer recalls = api.get("ig-officer", "api/withdrawn-story-reports");
    assertThat(recalls.status()).as(recalls.body()).isEqualTo(200);
    assertThat(recalls.json().getJsonArray("recalls")).isNotNull();
    assertThat(api.get("governing-body", "api/withdrawn-story-reports").status()).isEqualTo(403);
    assertThat(api.get("governing-body", "api/complaints/" + id).status()).isEqualTo(403);
    assertThat(api.get("governing-body", "api/complaints").status()).isEqualTo(403);
  }

  /** The query of the NHS financial quarter holding today, as the report's from and to. */
  private static String thisQuarter() {
    LocalDate today = LocalDate.now(LONDON);
    int yearStart = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
    int quarter = ((today.getMonthValue() + 8) % 12) / 3 + 1;
    LocalDate from = LocalDate.of(yearStart, 4, 1).plusMonths(3L * (quarter - 1));
    return "from=" + from + "&to=" + from.plusMonths(3).minusDays(1);
  }

  private static String pdfText(byte[] pdf) throws java.io.IOException {
    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }

  private static int sequenceOf(JsonObject file) {
    String reference = file.getString("reference");
    return Integer.parseInt(reference.substring(reference.lastIndexOf('-') + 1));
  }
}
