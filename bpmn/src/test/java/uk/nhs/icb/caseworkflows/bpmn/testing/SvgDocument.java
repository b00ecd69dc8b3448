package uk.nhs.icb.caseworkflows.bpmn.testing;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** A rendered diagram parsed back as XML, as a test reads it. */
public final class SvgDocument {

  public final Document document;

  private SvgDocument(Document document) {
    this.document = document;
  }

  /** Parses the SVG, failing on anything that is not a well-formed XML document. */
  public static SvgDocument parse(String svg) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      return new SvgDocument(
          factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg))));
    } catch (Exception notWellFormed) {
      throw new AssertionError("The SVG is not well-formed XML: " + notWellFormed, notWellFormed);
    }
  }

  public Element root() {
    return document.getDocumentElement();
  }

  public List<Element> all() {
    return elements(document.getElementsByTagName("*"));
  }

  /** The group drawing the BPMN element of that id. */
  public Element group(String bpmnElementId) {
    return all().stream()
        .filter(e -> bpmnElementId.equals(e.getAttribute("data-bpmn-element")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("Not drawn: " + bpmnElementId));
  }

  /** The shape itself (not its marks) of the BPMN element of that id. */
  public Element outline(String bpmnElementId) {
    return children(group(bpmnElementId)).stream()
        .filter(e -> hasClass(e, "outline"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No outline for " + bpmnElementId));
  }

  /** The ids of the BPMN elements whose group has that class. */
  public List<String> elementsWithClass(String cssClass) {
    return all().stream()
        .filter(e -> e.hasAttribute("data-bpmn-element") && hasClass(e, cssClass))
        .map(e -> e.getAttribute("data-bpmn-element"))
        .toList();
  }

  /** The label drawn for that BPMN element's name, outside its shape. */
  public Element label(String bpmnElementId) {
    Element group =
        all().stream()
            .filter(e -> bpmnElementId.equals(e.getAttribute("data-bpmn-label-for")))
            .findFirst()
            .orElseThrow(() -> new AssertionError("No label for " + bpmnElementId));
    return children(group).get(0);
  }

  /** The lines of a {@code text} element joined with spaces, as a reader would take them. */
  public static String lines(Element text) {
    return String.join(" ", children(text).stream().map(Node::getTextContent).toList());
  }

  public static boolean hasClass(Element element, String cssClass) {
    return Arrays.asList(element.getAttribute("class").split(" ")).contains(cssClass);
  }

  public static double number(Element element, String attribute) {
    return Double.parseDouble(element.getAttribute(attribute));
  }

  public static List<Element> children(Element parent) {
    return elements(parent.getChildNodes());
  }

  private static List<Element> elements(NodeList nodes) {
    List<Element> elements = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i) instanceof Element element) {
        elements.add(element);
      }
    }
    return elements;
  }
}
