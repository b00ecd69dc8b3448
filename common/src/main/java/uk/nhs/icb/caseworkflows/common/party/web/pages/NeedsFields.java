package uk.nhs.icb.caseworkflows.common.party.web.pages;

import java.util.Arrays;
import java.util.List;
import uk.nhs.icb.caseworkflows.common.party.domain.CommunicationNeed;
import uk.nhs.icb.caseworkflows.common.party.domain.CommunicationNeeds;
import uk.nhs.icb.caseworkflows.common.web.pages.Fields;
import uk.nhs.icb.caseworkflows.common.web.pages.FormModel;
import uk.nhs.icb.caseworkflows.common.web.pages.FormValues;
import uk.nhs.icb.caseworkflows.common.web.pages.PageText;

/**
 * A person's communication needs on a form: a checkbox per need ({@code <name>-<code>}) and a note
 * ({@code <name>Note}) for anything the boxes do not say.
 */
public final class NeedsFields {

  /** The communication needs a person can have, as checkboxes valued by their codes. */
  public static final List<Fields.Option> NEEDS =
      Arrays.stream(CommunicationNeed.values())
          .map(need -> Fields.Option.of(need.code(), PageText.sentence(need.label())))
          .toList();

  private final String name;
  private final String whose;
  private final String hint;

  /**
   * @param name the checkbox group's name; the note is {@code name + "Note"}
   * @param whose the person as the labels name them, in lower case ("complainant")
   * @param hint under the checkboxes' legend
   */
  public NeedsFields(String name, String whose, String hint) {
    this.name = name;
    this.whose = whose;
    this.hint = hint;
  }

  public FormModel addTo(FormModel form) {
    return form.checkboxes(name, PageText.sentence(whose) + "'s communication needs", hint, NEEDS)
        .textarea(
            noteField(),
            "Anything else about how to communicate with the " + whose + " (optional)",
            null);
  }

  /** The needs ticked with their note; null, with the message beside the note, if it is refused. */
  public CommunicationNeeds read(FormValues typed) {
    String noteField = noteField();
    if (!typed.typed(noteField).isBlank() && typed.text(noteField, null) == null) {
      return null;
    }
    return typed.build(
        noteField,
        () -> CommunicationNeeds.fromCodes(typed.ticked(name, NEEDS), typed.text(noteField, null)));
  }

  private String noteField() {
    return name + "Note";
  }
}
