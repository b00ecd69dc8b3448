package uk.nhs.icb.caseworkflows.common.coding.web;

import java.util.List;
import uk.nhs.icb.caseworkflows.common.coding.domain.Code;
import uk.nhs.icb.caseworkflows.common.coding.domain.CodeList;
import uk.nhs.icb.caseworkflows.common.coding.domain.CodeLists;

/** One code list as JSON: its name and its codes with their labels, in the form's order. */
public record CodeListView(String name, List<Code> codes) {

  public static CodeListView of(CodeList list) {
    return new CodeListView(list.name(), list.codes());
  }

  public static List<CodeListView> of(CodeLists lists) {
    return lists.all().stream().map(CodeListView::of).toList();
  }
}
