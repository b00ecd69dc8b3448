package uk.nhs.icb.caseworkflows.app;

import static uk.nhs.icb.caseworkflows.app.FormTwins.fields;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The IFR page forms made to succeed: each on a request, meeting or signal its REST twin's real
 * case brought to the step ({@link IfrCases}, {@link IfrStates}), typed as the coordinator or the
 * panel would, and checked afterwards as the twin is (read back by the coordinator, who sees the
 * whole file).
 */
final class IfrPageForms {

  private static final String READER = IfrStates.COORDINATOR;
  private static final String TASKS = "/tasks";

  private final FormTwins twins;
  private final IfrCases ifr;

  /**
   * @param ifr the workflow's real cases, holding the one policy signal the page rows read and
   *     refer
   */
  IfrPageForms(FormTwins twins, IfrCases ifr) {
    this.twins = twins;
    this.ifr = ifr;
  }

  /** The post of the page form at {@code path} by {@code role}; empty if none is made here. */
  Optional<PageCases.Success> success(String path, String role) {
    return Optional.ofNullable(
        switch (path) {
          case "ifr/{id}/chairs-action" -> {
            RealCases.Ready twin = twins.twin(ifr, "POST ifr/{id}/chairs-action", role);
            String page = "ifr/" + twin.caseId() + "/chairs-action";
            yield decided(
                twin, page, declined("Like others with the condition."), TASKS, "DECIDED");
          }
          case "ifr/{id}/evidence" -> evidence(role);
          case "ifr/{id}/information-received" ->
              request(role, "information-received", fields(), true);
          case "ifr/{id}/outcome-report" ->
              // The twin checks the report its own body names.
              request(role, "outcome-report", fields("report", "Improved."), true);
          case "ifr/{id}/reconsideration" ->
              request(
                  role,
                  "reconsideration",
                  fields("newInformation", "A new scan shows progression."),
                  false);
          case "ifr/{id}/review-decision" -> {
            // Upheld, a decline stands and asks for no report: the request closes.
            RealCases.Ready twin = twins.twin(ifr, "POST ifr/{id}/review-decision", role);
            String page = "ifr/" + twin.caseId() + "/review-decision";
            yield decided(
                twin,
                page,
                fields("outcome", "UPHELD", "reasons", "Made properly."),
                TASKS,
                "CLOSED");
          }
          case "ifr/{id}/review-request" ->
              request(
                  role,
                  "review-request",
                  fields("ground", "PROCEDURE_NOT_FOLLOWED", "statedCase", "Not followed."),
                  false);
          case "ifr-panel-meetings/{id}/attendance" ->
              meeting(
                  role,
                  "attendance",
                  fields(
                      "members", "Dr Ruth Ames, chair\nDr Kwame Boateng, clinical\nSam Reid, lay"));
          case "ifr-panel-meetings/{id}/conflicts" -> conflict(role);
          case "ifr-panel-meetings/{id}/chairs-actions-noted" ->
              meeting(role, "chairs-actions-noted", fields());
          case "ifr-panel-meetings/{id}/decide" -> decide(role);
          case "ifr-policy-signals/{id}/referral" -> {
            RealCases.Ready twin = twins.twin(ifr, "POST ifr-policy-signals/{id}/referral", role);
            String page = "ifr-policy-signals/" + twin.caseId() + "/referral";
            yield twins.success(twin, page, page, fields(), TASKS, READER);
          }
          default -> null;
        });
  }

  /**
   * A clinic letter attached to a request being screened, the REST upload's state: the twin's check
   * reads the upload's answer (the document), so the request's file is read instead, which must
   * list the letter afterwards.
   */
  private PageCases.Success evidence(String role) {
    RealCases.Ready twin = twins.twin(ifr, "POST ifr/{id}/documents", role);
    String id = twin.caseId();
    String page = "ifr/" + id + "/evidence";
    byte[] pdf = SampleDocuments.pdf("Clinic letter sent by the clinician");
    return new PageCases.Success(
        page,
        page,
        fields(),
        "/ifr/" + id,
        () -> {
          var evidence = twins.read(READER, "api/ifr/" + id).json().getJsonArray("evidence");
          return evidence.toString().contains("clinic-letter.pdf")
              ? null
              : "the request's evidence is " + evidence;
        },
        new PageCases.Document("evidence", "clinic-letter.pdf", pdf));
  }

