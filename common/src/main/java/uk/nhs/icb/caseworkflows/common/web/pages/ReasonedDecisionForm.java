package uk.nhs.icb.caseworkflows.common.web.pages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A decision taken as one or more yes/no questions and the reasons for it, kept on the file: can a
 * late complaint still be looked into, can it be investigated anonymously, is a CHC case eligible,
 * is an IFR request exceptional. Every question and the reasons are required; the workflow words
 * them and does what the answers decide.
 *
 * @param <F> what the workflow reads of a case
 */
public abstract class ReasonedDecisionForm<F> extends IntroducedForm<F> {

  /** A yes/no question: its field name, its legend, and the message when it is not answered. */
  public record Question(String name, String legend, String missing) {}

  /** The answers, by the questions' names. */
  public record Answers(Map<String, Boolean> byName) {

    public Answers {
      byName = Map.copyOf(byName);
    }

    /** Whether {@code question} was answered yes. */
    public boolean yes(String question) {
      Boolean answer = byName.get(question);
      if (answer == null) {
        throw new IllegalArgumentException("No question " + question);
      }
      return answer;
    }
  }

  private final List<Question> questions;
  private final Question reasons;

  /**
   * @param intro what the decision is about, or null
   * @param reasons the text area for the reasons: its field name, label and message when empty
   */
  protected ReasonedDecisionForm(
      String path,
      String title,
      Set<String> roles,
      String intro,
      List<Question> questions,
      Question reasons) {
    super(path, title, questions.get(0).name() + "-yes", roles, intro);
    this.questions = List.copyOf(questions);
    this.reasons = reasons;
  }

  @Override
  public Map<String, Object> model(F file, FormValues typed) {
    FormModel form = opening(file, typed);
    questions.forEach(question -> form.yesNo(question.name(), question.legend(), null));
    return form.textarea(reasons.name(), reasons.legend(), "This is kept on the file.")
        .submit("Save the decision", false)
        .toMap();
  }

  @Override
  public String submit(String caseId, FormValues typed) {
    Map<String, Boolean> answers = new LinkedHashMap<>();
    for (Question question : questions) {
      answers.put(question.name(), typed.yesNo(question.name(), question.missing()));
    }
    String why = typed.text(reasons.name(), reasons.missing());
    if (!typed.errors().isEmpty()) {
      return null;
    }
    return decide(caseId, new Answers(answers), why);
  }

  /** Does what the answers decide; returns the banner's words. */
  protected abstract String decide(String caseId, Answers answers, String reasons);
}
