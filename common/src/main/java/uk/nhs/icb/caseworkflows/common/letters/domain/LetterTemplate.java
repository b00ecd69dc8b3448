package uk.nhs.icb.caseworkflows.common.letters.domain;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One kind of letter in its current wording. The file is an XHTML fragment with Mustache
 * placeholders, headed by a comment that names the letter, its version and its title:
 *
 * <pre>
 * &lt;!--
 *   letter: complaint-acknowledgement
 *   version: 2
 *   title: We have received your complaint
 * --&gt;
 * </pre>
 *
 * Whoever changes the wording raises the version, so every stored letter says which wording it was
 * made from.
 */
public record LetterTemplate(String kind, int version, String title, String body, String resource) {

  private static final Pattern HEADER = Pattern.compile("\\A\\s*<!--(.*?)-->", Pattern.DOTALL);

  /** At most {@link #MAX_KIND_LENGTH} characters: the letter store's column holds no more. */
  public static final int MAX_KIND_LENGTH = 60;

  private static final Pattern KIND =
      Pattern.compile("[a-z][a-z0-9-]{1," + (MAX_KIND_LENGTH - 1) + "}");

  /** Reads a template file; fails naming the file and what its header lacks. */
  public static LetterTemplate parse(String resource, String text) {
    // Some editors start a UTF-8 file with a byte-order mark; it is not part of the letter.
    Matcher header = HEADER.matcher(text.startsWith("\uFEFF") ? text.substring(1) : text);
    if (!header.find()) {
      throw new IllegalArgumentException(
          resource + ": a letter template starts with a <!-- letter: ... --> header");
    }
    Map<String, String> fields = new HashMap<>();
    for (String line : header.group(1).split("\\R")) {
      int colon = line.indexOf(':');
      if (colon > 0) {
        fields.put(line.substring(0, colon).trim().toLowerCase(), line.substring(colon + 1).trim());
      }
    }
    String kind = fields.get("letter");
    if (kind == null || !KIND.matcher(kind).matches()) {
      throw new IllegalArgumentException(
          resource + ": 'letter:' must name the kind in lower case with dashes");
    }
    int version;
    try {
      version = Integer.parseInt(fields.getOrDefault("version", ""));
    } catch (NumberFormatException notANumber) {
      throw new IllegalArgumentException(resource + ": 'version:' must be a whole number");
    }
    String title = fields.get("title");
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException(
          resource + ": 'title:' is needed (it becomes the PDF's title)");
    }
    return new LetterTemplate(kind, version, title, header.replaceFirst("").trim(), resource);
  }
}
