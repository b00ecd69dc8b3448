package uk.nhs.icb.caseworkflows.app;

import static uk.nhs.icb.caseworkflows.app.EscapingChecks.date;
import static uk.nhs.icb.caseworkflows.app.EscapingChecks.encode;
import static uk.nhs.icb.caseworkflows.app.EscapingChecks.idFrom;
import static uk.nhs.icb.caseworkflows.app.EscapingChecks.submitted;
import static uk.nhs.icb.caseworkflows.app.EscapingChecks.tags;

import jakarta.json.Json;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.nhs.icb.caseworkflows.app.HostileText.Probe;

/**
 * Output escaping from end to end for individual funding requests, as {@link EscapingSweep} does
 * for complaints and {@link ChcEscapingSweep} for CHC, with the same checks ({@link
 * EscapingChecks}). A tagged payload goes into every free-text field of a request a person types in
 * the pages: the intake (the patient, their communication needs, the clinician, the case for the
 * treatment, the urgency, the evidence of consent), a request returned for want of consent, the
 * screening note, who attended the panel, a declared interest, the panel's decision and the chair's
 * action (both criteria's reasons, the reasons, the conditions), the clinician's outcome report the
 * conditions asked for, a review (the stated case and the panel's reasons) and a reconsideration.
 *
 * <p>Then the list (with filters and a filter refused), the coordinator's and the panel's view of a
 * request, the meeting with its anonymised papers, every form, the forms shown again with a
 * message, the task lists, the API's answers and problems, and every letter are checked.
 */
final class IfrEscapingSweep extends EscapingChecks.Sweep {

  /** What the sweep reports, asserted exactly (address lines count as one field). */
  static final EscapingChecks.Counts EXPECTED =
      new EscapingChecks.Counts(34, 36, 40, 9, 12, List.of("i30", "i31"));

  private static final String COORDINATOR = "ifr-coordinator";
  private static final String PANEL = "ifr-panel";

  private final StaffSession coordinator;
  private final StaffSession panel;

  IfrEscapingSweep(Api api) {
    super(api);
    this.coordinator = signIn(COORDINATOR);
    this.panel = signIn(PANEL);
  }

  @Override
  void typeAndLook() {
    String declined = loggedThroughThePage();
    String base = "ifr/" + declined + "/";

    Map<String, String> screening = new LinkedHashMap<>();
    screening.put("note", typed(HostileText.full("i15", "screening note")));
    checks.shownAgain(coordinator, base + "screen", screening, "i15");
    screening.put("outcome", "ACCEPTED");
    checks.page("form screen", coordinator.get(base + "screen"));
    submitted(coordinator, base + "screen", screening);

    String meeting = meetingDecidingIt(declined);
    checks.page(
        "case page (decided)", coordinator.get("ifr/" + declined), tags("i11", "i12", "i14"));
    reviewed(declined);
    String urgent = urgentDecidedByTheChair();
    String reconsidered = reconsidered();
    String returned = returnedThroughThePage();

    checks.page("case page (reviewed)", coordinator.get("ifr/" + declined), tags("i20"));
    checks.page(
        "case page (chair's action)",
        coordinator.get("ifr/" + urgent),
        tags("i01", "i05", "i13", "i25"));
    checks.page("case page (reconsidered)", coordinator.get("ifr/" + reconsidered));
    checks.page("case page (returned)", coordinator.get("ifr/" + returned), tags("i27"));
    checks.page(
        "meeting page (decided)",
        panel.get("ifr-panel-meetings/" + meeting),
        tags("i11", "i12", "i15", "i16"));
    checks.page("meetings list", coordinator.get("ifr-panel-meetings"));
    caseLists(urgent);
    taskLists();
    apiAnswers(declined, meeting, urgent);
    checks.lettersOf(
        api,
        COORDINATOR,
        "ifr",
        declined,
        reference(declined),
        Map.of(
            "ifr-acknowledgement", tags(),
            "ifr-decision", tags("i20"),
            "ifr-decision-copy", tags("i20"),
            "ifr-review-outcome", tags("i24")));
    checks.lettersOf(
        api,
        COORDINATOR,
        "ifr",
        urgent,
        reference(urgent),
        Map.of(
            "ifr-acknowledgement", tags("i01", "i05"),
            "ifr-decision", tags("i01", "i05", "i21"),
            "ifr-decision-copy", tags("i01", "i02a", "i02b")));
    checks.lettersOf(
        api,
        COORDINATOR,
        "ifr",
        returned,
        reference(returned),
        Map.of("ifr-returned", tags("i27")));
    // The IG officer's pages: the declined request kept longer, the returned one destroyed
    // (IfrIT's deployment ends IFR retention at closure).
    retentionPages("ifr", declined, "i32", returned, "i33");
  }

