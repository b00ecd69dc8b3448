package uk.nhs.icb.caseworkflows.app;

import static uk.nhs.icb.caseworkflows.app.FormTwins.date;
import static uk.nhs.icb.caseworkflows.app.FormTwins.fields;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/**
 * The complaint page forms made to succeed: each on a complaint its REST twin's real case brought
 * to the step ({@link ComplaintCases}, {@link AfterResponseCases}), typed as a handler would type
 * it, and checked afterwards as the twin is. The page forms are named as the pages word them; the
 * twin is named as the REST matrix names it.
 */
final class ComplaintPageForms {

  private static final String READER = "complaints-handler";
  private static final String TASKS = "/tasks";

  private final FormTwins twins;
  private final RealCases complaints = new ComplaintCases();
  private final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

  ComplaintPageForms(FormTwins twins) {
    this.twins = twins;
  }

  /** The post of the page form at {@code path} by {@code role}; empty if none is made here. */
  Optional<PageCases.Success> success(String path, String role) {
    String form = path.substring("complaints/{id}/".length());
    return Optional.ofNullable(
        switch (form) {
          case "late-decision" ->
              post(
                  role,
                  form,
                  form,
                  fields("goodReason", "yes", "fairly", "yes", "note", "She was in hospital."),
                  true);
          case "standing-decision" ->
              post(role, form, form, fields("accepted", "yes", "bestInterests", "yes"), true);
          case "consent" ->
              post(
                  role,
                  "consents",
                  form,
                  date(
                      fields(
                          "whose", "COMPLAINANT",
                          "purpose", "PROCESS_CASE",
                          "givenAs", "THE_PERSON",
                          "method", "WRITTEN"),
                      "givenOn",
                      today),
                  false);
          case "consent-refusal" ->
              post(role, form, form, fields("note", "No reply after the reminder."), true);
          case "plan" ->
              post(
                  role,
                  form,
                  form,
                  fields(
                      "issues", "Delay\nNo call back",
                      "investigatedBy", "ICB",
                      "anonymityRequested", "no"),
                  true);
          case "anonymity-decision" ->
              post(
                  role,
                  form,
                  form,
                  fields("anonymous", "yes", "reason", "Many patients were seen that day."),
                  true);
          case "complainant-choice" -> post(role, form, form, fields("proceed", "yes"), true);
          case "response-date" -> {
            // The twin checks the date its own body names.
            String body = RealCaseChecks.valid("complaints/{id}/response-date");
            LocalDate newDate = LocalDate.parse(ComplaintCases.jsonOf(body).getString("newDate"));
            yield post(
                role,
                form,
                form,
                date(fields("reason", "Agreed with the complainant by phone."), "newDate", newDate),
                false);
          }
          case "evidence" ->
              post(
                  role,
                  form,
                  form,
                  date(
                      fields(
                          "kind", "DOCUMENT",
                          "summary", "The practice's call log.",
                          "source", "The practice manager"),
                      "receivedOn",
                      today),
                  false);
          case "provider-request" ->
              post(
                  role,
                  "provider-response-requests",
                  form,
                  date(
                      fields("whatIsAsked", "Their account of the visits."),
                      "dueBy",
                      today.plusWeeks(3)),
                  false);
          case "investigation-complete" -> post(role, form, form, fields(), true);
          case "draft-response" ->
              // The twin's plan has two issues: one upheld, one not.
              post(
                  role,
                  form,
                  form,
                  fields(
                      "outcome-1", "UPHELD",
                      "outcome-2", "NOT_UPHELD",
                      "steps", "We read the records.",
                      "findings", "The first visit was late.\nThe call was returned.",
                      "overallSummary", "The first visit was late; the call was returned.",
                      "apology", "We are sorry for the delay.",
                      "satisfied", "yes"),
                  true);
          case "sign-off" -> post(role, form, form, fields("decision", "approve"), true);
          case "transfer" ->
              post(
                  role,
                  form,
                  form,
                  fields("reason", "The provider has not had a chance to answer."),
                  false);
          case "joint-handling" ->
              post(
                  role,
                  form,
                  form,
                  fields(
                      "organisation-1-name", "Riverside Surgery",
                      "organisation-1-asked", "An account of the visits",
                      "organisation-2-name", "Town Pharmacy",
                      "organisation-2-asked", "Their records",
                      "leadOrganisation", "Riverside Surgery",
                      "complainantNamed", "no"),
                  false);
          case "joint-answer" ->
              post(
                  role,
                  "joint-handling/organisations/{number}/answer",
                  form,
                  date(fields("organisation", "1", "answer", "Our account."), "answeredOn", today),
                  false);
          case "coding" ->
              // The twin's complaint is the complainant's own, with no date of birth on file.
              post(
                  role,
                  form,
                  form,
                  fields(
                      "subjects-COMMUNICATIONS", "COMMUNICATIONS",
                      "serviceAreas-MENTAL_HEALTH", "MENTAL_HEALTH",
                      "complainantStatus", "PATIENT",
                      "patientAgeBand", "UNKNOWN"),
                  false);
          case "reopening" -> {
            RealCases.Ready twin =
                twins.twin(complaints, "POST complaints/{id}/after-response/reopening", role);
            // The form is posted once the retention timer has done its work on the closed case.
            RetentionReviews.awaitReviewOf(twins.session("ig-officer"), twin.caseId());
            yield on(twin, form, fields("unresolved", "Why nobody called back."), false);
          }
          case "further-response" ->
              post(
                  role,
                  "after-response/further-response",
                  form,
                  fields("furtherResponse", "We looked again: the call log shows no call."),
                  true);
          case "action-done" -> actionDone(role);
          case "ombudsman-referral" ->
              post(
                  role,
                  "after-response/ombudsman-referrals",
                  form,
                  date(fields("ombudsmanReference", "PHSO-1"), "referredOn", today),
                  false);
          case "ombudsman-decision" -> ombudsmanDecision(role);
          case "staff-told" ->
              post(
                  role,
                  "after-response/staff-told",
                  form,
                  date(
                      fields(
                          "staffName", "Sam Lee",
                          "staffRole", "Coordinator",
                          "supportOffered", "Wellbeing service",
                          "supportAccepted", "yes"),
                      "toldOn",
                      today),
                  false);
          default -> null;
        });
  }

