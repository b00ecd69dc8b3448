package uk.nhs.icb.caseworkflows.common.party.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.nhs.icb.caseworkflows.common.party.domain.CommunicationNeeds;

/**
 * The model of {@code {{> common/communication-needs}}}: one line per person on the case who has
 * needs recorded ("Mrs Siân Evans (complainant): Needs large print; needs a BSL interpreter"), with
 * their note beneath. People without needs are left out; with nobody left, the callout is not shown
 * at all.
 */
public final class CommunicationNeedsSection {

  private final List<Map<String, Object>> people = new ArrayList<>();

  /** Adds a person, named as the page names them; null needs are none. */
  public CommunicationNeedsSection person(String who, CommunicationNeeds needs) {
    if (needs != null && !needs.isNone()) {
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("who", who);
      line.put("text", needs.pageText().isEmpty() ? "See the note" : needs.pageText());
      line.put("note", needs.note());
      people.add(line);
    }
    return this;
  }

  /**
   * {@code communicationNeeds} for the page's model: null (nothing shown) when nobody has needs.
   */
  public Map<String, Object> model() {
    return people.isEmpty() ? null : Map.of("people", List.copyOf(people));
  }
}