  // ---------------------------------------------------------------------------------------------
  // The requests

  /**
   * The intake with every field a payload: first with a payload where the cost goes, so the form
   * comes back with every answer; then logged with the patient's own details plain. The panel's
   * papers replace the patient's known identities wherever they appear in the free text, and a
   * payload typed as the patient's name would have its words taken out of the other payloads there;
   * the patient's payloads are stored on the urgent request instead.
   */
  private String loggedThroughThePage() {
    Map<String, String> intake = intake();
    patientPayloads(intake);
    intake.put("estimatedCost", typed(HostileText.full("i00", "estimatedCost (refused)")));
    checks.page(
        "intake shown again (cost refused)",
        coordinator.submit("ifr/new", intake),
        tags(
            "i00", "i01", "i02a", "i02b", "i03", "i04", "i05", "i06", "i07", "i08a", "i08b", "i09",
            "i10", "i11", "i12", "i14"));
    checks.page("intake", coordinator.get("ifr/new"));
    Map<String, String> logged = intake();
    logged.put("patientName", "Mrs Nell Ashby");
    logged.put("patientAddress", "9 Quarry Hill");
    logged.put("patientPostcode", "LS2 7UB");
    // The clinician's name is a known identity in the papers too: it goes on the urgent request.
    logged.put("clinicianName", "Dr Amir Patel");
    return idFrom(submitted(coordinator, "ifr/new", logged));
  }

  /** Every free-text field of the intake but the patient's a payload. */
  private Map<String, String> intake() {
    Map<String, String> intake = new LinkedHashMap<>();
    intake.put("patientNhsNumber", "943 476 5919");
    date(intake, "patientDateOfBirth", LocalDate.of(1961, 7, 3));
    intake.put("clinicianName", typed(HostileText.full("i05", "clinicianName")));
    intake.put("clinicianRole", typed(HostileText.full("i06", "clinicianRole")));
    intake.put("clinicianOrganisation", typed(HostileText.full("i07", "clinicianOrganisation")));
    intake.put(
        "clinicianAddress",
        typed(HostileText.full("i08a", "clinicianAddress (line 1)"))
            + "\n"
            + typed(HostileText.full("i08b", "clinicianAddress (line 2)")));
    intake.put("clinicianPostcode", typed(HostileText.tiny("i09", "clinicianPostcode")));
    intake.put("clinicianEmail", typed(HostileText.email("i10", "clinicianEmail")));
    intake.put("treatmentCode", "PROTON_BEAM_NOT_SPECIALISED");
    intake.put("condition", typed(HostileText.full("i11", "condition")));
    intake.put("whyExceptional", typed(HostileText.full("i12", "whyExceptional")));
    intake.put("estimatedCost", "12500.00");
    intake.put("urgent", "no");
    intake.put("consentShown", "yes");
    intake.put("consentEvidence", typed(HostileText.full("i14", "consentEvidence")));
    return intake;
  }

  /** The patient's name, address, postcode and communication-needs note, each a payload. */
  private void patientPayloads(Map<String, String> intake) {
    intake.put("patientName", typed(HostileText.full("i01", "patientName")));
    intake.put(
        "patientAddress",
        typed(HostileText.full("i02a", "patientAddress (line 1)"))
            + "\n"
            + typed(HostileText.full("i02b", "patientAddress (line 2)")));
    intake.put("patientPostcode", typed(HostileText.tiny("i03", "patientPostcode")));
    intake.put("patientNeedsNote", typed(HostileText.full("i04", "patientNeedsNote")));
  }

