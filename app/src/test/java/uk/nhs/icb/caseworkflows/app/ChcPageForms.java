package uk.nhs.icb.caseworkflows.app;

import static uk.nhs.icb.caseworkflows.app.FormTwins.date;
import static uk.nhs.icb.caseworkflows.app.FormTwins.fields;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * The CHC page forms made to succeed: each on a case its REST twin's real case brought to the step
 * ({@link ChcCases}, {@link ChcStates}), typed as an assessor (or the panel) would, and checked
 * afterwards as the twin is. The tools' ratings are typed from the bodies the API is driven with.
 */
final class ChcPageForms {

  private static final String READER = ChcStates.ASSESSOR;

  private final FormTwins twins;
  private final RealCases chc = new ChcCases();
  private final LocalDate today = LocalDate.now(ChcStates.LONDON);

  ChcPageForms(FormTwins twins) {
    this.twins = twins;
  }

  /** The post of the page form at {@code path} by {@code role}; empty if none is made here. */
  Optional<PageCases.Success> success(String path, String role) {
    String form = path.substring("chc-cases/{id}/".length());
    return Optional.ofNullable(
        switch (form) {
          case "assessment-decision" ->
              post(role, form, form, fields("assessmentAgreed", "yes"), true);
          case "capacity" ->
              post(
                  role,
                  "capacity-assessments",
                  form,
                  date(
                      fields(
                          "decisionInQuestion", "To consent to assessment",
                          "assessedBy", "Dr Ford, consultant geriatrician",
                          "outcome", "HAS_CAPACITY"),
                      "assessedOn",
                      today),
                  false);
          case "consent" ->
              post(
                  role,
                  "consents",
                  form,
                  date(
                      fields(
                          "purpose", "PROCESS_CASE", "givenAs", "THE_PERSON", "method", "VERBAL"),
                      "givenOn",
                      today),
                  false);
          case "checklist" ->
              post(
                  role,
                  form,
                  form,
                  rated(
                      ChcStates.checklist(0, ChcStates.CHECKLIST_DOMAINS.length, null),
                      fields("completedBy", "Sam Okafor, Discharge Liaison Nurse")),
                  false);
          case "checklist-completion" ->
              post(role, "checklist/completion", form, date(fields(), "receivedOn", today), true);
          case "dst" -> post(role, form, form, rated(ChcStates.dstRatings(), fields()), false);
          case "recommendation" ->
              post(
                  role,
                  "dst/recommendation",
                  form,
                  fields(
                      "outcome", "ELIGIBLE",
                      "nature", "Distressed behaviour that needs skilled care.",
                      "intensity", "Two carers several times a day.",
                      "complexity", "Behaviour and cognition interact.",
                      "unpredictability", "Episodes come without warning."),
                  true);
          case "nursing-care" ->
              post(
                  role,
                  form,
                  form,
                  fields(
                      "payable", "yes", "reasons", "Her wound care is given by the home's nurses."),
                  true);
          case "decision" ->
              post(
                  role,
                  form,
                  form,
                  fields(
                      "eligible", "yes",
                      "reasons", "Severe needs in behaviour and cognition that are unpredictable."),
                  true);
          case "care-package" ->
              // The twin checks the provider its own body names.
              post(
                  role,
                  form,
                  form,
                  date(
                      fields(
                          "provider", "Chiltern Vale Home Care Ltd",
                          "setting", "OWN_HOME",
                          "weeklyCost", "1450.75",
                          "personalHealthBudget", "no"),
                      "startsOn",
                      today),
                  true);
          case "review" ->
              post(
                  role,
                  "reviews",
                  form,
                  date(
                      date(
                          fields("outcome", "CONFIRMED", "notes", "Care meets her needs."),
                          "heldOn",
                          today),
                      "nextReviewBy",
                      today.plusMonths(6)),
                  true);
          case "closure" -> post(role, form, form, fields("reason", "WITHDRAWN"), false);
          default -> null;
        });
  }

  /** A tool's ratings as typed on its form: a level and its evidence per domain. */
  private static Map<String, String> rated(Map<String, Object> body, Map<String, String> typed) {
    JsonObject tool = ComplaintCases.jsonOf(HostileRequests.json(body));
    for (JsonObject rating : tool.getJsonArray("ratings").getValuesAs(JsonObject.class)) {
      typed.put("level-" + rating.getString("domain"), rating.getString("level"));
      typed.put("evidence-" + rating.getString("domain"), rating.getString("evidence"));
    }
    return typed;
  }

  private PageCases.Success post(
      String role, String twin, String form, Map<String, String> typed, boolean completesStep) {
    RealCases.Ready ready = twins.twin(chc, "POST chc/{id}/" + twin, role);
    String page = "chc-cases/" + ready.caseId() + "/" + form;
    return twins.success(
        ready,
        page,
        page,
        typed,
        completesStep ? "/tasks" : "/chc-cases/" + ready.caseId(),
        READER);
  }
}
