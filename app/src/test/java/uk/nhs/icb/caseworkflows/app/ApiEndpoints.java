package uk.nhs.icb.caseworkflows.app;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Every endpoint that changes something, with a body that passes validation and the role that may
 * send it: the hostile requests are mutations of these bodies, and the real-case proofs send them
 * as they are where the case's state suits them.
 */
final class ApiEndpoints {

  private static final String HANDLER = "complaints-handler";
  private static final String MANAGER = "complaints-manager";
  private static final String CALDICOTT = "caldicott-guardian";
  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private ApiEndpoints() {}

  /** The valid body of the endpoint at {@code pathTemplate} (as in {@link #all()}), or null. */
  static Object validBody(String pathTemplate) {
    return all().stream()
        .filter(endpoint -> endpoint.pathTemplate().equals(pathTemplate))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no endpoint " + pathTemplate))
        .validBody();
  }

  static List<HostileRequests.Endpoint> all() {
    String today = LocalDate.now(LONDON).toString();
    String later = LocalDate.now(LONDON).plusMonths(1).toString();
    String now = Instant.now().minusSeconds(60).toString();
    Map<String, Object> note = HostileRequests.object("note", "A note.");
    List<HostileRequests.Endpoint> endpoints = new ArrayList<>();
    endpoints.add(
        new HostileRequests.Endpoint(
            "complaints", HANDLER, ComplaintStates.intakeBody("Mr Generated")));
    endpoints.add(
        new HostileRequests.Endpoint(
            "complaints/resolved-orally",
            HANDLER,
            HostileRequests.object(
                "complaint",
                spoken(ComplaintStates.intakeBody("Ms Spoken")),
                "howResolved",
                "Explained.",
                "resolvedAt",
                now)));
    Object[][] steps = {
      {
        "late-decision",
        HostileRequests.object("goodReason", true, "canStillInvestigateFairly", true, "note", "x")
      },
      {
        "remit-decision",
        HostileRequests.object(
            "withinRemit", false, "reason", "ALREADY_WITH_PROVIDER", "whereToGo", "x")
      },
      {"acknowledgement", null},
      {
        "standing-decision",
        HostileRequests.object(
            "accepted",
            false,
            "reasonableGrounds",
            true,
            "bestInterests",
            true,
            "evidenceSeen",
            "x",
            "reasons",
            "y")
      },
      {
        "consents",
        HostileRequests.object(
            "whose",
            "COMPLAINANT",
            "purpose",
            "PROCESS_CASE",
            "givenAs",
            "THE_PERSON",
            "method",
            "FORM",
            "givenAt",
            now)
      },
      {"consent-refusal", note},
      {
        "consents/{consentId}/withdrawal",
        HostileRequests.object("method", "WRITTEN", "reason", "x")
      },
      {
        "plan",
        HostileRequests.object(
            "issues",
            new ArrayList<>(List.of("Delay")),
            "investigatedBy",
            "ICB",
            "anonymityRequested",
            false)
      },
      {
        "anonymity-decision",
        HostileRequests.object("canInvestigateAnonymously", true, "reason", "x")
      },
      {"complainant-choice", HostileRequests.object("proceedWithDisclosure", true)},
      {"clock-stop", HostileRequests.object("reason", "x")},
      {"clock-restart", null},
      {"response-date", HostileRequests.object("newDate", later, "reason", "x")},
      {
        "evidence",
        HostileRequests.object(
            "kind", "DOCUMENT", "summary", "x", "source", "y", "receivedOn", today)
      },
      {"provider-response-requests", HostileRequests.object("whatIsAsked", "x", "dueBy", later)},
      {"investigation-complete", null},
      {
        "draft-response",
        HostileRequests.object(
            "outcomes",
            new ArrayList<>(List.of("UPHELD")),
            "steps",
            new ArrayList<>(List.of("x")),
            "findings",
            new ArrayList<>(List.of("y")),
            "overallSummary",
            "z",
            "apology",
            "sorry",
            "actions",
            new ArrayList<>(),
            "satisfied",
            true)
      },
      {"transfer", HostileRequests.object("whyBetterPlaced", "The provider has not had a chance.")},
      {
        "joint-handling",
        HostileRequests.object(
            "leadOrganisation",
            "Riverside Surgery",
            "organisations",
            new ArrayList<>(
                List.of(
                    HostileRequests.object("name", "Riverside Surgery", "asked", "An account"),
                    HostileRequests.object("name", "Town Pharmacy", "asked", "Their records"))),
            "complainantNamed",
            false)
      },
      {
        "joint-handling/organisations/1/answer",
        HostileRequests.object("answer", "Our account.", "answeredOn", today)
      },
      {
        "coding",
        HostileRequests.object(
            "subjects",
            new ArrayList<>(List.of("COMMUNICATIONS", "OTHER")),
            "serviceAreas",
            new ArrayList<>(List.of("MENTAL_HEALTH")),
            "professions",
            new ArrayList<>(),
            "complainantStatus",
            "PATIENT",
            "patientAgeBand",
            "UNKNOWN")
      },
      {"withdrawal", note},
      {
        "after-response/reopening",
        HostileRequests.object("unresolved", "Why nobody called back.", "furtherResponseDue", later)
      },
      {"after-response/further-response", HostileRequests.object("summary", "Our answer.")},
      {"after-response/actions/{actionId}/completion", HostileRequests.object("note", "Done.")},
      {
        "after-response/ombudsman-referrals",
        HostileRequests.object("referredOn", today, "ombudsmanReference", "PHSO-1")
      },
      {
        "after-response/ombudsman-referrals/{referralId}/decision",
        HostileRequests.object(
            "decision",
            "UPHELD",
            "decidedOn",
            today,
            "summary",
            "Upheld.",
            "recommendations",
            new ArrayList<>(
                List.of(
                    HostileRequests.object(
                        "description", "Apologise", "owner", "Chief Executive", "dueBy", later))))
      },
      {
        "after-response/staff-told",
        HostileRequests.object(
            "name",
            "Sam Lee",
            "role",
            "Coordinator",
            "toldOn",
            today,
            "supportOffered",
            "Wellbeing service",
            "supportAccepted",
            true)
      },
    };
    for (Object[] step : steps) {
      endpoints.add(new HostileRequests.Endpoint("complaints/{id}/" + step[0], HANDLER, step[1]));
    }
    endpoints.add(
        new HostileRequests.Endpoint(
            "complaints/{id}/sharing-without-consent",
            CALDICOTT,
            HostileRequests.object(
                "whose",
                "COMPLAINANT",
                "purpose",
                "SHARE_WITH_PROVIDER",
                "basis",
                "SAFEGUARDING",
                "justification",
                "To protect other patients.")));
    endpoints.add(
        new HostileRequests.Endpoint(
            "complaints/{id}/sign-off",
            MANAGER,
            HostileRequests.object("approved", false, "comments", "x")));
    endpoints.addAll(chcEndpoints(today, now));
    endpoints.add(new HostileRequests.Endpoint("tasks/{id}/claim", HANDLER, null));
    endpoints.add(new HostileRequests.Endpoint("tasks/{id}/unclaim", HANDLER, null));
    endpoints.add(
        new HostileRequests.Endpoint(
            "tasks/{id}/complete",
            HANDLER,
            HostileRequests.object("variables", HostileRequests.object("withinRemit", true))));
    endpoints.addAll(ifrEndpoints(later));
    endpoints.add(
        new HostileRequests.Endpoint(
            "stories/redaction-preview",
            HANDLER,
            HostileRequests.object(
                "text",
                "Mrs Example was seen on Ward 7 on 3 March 2024.",
                "knownIdentities",
                List.of(HostileRequests.object("kind", "NAME", "value", "Jane Example")))));
    // The story endpoints name a story that does not exist: every body must be refused (400) or
    // reach the lookup (404), never a 500.
    endpoints.add(
        new HostileRequests.Endpoint(
            "stories/{storyId}/consent-answers",
            HANDLER,
            HostileRequests.object("person", "carer", "answer", "GIVEN", "version", 0)));
    endpoints.add(
        new HostileRequests.Endpoint(
            "stories/{storyId}/draft",
            HANDLER,
            HostileRequests.object(
                "concern", "A wait.", "improvements", "Checks.", "procedure", "In time.")));
    endpoints.add(
        new HostileRequests.Endpoint(
            "stories/{storyId}/reviews",
            MANAGER,
            HostileRequests.object("approved", false, "comments", "Too specific.")));
    return endpoints;
  }

