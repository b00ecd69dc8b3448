package uk.nhs.icb.caseworkflows.app;

import static uk.nhs.icb.caseworkflows.app.RealCaseChecks.closure;
import static uk.nhs.icb.caseworkflows.app.RealCaseChecks.file;
import static uk.nhs.icb.caseworkflows.app.RealCaseChecks.get;
import static uk.nhs.icb.caseworkflows.app.RealCaseChecks.object;
import static uk.nhs.icb.caseworkflows.app.RealCaseChecks.objects;
import static uk.nhs.icb.caseworkflows.app.RealCaseChecks.pdf;
import static uk.nhs.icb.caseworkflows.app.RealCaseChecks.post;
import static uk.nhs.icb.caseworkflows.app.RealCaseChecks.present;
import static uk.nhs.icb.caseworkflows.app.RealCaseChecks.steps;
import static uk.nhs.icb.caseworkflows.app.RealCaseChecks.valid;

import jakarta.json.JsonObject;
import java.util.function.Function;

/**
 * The complaints workflow's rows of the authorisation matrix on real complaints: the complaint
 * endpoints, its code lists and breaches; stories; the governing body's reports. Each call is made
 * ready on a complaint (or story) of its own, taken through the API to the step the call needs,
 * with the body {@link ApiEndpoints} keeps for it wherever that body suits the state.
 */
final class ComplaintCases implements RealCases {

  private static final String HANDLER = "complaints-handler";
  private static final String MANAGER = "complaints-manager";
  private static final String COMPLAINT = "complaint";

  @Override
  public boolean covers(AuthorisationMatrix.Entry entry) {
    String path = entry.path();
    return path.startsWith("complaints")
        || path.startsWith("complaint-")
        || path.startsWith("stories")
        || path.equals("withdrawn-story-reports");
  }