  /**
   * A meeting scheduled in the page with the request on its agenda; who attended (a member's name a
   * payload) and a declared interest typed in its forms; the panel's decision with every answer a
   * payload, first refused without the outcome, then declined.
   */
  private String meetingDecidingIt(String id) {
    Map<String, String> date = new LinkedHashMap<>();
    date(date, "date", today.plusDays(5));
    String meeting = idFrom(submitted(coordinator, "ifr-panel-meetings/new", date));
    String base = "ifr-panel-meetings/" + meeting + "/";
    Probe member = HostileText.medium("i16", "panel member's name");
    typed(member);
    submitted(
        coordinator,
        base + "attendance",
        Map.of(
            "members",
            member.value()
                + ", chair\nDr Kwame Boateng, clinical\nSam Reid, lay\nDr Ola Reyes, clinical"));
    checks.page("form conflicts", coordinator.get(base + "conflicts"), tags("i16"));
    Probe interest = HostileText.full("i17", "declared interest");
    checks.shownAgain(coordinator, base + "conflicts", Map.of("interest", typed(interest)), "i17");
    submitted(
        coordinator,
        base + "conflicts",
        // Dr Ola Reyes, fourth in the attendance.
        Map.of("memberName", "4", "requestId", id, "interest", interest.value()));
    checks.page("meeting page (conflict)", panel.get("ifr-panel-meetings/" + meeting), tags("i16"));
    checks.page("form attendance", coordinator.get(base + "attendance"));
    checks.page("form decide", panel.get(base + "decide"), tags());

    Map<String, String> decision = new LinkedHashMap<>();
    decision.put("requestId", id);
    decision.put("significantlyDifferent", "no");
    decision.put(
        "significantlyDifferentReasons", typed(HostileText.full("i18", "first criterion reasons")));
    decision.put("moreBenefit", "no");
    decision.put("moreBenefitReasons", typed(HostileText.full("i19", "second criterion reasons")));
    decision.put("reasons", typed(HostileText.full("i20", "decision reasons")));
    Map<String, String> noOutcome = new LinkedHashMap<>(decision);
    checks.shownAgain(panel, base + "decide", noOutcome, "i18", "i19", "i20");
    decision.put("outcome", "DECLINED");
    submitted(panel, base + "decide", decision);
    checks.page("panel's view of the request", panel.get("ifr/" + id), tags("i11", "i12"));
    return meeting;
  }

  /** A review asked for in the page (the stated case a payload), then upheld by the panel. */
  private void reviewed(String id) {
    String base = "ifr/" + id + "/";
    checks.page("form review-request", coordinator.get(base + "review-request"));
    Probe statedCase = HostileText.full("i23", "review stated case");
    checks.shownAgain(
        coordinator, base + "review-request", Map.of("statedCase", typed(statedCase)), "i23");
    submitted(
        coordinator,
        base + "review-request",
        Map.of("ground", "PROCEDURE_NOT_FOLLOWED", "statedCase", statedCase.value()));
    checks.page("panel's view under review", panel.get("ifr/" + id));
    checks.page("form review-decision", panel.get(base + "review-decision"), tags("i23"));
    Probe reasons = HostileText.full("i24", "review reasons");
    checks.shownAgain(panel, base + "review-decision", Map.of("reasons", typed(reasons)), "i24");
    submitted(
        panel, base + "review-decision", Map.of("outcome", "UPHELD", "reasons", reasons.value()));
  }

