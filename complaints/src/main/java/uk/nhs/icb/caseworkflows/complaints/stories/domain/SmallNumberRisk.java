package uk.nhs.icb.caseworkflows.complaints.stories.domain;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Services, wards and conditions so rare or small in the ICB's area that naming one could point to
 * the person even with every name taken out. The ICB configures the list; a reviewer is warned of
 * each term the story names (whole words, any case), and decides.
 */
public record SmallNumberRisk(List<String> terms) {

  public SmallNumberRisk {
    terms = terms.stream().map(String::strip).filter(term -> !term.isEmpty()).toList();
  }

  /** From the setting's form: terms separated by "|". */
  public static SmallNumberRisk of(String setting) {
    return new SmallNumberRisk(setting == null ? List.of() : List.of(setting.split("\\|")));
  }

  /** The configured terms the text names, in the list's order. */
  public List<String> warningsFor(String text) {
    String lower = text == null ? "" : text.toLowerCase(Locale.UK);
    return terms.stream()
        .filter(
            term ->
                Pattern.compile(
                        "(?<![\\p{L}\\d])"
                            + Pattern.quote(term.toLowerCase(Locale.UK))
                            + "(?![\\p{L}\\d])")
                    .matcher(lower)
                    .find())
        .toList();
  }
}
