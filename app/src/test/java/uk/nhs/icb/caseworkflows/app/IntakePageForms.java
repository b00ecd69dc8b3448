package uk.nhs.icb.caseworkflows.app;

import static uk.nhs.icb.caseworkflows.app.FormTwins.date;
import static uk.nhs.icb.caseworkflows.app.FormTwins.fields;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The intake forms made to succeed: a complaint, a CHC referral and an IFR request typed as a
 * person would type them, each under a name no other case has, so that afterwards the API's search
 * finds the one new case, in the first state of its process, holding what was typed.
 */
final class IntakePageForms {

  private final FormTwins twins;
  private final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

  IntakePageForms(FormTwins twins) {
    this.twins = twins;
  }

  /** The post of the intake form at {@code path} by {@code role}; empty if none is made here. */
  Optional<PageCases.Success> success(String path, String role) {
    return Optional.ofNullable(
        switch (path) {
          case "complaints/new" -> complaint(role);
          case "chc-cases/new" -> referral(role);
          case "ifr/new" -> request(role);
          default -> null;
        });
  }

  /** A complainant's own complaint about a surgery, received by letter. */
  private PageCases.Success complaint(String role) {
    String name = "Ms Intake " + ComplaintStates.surname();
    Map<String, String> typed =
        fields(
            "channel", "LETTER",
            "complainantName", name,
            "complainantAddress", "4 Mill Lane\nLuton",
            "complainantPostcode", "LU4 8JB",
            "forSomeoneElse", "no",
            "subject", "Riverside Surgery",
            "whatHappened", "Nobody called back about my results.");
    date(typed, "happenedOn", today.minusMonths(1));
    return new PageCases.Success(
        "complaints/new",
        "complaints/new",
        typed,
        "/complaints/",
        () ->
            found(
                role,
                "api/complaints?q=" + name.substring(name.lastIndexOf(' ') + 1),
                name,
                item -> {
                  JsonObject file =
                      twins.read(role, "api/complaints/" + item.getString("id")).json();
                  return RealCaseChecks.steps(file).contains("check-remit")
                      && file.toString().contains("Riverside Surgery");
                },
                "waiting for its remit check, about Riverside Surgery"));
  }

  /** A Checklist referral of someone in hospital. */
  private PageCases.Success referral(String role) {
    String name = "Mr Intake " + ComplaintStates.surname();
    Map<String, String> typed =
        fields(
            "individualName", name,
            "individualNhsNumber", "943 476 5919",
            "individualAddress", "Ward 7, Northvale General Hospital",
            "individualPostcode", "LU4 0DZ",
            "route", "CHECKLIST",
            "referredBy", "Sam Okafor, Discharge Liaison Nurse",
            "livesIn", "HOSPITAL");
    date(typed, "individualDateOfBirth", LocalDate.of(1941, 5, 3));
    return new PageCases.Success(
        "chc-cases/new",
        "chc-cases/new",
        typed,
        "/chc-cases/",
        () ->
            found(
                role,
                "api/chc?q=" + name.substring(name.lastIndexOf(' ') + 1),
                name,
                item -> {
                  JsonObject file = twins.read(role, "api/chc/" + item.getString("id")).json();
                  return file.getString("status").equals("AWAITING_CHECKLIST")
                      && file.getJsonObject("individual").getString("name").equals(name);
                },
                "waiting for its Checklist"));
  }

  /** A routine request for a breast reduction, with evidence of consent. */
  private PageCases.Success request(String role) {
    String name = "Mrs Intake " + ComplaintStates.surname();
    Map<String, String> typed =
        fields(
            "patientName", name,
            "patientNhsNumber", "943 476 5919",
            "patientAddress", "14 Orchard Rise",
            "patientPostcode", "LS9 4QT",
            "clinicianName", "Dr Amir Patel",
            "clinicianRole", "Consultant plastic surgeon",
            "clinicianOrganisation", "Stanton General Hospital",
            "clinicianAddress", "Plastic surgery",
            "clinicianPostcode", "LS1 3EX",
            "treatmentCode", "BREAST_REDUCTION",
            "consentShown", "yes",
            "condition", "Severe back pain.",
            "whyExceptional", "A rare spinal condition.",
            "estimatedCost", "6200.00",
            "urgent", "no",
            "consentEvidence", "Signed consent section");
    date(typed, "patientDateOfBirth", LocalDate.of(1961, 7, 3));
    return new PageCases.Success(
        "ifr/new",
        "ifr/new",
        typed,
        "/ifr/",
        () ->
            found(
                role,
                "api/ifr?q=" + name.substring(name.lastIndexOf(' ') + 1),
                name,
                item -> {
                  JsonObject file = twins.read(role, "api/ifr/" + item.getString("id")).json();
                  return file.getString("status").equals("SCREENING")
                      && file.getJsonObject("treatment")
                          .getString("code")
                          .equals("BREAST_REDUCTION");
                },
                "being screened, for a breast reduction"));
  }

  /** What is wrong with the one case the search finds, or null when it holds. */
  private String found(
      String role,
      String search,
      String name,
      java.util.function.Predicate<JsonObject> holds,
      String what) {
    List<JsonObject> items =
        twins.read(role, search).json().getJsonArray("items").getValuesAs(JsonObject.class);
    if (items.size() != 1) {
      return items.size() + " cases found for " + name + ", not one";
    }
    return holds.test(items.get(0)) ? null : "the case of " + name + " is not " + what;
  }
}
