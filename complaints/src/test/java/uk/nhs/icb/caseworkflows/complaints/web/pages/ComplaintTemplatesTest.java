package uk.nhs.icb.caseworkflows.complaints.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.web.pages.CaseSections;
import uk.nhs.icb.caseworkflows.common.web.pages.FormErrors;
import uk.nhs.icb.caseworkflows.common.web.pages.FormModel;
import uk.nhs.icb.caseworkflows.common.web.pages.FormValues;
import uk.nhs.icb.caseworkflows.common.web.pages.PageTemplates;

/**
 * The complaint templates print what people typed as text, never as markup; only the process
 * diagram, built and escaped by bpmn's renderer, goes in as it is. Forms keep what was typed and
 * show each message in the summary and beside its field.
 */
class ComplaintTemplatesTest {

  private static final String HOSTILE =
      "<script>alert('x')</script>\"><img src=x onerror=alert(1)>";

  private final PageTemplates templates =
      new PageTemplates(ComplaintTemplatesTest.class.getClassLoader());

  @Test
  void theCasePageShowsHostileTextInertAndTheDiagramAsMarkup() {
    Map<String, Object> model = casePage("", "Just received");
    model.put("summary", List.of(Map.of("key", "Complainant", "value", HOSTILE)));
    model.put(
        "history",
        List.of(Map.of("when", "1 Nov", "isoWhen", "x", "who", HOSTILE, "what", "Read")));
    model.put(
        "diagram", Map.of("text", HOSTILE, "svg", "<svg role=\"img\"><title>t</title></svg>"));

    String html = templates.render("complaints/case", model);

    assertThat(html).doesNotContain("<script>", "<img src=x", "onerror=alert(1)>");
    assertThat(html).contains("&lt;script&gt;");
    assertThat(html).contains("<svg role=\"img\"><title>t</title></svg>");
  }

  @Test
  void aFormKeepsWhatWasTypedAndShowsEachMessageInTheSummaryAndBesideItsField() {
    FormValues typed = FormValues.empty();
    typed.errors().add("note", "Enter what happened");
    Map<String, Object> model =
        caseForm(
            new FormModel(typed)
                .textarea("note", "What happened", null)
                .yesNo("anonymous", "Can it be investigated without naming them?", null),
            HOSTILE,
            "Withdraw",
            "withdrawal");
    model.putAll(typed.errors().model());

    String html = templates.render("common/case-form", model);

    assertThat(html).contains("There is a problem");
    assertThat(html).contains("<a href=\"#note\">Enter what happened</a>");
    assertThat(html).contains("id=\"note-error\"");
    assertThat(html).contains("id=\"anonymous-yes\"").contains("id=\"anonymous-no\"");
    assertThat(html).contains("name=\"csrfToken\" value=\"t\"");
    assertThat(html).doesNotContain("<script>");
  }

  @Test
  void aFormWithAFileIsSentAsMultipartWithItsTokenAndTheFilesMessageBesideTheInput() {
    FormValues typed = FormValues.empty();
    typed.errors().add("file", "The selected file must be a PDF, PNG or JPEG");
    Map<String, Object> model =
        caseForm(
            new FormModel(typed)
                .textarea("summary", "Summary", null)
                .file("file", "Attach a document (optional)", "A PDF, PNG or JPEG.", ".pdf"),
            "CMP-2026-000001",
            "Record evidence",
            "evidence");
    model.putAll(typed.errors().model());

    String html = templates.render("common/case-form", model);

    assertThat(html).contains("enctype=\"multipart/form-data\"");
    assertThat(html).contains("name=\"csrfToken\" value=\"t\"");
    assertThat(html).contains("type=\"file\"").contains("accept=\".pdf\"");
    assertThat(html)
        .contains("<a href=\"#file\">The selected file must be a PDF, PNG or JPEG</a>")
        .contains("id=\"file-error\"")
        .contains("aria-describedby=\"file-hint file-error\"");
  }

  @Test
  void aFormWithoutAFileIsAnOrdinaryForm() {
    Map<String, Object> model =
        caseForm(
            new FormModel(FormValues.empty()).textarea("note", "Note", null),
            "CMP-2026-000001",
            "Withdraw",
            "withdrawal");

    assertThat(templates.render("common/case-form", model)).doesNotContain("multipart");
  }

  @Test
  void theCasePageListsEachEvidencesDocumentsWithTheirNamesInert() {
    Map<String, Object> model = casePage("/icb", "Being investigated");
    model.put("summary", List.of());
    model.put("history", List.of());
    model.put("hasEvidence", true);
    model.put(
        "evidence",
        List.of(
            Map.of(
                "kind", "Document",
                "summary", "Call log",
                "source", "Practice",
                "received", "3 March 2026",
                "hasDocuments", true,
                "documents",
                    List.of(
                        Map.of(
                            "name", HOSTILE + ".pdf",
                            "href", "/icb/api/complaints/c-1/evidence/e-1/documents/d-1",
                            "about", "PDF, 12 KB")))));

    String html = templates.render("complaints/case", model);

    assertThat(html)
        .contains("<a href=\"/icb/api/complaints/c-1/evidence/e-1/documents/d-1\" download>")
        .contains("(PDF, 12 KB)")
        .doesNotContain("<script>", "<img src=x");
  }

  @Test
  void sizesAreGivenAsAFileManagerWould() {
    assertThat(CaseSections.size(900)).isEqualTo("900 bytes");
    assertThat(CaseSections.size(12_300)).isEqualTo("12 KB");
    assertThat(CaseSections.size(2_500_000)).isEqualTo("2.4 MB");
  }

  @Test
  void aRequiredAnswerLeftEmptyIsReportedAgainstItsFirstRadio() {
    FormValues typed = FormValues.empty();

    assertThat(typed.yesNo("withinRemit", "Select yes if the complaint is for the ICB")).isNull();
    assertThat(typed.text("note", "Enter a note")).isNull();

    FormErrors errors = typed.errors();
    assertThat(errors.all())
        .extracting(FormErrors.FieldProblem::fieldId)
        .containsExactly("withinRemit-yes", "note");
  }

  /** What the complaint case page of case c-1 needs besides its summary and history. */
  private static Map<String, Object> casePage(String contextPath, String status) {
    Map<String, Object> model = new HashMap<>();
    model.put("contextPath", contextPath);
    model.put("csrfToken", "t");
    model.put("id", "c-1");
    model.put("reference", "CMP-2026-000001");
    model.put("status", status);
    model.put("deadlines", List.of());
    model.put("letters", List.of());
    return model;
  }

  /** The shared case form, posting {@code action} for complaint c-1, with the given fields. */
  private static Map<String, Object> caseForm(
      FormModel fields, String reference, String formTitle, String action) {
    Map<String, Object> model = new HashMap<>(fields.toMap());
    model.put("contextPath", "");
    model.put("csrfToken", "t");
    model.put("casePath", "/complaints");
    model.put("caseId", "c-1");
    model.put("reference", reference);
    model.put("formTitle", formTitle);
    model.put("action", action);
    return model;
  }
}
