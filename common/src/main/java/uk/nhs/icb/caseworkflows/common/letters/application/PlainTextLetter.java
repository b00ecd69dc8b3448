package uk.nhs.icb.caseworkflows.common.letters.application;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The accessible plain-text copy of a composed letter: the same words in the same reading order,
 * and nothing else (no markup, no styles, no page numbers). Paragraphs are separated by a blank
 * line, the lines of an address or a signature stay lines, list items start with "- " or their
 * number, and the line breaks a writer typed into a free-text field are kept. Braille
 * transcription, email bodies and screen readers all start from text like this.
 */
public final class PlainTextLetter {

  private final StringBuilder text = new StringBuilder();
  private int pendingBreaks;
  private int freeTextDepth;

  private PlainTextLetter() {}

  /** The letter's text from its composed XHTML. */
  public static String of(String xhtml) {
    PlainTextLetter letter = new PlainTextLetter();
    Element html = parse(xhtml).getDocumentElement();
    for (Node child = html.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element element && element.getTagName().equals("body")) {
        letter.walk(element);
      }
    }
    return letter.text.toString().strip() + "\n";
  }

  /** The copy as stored and downloaded: UTF-8. */
  public static byte[] bytesOf(String xhtml) {
    return of(xhtml).getBytes(StandardCharsets.UTF_8);
  }

  private void walk(Element element) {
    String tag = element.getTagName();
    boolean freeText = element.getAttribute("class").contains("free-text");
    int around = breaksAround(element);
    breakAtLeast(around);
    if (freeText) {
      freeTextDepth++;
    }
    if (tag.equals("li")) {
      append(itemMarker(element));
    }
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element inner) {
        if (inner.getTagName().equals("br")) {
          breakAtLeast(1);
        } else {
          walk(inner);
        }
      } else if (child.getNodeType() == Node.TEXT_NODE
          || child.getNodeType() == Node.CDATA_SECTION_NODE) {
        appendText(child.getNodeValue());
      }
    }
    if (freeText) {
      freeTextDepth--;
    }
    breakAtLeast(around);
  }

  /**
   * A blank line around paragraphs, headings, lists and the letter's parts; a line break around a
   * list item and around the lines of the address, references and signature (set without margins).
   */
  private static int breaksAround(Element element) {
    return switch (element.getTagName()) {
      case "li" -> 1;
      case "p" -> insideMain(element) ? 2 : 1;
      case "h1", "h2", "h3", "ul", "ol", "div", "header", "main", "footer" -> 2;
      default -> 0;
    };
  }

  private static boolean insideMain(Element element) {
    for (Node up = element.getParentNode(); up instanceof Element parent; ) {
      if (parent.getTagName().equals("main")) {
        return true;
      }
      up = parent.getParentNode();
    }
    return false;
  }

  private static String itemMarker(Element item) {
    if (item.getParentNode() instanceof Element list && list.getTagName().equals("ol")) {
      int number = 1;
      for (Node before = item.getPreviousSibling();
          before != null;
          before = before.getPreviousSibling()) {
        if (before instanceof Element sibling && sibling.getTagName().equals("li")) {
          number++;
        }
      }
      return number + ". ";
    }
    return "- ";
  }

  private void appendText(String raw) {
    if (freeTextDepth > 0) {
      // white-space: pre-line, as the PDF sets it: the writer's line breaks stay.
      String[] lines = raw.replace("\r", "").split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        if (i > 0) {
          trimTrailingSpace();
          text.append('\n');
        }
        append(lines[i].replaceAll("[ \\t]+", " "));
      }
    } else {
      append(raw.replaceAll("\\s+", " "));
    }
  }

  private void append(String piece) {
    if (piece.isEmpty() || (piece.isBlank() && (pendingBreaks > 0 || atLineStart()))) {
      // Only the indentation of the markup: no word, so no line of its own.
      return;
    }
    if (pendingBreaks > 0 && text.length() > 0) {
      trimTrailingSpace();
      text.append("\n".repeat(pendingBreaks));
    }
    pendingBreaks = 0;
    boolean atLineStart = atLineStart();
    boolean afterSpace = text.length() > 0 && text.charAt(text.length() - 1) == ' ';
    String next = piece;
    if ((atLineStart || afterSpace) && next.startsWith(" ")) {
      next = next.substring(1);
    }
    text.append(next);
  }

  private boolean atLineStart() {
    return text.length() == 0 || text.charAt(text.length() - 1) == '\n';
  }

  private void breakAtLeast(int breaks) {
    pendingBreaks = Math.max(pendingBreaks, breaks);
  }

  private void trimTrailingSpace() {
    while (text.length() > 0 && text.charAt(text.length() - 1) == ' ') {
      text.setLength(text.length() - 1);
    }
  }

  private static org.w3c.dom.Document parse(String xhtml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      // Our own composed letter, but parsed as untrusted all the same: no DTDs, no entities.
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      factory.setExpandEntityReferences(false);
      factory.setNamespaceAware(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      return builder.parse(new InputSource(new StringReader(xhtml)));
    } catch (ParserConfigurationException | SAXException | IOException unreadable) {
      throw new IllegalStateException("a composed letter is not well-formed XHTML", unreadable);
    }
  }
}
