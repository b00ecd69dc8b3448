package uk.nhs.icb.caseworkflows.app;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.icb.caseworkflows.app.HostileRequests.json;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.File;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
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
 * An individual funding request on a real server, over REST: the coordinator logs and screens it,
 * schedules the panel, the panel reads the anonymised pack and decides at a quorate meeting, and
 * the decision letters are on file. Bad input is refused naming its field with nothing stored, and
 * a stale edit is a 409. Through the pages: logging with evidence files, the filtered and paged
 * list, the meeting's conflict and chair's-action forms, reviews and reconsiderations, the
 * service-development signal's task, the annual figures; a closed request destroyed at the end of
 * its retention; and the escaping sweep of every IFR free-text field ({@link IfrEscapingSweep}).
 */
@ExtendWith(ArquillianExtension.class)
class IfrIT {

  private static final String COORDINATOR = "ifr-coordinator";
  private static final String PANEL = "ifr-panel";
  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  /**
   * The WAR as built, with IFR's retention shortened to nothing so that a closed request can be
   * destroyed in the test; a library's own configuration with a higher ordinal overrides the
   * application's (as in ReliabilityIT for complaints).
   */
  @Deployment(testable = false)
  static WebArchive deployment() {
    WebArchive war =
        ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("icb.war")));
    return war.addAsLibrary(
        ShrinkWrap.create(JavaArchive.class, "ifr-retention-ends-at-closure.jar")
            .addAsManifestResource(
                new StringAsset("config_ordinal=500\napp.retention.ifr=P0D\n"),
                "microprofile-config.properties"));
  }

  @ArquillianResource private URL base;
  private Api api;
  private IfrStates states;

  @BeforeEach
  void client() {
    api = new Api(base);
    states = new IfrStates(Callers.basic(api));
  }

  @Test
  void aRequestGoesFromLoggingToTheDecisionLetter() {
    Api.Answer logged =
        api.post(COORDINATOR, "api/ifr", request("Mrs Eleanor Whitcombe", "943 476 5919", true));
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
        api.post(
            COORDINATOR,
            "api/ifr-panel-meetings",
            json(IfrStates.meetingOn(LocalDate.parse(meetingDate))));
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
                json(IfrStates.attendance(version(meeting))))
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
        api.post(COORDINATOR, "api/ifr", request("Mr Oliver Dane", "9434765919", false));
    assertThat(noConsent.status()).isEqualTo(400);
    assertThat(noConsent.body()).contains("consentEvidence");

    Api.Answer badNumber =
        api.post(COORDINATOR, "api/ifr", request("Mr Oliver Dane", "943 476 5918", true));
    assertThat(badNumber.status()).isEqualTo(400);
    assertThat(badNumber.body()).contains("patient.nhsNumber");

    JsonObject first =
        api.post(COORDINATOR, "api/ifr", request("Mr Oliver Dane", "9434765919", true)).json();
    Api.Answer refusedAgain =
        api.post(COORDINATOR, "api/ifr", request("Mr Oliver Dane", "9434765919", false));
    assertThat(refusedAgain.status()).isEqualTo(400);
    JsonObject second =
        api.post(COORDINATOR, "api/ifr", request("Mr Oliver Dane", "9434765919", true)).json();
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
                json(IfrStates.meetingOn(LocalDate.now(LONDON).plusDays(3))))
            .json();
    String meetingId = meeting.getString("id");
    api.post(
        COORDINATOR,
        "api/ifr-panel-meetings/" + meetingId + "/attendance",
        json(IfrStates.attendance(version(meeting), "Dr Lena Fisher")));
    JsonObject attended = api.get(PANEL, "api/ifr-panel-meetings/" + meetingId).json();
    api.post(
        COORDINATOR,
        "api/ifr-panel-meetings/" + meetingId + "/conflicts",
        json(IfrStates.conflict(version(attended), "Dr Lena Fisher", id)));

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
            json(IfrStates.returned("Ms Leah Barker", "ABDOMINOPLASTY")));
    assertThat(returned.status()).as(returned.body()).isEqualTo(201);
    JsonObject file = returned.json();
    assertThat(file.getString("status")).isEqualTo("RETURNED");
    assertThat(file.getBoolean("consentShown")).isFalse();
    assertThat(letterKinds(file)).containsExactly("ifr-returned");
    JsonObject treatment = file.getJsonObject("treatment");
    assertThat(!treatment.containsKey("condition") || treatment.isNull("condition")).isTrue();
    assertThat(steps(file)).isEmpty();
  }

  @Test
  @DependsOnTheDatabase
  void theIntakePageTakesEvidenceFilesAndTheListFiltersAndPages() {
    StaffSession coordinator = StaffSession.signIn(api.base(), COORDINATOR);
    String surname = "Kestrel" + System.nanoTime() % 100000;

    Api.Answer refused =
        coordinator.postMultipart(
            "ifr/new",
            intakeForm(coordinator, "Mr Ivo " + surname)
                .file("evidence", "letter.html", "text/html", SampleDocuments.html()));
    assertThat(refused.status()).as("a file that is not a PDF, PNG or JPEG").isEqualTo(400);
    assertThat(refused.body())
        .contains("There is a problem", "id=\"evidence-error\"")
        .as("what was typed is kept")
        .contains("Mr Ivo " + surname);
    assertThat(api.get(COORDINATOR, "api/ifr?q=" + surname).json().getInt("total"))
        .as("nothing stored by a refused form")
        .isZero();

    Api.Answer logged =
        coordinator.postMultipart(
            "ifr/new",
            intakeForm(coordinator, "Mr Ivo " + surname)
                .file(
                    "evidence",
                    "Clinic letter.pdf",
                    "application/pdf",
                    SampleDocuments.pdf("Clinic letter")));
    assertThat(logged.status()).as(logged.body()).isIn(302, 303);
    String id = EscapingChecks.idFrom(logged);
    JsonObject file = api.get(COORDINATOR, "api/ifr/" + id).json();
    assertThat(file.getJsonArray("evidence")).hasSize(1);
    assertThat(coordinator.get("ifr/" + id).body())
        .contains("Clinic letter.pdf", "/api/ifr/" + id + "/documents/");
    Api.Answer attached =
        coordinator.postMultipart(
            "ifr/" + id + "/evidence",
            new MultipartForm()
                .field("csrfToken", coordinator.csrfToken())
                .file("evidence", "Scan.pdf", "application/pdf", SampleDocuments.pdf("Scan")));
    assertThat(attached.status()).as(attached.body()).isIn(302, 303);
    assertThat(api.get(COORDINATOR, "api/ifr/" + id).json().getJsonArray("evidence")).hasSize(2);

    String reference = file.getString("reference");
    JsonObject byName = api.get(COORDINATOR, "api/ifr?q=" + surname).json();
    assertThat(byName.getInt("total")).isEqualTo(1);
    assertThat(byName.getJsonArray("items").getJsonObject(0).getString("reference"))
        .isEqualTo(reference);
    assertThat(
            api.get(
                    COORDINATOR,
                    "api/ifr?q=" + reference + "&status=SCREENING&treatment=HYPERBARIC_OXYGEN")
                .json()
                .getInt("total"))
        .isEqualTo(1);
    assertThat(
            api.get(COORDINATOR, "api/ifr?q=" + reference + "&treatment=ABDOMINOPLASTY")
                .json()
                .getInt("total"))
        .isZero();
    String today = LocalDate.now(LONDON).toString();
    assertThat(
            api.get(
                    COORDINATOR,
                    "api/ifr?q=" + surname + "&receivedFrom=" + today + "&receivedTo=" + today)
                .json()
                .getInt("total"))
        .isEqualTo(1);
    JsonObject paged = api.get(COORDINATOR, "api/ifr?size=1&page=1").json();
    assertThat(paged.getJsonArray("items")).hasSize(1);
    assertThat(paged.getInt("total")).isGreaterThan(1);
    Api.Answer badFilters =
        api.get(COORDINATOR, "api/ifr?status=NOT_A_STATUS&receivedFrom=yesterday");
    assertThat(badFilters.status()).isEqualTo(400);
    assertThat(badFilters.body()).contains("status", "receivedFrom");
    Api.Answer unknownTreatment = api.get(COORDINATOR, "api/ifr?treatment=NOT_ON_THE_LIST");
    assertThat(unknownTreatment.status()).isEqualTo(400);
    assertThat(unknownTreatment.body()).contains("treatment").doesNotContain("NOT_ON_THE_LIST");

    Api.Answer listPage =
        coordinator.get("ifr?q=" + surname + "&treatment=HYPERBARIC_OXYGEN&status=SCREENING");
    assertThat(listPage.body()).contains(reference, "Mr Ivo " + surname, "id=\"apply-filters\"");
    Api.Answer refusedFilter = coordinator.get("ifr?treatment=NOT_ON_THE_LIST&q=" + surname);
    assertThat(refusedFilter.status()).isEqualTo(400);
    assertThat(refusedFilter.body()).contains("id=\"treatment-error\"").doesNotContain(reference);
    assertThat(StaffSession.signIn(api.base(), PANEL).get("ifr").body())
        .as("the panel is shown no list of patients")
        .contains("panel-note")
        .doesNotContain(surname);

    // Every query parameter of the IFR pages, sent every hostile value: never a server error.
    List<String> serverErrors = new java.util.ArrayList<>();
    for (HostileQueries.Read page : HostileQueries.PAGES) {
      if (!page.path().startsWith("ifr")) {
        continue;
      }
      for (String parameter : page.parameters()) {
        for (var value : HostileQueries.values().entrySet()) {
          Api.Answer answer =
              coordinator.get(HostileQueries.address(page.path(), parameter, value.getValue()));
          if (answer.status() >= 500) {
            serverErrors.add(page.path() + " " + parameter + "=" + value.getKey());
          }
        }
      }
    }
    assertThat(serverErrors).as("IFR pages answering 500 or above").isEmpty();
  }

  @Test
  void atAMeetingPageAConflictIsDeclaredAndTheChairsActionIsNoted() {
    String urgent = logged("Ms Nia Gale", "HYPERBARIC_OXYGEN", true).getString("id");
    JsonObject waiting = api.get(COORDINATOR, "api/ifr/" + urgent).json();
    assertThat(steps(waiting)).containsExactly("chairs-action");
    Api.Answer chairs =
        api.post(
            PANEL,
            "api/ifr/" + urgent + "/chairs-action",
            decisionBody(version(waiting), "DECLINED"));
    assertThat(chairs.status()).as(chairs.body()).isEqualTo(200);
    assertThat(
            api.get(COORDINATOR, "api/ifr/" + urgent)
                .json()
                .getJsonObject("decision")
                .getBoolean("awaitsNoting"))
        .isTrue();
    String routine = screened(logged("Mr Ade Cole", "HYPERBARIC_OXYGEN", false));

    JsonObject meeting =
        api.post(
                COORDINATOR,
                "api/ifr-panel-meetings",
                json(IfrStates.meetingOn(LocalDate.now(LONDON).plusDays(2))))
            .json();
    String meetingId = meeting.getString("id");
    assertThat(strings(meeting, "agenda")).contains(urgent, routine);
    api.post(
        COORDINATOR,
        "api/ifr-panel-meetings/" + meetingId + "/attendance",
        json(IfrStates.attendance(version(meeting), "Dr Lena Fisher")));

    StaffSession panel = StaffSession.signIn(api.base(), PANEL);
    String page = "ifr-panel-meetings/" + meetingId;
    assertThat(panel.get(page).body()).contains("action-conflicts", "action-chairs-actions-noted");
    Api.Answer form = panel.get(page + "/conflicts");
    assertThat(form.body()).contains("Dr Lena Fisher", "memberName-", "requestId-" + routine);
    assertThat(form.body()).doesNotContain("Mr Ade Cole");
    Api.Answer blank = panel.submit(page + "/conflicts", Map.of());
    assertThat(blank.status()).isEqualTo(400);
    assertThat(blank.body()).contains("Select the member", "Enter the interest declared");
    Api.Answer declared =
        panel.submitForm(
            page + "/conflicts",
            page + "/conflicts",
            Map.of(
                "memberName", "2",
                "requestId", routine,
                "interest", "Treats the patient"));
    assertThat(declared.status()).as(EscapingChecks.errorSummary(declared.body())).isIn(302, 303);
    JsonObject afterConflict = api.get(PANEL, "api/ifr-panel-meetings/" + meetingId).json();
    assertThat(afterConflict.getJsonArray("conflicts").getJsonObject(0).getString("memberName"))
        .isEqualTo("Dr Lena Fisher");
    Api.Answer inquorate =
        api.post(
            PANEL,
            "api/ifr/" + routine + "/panel-decision",
            decision(meetingId, version(api.get(COORDINATOR, "api/ifr/" + routine).json())));
    assertThat(inquorate.status()).as("the conflicted member does not count").isEqualTo(400);
    Api.Answer stale =
        panel.submit(
            page + "/conflicts",
            Map.of(
                "version",
                String.valueOf(version(meeting)),
                "memberName",
                "3",
                "requestId",
                routine,
                "interest",
                "Knows the family"));
    assertThat(stale.status()).as("a meeting form drawn before a change").isEqualTo(400);
    assertThat(stale.body()).contains("has changed since you read it");

    assertThat(HostileText.decode(panel.get(page + "/chairs-actions-noted").body()))
        .contains("Chair's action on");
    Api.Answer noted = panel.submit(page + "/chairs-actions-noted", Map.of());
    assertThat(noted.status()).isIn(302, 303);
    assertThat(
            api.get(COORDINATOR, "api/ifr/" + urgent)
                .json()
                .getJsonObject("decision")
                .getBoolean("awaitsNoting"))
        .isFalse();
    assertThat(panel.get(page).body()).doesNotContain("action-chairs-actions-noted");
    assertThat(StaffSession.signIn(api.base(), "chc-assessor").get(page + "/conflicts").status())
        .isEqualTo(403);
  }

  @Test
  void reviewsAndReconsiderationsAreRecordedThroughThePages() {
    StaffSession coordinator = StaffSession.signIn(api.base(), COORDINATOR);
    StaffSession panel = StaffSession.signIn(api.base(), PANEL);
    String reviewed = decided("Mr Tom Eyre");
    String reconsidered = decided("Ms Ada Wynn");

    assertThat(coordinator.get("ifr/" + reviewed).body())
        .contains("action-review-request", "action-reconsideration");
    Api.Answer noGround =
        coordinator.submit(
            "ifr/" + reviewed + "/review-request", Map.of("statedCase", "Not followed."));
    assertThat(noGround.status()).isEqualTo(400);
    assertThat(noGround.body()).contains("Select the ground");
    Api.Answer asked =
        coordinator.submit(
            "ifr/" + reviewed + "/review-request",
            Map.of("ground", "PROCEDURE_NOT_FOLLOWED", "statedCase", "The papers were late."));
    assertThat(asked.status()).as(EscapingChecks.errorSummary(asked.body())).isIn(302, 303);
    JsonObject underReview = api.get(COORDINATOR, "api/ifr/" + reviewed).json();
    assertThat(underReview.getString("status")).isEqualTo("UNDER_REVIEW");
    assertThat(steps(underReview)).containsExactly("decide-review");

    Api.Answer panelView = panel.get("ifr/" + reviewed);
    assertThat(panelView.body()).contains("action-review-decision").doesNotContain("Mr Tom Eyre");
    assertThat(panel.get("ifr/" + reviewed + "/review-decision").body())
        .as("the review's stated case, with the patient's identities replaced")
        .contains("The papers were late.")
        .doesNotContain("Mr Tom Eyre");
    Api.Answer upheld =
        panel.submit(
            "ifr/" + reviewed + "/review-decision",
            Map.of("outcome", "UPHELD", "reasons", "The papers reached members in time."));
    assertThat(upheld.status()).as(EscapingChecks.errorSummary(upheld.body())).isIn(302, 303);
    JsonObject afterReview = api.get(COORDINATOR, "api/ifr/" + reviewed).json();
    assertThat(afterReview.getJsonObject("review").getString("outcome")).isEqualTo("UPHELD");
    assertThat(letterKinds(afterReview)).contains("ifr-review-outcome");

    Api.Answer reconsider =
        coordinator.submit(
            "ifr/" + reconsidered + "/reconsideration",
            Map.of("newInformation", "A new scan shows the disease has progressed."));
    assertThat(reconsider.status())
        .as(EscapingChecks.errorSummary(reconsider.body()))
        .isIn(302, 303);
    JsonObject back = api.get(COORDINATOR, "api/ifr/" + reconsidered).json();
    assertThat(back.getString("status")).isEqualTo("SCREENING");
    assertThat(steps(back)).containsExactly("screen");
    assertThat(back.getJsonArray("newInformation").getJsonObject(0).getString("information"))
        .as("what the reconsideration was asked on is kept")
        .isEqualTo("A new scan shows the disease has progressed.");
    assertThat(coordinator.get("ifr/" + reconsidered).body())
        .as("the screener reads it on the request's page")
        .contains("New clinical information, ")
        .contains("A new scan shows the disease has progressed.");
  }

  @Test
  @DependsOnTheDatabase
  void requestsForOneTreatmentReachingTheThresholdGiveTheCoordinatorAPolicyTask() {
    List<String> ids = new java.util.ArrayList<>();
    for (int i = 0; i < 6; i++) {
      ids.add(logged("Mr Signal Patient " + i, "LASER_HAIR_REMOVAL", false).getString("id"));
    }
    JsonObject task =
        api
            .get(COORDINATOR, "api/tasks?assigned=all&size=100")
            .json()
            .getJsonArray("items")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(open -> "ifr-signal".equals(open.getString("caseType", "")))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no policy signal task"));
    String signalId = task.getString("caseId");
    JsonObject signal = api.get(COORDINATOR, "api/ifr-policy-signals/" + signalId).json();
    assertThat(signal.getString("treatmentCode")).isEqualTo("LASER_HAIR_REMOVAL");
    assertThat(strings(signal, "requestIds")).containsExactlyInAnyOrderElementsOf(ids);
    assertThat(api.get(PANEL, "api/ifr-policy-signals/" + signalId).status()).isEqualTo(403);

    StaffSession coordinator = StaffSession.signIn(api.base(), COORDINATOR);
    assertThat(coordinator.get("tasks?assigned=all&size=100").body())
        .contains("/ifr-policy-signals/" + signalId);
    Api.Answer page = coordinator.get("ifr-policy-signals/" + signalId);
    assertThat(page.body()).contains("Laser hair removal", "action-referral");
    for (String id : ids) {
      assertThat(page.body()).contains("/ifr/" + id);
    }
    assertThat(coordinator.get("ifr-policy-signals").body())
        .contains(signal.getString("reference"));
    assertThat(StaffSession.signIn(api.base(), PANEL).get("ifr-policy-signals").status())
        .isEqualTo(403);
    Api.Answer referred =
        coordinator.submit("ifr-policy-signals/" + signalId + "/referral", Map.of());
    assertThat(referred.status()).isIn(302, 303);
    assertThat(
            api.get(COORDINATOR, "api/ifr-policy-signals/" + signalId)
                .json()
                .getBoolean("referred"))
        .isTrue();
    assertThat(
            api.post(COORDINATOR, "api/ifr-policy-signals/" + signalId + "/referral", "").status())
        .as("a signal is referred once")
        .isEqualTo(409);
    assertThat(coordinator.get("ifr-policy-signals/" + signalId).body())
        .doesNotContain("action-referral")
        .contains("Referred to the policy process");
  }

  @Test
  @DependsOnTheDatabase
  void theAnnualFiguresAreExactForTheTeamAndPublishedForTheGoverningBody() {
    decided("Ms Fig Ures");
    String thisYear = "ifr-figures";
    StaffSession coordinator = StaffSession.signIn(api.base(), COORDINATOR);
    Api.Answer exact = coordinator.get(thisYear);
    assertThat(exact.status()).isEqualTo(200);
    assertThat(exact.body())
        .contains(
            "Requests received", "Requests decided", "Reviews asked for", "id=\"exact-figures\"")
        .contains("Median working days");
    Api.Answer csv = coordinator.get(thisYear + "?format=csv&table=2");
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.contentType()).startsWith("text/csv");
    assertThat(csv.body()).startsWith("Decision,").contains("DECLINED,");
    JsonObject api1 = api.get(COORDINATOR, "api/ifr-figures").json();
    long declined =
        api1.getJsonArray("tables")
            .getJsonObject(2)
            .getJsonObject("counts")
            .getJsonNumber("DECLINED")
            .longValue();
    assertThat(csv.body()).contains("DECLINED," + declined + "\r\n");

    Api.Answer published = StaffSession.signIn(api.base(), "governing-body").get(thisYear);
    assertThat(published.status()).isEqualTo(200);
    assertThat(published.body()).doesNotContain("id=\"exact-figures\"");
    assertThat(StaffSession.signIn(api.base(), "chc-assessor").get(thisYear).status())
        .isEqualTo(403);
    assertThat(coordinator.get(thisYear + "?from=2026-04-01").status()).isEqualTo(400);
  }

  @Test
  @DependsOnTheDatabase
  void aClosedRequestIsDestroyedAtTheEndOfItsRetentionAndAnswersEveryEndpointAsTheMatrixSays()
      throws Exception {
    String surname = "Gone" + System.nanoTime() % 100000;
    JsonObject file = logged("Mrs Ida " + surname, "VARICOSE_VEINS", false);
    String id = file.getString("id");
    String reference = file.getString("reference");
    api.postRaw(
        COORDINATOR,
        "api/ifr/" + id + "/documents?name=clinic-letter.pdf",
        "application/pdf",
        SampleDocuments.pdf("Clinic letter"));
    Api.Answer screenedOut =
        api.post(
            COORDINATOR,
            "api/ifr/" + id + "/screening",
            "{\"version\":"
                + version(api.get(COORDINATOR, "api/ifr/" + id).json())
                + ",\"outcome\":\"POLICY_COVERS\",\"note\":\"The varicose veins policy covers it.\"}");
    assertThat(screenedOut.status()).as(screenedOut.body()).isEqualTo(200);
    assertThat(screenedOut.json().getString("status")).isEqualTo("SCREENED_OUT");
    String letterId =
        api.get(COORDINATOR, "api/cases/ifr/" + id + "/letters")
            .structure()
            .asJsonArray()
            .getJsonObject(0)
            .getString("id");

    String ig = "ig-officer";
    String record = "api/retention/records/ifr/" + id;
    // The review opens when the engine's job executor fires the retention timer.
    Api.Answer destroyed = null;
    long giveUp = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(180);
    while (System.nanoTime() < giveUp) {
      Api.Answer kept = api.get(ig, record);
      if (kept.status() != 200) {
        Thread.sleep(1_000);
        continue;
      }
      assertThat(kept.json().getString("reference")).isEqualTo(reference);
      destroyed =
          api.post(
              ig,
              record + "/destruction",
              "{\"appraisal\":\"Reviewed: no open request, review or claim needs it.\"}");
      if (destroyed.status() != 409) {
        break;
      }
      Thread.sleep(2_000);
    }
    assertThat(destroyed).as("the retention record never appeared").isNotNull();
    assertThat(destroyed.status()).as(destroyed.body()).isEqualTo(201);
    assertThat(destroyed.json().getJsonArray("destroyed").toString())
        .contains(reference)
        .contains("1 document")
        .contains("letter")
        .contains("process history");

    // Every IFR endpoint that names a request, as every role, with a body that would pass.
    AuthorisationMatrix matrix = AuthorisationMatrix.load();
    List<String> wrong = new java.util.ArrayList<>();
    int calls = 0;
    byte[] pdf = SampleDocuments.pdf("After the destruction");
    for (AuthorisationMatrix.Entry entry : matrix.entries()) {
      boolean letters = entry.path().startsWith("cases/{type}/{id}/letters");
      if (!entry.path().startsWith("ifr/{id}") && !letters) {
        continue;
      }
      String path =
          "api/"
              + entry
                  .path()
                  .replace("{type}", "ifr")
                  .replace("{id}", id)
                  .replace("{letterId}", letterId)
                  .replace("{documentId}", java.util.UUID.randomUUID().toString());
      for (String role : matrix.roles()) {
        Api.Answer answer =
            entry.method().equals("GET")
                ? api.get(role, path)
                : path.endsWith("/documents")
                    ? api.postRaw(role, path + "?name=gone.pdf", "application/pdf", pdf)
                    : api.post(role, path, validBody(entry.path()));
        calls++;
        // The letters rows are written for a complaint; an IFR request's letters are the
        // coordinators' alone, and every other role is refused them.
        boolean allowed = letters ? role.equals(COORDINATOR) : entry.allowed().get(role);
        boolean right =
            allowed
                ? answer.status() == 410
                : letters
                    ? answer.status() == 403 || answer.status() == 404
                    : answer.status() == 403;
        if (!right || !answer.contentType().startsWith("application/problem+json")) {
          wrong.add(
              entry.endpoint() + " as " + role + ": " + answer.status() + " " + answer.body());
        }
      }
    }
    assertThat(wrong).as("destroyed-request answers that disagree with the matrix").isEmpty();
    assertThat(calls).isGreaterThan(100);

    Api.Answer gone = api.get(COORDINATOR, "api/ifr/" + id);
    assertThat(gone.status()).isEqualTo(410);
    assertThat(gone.body()).contains(reference).doesNotContain(surname);
    assertThat(api.get(COORDINATOR, "api/ifr?q=" + surname).json().getInt("total")).isZero();
    StaffSession coordinator = StaffSession.signIn(api.base(), COORDINATOR);
    assertThat(coordinator.get("ifr/" + id).status()).as("the request's page").isEqualTo(410);
    assertThat(coordinator.get("ifr/" + id + "/screen").status()).isEqualTo(410);
    assertThat(coordinator.get("ifr?q=" + surname).body()).doesNotContain(reference);
    assertThat(StaffSession.signIn(api.base(), PANEL).get("ifr/" + id).status())
        .as("the panel's view of it")
        .isIn(404, 410);
    Api.Answer trail = api.get(ig, "api/audit?caseType=ifr&caseId=" + id + "&size=100");
    assertThat(trail.body())
        .as("the audit trail keeps who did what, never the file's contents")
        .contains("RECORD_DESTROYED")
        .doesNotContain(surname);
    assertThat(api.get(ig, "api/audit/verify").json().getBoolean("intact")).isTrue();
  }

  @Test
  @DependsOnTheDatabase
  void aScriptTypedIntoEveryIfrFreeTextFieldStaysTextInEveryPageLetterAndAnswer() {
    new IfrEscapingSweep(api)
        .runAndAssert("IFR output escaping", "escaping-ifr", IfrEscapingSweep.EXPECTED);
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers of the page tests

  private MultipartForm intakeForm(StaffSession coordinator, String patient) {
    LocalDate born = LocalDate.of(1958, 2, 14);
    return new MultipartForm()
        .field("csrfToken", coordinator.csrfToken())
        .field("patientName", patient)
        .field("patientNhsNumber", "943 476 5919")
        .field("patientDateOfBirth-day", String.valueOf(born.getDayOfMonth()))
        .field("patientDateOfBirth-month", String.valueOf(born.getMonthValue()))
        .field("patientDateOfBirth-year", String.valueOf(born.getYear()))
        .field("patientAddress", "2 Mill Lane")
        .field("patientPostcode", "LS6 2AB")
        .field("clinicianName", "Dr Amir Patel")
        .field("clinicianRole", "Consultant")
        .field("clinicianOrganisation", "Stanton General Hospital")
        .field("clinicianAddress", "Wound clinic")
        .field("treatmentCode", "HYPERBARIC_OXYGEN")
        .field("condition", "A wound that has not healed in two years.")
        .field("whyExceptional", "Every other treatment has failed.")
        .field("estimatedCost", "9000")
        .field("urgent", "no")
        .field("consentShown", "yes")
        .field("consentEvidence", "Signed consent section");
  }

  /** A request logged through REST for {@code treatment}; urgent ones go to the chair. */
  private JsonObject logged(String patient, String treatment, boolean urgent) {
    return states.logged(patient, treatment, urgent);
  }

  /** Screened as complete: the request waits for the panel. */
  private String screened(JsonObject file) {
    return states.screened(file);
  }

  /** A request logged, screened and declined at a quorate meeting of its own. */
  private String decided(String patient) {
    return states.decided(patient);
  }

  private static String decisionBody(long version, String outcome) {
    return json(IfrStates.decision(version, outcome));
  }

  /** A body each POST on a request would accept, so that only the destruction answers. */
  private static String validBody(String path) {
    return json(
        switch (path) {
          case "ifr/{id}/screening" -> IfrStates.screening(0, "ACCEPTED");
          case "ifr/{id}/chairs-action" -> IfrStates.decision(0, "DECLINED");
          case "ifr/{id}/panel-decision" ->
              IfrStates.atMeeting(
                  java.util.UUID.randomUUID().toString(), IfrStates.decision(0, "DECLINED"));
          case "ifr/{id}/review-request" -> IfrStates.reviewRequest(0);
          case "ifr/{id}/review-decision" -> IfrStates.reviewDecision(0);
          case "ifr/{id}/reconsideration" -> IfrStates.reconsideration(0);
          case "ifr/{id}/outcome-report" -> IfrStates.outcomeReport(0);
          default -> IfrStates.versionOnly(0);
        });
  }

  /** A routine request, with evidence of consent or without it. */
  private static String request(String patient, String nhsNumber, boolean consent) {
    Map<String, Object> request = IfrStates.request(patient, nhsNumber);
    if (!consent) {
      request.remove("consentEvidence");
    }
    return json(request);
  }

  private static String screening(long version) {
    return json(IfrStates.screening(version, "ACCEPTED"));
  }

  private static String decision(String meetingId, long version) {
    return json(IfrStates.atMeeting(meetingId, IfrStates.decision(version, "DECLINED")));
  }

  private static long version(JsonObject object) {
    return IfrStates.version(object);
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