  /**
   * The IFR endpoints with the bodies IfrStates drives requests with; {id} is the complaint's, so
   * the lookup answers 404.
   */
  private static List<HostileRequests.Endpoint> ifrEndpoints(String later) {
    String coordinator = IfrStates.COORDINATOR;
    String panel = IfrStates.PANEL;
    List<HostileRequests.Endpoint> ifr = new ArrayList<>();
    ifr.add(
        new HostileRequests.Endpoint(
            "ifr", coordinator, IfrStates.request("Ms Generated Patient", "943 476 5919")));
    ifr.add(
        new HostileRequests.Endpoint(
            "ifr/returned",
            coordinator,
            IfrStates.returned("Mr Returned Patient", "BREAST_REDUCTION")));
    Object[][] coordinatorSteps = {
      {"screening", IfrStates.screening(0, "ACCEPTED")},
      {"information-received", IfrStates.versionOnly(0)},
      {"review-request", IfrStates.reviewRequest(0)},
      {"reconsideration", IfrStates.reconsideration(0)},
      {"outcome-report", IfrStates.outcomeReport(0)},
    };
    for (Object[] step : coordinatorSteps) {
      ifr.add(new HostileRequests.Endpoint("ifr/{id}/" + step[0], coordinator, step[1]));
    }
    ifr.add(
        new HostileRequests.Endpoint(
            "ifr/{id}/chairs-action", panel, IfrStates.decision(0, "DECLINED")));
    ifr.add(
        new HostileRequests.Endpoint(
            "ifr/{id}/panel-decision",
            panel,
            IfrStates.atMeeting(UUID.randomUUID().toString(), IfrStates.decision(0, "DECLINED"))));
    ifr.add(
        new HostileRequests.Endpoint(
            "ifr/{id}/review-decision", panel, IfrStates.reviewDecision(0)));
    ifr.add(
        new HostileRequests.Endpoint(
            "ifr-panel-meetings", coordinator, IfrStates.meetingOn(LocalDate.parse(later))));
    ifr.add(
        new HostileRequests.Endpoint(
            "ifr-panel-meetings/{id}/attendance", coordinator, IfrStates.attendance(0)));
    ifr.add(
        new HostileRequests.Endpoint(
            "ifr-panel-meetings/{id}/conflicts",
            coordinator,
            IfrStates.conflict(0, "Dr Ruth Ames", UUID.randomUUID().toString())));
    ifr.add(
        new HostileRequests.Endpoint(
            "ifr-panel-meetings/{id}/chairs-actions-noted", coordinator, null));
    ifr.add(new HostileRequests.Endpoint("ifr-policy-signals/{id}/referral", coordinator, null));
    return ifr;
  }

