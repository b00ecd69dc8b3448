package uk.nhs.icb.caseworkflows.app.letters;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import uk.nhs.icb.caseworkflows.common.letters.domain.LetterContent;
import uk.nhs.icb.caseworkflows.common.letters.domain.Recipient;

/**
 * Turns a template's realistic example into the data that breaks letters: a very long name with
 * Welsh and Irish accents, long address lines, markup and control characters in every text field,
 * and a 2,000-word statement in the longest one.
 */
final class AwkwardLetters {

  static final String LONG_NAME =
      "Siân Ní Bhriain-Featherstonehaugh-Cholmondeley-Ó Súilleabháin-Llywelyn ap Gruffydd";
  static final String MARKUP =
      "<b>not bold</b> & <script>alert('x')</script>"
          + " <a href=\"javascript:alert('x')\">a link</a><img src=\"x\" onerror=\"alert('x')\">";
  static final String LAST_WORD = "endofstatement";

  private AwkwardLetters() {}

  static LetterContent of(LetterContent example) {
    Map<String, Object> fields = new LinkedHashMap<>();
    example.fields().forEach((name, value) -> fields.put(name, awkward(value)));
    String longest = longestTextField(example.fields());
    if (longest != null) {
      fields.put(longest, twoThousandWords());
    }
    return new LetterContent(
        example.kind(),
        example.reference(),
        example.nhsNumber(),
        new Recipient(
            LONG_NAME,
            List.of(
                "Fflat 3, Tŷ'r Ysgol, Heol-y-Frenhines, Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch",
                "Ystâd Ddiwydiannol Parc Menai, Bangor, Gwynedd, Cymru (Wales)",
                "Ørsted House, Łódź Road, Ærø Close"),
            "LL57 4FG"),
        example.signatory(),
        fields);
  }

  private static Object awkward(Object value) {
    if (value instanceof String text) {
      return text + " — Siân Ní Bhriain " + MARKUP + " \u0007\u0000";
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      map.forEach((key, item) -> copy.put(String.valueOf(key), awkward(item)));
      return copy;
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>();
      list.forEach(item -> copy.add(awkward(item)));
      return copy;
    }
    return value;
  }

  private static String longestTextField(Map<String, Object> fields) {
    return fields.entrySet().stream()
        .filter(entry -> entry.getValue() instanceof String)
        .max(
            (a, b) ->
                Integer.compare(((String) a.getValue()).length(), ((String) b.getValue()).length()))
        .map(Map.Entry::getKey)
        .orElse(null);
  }

  static String twoThousandWords() {
    String[] vocabulary = {
      "the", "appointment", "was", "cancelled", "twice", "and", "nobody", "explained", "why", "my",
      "mother", "waited", "in", "pain", "while", "the", "ward", "staff", "said", "transport"
    };
    String body =
        IntStream.range(0, 1999)
            .mapToObj(i -> vocabulary[i % vocabulary.length] + ((i + 1) % 23 == 0 ? ".\n" : ""))
            .collect(Collectors.joining(" "));
    return body + " " + LAST_WORD;
  }
}
