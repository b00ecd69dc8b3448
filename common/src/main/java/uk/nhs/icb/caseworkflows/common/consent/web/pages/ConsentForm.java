package uk.nhs.icb.caseworkflows.common.consent.web.pages;

import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentPurpose;
import uk.nhs.icb.caseworkflows.common.consent.web.pages.ConsentFields.ConsentTaken;
import uk.nhs.icb.caseworkflows.common.web.pages.Fields;
import uk.nhs.icb.caseworkflows.common.web.pages.FormModel;
import uk.nhs.icb.caseworkflows.common.web.pages.FormValues;
import uk.nhs.icb.caseworkflows.common.web.pages.IntroducedForm;

/**
 * The form that records a consent on a case: whose it is, chosen from the people of the case, then
 * the kit's {@link ConsentFields}. It records on the file and completes no step itself: the
 * workflow's use case lets a step that waited for the consent go on.
 *
 * @param <F> what the workflow reads of a case
 * @param <W> the workflow's people whose consent a case may need (the complainant, the patient)
 */
public abstract class ConsentForm<F, W extends Enum<W>> extends IntroducedForm<F> {

  public static final String WHOSE = "whose";

  /** The time a consent given today is recorded at; injected, or given by a test. */
  @Inject protected Clock clock;

  private final Class<W> people;
  private final W first;

  /**
   * @param people the workflow's people a consent can be about
   * @param first the one offered first, where a missing choice is linked from
   */
  protected ConsentForm(String path, Set<String> roles, Class<W> people, W first) {
    super(path, "Record a consent", WHOSE + "-" + first.name(), roles, null);
    this.people = people;
    this.first = first;
  }

  @Override
  public boolean completesStep() {
    return false;
  }

  @Override
  public Map<String, Object> model(F file, FormValues typed) {
    FormModel form = opening(file, typed).radios(WHOSE, "Whose consent is it?", null, people(file));
    return new ConsentFields(clock, purposes())
        .askIn(form)
        .submit("Record the consent", false)
        .toMap();
  }

  /** What the workflow asks consent for; every purpose unless it says otherwise. */
  protected List<ConsentPurpose> purposes() {
    return List.of(ConsentPurpose.values());
  }

  /** The people of this case a consent can be about, each with who they are and their name. */
  protected abstract List<Fields.Option> people(F file);

  @Override
  public String submit(String caseId, FormValues typed) {
    W whose = typed.choice(WHOSE, people, first, "Select whose consent it is");
    return new ConsentFields(clock, purposes())
        .readFrom(typed)
        .map(
            consent -> {
              record(caseId, whose, consent);
              return "The consent was recorded.";
            })
        .orElse(null);
  }

  /** Records the consent with the workflow's use case. */
  protected abstract void record(String caseId, W whose, ConsentTaken consent);
}
