package uk.nhs.icb.caseworkflows.common.party.web.pages;

import java.util.List;
import java.util.function.Supplier;
import uk.nhs.icb.caseworkflows.common.party.domain.CommunicationNeeds;
import uk.nhs.icb.caseworkflows.common.party.domain.Party;
import uk.nhs.icb.caseworkflows.common.web.pages.FormModel;
import uk.nhs.icb.caseworkflows.common.web.pages.FormValues;
import uk.nhs.icb.caseworkflows.common.web.pages.PageText;

/**
 * The questions about a person who gets in touch (a complainant, a CHC referrer, an IFR requester):
 * full name (required), address, postcode, telephone, email and communication needs. Fields are
 * named {@code <prefix>Name}, {@code <prefix>Address}, {@code <prefix>Postcode}, {@code
 * <prefix>Telephone}, {@code <prefix>Email}, {@code <prefix>Needs} and {@code <prefix>NeedsNote}.
 */
public final class PersonFields {

  private final String prefix;
  private final String role;
  private final NeedsFields needs;

  /**
   * @param prefix what the field names start with ("complainant")
   * @param role the person as the labels and messages name them, in lower case ("complainant")
   */
  public PersonFields(String prefix, String role) {
    this.prefix = prefix;
    this.role = role;
    this.needs =
        new NeedsFields(
            prefix + "Needs",
            role,
            "Tick any the "
                + role
                + " has told you about. Letters to them are then also made in large print or"
                + " plain text.");
  }

  public FormModel addTo(FormModel form) {
    String whose = PageText.sentence(role) + "'s";
    form.input(nameField(), whose + " full name", null)
        .textarea(
            prefix + "Address",
            whose + " address",
            "One line per line of the address, without the postcode.")
        .input(prefix + "Postcode", "Postcode", null)
        .input(prefix + "Telephone", "Telephone", null)
        .input(prefix + "Email", "Email", null);
    return needs.addTo(form);
  }

  /**
   * Reads the answers now, a missing name or too long a text getting its message; the returned
   * supplier builds the person (null if the name is missing or refused) when the form has read its
   * other answers, so the messages keep the order a form reads them in. Call it once.
   */
  public Supplier<Party> read(FormValues typed) {
    String name = typed.text(nameField(), "Enter the " + role + "'s full name");
    List<String> address = typed.lines(prefix + "Address", null);
    String postcode = typed.text(prefix + "Postcode", null);
    String telephone = typed.text(prefix + "Telephone", null);
    String email = typed.text(prefix + "Email", null);
    CommunicationNeeds needsTicked = needs.read(typed);
    return () -> {
      Party person =
          name == null
              ? null
              : typed.build(
                  nameField(), () -> new Party(name, address, postcode, telephone, email));
      if (person != null && needsTicked != null) {
        person.recordCommunicationNeeds(needsTicked);
      }
      return person;
    };
  }

  private String nameField() {
    return prefix + "Name";
  }
}
