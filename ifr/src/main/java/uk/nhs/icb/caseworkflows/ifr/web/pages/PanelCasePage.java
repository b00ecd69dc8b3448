package uk.nhs.icb.caseworkflows.ifr.web.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.nhs.icb.caseworkflows.common.web.pages.PageView;
import uk.nhs.icb.caseworkflows.ifr.application.IfrTask;
import uk.nhs.icb.caseworkflows.ifr.application.PanelPack;

/**
 * A request as a panel member opens it from their task list: its anonymised paper (no identity of
 * the patient or clinician) and the panel's step it waits at (the chair's action, the review; a
 * decision at a meeting is taken from the meeting's page).
 */
final class PanelCasePage {

  private PanelCasePage() {}

  static PageView of(String id, String contextPath, PanelPack.PanelView view) {
    PanelPack.PackItem paper = view.paper();
    List<Map<String, Object>> actions = new ArrayList<>();
    if (view.waitingAt().contains(IfrTask.CHAIRS_ACTION)) {
      actions.add(action(id, ChairsActionForm.PATH, "Decide by chair's action"));
    }
    if (view.waitingAt().contains(IfrTask.DECIDE_REVIEW)) {
      actions.add(action(id, ReviewDecisionForm.PATH, "Decide the review"));
    }
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("contextPath", contextPath);
    model.put("id", id);
    model.put("reference", paper.reference());
    model.put("status", view.status());
    model.put("actions", actions);
    model.put("hasActions", !actions.isEmpty());
    model.put("atPanel", view.waitingAt().contains(IfrTask.DECIDE_AT_PANEL));
    model.put("treatment", paper.treatment());
    model.put("condition", paper.condition() == null ? "" : paper.condition());
    model.put("whyExceptional", paper.whyExceptional() == null ? "" : paper.whyExceptional());
    model.put("newInformation", NewInformationRows.of(paper.newInformation()));
    model.put(
        "cost", paper.estimatedCost() == null ? "" : "£" + paper.estimatedCost().toPlainString());
    model.put("urgent", paper.urgent());
    return PageView.of("Funding request " + paper.reference(), "ifr/panel-case", model);
  }

  private static Map<String, Object> action(String id, String path, String text) {
    return Map.of("id", id, "path", path, "text", text, "primary", true);
  }
}