  /**
   * The CHC endpoints that change a case, each with the body ChcStates drives cases with; {id} is
   * the complaint's, so the lookup answers 404.
   */
  private static List<HostileRequests.Endpoint> chcEndpoints(String today, String now) {
    String assessor = ChcStates.ASSESSOR;
    String panel = ChcStates.PANEL;
    List<HostileRequests.Endpoint> endpoints = new ArrayList<>();
    endpoints.add(
        new HostileRequests.Endpoint(
            "chc",
            assessor,
            ChcStates.referral("Mr Generated Chc", "1941-05-03", "9434765919", "HOSPITAL")));
    Map<String, Object> outcome = ChcStates.challengeOutcome("DECISION_STANDS");
    Object[][] steps = {
      {"capacity-assessments", assessor, ChcStates.capacityAssessment()},
      {"consents", assessor, ChcStates.consent(Instant.parse(now))},
      {"assessment-decision", assessor, ChcStates.assessmentDecision(true)},
      {"checklist", assessor, ChcStates.checklist(0, ChcStates.CHECKLIST_DOMAINS.length, null)},
      {"checklist/completion", assessor, ChcStates.checklistCompletion(today)},
      {"dst", assessor, ChcStates.dstRatings()},
      {"dst/recommendation", assessor, ChcStates.recommendation("ELIGIBLE")},
      {"nursing-care", assessor, ChcStates.nursingCare(false)},
      {"decision", panel, ChcStates.decision(true)},
      {"care-package", assessor, ChcStates.carePackage(null, "1200.50", today)},
      {"reviews", assessor, ChcStates.review()},
      {"local-resolution", assessor, ChcStates.challenge(today)},
      {"local-resolution/outcome", panel, outcome},
      {"independent-review", assessor, ChcStates.challenge(today)},
      {"independent-review/outcome", panel, outcome},
      {"closure", assessor, ChcStates.closure("WITHDRAWN")},
    };
    for (Object[] step : steps) {
      endpoints.add(new HostileRequests.Endpoint("chc/{id}/" + step[0], (String) step[1], step[2]));
    }
    return endpoints;
  }

  /** Only a complaint made by telephone or in person may be resolved orally. */
  private static Map<String, Object> spoken(Map<String, Object> intake) {
    intake.put("channel", "TELEPHONE");
    // Received a little before it was resolved (the default receipt is the moment it is sent).
    intake.put("receivedAt", Instant.now().minusSeconds(600).toString());
    return intake;
  }
}
