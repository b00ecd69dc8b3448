package uk.nhs.icb.caseworkflows.common.figures.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import uk.nhs.icb.caseworkflows.common.figures.domain.PublishedCount;

class BarChartSvgTest {

  private static final List<BarChartSvg.Bar> BARS =
      List.of(
          new BarChartSvg.Bar("April", PublishedCount.of(13)),
          new BarChartSvg.Bar("May", PublishedCount.of(7)),
          new BarChartSvg.Bar("June", PublishedCount.of(0)),
          new BarChartSvg.Bar("July & <August>", PublishedCount.of(8)));

  private static Document parse(String svg) throws Exception {
    return DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void theChartCarriesItsTextAlternativeReadingEveryBar() throws Exception {
    Document svg = parse(BarChartSvg.of("received", "Complaints received per month", BARS));
    assertEquals("img", svg.getDocumentElement().getAttribute("role"));
    assertEquals(
        "Complaints received per month",
        svg.getElementsByTagName("title").item(0).getTextContent());
    assertEquals(
        "April: 15; May: *; June: 0; July & <August>: 10.",
        svg.getElementsByTagName("desc").item(0).getTextContent());
  }

  @Test
  void onlyPublishedCountsAreDrawnAndASuppressedOneHasNoBar() throws Exception {
    Document svg = parse(BarChartSvg.of("received", "Received", BARS));
    assertEquals(2, svg.getElementsByTagName("rect").getLength(), "15 and 10; not * nor 0");
    String all = svg.getDocumentElement().getTextContent();
    assertTrue(all.contains("*"));
    assertFalse(all.contains("13") || all.contains("7:"), "no exact figure anywhere");
  }
}
