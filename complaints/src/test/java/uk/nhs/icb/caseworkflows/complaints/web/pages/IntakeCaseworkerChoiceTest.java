package uk.nhs.icb.caseworkflows.complaints.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.web.pages.FormValues;
import uk.nhs.icb.caseworkflows.common.web.pages.PageTemplates;
import uk.nhs.icb.caseworkflows.common.web.pages.PageView;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintIntake;

/**
 * The intake form asks who will handle the complaint: the one recording it, or (unless they say so)
 * the team, whoever claims its first task.
 */
class IntakeCaseworkerChoiceTest {

  private final PageTemplates templates =
      new PageTemplates(IntakeCaseworkerChoiceTest.class.getClassLoader());
  private final ComplaintIntakeForm form = new ComplaintIntakeForm();

  @Test
  void aFirstViewLeavesTheComplaintForTheTeam() {
    String html = render(FormValues.empty());

    assertThat(html).contains("Who will handle it?");
    assertThat(radio(html, "handledBy-TEAM")).contains("checked");
    assertThat(radio(html, "handledBy-ME")).doesNotContain("checked");
  }

  @Test
  void aFormSentBackKeepsTheRecordersChoice() {
    String html = render(FormValues.of(Map.of("handledBy", "ME"), ComplaintPages.LIMITS));

    assertThat(radio(html, "handledBy-ME")).contains("checked");
    assertThat(radio(html, "handledBy-TEAM")).doesNotContain("checked");
  }

  @Test
  void meAssignsTheComplaintToWhoeverRecordsIt() {
    assertThat(ComplaintIntakeForm.caseworker(answer("ME"))).isEqualTo(ComplaintIntake.ME);
  }

  @Test
  void theTeamOrNoAnswerLeavesItUnassigned() {
    assertThat(ComplaintIntakeForm.caseworker(answer("TEAM"))).isNull();
    assertThat(ComplaintIntakeForm.caseworker(FormValues.empty())).isNull();
    assertThat(ComplaintIntakeForm.caseworker(answer("complaints-manager")))
        .as("only the two choices offered; a typed name is not one of them")
        .isNull();
  }

  private static FormValues answer(String handledBy) {
    return FormValues.of(Map.of("handledBy", handledBy), ComplaintPages.LIMITS);
  }

  private String render(FormValues typed) {
    PageView page = form.page(typed);
    Map<String, Object> model = new HashMap<>(page.model());
    model.put("contextPath", "");
    model.put("csrfToken", "t");
    return templates.render(page.template(), model);
  }

  /** The input element with this id, up to its closing bracket. */
  private static String radio(String html, String id) {
    int at = html.indexOf("id=\"" + id + "\"");
    assertThat(at).as(id + " is on the page").isNotNegative();
    int start = html.lastIndexOf('<', at);
    return html.substring(start, html.indexOf('>', at) + 1);
  }
}
