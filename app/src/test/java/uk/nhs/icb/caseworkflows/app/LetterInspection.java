package uk.nhs.icb.caseworkflows.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads a letter's PDF as a reader would: its text, and anything in it that could act (JavaScript,
 * launching a program, opening a URL, submitting a form, links and other interactive annotations).
 * A letter has no reason to hold any of those, least of all one made from what a person typed.
 */
public final class LetterInspection {

  private static final Set<String> ACTIONS =
      Set.of(
          "JavaScript",
          "Launch",
          "URI",
          "SubmitForm",
          "ImportData",
          "ResetForm",
          "GoToR",
          "GoToE",
          "Rendition",
          "Sound",
          "Movie");
  private static final Set<String> INTERACTIVE_ANNOTATIONS =
      Set.of("Link", "Widget", "FileAttachment", "Screen", "Movie", "Sound", "RichMedia");
  private static final Set<String> ACTIVE_KEYS =
      Set.of("JS", "AA", "OpenAction", "AcroForm", "EmbeddedFiles", "URI");

  private final String text;
  private final List<String> activeContent;

  private LetterInspection(String text, List<String> activeContent) {
    this.text = text;
    this.activeContent = activeContent;
  }

  public static LetterInspection of(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new LetterInspection(
          new PDFTextStripper().getText(document),
          activeContent(document.getDocument().getTrailer()));
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  /** The text as extracted, in reading order. */
  public String text() {
    return text;
  }

  /**
   * Whether the letter prints {@code typed} character for character. Line breaks fall where the
   * layout puts them, so white space is left out of the comparison on both sides.
   */
  public boolean prints(String typed) {
    return withoutSpace(text).contains(withoutSpace(typed));
  }

  /** Every action, interactive annotation or active key found in the document's objects. */
  public List<String> activeContent() {
    return activeContent;
  }

  private static List<String> activeContent(COSDictionary trailer) {
    List<String> found = new ArrayList<>();
    Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<COSBase> next = new ArrayDeque<>();
    next.push(trailer);
    while (!next.isEmpty()) {
      COSBase item = next.pop();
      if (item instanceof COSObject reference) {
        item = reference.getObject();
      }
      if (item == null || !seen.add(item)) {
        continue;
      }
      if (item instanceof COSArray array) {
        array.forEach(next::push);
      } else if (item instanceof COSDictionary dictionary) {
        describe(dictionary, found);
        dictionary.getValues().forEach(next::push);
      }
    }
    return found;
  }

  private static void describe(COSDictionary dictionary, List<String> found) {
    String action = dictionary.getNameAsString(COSName.S);
    if (action != null && ACTIONS.contains(action)) {
      found.add("action /S /" + action);
    }
    String subtype = dictionary.getNameAsString(COSName.SUBTYPE);
    if (subtype != null && INTERACTIVE_ANNOTATIONS.contains(subtype)) {
      found.add("annotation /Subtype /" + subtype);
    }
    for (String key : ACTIVE_KEYS) {
      if (dictionary.containsKey(COSName.getPDFName(key))) {
        found.add("key /" + key);
      }
    }
    COSDictionary names = dictionary.getCOSDictionary(COSName.NAMES);
    if (names != null && names.containsKey(COSName.getPDFName("JavaScript"))) {
      found.add("name tree /JavaScript");
    }
  }

  private static String withoutSpace(String text) {
    return text.replaceAll("\\s+", "");
  }
}
