package uk.nhs.icb.caseworkflows.common.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.documents.application.DocumentUpload;

/** A document sent with a form is judged by its bytes before anything is stored. */
class UploadFieldTest {

  private static final byte[] PNG = {
    (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'
  };

  @Test
  void anAcceptedFileKeepsItsNameAndBytes() {
    FormValues typed = sent(part("scan.png", PNG));

    Optional<DocumentUpload> upload = UploadField.read(typed, "file", 1024);

    assertThat(upload).isPresent();
    assertThat(upload.get().name().value()).isEqualTo("scan.png");
    assertThat(upload.get().content()).isEqualTo(PNG);
    assertThat(typed.errors().isEmpty()).isTrue();
  }

  @Test
  void aWrongOrTooLargeFileIsAMessageBesideTheFieldAndNoFileIsNone() {
    FormValues script = sent(part("notes.pdf", "<script>".getBytes(StandardCharsets.UTF_8)));
    assertThat(UploadField.read(script, "file", 1024)).isEmpty();
    assertThat(script.errors().messageFor("file")).isPresent();

    FormValues large = sent(part("scan.png", PNG));
    assertThat(UploadField.read(large, "file", 8)).isEmpty();
    assertThat(large.errors().messageFor("file"))
        .hasValueSatisfying(m -> assertThat(m).contains("8 bytes"));

    FormValues none = sent(part("", new byte[0]));
    assertThat(UploadField.read(none, "file", 1024)).isEmpty();
    assertThat(none.errors().isEmpty()).isTrue();
  }

  private static Part part(String fileName, byte[] content) {
    return FakeHttp.fake(
        Part.class,
        Map.of(
            "getName", args -> "file",
            "getSubmittedFileName", args -> fileName,
            "getSize", args -> (long) content.length,
            "getInputStream", args -> new ByteArrayInputStream(content)));
  }

  private static FormValues sent(Part part) {
    HttpServletRequest request =
        FakeHttp.fake(
            HttpServletRequest.class,
            Map.of(
                "getParameterMap", args -> Map.of(),
                "getContentType", args -> "multipart/form-data; boundary=x",
                "getParts", args -> List.of(part)));
    return FormValues.of(request, FieldLimits.NONE);
  }
}
