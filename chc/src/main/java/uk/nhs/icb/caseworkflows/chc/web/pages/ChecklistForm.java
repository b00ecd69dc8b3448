package uk.nhs.icb.caseworkflows.chc.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.nhs.icb.caseworkflows.chc.application.ChcFileReading.ChcFile;
import uk.nhs.icb.caseworkflows.chc.application.ChecklistScreening;
import uk.nhs.icb.caseworkflows.chc.application.RatingEntry;
import uk.nhs.icb.caseworkflows.chc.domain.Checklist;
import uk.nhs.icb.caseworkflows.chc.domain.ChecklistDomain;
import uk.nhs.icb.caseworkflows.chc.domain.ChecklistLevel;
import uk.nhs.icb.caseworkflows.common.security.Roles;
import uk.nhs.icb.caseworkflows.common.web.pages.Fields;
import uk.nhs.icb.caseworkflows.common.web.pages.FormModel;
import uk.nhs.icb.caseworkflows.common.web.pages.FormValues;

/**
 * The Checklist as a long form saved as often as the assessor likes: each domain's A, B or C with
 * its evidence, shown again as saved; the domains still empty are listed at the top. A domain left
 * without a level is simply not saved yet.
 */
@ApplicationScoped
public class ChecklistForm extends ChcStepForm {

  static final String COMPLETED_BY = "completedBy";

  private static final List<Fields.Option> LEVELS =
      List.of(
          new Fields.Option("A", "A", "High need"),
          new Fields.Option("B", "B", "Moderate need"),
          new Fields.Option("C", "C", "No or low need"));

  @Inject ChecklistScreening screening;

  public ChecklistForm() {
    super(
        "checklist",
        "Fill in the Checklist",
        COMPLETED_BY,
        Set.of(Roles.CHC_ASSESSOR),
        "Rate each domain A, B or C and say what the rating rests on. Save as often as you like:"
            + " the outcome is worked out only when you complete the Checklist.",
        false);
  }

  static String level(ChecklistDomain domain) {
    return "level-" + domain.name();
  }

  static String evidence(ChecklistDomain domain) {
    return "evidence-" + domain.name();
  }

  @Override
  public Map<String, Object> model(ChcFile file, FormValues typed) {
    FormValues shown = typed.typed(COMPLETED_BY).isEmpty() ? saved(file, typed) : typed;
    FormModel form = opening(file, shown);
    file.chcCase()
        .checklist()
        .ifPresent(
            checklist ->
                form.fact(
                    "Still empty",
                    checklist.unratedDomains().isEmpty()
                        ? "None: every domain is rated"
                        : String.join(
                            ", ",
                            checklist.unratedDomains().stream()
                                .map(ChecklistDomain::title)
                                .toList())));
    form.input(
        COMPLETED_BY, "Completed by", "Their name and role, for example 'Sam Okafor, ward nurse'");
    for (ChecklistDomain domain : ChecklistDomain.values()) {
      String title = domain.title() + (domain.isAsterisked() ? " (marked *)" : "");
      form.radios(level(domain), title, null, LEVELS);
      form.textarea(
          evidence(domain),
          "Evidence for " + domain.title(),
          "The need and where the evidence comes from");
    }
    return form.submit("Save the Checklist", false).toMap();
  }

  /** The Checklist as saved, as if typed, so the form opens where the assessor left it. */
  private static FormValues saved(ChcFile file, FormValues typed) {
    Checklist checklist = file.chcCase().checklist().orElse(null);
    if (checklist == null) {
      return typed;
    }
    Map<String, String> answers = new HashMap<>();
    answers.put(COMPLETED_BY, checklist.completedBy());
    checklist
        .ratings()
        .forEach(
            rating -> {
              answers.put(level(rating.domain()), rating.level().name());
              answers.put(evidence(rating.domain()), rating.evidence());
            });
    return FormValues.of(answers, ChcPages.LIMITS);
  }

  @Override
  public String submit(String caseId, FormValues typed) {
    String completedBy = typed.text(COMPLETED_BY, "Enter who completed the Checklist");
    List<RatingEntry> ratings = new ArrayList<>();
    for (ChecklistDomain domain : ChecklistDomain.values()) {
      ChecklistLevel level =
          typed.choice(level(domain), ChecklistLevel.class, ChecklistLevel.A, null);
      String evidence = typed.text(evidence(domain), null);
      if (level != null) {
        if (evidence == null) {
          typed.errors().add(evidence(domain), "Enter the evidence for " + domain.title());
        }
        ratings.add(new RatingEntry(domain.name(), level.name(), evidence));
      }
    }
    if (!typed.errors().isEmpty()) {
      return null;
    }
    screening.saveDraft(caseId, null, completedBy, null, ratings);
    return "The Checklist was saved";
  }
}
