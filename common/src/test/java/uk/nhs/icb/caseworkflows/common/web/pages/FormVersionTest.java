package uk.nhs.icb.caseworkflows.common.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.errors.ConflictProblem;

/**
 * A form drawn from one version of a case carries that version back, and an edit made from an old
 * copy is refused with a message on the page, storing nothing.
 */
class FormVersionTest {

  /** A case of one note, with the version its store counts up at each save. */
  static final class Thing {
    long version;
    String note = "first";
  }

  /** The thing's note form, whose use case refuses an edit made from another version. */
  static final class NoteEdit extends IntroducedForm<Thing> {

    final Thing stored;
    final List<String> saved = new ArrayList<>();

    NoteEdit(Thing stored) {
      super("note", "Change the note", "note", Set.of("worker"), null);
      this.stored = stored;
    }

    @Override
    protected Long versionOf(Thing file) {
      return file.version;
    }

    @Override
    public Map<String, Object> model(Thing file, FormValues typed) {
      return opening(file, typed).textarea("note", "Note", null).toMap();
    }

    @Override
    public String submit(String caseId, FormValues typed) {
      Long seen = typed.version();
      if (seen != null && seen != stored.version) {
        throw new ConflictProblem("The thing was changed by someone else after you opened it.");
      }
      stored.note = typed.text("note", "Enter the note");
      stored.version++;
      saved.add(stored.note);
      return "Saved";
    }
  }

  private final PageTemplates templates = new PageTemplates(getClass().getClassLoader());
  private final Thing thing = new Thing();
  private final NoteEdit form = new NoteEdit(thing);

  @Test
  void aFormCarriesTheVersionItWasDrawnFromAsAHiddenField() {
    thing.version = 3;

    String html = templates.render("common/fields", form.model(thing, FormValues.empty()));

    assertThat(html).contains("<input type=\"hidden\" name=\"version\" value=\"3\">");
  }

  @Test
  void shownAgainWithItsMessagesItKeepsTheVersionFirstDrawnNotTheNewerOne() {
    thing.version = 5;
    FormValues typed = FormValues.of(Map.of("version", "2", "note", "mine"), FieldLimits.NONE);

    String html = templates.render("common/fields", form.model(thing, typed));

    assertThat(html)
        .contains("<input type=\"hidden\" name=\"version\" value=\"2\">")
        .doesNotContain("value=\"5\"");
  }

  @Test
  void anEditFromAnOldCopyIsRefusedOnThePageAndNothingIsStored() {
    FormValues drawn = FormValues.empty();
    String version = hiddenVersion(form.model(thing, drawn));
    thing.note = "a colleague's";
    thing.version++;
    FormValues typed = FormValues.of(Map.of("version", version, "note", "mine"), FieldLimits.NONE);

    String banner =
        CasePages.attempt(form.firstField(), typed, () -> form.submit("thing-1", typed));

    assertThat(banner).isNull();
    assertThat(typed.errors().messageFor("note"))
        .hasValue("The thing was changed by someone else after you opened it.");
    assertThat(thing.note).isEqualTo("a colleague's");
    assertThat(form.saved).isEmpty();
    Map<String, Object> page = new HashMap<>(form.model(thing, typed));
    page.putAll(typed.errors().model());
    assertThat(templates.render("common/fields", page))
        .contains("value=\"" + version + "\"")
        .contains("mine");
  }

  @Test
  void anEditFromTheCurrentCopyIsSaved() {
    thing.version = 7;
    FormValues typed =
        FormValues.of(
            Map.of("version", hiddenVersion(form.model(thing, FormValues.empty())), "note", "mine"),
            FieldLimits.NONE);

    assertThat(CasePages.attempt(form.firstField(), typed, () -> form.submit("thing-1", typed)))
        .isEqualTo("Saved");
    assertThat(thing.note).isEqualTo("mine");
    assertThat(thing.version).isEqualTo(8);
  }

  @Test
  void theVersionSentIsReadAsANumberNullWhenAbsentAndAlwaysStaleWhenDamaged() {
    assertThat(FormValues.empty().version()).isNull();
    assertThat(FormValues.of(Map.of("version", "12"), FieldLimits.NONE).version()).isEqualTo(12L);
    assertThat(FormValues.of(Map.of("version", "12<b>"), FieldLimits.NONE).version())
        .isEqualTo(FormValues.NO_SUCH_VERSION);
  }

  @Test
  void aFormThatDoesNotEditTheCaseCarriesNoVersion() {
    IntroducedForm<Thing> addsARecord =
        new IntroducedForm<>("record", "Add a record", "what", Set.of("worker"), "Adds one.") {
          @Override
          public Map<String, Object> model(Thing file, FormValues typed) {
            return opening(file, typed).input("what", "What", null).toMap();
          }

          @Override
          public String submit(String caseId, FormValues typed) {
            return "Added";
          }
        };

    assertThat(templates.render("common/fields", addsARecord.model(thing, FormValues.empty())))
        .doesNotContain("type=\"hidden\"");
  }

  @SuppressWarnings("unchecked")
  private static String hiddenVersion(Map<String, Object> model) {
    return ((List<Map<String, String>>) model.get("hiddenFields"))
        .stream()
            .filter(field -> field.get("name").equals(FormValues.VERSION))
            .findFirst()
            .orElseThrow()
            .get("value");
  }
}