  /**
   * An urgent request (the patient's details and the urgency payloads; what the chair reads of it
   * plain) approved with conditions by the chair's action, with an outcome report due.
   */
  private String urgentDecidedByTheChair() {
    Map<String, String> intake = plainIntake("x");
    patientPayloads(intake);
    intake.put("clinicianName", valueOf("i05"));
    intake.put("urgent", "yes");
    intake.put("urgencyReason", typed(HostileText.full("i13", "urgencyReason")));
    String id = idFrom(submitted(coordinator, "ifr/new", intake));
    String form = "ifr/" + id + "/chairs-action";
    checks.page("form chairs-action", panel.get(form));
    Map<String, String> decision = new LinkedHashMap<>();
    decision.put("significantlyDifferent", "yes");
    decision.put("significantlyDifferentReasons", valueOf("i18"));
    decision.put("moreBenefit", "yes");
    decision.put("moreBenefitReasons", valueOf("i19"));
    decision.put("reasons", typed(HostileText.full("i25", "chair's action reasons")));
    decision.put("conditions", typed(HostileText.full("i21", "conditions")));
    checks.shownAgain(panel, form, new LinkedHashMap<>(decision), "i21", "i25");
    decision.put("outcome", "APPROVED_WITH_CONDITIONS");
    decision.put("fundingMonths", "6");
    date(decision, "outcomeReportDue", today.plusMonths(3));
    submitted(panel, form, decision);
    // The report is asked for once the decision stands: here, after a review upholds it.
    submitted(
        coordinator,
        "ifr/" + id + "/review-request",
        Map.of("ground", "EVIDENCE_NOT_CONSIDERED", "statedCase", "The scan was not read."));
    submitted(
        panel,
        "ifr/" + id + "/review-decision",
        Map.of("outcome", "UPHELD", "reasons", "The scan was in the papers."));
    String report = "ifr/" + id + "/outcome-report";
    checks.page("form outcome-report", coordinator.get(report));
    submitted(
        coordinator, report, Map.of("report", typed(HostileText.full("i22", "outcome report"))));
    return id;
  }

  /** A decided request sent back to screening, the new information a payload. */
  private String reconsidered() {
    String id = idFrom(submitted(coordinator, "ifr/new", plainIntake("Ms Cora Lind")));
    submitted(
        coordinator, "ifr/" + id + "/screen", Map.of("outcome", "ACCEPTED", "note", "Complete."));
    IfrStates states = new IfrStates(Callers.basic(api));
    String meetingId = states.quorate(states.meeting(today.plusDays(6))).getString("id");
    Map<String, String> decision = new LinkedHashMap<>();
    decision.put("requestId", id);
    decision.put("significantlyDifferent", "no");
    decision.put("significantlyDifferentReasons", "Like others.");
    decision.put("moreBenefit", "no");
    decision.put("moreBenefitReasons", "No more benefit.");
    decision.put("outcome", "DECLINED");
    decision.put("reasons", "Not exceptional.");
    submitted(panel, "ifr-panel-meetings/" + meetingId + "/decide", decision);
    String form = "ifr/" + id + "/reconsideration";
    checks.page("form reconsideration", coordinator.get(form));
    Probe information = HostileText.full("i26", "new clinical information");
    submitted(coordinator, form, Map.of("newInformation", typed(information)));
    return id;
  }

  /** A request without evidence of consent, returned: the patient and the clinician payloads. */
  private String returnedThroughThePage() {
    Map<String, String> intake = plainIntake("x");
    intake.put("patientName", typed(HostileText.full("i27", "patientName (returned)")));
    intake.put("clinicianName", typed(HostileText.full("i28", "clinicianName (returned)")));
    intake.put("consentShown", "no");
    intake.remove("consentEvidence");
    return idFrom(submitted(coordinator, "ifr/new", intake));
  }

  private Map<String, String> plainIntake(String patient) {
    Map<String, String> intake = new LinkedHashMap<>();
    intake.put("patientName", patient);
    intake.put("patientNhsNumber", "943 476 5919");
    date(intake, "patientDateOfBirth", LocalDate.of(1970, 1, 9));
    intake.put("patientAddress", "3 Bank Street");
    intake.put("patientPostcode", "LS2 7EY");
    intake.put("clinicianName", "Dr Amir Patel");
    intake.put("clinicianRole", "Consultant");
    intake.put("clinicianOrganisation", "Stanton General Hospital");
    intake.put("clinicianAddress", "Oncology");
    intake.put("treatmentCode", "PROTON_BEAM_NOT_SPECIALISED");
    intake.put("condition", "A rare tumour.");
    intake.put("whyExceptional", "Its position rules out surgery.");
    intake.put("estimatedCost", "30000");
    intake.put("urgent", "no");
    intake.put("consentShown", "yes");
    intake.put("consentEvidence", "Signed consent section.");
    return intake;
  }

