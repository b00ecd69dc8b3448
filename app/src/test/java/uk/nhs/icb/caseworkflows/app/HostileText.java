package uk.nhs.icb.caseworkflows.app;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cross-site scripting payloads, one per field, each carrying a tag (such as {@code n07}) so that a
 * failure names the field it came from. A payload that a browser or the letter renderer ever took
 * as markup would run script, add an element with an id starting {@code xss-probe} or lose its
 * angle brackets; printed as text it reads back character for character.
 */
public final class HostileText {

  /** A field a person types into, and the payload typed there. */
  public record Probe(String tag, String field, String value) {

    /** Fragments that may only ever appear escaped: present raw, the payload became markup. */
    public List<String> liveMarkup() {
      List<String> live = new ArrayList<>();
      Matcher tag = OPENING_TAG.matcher(value);
      while (tag.find()) {
        String element = tag.group();
        if (element.contains(this.tag)) {
          live.add(element);
        }
      }
      for (String element :
          List.of("<script>alert('" + this.tag + "')", "<i>" + this.tag + "</i>")) {
        if (value.contains(element)) {
          live.add(element);
        }
      }
      return live;
    }

    @Override
    public String toString() {
      return tag + " (" + field + ")";
    }
  }

  private static final Pattern OPENING_TAG = Pattern.compile("<[a-z][^<>]*>");

  private HostileText() {}

  /**
   * Every trick at once: a script element, breaking out of an attribute into an image with an error
   * handler, an SVG with an onload, Mustache tags (which must never be evaluated twice) and a
   * {@code javascript:} URL.
   */
  public static Probe full(String tag, String field) {
    return new Probe(
        tag,
        field,
        "<script>alert('"
            + tag
            + "')</script>\"><img id=xss-probe-"
            + tag
            + " src=x onerror=alert('"
            + tag
            + "')>'><svg onload=alert('"
            + tag
            + "')>{{"
            + tag
            + "}}{{{"
            + tag
            + "}}} javascript:alert('"
            + tag
            + "') & ` =");
  }

  /** For fields of at most 40 characters (a telephone number): out of the attribute, into SVG. */
  public static Probe medium(String tag, String field) {
    return new Probe(tag, field, "\"><svg id=xss-probe-" + tag + " onload=alert(1)>");
  }

  /** For fields of at most 10 characters (a postcode): an element of its own. */
  public static Probe tiny(String tag, String field) {
    return new Probe(tag, field, "<i>" + tag + "</i>");
  }

  /** A well-formed email address whose quoted local part is markup. */
  public static Probe email(String tag, String field) {
    return new Probe(tag, field, "\"<svg id=xss-probe-" + tag + " onload=alert(1)>\"@example.org");
  }

  /** The live fragments of {@code probe} found as they are in {@code html}: none, or a hole. */
  public static List<String> liveIn(String html, Probe probe) {
    return probe.liveMarkup().stream().filter(html::contains).toList();
  }

  /**
   * Whether the text of the HTML (entities decoded) holds what was typed, character for character.
   */
  public static boolean readsAsText(String html, Probe probe) {
    return decode(html).contains(probe.value());
  }

  /** Decodes HTML character references, as a browser does for text and attribute values. */
  public static String decode(String html) {
    StringBuilder text = new StringBuilder(html.length());
    Matcher reference = REFERENCE.matcher(html);
    int last = 0;
    while (reference.find()) {
      text.append(html, last, reference.start());
      String name = reference.group(1);
      String decoded =
          switch (name) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            default ->
                name.startsWith("#x") || name.startsWith("#X")
                    ? Character.toString(Integer.parseInt(name.substring(2), 16))
                    : name.startsWith("#")
                        ? Character.toString(Integer.parseInt(name.substring(1)))
                        : reference.group();
          };
      text.append(decoded);
      last = reference.end();
    }
    return text.append(html.substring(last)).toString();
  }

  private static final Pattern REFERENCE =
      Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-z]+);");
}