  @Override
  public Ready prepare(
      AuthorisationMatrix.Entry entry, String role, Function<String, StaffSession> sessions) {
    StaffSession handler = sessions.apply(HANDLER);
    StaffSession manager = sessions.apply(MANAGER);
    String path = entry.path();
    if (path.startsWith("complaints/{id}/after-response")) {
      return AfterResponseCases.prepare(
          entry, role, handler, manager, sessions.apply("ig-officer"));
    }
    if (path.startsWith("stories")
        || path.startsWith("complaint-reports")
        || path.equals("withdrawn-story-reports")) {
      return StoryCases.prepare(entry, role, sessions);
    }
    return switch (entry.endpoint()) {
      case "GET complaints" -> {
        String surname = ComplaintStates.surname();
        String id = taken(handler, surname);
        yield get(
            "complaints?q=" + surname,
            COMPLAINT,
            id,
            object(
                "the list to hold complaint " + id,
                list ->
                    objects(list, "items").stream().anyMatch(i -> id.equals(i.getString("id")))));
      }
      case "POST complaints" ->
          post(
              "complaints",
              HostileRequests.json(
                  ComplaintStates.ownIntakeBody("Ms " + ComplaintStates.surname())),
              201,
              COMPLAINT,
              null,
              answer ->
                  object(
                          "a new complaint waiting for its remit check, at its Location",
                          json ->
                              steps(json).contains("check-remit")
                                  && answer
                                      .headers()
                                      .firstValue("Location")
                                      .orElse("")
                                      .endsWith("complaints/" + json.getString("id")))
                      .apply(answer));
      case "POST complaints/resolved-orally" ->
          post(
              "complaints/resolved-orally",
              valid("complaints/resolved-orally"),
              201,
              COMPLAINT,
              null,
              object("a complaint closed as resolved", json -> present(json, "closure")));
      case "GET complaints/{id}" -> {
        String id = ComplaintStates.taken(handler);
        yield get("complaints/" + id, COMPLAINT, id, file(id, "the file", json -> true));
      }
      case "POST complaints/{id}/late-decision" -> {
        String id = ComplaintStates.late(handler);
        yield step(
            id,
            "late-decision",
            valid(path),
            "its remit check next",
            json -> steps(json).contains("check-remit"));
      }
      case "POST complaints/{id}/remit-decision" -> {
        String id = ComplaintStates.taken(handler);
        yield step(
            id,
            "remit-decision",
            valid(path),
            "closed as outside the remit",
            json -> closure(json).equals("OUTSIDE_REMIT"));
      }
      case "POST complaints/{id}/acknowledgement" -> {
        String id = ComplaintStates.taken(handler);
        ComplaintStates.step(
            handler, "api/" + complaint(id, "remit-decision"), "{\"withinRemit\":true}");
        yield step(
            id,
            "acknowledgement",
            null,
            "the acknowledgement sent",
            json ->
                objects(json, "letters").stream()
                    .anyMatch(l -> l.getString("kind").equals("complaint-acknowledgement")));
      }
      case "POST complaints/{id}/standing-decision" -> {
        // HostileRequests' intake is a representative's, for a patient lacking capacity.
        String id =
            ComplaintStates.intake(handler, "Mrs " + ComplaintStates.surname())
                .json()
                .getString("id");
        ComplaintStates.step(
            handler, "api/" + complaint(id, "remit-decision"), "{\"withinRemit\":true}");
        ComplaintStates.step(handler, "api/" + complaint(id, "acknowledgement"), "");
        yield step(
            id,
            "standing-decision",
            valid(path),
            "the standing decided",
            json -> !steps(json).contains("decide-standing"));
      }
      case "POST complaints/{id}/consents" -> {
        String id = ComplaintStates.awaitingConsent(handler);
        yield step(
            id,
            "consents",
            valid(path),
            "the consent kept",
            json ->
                objects(json, "consents").stream()
                    .anyMatch(c -> c.getString("purpose").equals("PROCESS_CASE")));
      }
      case "POST complaints/{id}/consent-refusal" -> {
        String id = ComplaintStates.awaitingConsent(handler);
        yield step(
            id,
            "consent-refusal",
            valid(path),
            "closed for want of consent",
            json -> present(json, "closure"));
      }
      case "POST complaints/{id}/sharing-without-consent" -> {
        String id = ComplaintStates.awaitingConsent(handler);
        yield post(
            complaint(id, "sharing-without-consent"),
            valid(path),
            200,
            COMPLAINT,
            id,
            object(
                "the basis approved by " + role,
                json ->
                    role.equals(json.getString("approvedBy", ""))
                        && json.getString("basis", "").equals("SAFEGUARDING")));
      }
      case "POST complaints/{id}/consents/{consentId}/withdrawal" -> {
        String id = ComplaintStates.acknowledged(handler);
        String consentId = consentOf(handler, id, "SHARE_WITH_PROVIDER");
        yield step(
            id,
            "consents/" + consentId + "/withdrawal",
            valid(path),
            "consent " + consentId + " withdrawn",
            json ->
                objects(json, "consents").stream()
                    .anyMatch(
                        c -> c.getString("id").equals(consentId) && present(c, "withdrawnAt")));
      }
      case "POST complaints/{id}/plan" -> {
        String id = ComplaintStates.acknowledged(handler);
        ComplaintStates.consent(handler, id, "SHARE_IDENTITY_WITH_SUBJECT");
        yield step(
            id,
            "plan",
            valid(path),
            "investigating",
            json -> json.getString("status").equals("INVESTIGATING"));
      }
      case "POST complaints/{id}/anonymity-decision" -> {
        String id = ComplaintStates.acknowledged(handler);
        ComplaintStates.step(handler, "api/" + complaint(id, "plan"), ComplaintStates.plan(true));
        yield step(
            id,
            "anonymity-decision",
            valid(path),
            "the anonymity decided",
            json -> !steps(json).contains("decide-anonymous"));
      }
      case "POST complaints/{id}/complainant-choice" -> {
        String id = ComplaintStates.acknowledged(handler);
        ComplaintStates.step(handler, "api/" + complaint(id, "plan"), ComplaintStates.plan(true));
        ComplaintStates.step(
            handler,
            "api/" + complaint(id, "anonymity-decision"),
            "{\"canInvestigateAnonymously\":false,\"reason\":\"Only one patient was seen.\"}");
        ComplaintStates.consent(handler, id, "SHARE_IDENTITY_WITH_SUBJECT");
        yield step(
            id,
            "complainant-choice",
            valid(path),
            "the choice recorded",
            json -> !steps(json).contains("record-choice"));
      }
      case "POST complaints/{id}/clock-stop" -> {
        String id = ComplaintStates.investigating(handler);
        yield step(
            id,
            "clock-stop",
            valid(path),
            "the clock stopped",
            json -> json.getJsonObject("deadlines").getBoolean("clockStopped"));
      }
      case "POST complaints/{id}/clock-restart" -> {
        String id = ComplaintStates.investigating(handler);
        ComplaintStates.step(
            handler, "api/" + complaint(id, "clock-stop"), valid("complaints/{id}/clock-stop"));
        yield step(
            id,
            "clock-restart",
            null,
            "the clock running",
            json -> !json.getJsonObject("deadlines").getBoolean("clockStopped"));
      }
      case "POST complaints/{id}/response-date" -> {
        String id = ComplaintStates.investigating(handler);
        String body = valid(path);
        String newDate = jsonOf(body).getString("newDate");
        yield step(
            id,
            "response-date",
            body,
            "the response due on " + newDate,
            json -> json.getJsonObject("deadlines").getString("responseDue").equals(newDate));
      }
      case "POST complaints/{id}/evidence" -> {
        String id = ComplaintStates.investigating(handler);
        yield step(
            id,
            "evidence",
            valid(path),
            "the evidence kept",
            json -> objects(json, "evidence").size() == 1);
      }
      case "POST complaints/{id}/provider-response-requests" -> {
        String id = ComplaintStates.investigating(handler);
        yield step(
            id,
            "provider-response-requests",
            valid(path),
            "the request kept",
            json -> objects(json, "providerRequests").size() == 1);
      }
      case "POST complaints/{id}/investigation-complete" -> {
        String id = ComplaintStates.investigating(handler);
        yield step(
            id,
            "investigation-complete",
            null,
            "the response to draft next",
            json -> steps(json).contains("draft-response"));
      }
      case "POST complaints/{id}/draft-response" -> {
        String id = ComplaintStates.investigating(handler);
        ComplaintStates.step(handler, "api/" + complaint(id, "investigation-complete"), "");
        yield step(
            id,
            "draft-response",
            // The plan has two issues: this draft answers each (the generic body answers one).
            ComplaintStates.draftResponse(),
            "the draft waiting for sign-off",
            json -> steps(json).contains("sign-off-response"));
      }
      case "POST complaints/{id}/sign-off" -> {
        String id = ComplaintStates.drafted(handler);
        yield step(
            id,
            "sign-off",
            "{\"approved\":true}",
            "closed as responded",
            json -> closure(json).equals("RESPONDED"));
      }
      case "POST complaints/{id}/withdrawal" -> {
        String id = ComplaintStates.taken(handler);
        yield step(
            id,
            "withdrawal",
            valid(path),
            "closed",
            json -> json.getString("status").equals("CLOSED"));
      }
      case "POST complaints/{id}/coding" -> {
        String id = ComplaintStates.taken(handler);
        yield step(id, "coding", valid(path), "the coding kept", json -> present(json, "coding"));
      }
      case "POST complaints/{id}/transfer" -> {
        String id = ComplaintStates.acknowledged(handler);
        ComplaintStates.consent(handler, id, "TRANSFER_TO_PROVIDER");
        yield step(
            id,
            "transfer",
            valid(path),
            "closed as transferred",
            json -> closure(json).equals("TRANSFERRED"));
      }
      case "POST complaints/{id}/joint-handling" -> {
        String id = ComplaintStates.investigating(handler);
        yield step(
            id,
            "joint-handling",
            valid(path),
            "the joint handling kept",
            json -> present(json, "jointHandling"));
      }
      case "POST complaints/{id}/joint-handling/organisations/{number}/answer" -> {
        String id = ComplaintStates.investigating(handler);
        ComplaintStates.step(
            handler,
            "api/" + complaint(id, "joint-handling"),
            valid("complaints/{id}/joint-handling"));
        yield step(
            id,
            "joint-handling/organisations/1/answer",
            valid("complaints/{id}/joint-handling/organisations/1/answer"),
            "the first organisation's answer",
            json ->
                present(
                    json.getJsonObject("jointHandling")
                        .getJsonArray("organisations")
                        .getJsonObject(0),
                    "answer"));
      }
      case "POST complaints/{id}/evidence/{evidenceId}/documents" -> {
        ComplaintStates.Investigated where =
            ComplaintStates.underInvestigation(handler, "Mr " + ComplaintStates.surname());
        yield new Ready(
            "POST",
            ComplaintStates.documentsPath(where) + "?name=statement.pdf",
            "application/pdf",
            SampleDocuments.pdf("Statement"),
            201,
            object("a PDF kept", json -> json.getString("mediaType").equals("application/pdf")),
            COMPLAINT,
            where.complaintId());
      }
      case "GET complaints/{id}/evidence/{evidenceId}/documents/{documentId}" -> {
        ComplaintStates.Investigated where =
            ComplaintStates.underInvestigation(handler, "Mr " + ComplaintStates.surname());
        String document =
            ComplaintStates.attach(handler, where, "statement.pdf", SampleDocuments.pdf("Kept"));
        yield get(
            ComplaintStates.documentsPath(where).substring("api/".length()) + "/" + document,
            COMPLAINT,
            where.complaintId(),
            pdf());
      }
      case "GET complaint-codes" ->
          get(
              "complaint-codes",
              null,
              null,
              object("the code lists", json -> !objects(json, "lists").isEmpty()));
      case "GET complaint-breaches" -> {
        String id = ComplaintStates.overdue(handler, sessions.apply(MANAGER));
        yield get(
            "complaint-breaches",
            COMPLAINT,
            id,
            object(
                "the overdue acknowledgement of " + id,
                json ->
                    objects(json, "breaches").stream()
                        .anyMatch(b -> b.getString("complaintId").equals(id))));
      }
      default -> throw new IllegalArgumentException("no real complaint for " + entry.endpoint());
    };
  }

  private static String taken(StaffSession handler, String surname) {
    Api.Answer answer =
        handler.post(
            "api/complaints", HostileRequests.json(ComplaintStates.ownIntakeBody("Ms " + surname)));
    if (answer.status() != 201) {
      throw new AssertionError("intake: " + answer.status() + " " + answer.body());
    }
    return answer.json().getString("id");
  }

  /** A step of complaint {@code id} that answers its file, in which {@code what} must hold. */
  private static Ready step(
      String id,
      String step,
      String body,
      String what,
      java.util.function.Predicate<JsonObject> holds) {
    return post(complaint(id, step), body, 200, COMPLAINT, id, file(id, what, holds));
  }

  static String complaint(String id, String step) {
    return "complaints/" + id + "/" + step;
  }

  private static String consentOf(StaffSession handler, String id, String purpose) {
    return objects(handler.get("api/complaints/" + id).json(), "consents").stream()
        .filter(c -> c.getString("purpose").equals(purpose))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + purpose + " consent on " + id))
        .getString("id");
  }

  static JsonObject jsonOf(String body) {
    return jakarta.json.Json.createReader(new java.io.StringReader(body)).readObject();
  }
}
