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
    endpoints.addAll(ifrEndpoints(today, later));
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

  /** The IFR endpoints with plausible bodies (docs/ifr.md); {id} is the complaint's, so 404s. */
  private static List<HostileRequests.Endpoint> ifrEndpoints(String today, String later) {
    String coordinator = "ifr-coordinator";
    String panel = "ifr-panel";
    Map<String, Object> clinician =
        HostileRequests.object(
            "name", "Dr Amir Patel",
            "role", "Consultant rheumatologist",
            "organisation", "Stanton General Hospital",
            "addressLines", new ArrayList<>(List.of("Rheumatology", "Stanton General Hospital")),
            "postcode", "LS1 3EX",
            "email", "amir.patel@example.nhs.uk");
    Map<String, Object> decision =
        HostileRequests.object(
            "version",
            0,
            "outcome",
            "DECLINED",
            "criteria",
            HostileRequests.object(
                "significantlyDifferent",
                false,
                "significantlyDifferentReasons",
                "Like others with the condition.",
                "moreBenefit",
                false,
                "moreBenefitReasons",
                "No more benefit than others."),
            "reasons",
            "Not exceptional.");
    List<HostileRequests.Endpoint> ifr = new ArrayList<>();
    ifr.add(
        new HostileRequests.Endpoint(
            "ifr",
            coordinator,
            HostileRequests.object(
                "patient",
                HostileRequests.object(
                    "name", "Ms Generated Patient",
                    "nhsNumber", "943 476 5919",
                    "dateOfBirth", "1961-07-03",
                    "addressLines", new ArrayList<>(List.of("14 Orchard Rise")),
                    "postcode", "LS9 4QT"),
                "clinician",
                clinician,
                "treatmentCode",
                "BIOLOGIC_OFF_LABEL",
                "condition",
                "Refractory arthritis.",
                "whyExceptional",
                "A rare antibody profile.",
                "estimatedCost",
                12500.00,
                "urgent",
                false,
                "consentEvidence",
                "Signed consent section.",
                "receivedOn",
                today)));
    ifr.add(
        new HostileRequests.Endpoint(
            "ifr/returned",
            coordinator,
            HostileRequests.object(
                "patientName", "Mr Returned Patient",
                "nhsNumber", "9434765919",
                "clinician", clinician,
                "treatmentCode", "BREAST_REDUCTION",
                "receivedOn", today)));
    Object[][] coordinatorSteps = {
      {
        "screening",
        HostileRequests.object("version", 0, "outcome", "ACCEPTED", "note", "Complete.")
      },
      {"information-received", HostileRequests.object("version", 0)},
      {
        "review-request",
        HostileRequests.object(
            "version", 0, "ground", "PROCEDURE_NOT_FOLLOWED", "statedCase", "Not followed.")
      },
      {"reconsideration", HostileRequests.object("version", 0, "newInformation", "New scan.")},
      {"outcome-report", HostileRequests.object("version", 0, "report", "Improved.")},
    };
    for (Object[] step : coordinatorSteps) {
      ifr.add(new HostileRequests.Endpoint("ifr/{id}/" + step[0], coordinator, step[1]));
    }
    ifr.add(new HostileRequests.Endpoint("ifr/{id}/chairs-action", panel, decision));
    ifr.add(
        new HostileRequests.Endpoint(
            "ifr/{id}/panel-decision",
            panel,
            HostileRequests.object(
                "meetingId", UUID.randomUUID().toString(), "decision", decision)));
    ifr.add(
        new HostileRequests.Endpoint(
            "ifr/{id}/review-decision",
            panel,
            HostileRequests.object(
                "version", 0, "outcome", "UPHELD", "reasons", "Made properly.")));
    ifr.add(
        new HostileRequests.Endpoint(
            "ifr-panel-meetings", coordinator, HostileRequests.object("date", later)));
    ifr.add(
        new HostileRequests.Endpoint(
            "ifr-panel-meetings/{id}/attendance",
            coordinator,
            HostileRequests.object(
                "version",
                0,
                "members",
                new ArrayList<>(
                    List.of(
                        HostileRequests.object(
                            "name", "Dr Ruth Ames", "role", "CHAIR", "present", true))))));
    ifr.add(
        new HostileRequests.Endpoint(
            "ifr-panel-meetings/{id}/conflicts",
            coordinator,
            HostileRequests.object(
                "version",
                0,
                "memberName",
                "Dr Ruth Ames",
                "requestId",
                UUID.randomUUID().toString(),
                "interest",
                "Treats the patient.")));
    ifr.add(
        new HostileRequests.Endpoint(
            "ifr-panel-meetings/{id}/chairs-actions-noted", coordinator, null));
    ifr.add(new HostileRequests.Endpoint("ifr-policy-signals/{id}/referral", coordinator, null));
    return ifr;
  }

  /** The CHC endpoints that change a case, each with a body that would pass validation. */
  private static List<HostileRequests.Endpoint> chcEndpoints(String today, String now) {
    String assessor = "chc-assessor";
    Map<String, Object> rating =
        HostileRequests.object("domain", "MOBILITY", "level", "B", "evidence", "Ward notes.");
    List<HostileRequests.Endpoint> endpoints = new ArrayList<>();
    endpoints.add(
        new HostileRequests.Endpoint(
            "chc",
            assessor,
            HostileRequests.object(
                "individual",
                HostileRequests.object(
                    "name",
                    "Mr Generated Chc",
                    "nhsNumber",
                    "9434765919",
                    "dateOfBirth",
                    "1941-05-03",
                    "addressLines",
                    new ArrayList<>(List.of("Ward 7"))),
                "route",
                "CHECKLIST",
                "referredBy",
                "Sam Okafor, nurse",
                "livesIn",
                "HOSPITAL")));
    Object[][] steps = {
      {
        "capacity-assessments",
        HostileRequests.object(
            "decisionInQuestion", "To consent to assessment",
            "assessedBy", "Dr Ford",
            "assessedOn", today,
            "outcome", "HAS_CAPACITY")
      },
      {
        "consents",
        HostileRequests.object(
            "purpose", "PROCESS_CASE", "givenAs", "THE_PERSON", "method", "VERBAL", "givenAt", now)
      },
      {"assessment-decision", HostileRequests.object("assessmentAgreed", true)},
      {
        "checklist",
        HostileRequests.object(
            "completedBy", "Sam Okafor, nurse", "ratings", new ArrayList<>(List.of(rating)))
      },
      {"checklist/completion", HostileRequests.object("receivedOn", today)},
      {
        "dst",
        HostileRequests.object(
            "ratings",
            new ArrayList<>(
                List.of(
                    HostileRequests.object(
                        "domain", "MOBILITY", "level", "HIGH", "evidence", "MDT notes."))))
      },
      {
        "dst/recommendation",
        HostileRequests.object(
            "outcome", "ELIGIBLE",
            "nature", "a",
            "intensity", "b",
            "complexity", "c",
            "unpredictability", "d")
      },
      {"nursing-care", HostileRequests.object("payable", false, "reasons", "x")},
    };
    for (Object[] step : steps) {
      endpoints.add(new HostileRequests.Endpoint("chc/{id}/" + step[0], assessor, step[1]));
    }
    endpoints.add(
        new HostileRequests.Endpoint(
            "chc/{id}/decision",
            "chc-panel",
            HostileRequests.object("eligible", true, "reasons", "Severe needs.")));
    endpoints.add(
        new HostileRequests.Endpoint(
            "chc/{id}/care-package",
            assessor,
            HostileRequests.object(
                "provider",
                "Chiltern Vale Home Care Ltd",
                "setting",
                "OWN_HOME",
                "weeklyCost",
                1200.5,
                "startsOn",
                today,
                "personalHealthBudget",
                true)));
    endpoints.add(
        new HostileRequests.Endpoint(
            "chc/{id}/reviews",
            assessor,
            HostileRequests.object(
                "heldOn", today, "outcome", "CONFIRMED", "notes", "Care meets her needs.")));
    Map<String, Object> challenge =
        HostileRequests.object(
            "disputedDecisionOn", today, "requestedOn", today, "grounds", "Wrong evidence.");
    Map<String, Object> outcome =
        HostileRequests.object("outcome", "DECISION_STANDS", "reasons", "Evidence reviewed.");
    endpoints.add(new HostileRequests.Endpoint("chc/{id}/local-resolution", assessor, challenge));
    endpoints.add(
        new HostileRequests.Endpoint("chc/{id}/local-resolution/outcome", "chc-panel", outcome));
    endpoints.add(new HostileRequests.Endpoint("chc/{id}/independent-review", assessor, challenge));
    endpoints.add(
        new HostileRequests.Endpoint("chc/{id}/independent-review/outcome", "chc-panel", outcome));
    endpoints.add(
        new HostileRequests.Endpoint(
            "chc/{id}/closure", assessor, HostileRequests.object("reason", "WITHDRAWN")));
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