  /** A decline, neither criterion met, with the panel's reasons. */
  private static Map<String, String> declined(String reasons) {
    return fields(
        "significantlyDifferent", "no",
        "significantlyDifferentReasons", reasons,
        "moreBenefit", "no",
        "moreBenefitReasons", "No more benefit than others.",
        "outcome", "DECLINED",
        "reasons", "The panel did not find the circumstances exceptional.");
  }

  /** The panel's decision at the meeting its twin's request is on the agenda of. */
  private PageCases.Success decide(String role) {
    RealCases.Ready twin = twins.twin(ifr, "POST ifr/{id}/panel-decision", role);
    String meeting = FormTwins.body(twin).getString("meetingId");
    Map<String, String> typed = declined("Like others with the condition.");
    typed.put("requestId", twin.caseId());
    String page = "ifr-panel-meetings/" + meeting + "/decide";
    return decided(twin, page, typed, "/ifr-panel-meetings/" + meeting, "DECIDED");
  }

  /**
   * A panel's decision on the twin's request: the panel's answer to its REST twin is the decision
   * alone, which no GET gives back, so the coordinator's file is read instead: the request in
   * {@code status}, its decision a decline.
   */
  private PageCases.Success decided(
      RealCases.Ready twin, String page, Map<String, String> typed, String sentTo, String status) {
    String id = twin.caseId();
    return new PageCases.Success(
        page,
        page,
        typed,
        sentTo,
        () -> {
          var file = twins.read(READER, "api/ifr/" + id).json();
          String outcome =
              file.isNull("decision") ? "" : file.getJsonObject("decision").getString("outcome");
          return file.getString("status").equals(status) && outcome.equals("DECLINED")
              ? null
              : "request " + id + " is " + file.getString("status") + ", decided " + outcome;
        });
  }

  /** A conflict on the request its twin names, by the member its twin names. */
  private PageCases.Success conflict(String role) {
    RealCases.Ready twin = twins.twin(ifr, "POST ifr-panel-meetings/{id}/conflicts", role);
    var body = FormTwins.body(twin);
    // A member is chosen by their place in the attendance, as the form lists them.
    String meeting = FormTwins.segmentAfter(twin, "ifr-panel-meetings");
    List<String> present =
        twins
            .read(READER, "api/ifr-panel-meetings/" + meeting)
            .json()
            .getJsonArray("members")
            .getValuesAs(jakarta.json.JsonObject.class)
            .stream()
            .map(member -> member.getString("name"))
            .toList();
    String place = String.valueOf(present.indexOf(body.getString("memberName")) + 1);
    return onMeeting(
        twin,
        "conflicts",
        fields(
            "memberName",
            place,
            "requestId",
            body.getString("requestId"),
            "interest",
            "Treats the patient."));
  }

  private PageCases.Success meeting(String role, String step, Map<String, String> typed) {
    return onMeeting(twins.twin(ifr, "POST ifr-panel-meetings/{id}/" + step, role), step, typed);
  }

  private PageCases.Success onMeeting(
      RealCases.Ready twin, String step, Map<String, String> typed) {
    String meeting = FormTwins.segmentAfter(twin, "ifr-panel-meetings");
    String page = "ifr-panel-meetings/" + meeting + "/" + step;
    return twins.success(twin, page, page, typed, "/ifr-panel-meetings/" + meeting, READER);
  }

  private PageCases.Success request(
      String role, String step, Map<String, String> typed, boolean completesStep) {
    RealCases.Ready twin = twins.twin(ifr, "POST ifr/{id}/" + step, role);
    String page = "ifr/" + twin.caseId() + "/" + step;
    return twins.success(
        twin, page, page, typed, completesStep ? TASKS : "/ifr/" + twin.caseId(), READER);
  }
}
