package uk.nhs.icb.caseworkflows.complaints.stories.web.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.nhs.icb.caseworkflows.common.security.Caller;
import uk.nhs.icb.caseworkflows.common.security.Roles;
import uk.nhs.icb.caseworkflows.common.web.pages.FormValues;
import uk.nhs.icb.caseworkflows.common.web.pages.PageText;
import uk.nhs.icb.caseworkflows.common.web.pages.PageView;
import uk.nhs.icb.caseworkflows.complaints.stories.application.StoryReading.StoryFile;
import uk.nhs.icb.caseworkflows.complaints.stories.domain.Review;
import uk.nhs.icb.caseworkflows.complaints.stories.domain.Story;
import uk.nhs.icb.caseworkflows.complaints.stories.domain.StoryParts;
import uk.nhs.icb.caseworkflows.complaints.stories.domain.StoryStatus;

/** What the story pages show: the list, and one story with the form its stage and role need. */
final class StoryPageModels {

  private StoryPageModels() {}

  static PageView list(List<StoryFile> stories) {
    List<Map<String, Object>> rows =
        stories.stream()
            .map(
                file -> {
                  Map<String, Object> row = new LinkedHashMap<>();
                  row.put("id", file.story().id());
                  row.put("reference", file.complaintReference());
                  row.put("status", stage(file.story().status()));
                  row.put("published", file.story().publishedAt().map(PageText::date).orElse(""));
                  return row;
                })
            .toList();
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("rows", rows);
    model.put("hasRows", !rows.isEmpty());
    return PageView.of("Service-user stories", "stories/list", model);
  }

  static PageView story(StoryFile file, Caller caller, FormValues typed) {
    Story story = file.story();
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("id", story.id());
    model.put("version", story.version());
    model.put("reference", file.complaintReference());
    model.put("stage", stage(story.status()));
    List<Map<String, String>> answers = new ArrayList<>();
    story
        .answers()
        .forEach(
            (person, answer) ->
                answers.add(
                    Map.of(
                        "person",
                        person,
                        "answer",
                        answer == null ? "Not yet answered" : PageText.words(answer))));
    model.put("answers", answers);
    story.remindedAt().ifPresent(at -> model.put("reminded", PageText.date(at)));
    boolean team = caller.hasAnyRole(StoryPages.TEAM);
    boolean awaitingConsent = story.status() == StoryStatus.AWAITING_CONSENT;
    model.put("answerForm", team && awaitingConsent);
    List<Map<String, Object>> awaiting = new ArrayList<>();
    for (String person : story.awaitingAnswerFrom()) {
      // The first radio carries the group's id, which the error summary links to.
      awaiting.add(
          Map.of(
              "person",
              person,
              "inputId",
              awaiting.isEmpty() ? "person" : "person-" + awaiting.size(),
              "checked",
              typed.isChecked("person", person)));
    }
    model.put("awaiting", awaiting);
    model.put("answerGiven", typed.isChecked("answer", "GIVEN"));
    model.put("answerRefused", typed.isChecked("answer", "REFUSED"));
    model.put("draftForm", team && story.status() == StoryStatus.DRAFTING);
    StoryParts last = story.original().orElse(null);
    model.put("concern", typedOr(typed, "concern", last == null ? "" : last.concern()));
    model.put(
        "improvements", typedOr(typed, "improvements", last == null ? "" : last.improvements()));
    model.put("procedure", typedOr(typed, "procedure", last == null ? "" : last.procedure()));
    model.put("lastReturn", lastReturn(story));
    model.put("sideBySide", sideBySide(story));
    model.put("hasText", story.redacted().isPresent());
    model.put("warnings", file.warnings());
    model.put("hasWarnings", !file.warnings().isEmpty());
    model.put("reviewForm", reviewerNow(story, caller));
    model.put("comments", typed.typed("comments"));
    model.put(
        "reviews",
        story.reviews().stream()
            .map(
                review ->
                    Map.of(
                        "who",
                        PageText.sentence(review.role().replace('-', ' ')),
                        "decision",
                        review.approved() ? "Approved" : "Returned",
                        "comments",
                        review.comments() == null ? "" : review.comments(),
                        "at",
                        PageText.date(review.at())))
            .toList());
    model.put("hasReviews", !story.reviews().isEmpty());
    model.put("withdrawForm", team && (story.isUnderWay() || story.isPublished()));
    story.publishedAt().ifPresent(at -> model.put("published", PageText.date(at)));
    return PageView.of("Story for " + file.complaintReference(), "stories/story", model);
  }

  private static String typedOr(FormValues typed, String field, String stored) {
    String sent = typed.typed(field);
    return sent.isEmpty() && typed.errors().isEmpty() ? stored : sent;
  }

  private static String lastReturn(Story story) {
    List<Review> reviews = story.reviews();
    if (story.status() != StoryStatus.DRAFTING || reviews.isEmpty()) {
      return "";
    }
    Review last = reviews.get(reviews.size() - 1);
    return last.approved() ? "" : last.comments();
  }

  private static List<Map<String, String>> sideBySide(Story story) {
    if (story.original().isEmpty() || story.redacted().isEmpty()) {
      return List.of();
    }
    StoryParts original = story.original().get();
    StoryParts redacted = story.redacted().get();
    return List.of(
        Map.of(
            "part", "The concern", "original", original.concern(), "redacted", redacted.concern()),
        Map.of(
            "part",
            "The improvements made",
            "original",
            original.improvements(),
            "redacted",
            redacted.improvements()),
        Map.of(
            "part",
            "How well the procedure was applied",
            "original",
            original.procedure(),
            "redacted",
            redacted.procedure()));
  }

  private static boolean reviewerNow(Story story, Caller caller) {
    return (story.status() == StoryStatus.MANAGER_REVIEW
            && caller.hasAnyRole(Set.of(Roles.COMPLAINTS_MANAGER)))
        || (story.status() == StoryStatus.CALDICOTT_REVIEW
            && caller.hasAnyRole(Set.of(Roles.CALDICOTT_GUARDIAN)));
  }

  private static String stage(StoryStatus status) {
    return switch (status) {
      case AWAITING_CONSENT -> "Waiting for consent";
      case DRAFTING -> "To be drafted";
      case MANAGER_REVIEW -> "With the complaints manager for review";
      case CALDICOTT_REVIEW -> "With the Caldicott Guardian for review";
      case PUBLISHED -> "Published to the governing body";
      case NOT_TOLD -> "Not told: no consent";
      case WITHDRAWN -> "Consent withdrawn";
      case STOPPED -> "Stopped: the complaint was reopened";
    };
  }
}