  // ---------------------------------------------------------------------------------------------
  // The sweep

  private void caseLists(String id) {
    String reference = reference(id);
    checks.page("request list", coordinator.get("ifr"), tags("i01"));
    checks.page("request list, by reference", coordinator.get("ifr?q=" + reference), tags("i01"));
    checks.page(
        "request list, by status and treatment",
        coordinator.get(
            "ifr?status="
                + api.get(COORDINATOR, "api/ifr/" + id).json().getString("status")
                + "&treatment=PROTON_BEAM_NOT_SPECIALISED&q="
                + reference),
        tags("i01"));
    Probe q = HostileText.full("i29", "request list filter q");
    Probe treatment = HostileText.full("i30", "request list filter treatment (refused)");
    checks.register(q);
    checks.register(treatment);
    checks.page(
        "request list, filters shown again with a treatment refused",
        coordinator.get("ifr?q=" + encode(q.value()) + "&treatment=" + encode(treatment.value())),
        tags("i29"));
    checks.page("panel's request list", panel.get("ifr"));
  }

  private void taskLists() {
    checks.page("coordinator's tasks", coordinator.get("tasks?assigned=all&size=100"));
    checks.page("panel's tasks", panel.get("tasks?assigned=all&size=100"));
  }

  private void apiAnswers(String declined, String meeting, String urgent) {
    checks.json(
        "IFR file (API)",
        api.get(COORDINATOR, "api/ifr/" + declined),
        200,
        tags(
            "i06", "i07", "i08a", "i08b", "i09", "i10", "i11", "i12", "i15", "i18", "i19", "i20",
            "i23", "i24"));
    checks.json(
        "IFR file, chair's action (API)",
        api.get(COORDINATOR, "api/ifr/" + urgent),
        200,
        tags("i01", "i05", "i13", "i21", "i22", "i25"));
    checks.json(
        "IFR list (API)", api.get(COORDINATOR, "api/ifr?q=" + reference(urgent)), 200, tags("i01"));
    checks.json(
        "IFR list, treatment refused (API problem)",
        api.get(COORDINATOR, "api/ifr?treatment=" + encode(valueOf("i30"))),
        400);
    checks.json(
        "panel meeting (API)",
        api.get(PANEL, "api/ifr-panel-meetings/" + meeting),
        200,
        tags("i16", "i17"));
    checks.json(
        "panel pack (API)",
        api.get(PANEL, "api/ifr-panel-meetings/" + meeting + "/pack"),
        200,
        tags("i11", "i12", "i15"));
    checks.json(
        "letters list (API)", api.get(COORDINATOR, "api/cases/ifr/" + declined + "/letters"), 200);
    Probe code = HostileText.full("i31", "treatmentCode (API, refused)");
    checks.register(code);
    checks.json(
        "request refused (API problem)",
        api.post(
            COORDINATOR,
            "api/ifr/returned",
            Json.createObjectBuilder()
                .add("patientName", valueOf("i01"))
                .add("treatmentCode", code.value())
                .build()
                .toString()),
        400);
    checks.json(
        "review refused on a closed request (API problem)",
        api.post(
            COORDINATOR,
            "api/ifr/" + declined + "/review-request",
            Json.createObjectBuilder()
                .add("version", 0)
                .add("ground", "PROCEDURE_NOT_FOLLOWED")
                .add("statedCase", valueOf("i23"))
                .build()
                .toString()),
        409);
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers

  private String reference(String id) {
    return api.get(COORDINATOR, "api/ifr/" + id).json().getString("reference");
  }
}
