package uk.nhs.icb.caseworkflows.ifr.web.pages;

import java.util.List;
import java.util.Map;
import uk.nhs.icb.caseworkflows.common.text.Text;
import uk.nhs.icb.caseworkflows.ifr.application.PanelPack;

/** The new clinical information of a reconsidered request as rows of a panel paper. */
final class NewInformationRows {

  private NewInformationRows() {}

  static List<Map<String, String>> of(List<PanelPack.NewInformation> received) {
    return received.stream()
        .map(
            item ->
                Map.of(
                    "key",
                    "New clinical information, " + Text.day(item.receivedOn()),
                    "value",
                    item.information()))
        .toList();
  }
}
