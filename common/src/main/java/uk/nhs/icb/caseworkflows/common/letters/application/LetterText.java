package uk.nhs.icb.caseworkflows.common.letters.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.nhs.icb.caseworkflows.common.errors.InvalidInputException;

/**
 * Makes a letter's fields safe to print. Text keeps its letters, accents and line breaks but loses
 * the control characters and broken surrogates that would corrupt the document (XML cannot hold
 * them); markup needs nothing here, because the templates escape every value.
 */
final class LetterText {

  private LetterText() {}

  static Object clean(String path, Object value) {
    if (value == null
        || value instanceof Boolean
        || value instanceof Number
        || value instanceof LocalDate) {
      return value;
    }
    if (value instanceof CharSequence text) {
      return text(text.toString());
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> cleaned = new LinkedHashMap<>();
      map.forEach((key, item) -> cleaned.put(String.valueOf(key), clean(path + "." + key, item)));
      return cleaned;
    }
    if (value instanceof List<?> list) {
      List<Object> cleaned = new ArrayList<>(list.size());
      for (int i = 0; i < list.size(); i++) {
        cleaned.add(clean(path + "[" + i + "]", list.get(i)));
      }
      return cleaned;
    }
    throw new InvalidInputException(
        path, "must be text, a number, true/false, a date or a list of those");
  }

  static String text(String text) {
    StringBuilder clean = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        clean.append(c).append(text.charAt(++i));
      } else if (c == '\n' || c == '\t') {
        clean.append(c);
      } else if (c == '\r') {
        clean.append(i + 1 < text.length() && text.charAt(i + 1) == '\n' ? "" : "\n");
      } else if (!Character.isISOControl(c)
          && !Character.isSurrogate(c)
          && c != '\uFFFE'
          && c != '\uFFFF') {
        clean.append(c);
      }
    }
    return clean.toString();
  }
}
