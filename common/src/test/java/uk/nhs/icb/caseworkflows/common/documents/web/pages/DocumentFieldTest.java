package uk.nhs.icb.caseworkflows.common.documents.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.web.pages.FieldLimits;
import uk.nhs.icb.caseworkflows.common.web.pages.FormModel;
import uk.nhs.icb.caseworkflows.common.web.pages.FormValues;
import uk.nhs.icb.caseworkflows.common.web.pages.UploadField;

/** A form's optional document: offered with what a case accepts, and none when none is sent. */
class DocumentFieldTest {

  private final DocumentField field = new DocumentField("file", 2L * 1024 * 1024);

  @Test
  void itIsOfferedWithTheTypesAndTheSizeACaseAccepts() {
    Map<String, Object> model =
        field.askIn(new FormModel(FormValues.empty()), "Attach a document").toMap();

    assertThat(model).containsEntry("multipart", true);
    @SuppressWarnings("unchecked")
    List<Map<String, Map<String, Object>>> fields =
        (List<Map<String, Map<String, Object>>>) model.get("fields");
    assertThat(fields.get(0).get("file"))
        .containsEntry("name", "file")
        .containsEntry("label", "Attach a document")
        .containsEntry("hint", "A PDF, PNG or JPEG, smaller than 2 MB.")
        .containsEntry("accept", UploadField.ACCEPT);
  }

  @Test
  void noFileChosenIsNoDocumentAndNoMessage() {
    FormValues typed = FormValues.of(Map.of("summary", "A letter"), FieldLimits.NONE);

    assertThat(field.readFrom(typed)).isEmpty();
    assertThat(typed.errors().isEmpty()).isTrue();
  }
}
