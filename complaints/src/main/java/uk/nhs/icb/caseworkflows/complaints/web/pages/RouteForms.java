package uk.nhs.icb.caseworkflows.complaints.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import uk.nhs.icb.caseworkflows.common.calendar.WorkingDayCalendar;
import uk.nhs.icb.caseworkflows.common.web.pages.DateInput;
import uk.nhs.icb.caseworkflows.common.web.pages.Fields;
import uk.nhs.icb.caseworkflows.common.web.pages.FormModel;
import uk.nhs.icb.caseworkflows.common.web.pages.FormValues;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintFileReading.ComplaintFile;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintJointHandling;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintTransfer;
import uk.nhs.icb.caseworkflows.complaints.domain.JointHandling;
import uk.nhs.icb.caseworkflows.complaints.domain.JointOrganisation;

/**
 * The forms of a complaint's other routes: passing it to the provider (regulation 7(5)), and
 * handling it jointly with other organisations (regulation 9) with each one's answer. None is a
 * step of the process, so each goes back to the case page.
 */
final class RouteForms {

  private RouteForms() {}

  @ApplicationScoped
  static class TransferToProvider extends RecordingForm {

    @Inject ComplaintTransfer transfer;

    TransferToProvider() {
      super("transfer", "Pass the complaint to the provider", "provider");
    }

    @Override
    public Map<String, Object> model(ComplaintFile file, FormValues typed) {
      String organisation = file.complaint().subject().organisationOrService();
      return new FormModel(typed)
          .intro(
              "The provider handles the complaint from now on and answers the complainant itself."
                  + " Record first the complainant's consent to the transfer and the patient's"
                  + " consent to share their information with the provider. Letters go to both,"
                  + " and the complaint closes as transferred, not as withdrawn.")
          .fact("Complaint about", organisation)
          .input("provider", "Provider", "Leave empty to pass it to " + organisation + ".")
          .textarea(
              "reason",
              "Why the provider is better placed",
              "This goes in the letters to the complainant and to the provider.")
          .submit("Pass the complaint to the provider", true)
          .toMap();
    }

    @Override
    public String submit(String complaintId, FormValues typed) {
      String provider = typed.text("provider", null);
      String reason = typed.text("reason", "Enter why the provider is better placed");
      if (!typed.errors().isEmpty()) {
        return null;
      }
      transfer.transfer(complaintId, provider, reason);
      return "The complaint was passed to the provider. The letters go out and it closes as"
          + " transferred.";
    }
  }

  @ApplicationScoped
  static class AgreeJointHandling extends RecordingForm {

    /** Rows offered on the form; the API takes up to ten. */
    static final int ROWS = 4;

    @Inject ComplaintJointHandling jointHandling;

    AgreeJointHandling() {
      super("joint-handling", "Handle the complaint jointly", "organisation-1-name");
    }

    @Override
    public Map<String, Object> model(ComplaintFile file, FormValues typed) {
      FormModel form =
          new FormModel(typed)
              .intro(
                  "Each organisation is told about the complaint, so each is recorded as a"
                      + " disclosure on the patient's consent to share. The complainant is sent a"
                      + " letter naming the organisations and promising one response.");
      for (int row = 1; row <= ROWS; row++) {
        form.input(
                "organisation-" + row + "-name",
                "Organisation " + row,
                row == 1 ? "At least one organisation besides the ICB." : "Optional.")
            .textarea(
                "organisation-" + row + "-asked", "What organisation " + row + " is asked", null);
      }
      return form.input(
              "leadOrganisation",
              "Lead organisation",
              "One of the organisations above, or leave empty for the ICB to lead.")
          .yesNo(
              "complainantNamed",
              "Are the organisations told who complained?",
              "Only with the complainant's consent to being named.")
          .submit("Agree joint handling", false)
          .toMap();
    }

    @Override
    public String submit(String complaintId, FormValues typed) {
      List<JointHandling.Asked> asked = new ArrayList<>();
      List<String> names = new ArrayList<>();
      for (int row = 1; row <= ROWS; row++) {
        String name = typed.text("organisation-" + row + "-name", null);
        String question = typed.text("organisation-" + row + "-asked", null);
        if (name == null && question == null) {
          continue;
        }
        if (name == null) {
          typed.errors().add("organisation-" + row + "-name", "Enter the organisation's name");
        } else if (names.contains(name.toLowerCase(Locale.ROOT))) {
          typed
              .errors()
              .add("organisation-" + row + "-name", "This organisation is already listed");
        } else if (question == null) {
          typed
              .errors()
              .add("organisation-" + row + "-asked", "Enter what the organisation is asked");
        } else {
          names.add(name.toLowerCase(Locale.ROOT));
          asked.add(new JointHandling.Asked(name, question));
        }
      }
      if (asked.isEmpty() && typed.errors().isEmpty()) {
        typed.errors().add("organisation-1-name", "Enter at least one organisation");
      }
      String lead = typed.text("leadOrganisation", null);
      if (lead != null && !names.contains(lead.toLowerCase(Locale.ROOT))) {
        typed.errors().add("leadOrganisation", "Enter one of the organisations, or leave it empty");
      }
      Boolean named = typed.yesNo("complainantNamed", "Select whether the complainant is named");
      if (!typed.errors().isEmpty()) {
        return null;
      }
      jointHandling.agree(complaintId, lead, asked, named);
      return "Joint handling was agreed and the complainant was sent a letter about it.";
    }
  }

  @ApplicationScoped
  static class JointAnswer extends RecordingForm {

    @Inject ComplaintJointHandling jointHandling;
    @Inject Clock clock;

    JointAnswer() {
      super("joint-answer", "Record an organisation's answer", "organisation-1");
    }

    @Override
    public Map<String, Object> model(ComplaintFile file, FormValues typed) {
      List<JointOrganisation> organisations =
          file.complaint().jointHandling().map(JointHandling::organisations).orElse(List.of());
      return new FormModel(typed)
          .radios(
              "organisation",
              "Which organisation answered?",
              null,
              IntStream.range(0, organisations.size())
                  .mapToObj(
                      i ->
                          Fields.Option.of(
                              String.valueOf(i + 1),
                              organisations.get(i).name()
                                  + (organisations.get(i).hasAnswered()
                                      ? " (answered; this replaces it)"
                                      : "")))
                  .toList())
          .textarea("answer", "Their answer", "In a few sentences; attach documents as evidence.")
          .date("answeredOn", "Date the answer came", "For example, 15 3 2026")
          .submit("Record the answer", false)
          .toMap();
    }

    @Override
    public String submit(String complaintId, FormValues typed) {
      String organisation = typed.text("organisation", "Select the organisation that answered");
      String answer = typed.text("answer", "Enter the answer");
      DateInput.Result answeredOn = typed.date("answeredOn", "Date the answer came", true);
      if (organisation != null && !organisation.matches("[1-9][0-9]?")) {
        typed.errors().add("organisation", "Select the organisation that answered");
      }
      if (answeredOn
          .value()
          .filter(day -> day.isAfter(LocalDate.now(clock.withZone(WorkingDayCalendar.LONDON))))
          .isPresent()) {
        typed.errors().add(answeredOn.fieldId(), "Date the answer came must be today or earlier");
      }
      if (!typed.errors().isEmpty()) {
        return null;
      }
      jointHandling.recordAnswer(
          complaintId, Integer.parseInt(organisation), answer, answeredOn.value().orElseThrow());
      return "The organisation's answer was recorded.";
    }
  }
}
