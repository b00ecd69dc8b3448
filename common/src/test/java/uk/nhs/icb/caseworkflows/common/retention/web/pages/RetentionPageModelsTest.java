package uk.nhs.icb.caseworkflows.common.retention.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.retention.domain.DestructionCertificate;
import uk.nhs.icb.caseworkflows.common.retention.domain.RecordClosed;
import uk.nhs.icb.caseworkflows.common.retention.domain.RetainedRecord;
import uk.nhs.icb.caseworkflows.common.web.pages.FormErrors;
import uk.nhs.icb.caseworkflows.common.web.pages.PageTemplates;
import uk.nhs.icb.caseworkflows.common.web.pages.PageView;

/** The retention pages' templates filled from real records: every name resolves, text is inert. */
class RetentionPageModelsTest {

  private static final String PAYLOAD = "<script>alert(1)</script>";
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
  private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

  private final PageTemplates templates = new PageTemplates(getClass().getClassLoader());

  private static RetainedRecord record(LocalDate until) {
    return RetainedRecord.start(
        new RecordClosed("complaint", "c-1", "CMP-2016-000142", LocalDate.of(2016, 3, 4)), until);
  }

  /** As the page renderer fills a page: what every page gets, no errors, then the page's own. */
  private String render(PageView page) {
    Map<String, Object> model = new HashMap<>();
    model.put("contextPath", "/icb");
    model.put("csrfToken", "token");
    model.putAll(new FormErrors().model());
    model.putAll(page.model());
    return templates.render(page.template(), model);
  }

  @Test
  void aRecordDueForReviewOffersBothDecisionsWithItsExtensionsEscaped() {
    RetainedRecord record = record(LocalDate.of(2026, 3, 4));
    record.extend(TODAY, "Claim " + PAYLOAD, NOW, "ig", LocalDate.of(2026, 3, 4));

    String html =
        render(
            RetentionPageModels.record(
                record,
                Optional.empty(),
                TODAY,
                RetentionPages.nothingTyped(),
                RetentionPages.blankDate()));

    assertThat(html)
        .contains("Record CMP-2016-000142")
        .contains("Due for review")
        .contains("/icb/retention/complaint/c-1/destruction")
        .contains("/icb/retention/complaint/c-1/extension")
        .contains("name=\"csrfToken\"")
        .contains("retainUntil-day")
        .contains("Claim &lt;script&gt;")
        .doesNotContain(PAYLOAD);
  }

  @Test
  void aRecordNotYetDueCannotBeDestroyedButCanBeKeptLonger() {
    String html =
        render(
            RetentionPageModels.record(
                record(TODAY.plusYears(3)),
                Optional.empty(),
                TODAY,
                RetentionPages.nothingTyped(),
                RetentionPages.blankDate()));

    assertThat(html)
        .contains("cannot be destroyed before")
        .doesNotContain("/destruction")
        .contains("/extension");
  }

  @Test
  void aDestroyedRecordShowsItsCertificateAndNoForms() {
    RetainedRecord record = record(TODAY);
    DestructionCertificate certificate =
        record.destroy(
            "Reviewed " + PAYLOAD, List.of("the complaint file", "2 letters"), NOW, "ig", TODAY);

    String html =
        render(
            RetentionPageModels.record(
                record,
                Optional.of(certificate),
                TODAY,
                RetentionPages.nothingTyped(),
                RetentionPages.blankDate()));

    assertThat(html)
        .contains("Certificate of destruction DC-CMP-2016-000142")
        .contains("2 letters")
        .contains("Reviewed &lt;script&gt;")
        .doesNotContain(PAYLOAD)
        .doesNotContain("<form");
  }

  @Test
  void theListShowsTheRecordsDueAndTheRegister() {
    RetainedRecord destroyedRecord = record(TODAY);
    DestructionCertificate certificate =
        destroyedRecord.destroy("Reviewed", List.of("the complaint file"), NOW, "ig", TODAY);

    String html = render(RetentionPageModels.list(List.of(record(TODAY)), List.of(certificate)));

    assertThat(html)
        .contains("id=\"due-records\"")
        .contains("/icb/retention/complaint/c-1")
        .contains("DC-CMP-2016-000142");
    assertThat(render(RetentionPageModels.list(List.of(), List.of())))
        .contains("No record is due for review")
        .contains("No record has been destroyed yet");
  }
}
