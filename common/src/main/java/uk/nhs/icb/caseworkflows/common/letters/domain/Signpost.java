package uk.nhs.icb.caseworkflows.common.letters.domain;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where a letter sends its reader when the ICB is not the one to help (a complaint for the provider
 * or the Ombudsman, care the local authority arranges, a treatment NHS England commissions): the
 * organisation, and how to reach it, as staff type it on the case file.
 */
public record Signpost(String organisation, List<String> contactDetails) {

  public Signpost {
    Objects.requireNonNull(organisation, "organisation");
    contactDetails = List.copyOf(contactDetails);
  }

  /**
   * "Where to go" as typed: the organisation on its first line, then how to reach it, one detail a
   * line.
   */
  public static Signpost typed(String whereToGo) {
    List<String> lines = LetterLines.of(whereToGo);
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("say where to go, starting with the organisation");
    }
    return new Signpost(lines.get(0), lines.subList(1, lines.size()));
  }

  /**
   * The {@code redirect} block: {@code organisation}, {@code contactDetails}, and why it is the one
   * to go to ({@code explanation}).
   */
  public Map<String, Object> fields(String explanation) {
    return Map.of(
        "organisation", organisation, "explanation", explanation, "contactDetails", contactDetails);
  }
}
