package uk.nhs.icb.caseworkflows.common.party.web.pages;

import java.util.List;
import java.util.function.Supplier;
import uk.nhs.icb.caseworkflows.common.party.domain.AffectedPerson;
import uk.nhs.icb.caseworkflows.common.party.domain.CommunicationNeeds;
import uk.nhs.icb.caseworkflows.common.party.domain.NhsNumber;
import uk.nhs.icb.caseworkflows.common.web.pages.DateInput;
import uk.nhs.icb.caseworkflows.common.web.pages.FormModel;
import uk.nhs.icb.caseworkflows.common.web.pages.FormValues;
import uk.nhs.icb.caseworkflows.common.web.pages.PageText;
import uk.nhs.icb.caseworkflows.common.web.pages.PastDays;

/**
 * The questions about the patient a case is about: full name and date of birth (both required), NHS
 * number (its check digit checked), address, postcode and communication needs. Fields are named
 * {@code <prefix>Name}, {@code <prefix>NhsNumber}, {@code <prefix>DateOfBirth}, {@code
 * <prefix>Address}, {@code <prefix>Postcode}, {@code <prefix>Needs} and {@code <prefix>NeedsNote}.
 */
public final class PatientFields {

  private final String prefix;
  private final String role;
  private final String whose;
  private final String hint;
  private final NeedsFields needs;

  /**
   * @param prefix what the field names start with ("patient")
   * @param role the person as the labels and messages name them, in lower case ("patient")
   * @param hint under the name and the needs, when the patient is asked about only sometimes (null
   *     for none)
   */
  public PatientFields(String prefix, String role, String hint) {
    this.prefix = prefix;
    this.role = role;
    this.whose = PageText.sentence(role) + "'s";
    this.hint = hint;
    this.needs = new NeedsFields(prefix + "Needs", role, hint);
  }

  public FormModel addTo(FormModel form) {
    form.input(nameField(), whose + " full name", hint)
        .input(prefix + "NhsNumber", whose + " NHS number", "10 digits, for example 485 777 3456")
        .date(prefix + "DateOfBirth", whose + " date of birth", "For example, 31 3 1950")
        .textarea(prefix + "Address", whose + " address", null)
        .input(prefix + "Postcode", whose + " postcode", null);
    return needs.addTo(form);
  }

  /**
   * Reads the answers now: a missing name or date of birth, or a date of birth not in the past,
   * gets its message. The returned supplier checks the NHS number and builds the patient (null if
   * anything it needs is missing or refused) when the form has read its other answers, so the
   * messages keep the order a form reads them in. Call it once.
   */
  public Supplier<AffectedPerson> read(FormValues typed, PastDays days) {
    String name = typed.text(nameField(), "Enter the " + role + "'s full name");
    String nhsNumberTyped = typed.text(prefix + "NhsNumber", null);
    DateInput.Result born = typed.date(prefix + "DateOfBirth", whose + " date of birth", true);
    days.beforeToday(typed, born, whose + " date of birth must be in the past");
    List<String> address = typed.lines(prefix + "Address", null);
    String postcode = typed.text(prefix + "Postcode", null);
    CommunicationNeeds needsTicked = needs.read(typed);
    return () -> {
      NhsNumber nhsNumber =
          nhsNumberTyped == null
              ? null
              : typed.build(prefix + "NhsNumber", () -> NhsNumber.parse(nhsNumberTyped));
      AffectedPerson patient =
          name == null || born.value().isEmpty()
              ? null
              : typed.build(
                  nameField(),
                  () -> new AffectedPerson(name, nhsNumber, born.value().get(), address, postcode));
      if (patient != null && needsTicked != null) {
        patient.recordCommunicationNeeds(needsTicked);
      }
      return patient;
    };
  }

  private String nameField() {
    return prefix + "Name";
  }
}
