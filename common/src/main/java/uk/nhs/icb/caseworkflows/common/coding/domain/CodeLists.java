package uk.nhs.icb.caseworkflows.common.coding.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A workflow's code lists by name, in the order its seed gives them. */
public final class CodeLists {

  private final Map<String, CodeList> byName = new LinkedHashMap<>();

  public CodeLists(List<CodeList> lists) {
    for (CodeList list : lists) {
      if (byName.putIfAbsent(list.name(), list) != null) {
        throw new IllegalArgumentException("code list " + list.name() + " is given twice");
      }
    }
  }

  /** The list of that name; a workflow asks only for the lists its seed ships. */
  public CodeList list(String name) {
    CodeList list = byName.get(name);
    if (list == null) {
      throw new IllegalStateException("no code list named " + name);
    }
    return list;
  }

  public List<CodeList> all() {
    return List.copyOf(byName.values());
  }
}