  private PageCases.Success actionDone(String role) {
    RealCases.Ready twin =
        twins.twin(
            complaints, "POST complaints/{id}/after-response/actions/{actionId}/completion", role);
    String action = FormTwins.segmentAfter(twin, "actions");
    return on(twin, "action-done", fields("action", action, "actionNote", "Done in May."), false);
  }

  private PageCases.Success ombudsmanDecision(String role) {
    RealCases.Ready twin =
        twins.twin(
            complaints,
            "POST complaints/{id}/after-response/ombudsman-referrals/{referralId}/decision",
            role);
    String referral = FormTwins.segmentAfter(twin, "ombudsman-referrals");
    Map<String, String> typed =
        date(
            fields(
                "referral", referral, "decision", "UPHELD", "decisionSummary", "Upheld in part."),
            "decidedOn",
            today);
    return on(twin, "ombudsman-decision", typed, false);
  }

  /** The form {@code form} on the complaint of the twin {@code POST complaints/{id}/<twin>}. */
  private PageCases.Success post(
      String role, String twin, String form, Map<String, String> typed, boolean completesStep) {
    return on(
        twins.twin(complaints, "POST complaints/{id}/" + twin, role), form, typed, completesStep);
  }

  private PageCases.Success on(
      RealCases.Ready twin, String form, Map<String, String> typed, boolean completesStep) {
    String page = "complaints/" + twin.caseId() + "/" + form;
    return twins.success(
        twin, page, page, typed, completesStep ? TASKS : "/complaints/" + twin.caseId(), READER);
  }
}
