package uk.nhs.icb.caseworkflows.common.http;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import uk.nhs.icb.caseworkflows.common.text.Text;

/**
 * Finds text holding a control character other than a tab or a line break ({@link
 * Text#hasControlCharacters}, the rule the forms use too) in a JSON body, for {@link
 * JsonBodyChecks} to refuse naming the field. U+0000 (NUL) above all: PostgreSQL cannot keep one in
 * a text column or compare one in a query (H2 can), so such a value failed its whole transaction at
 * the database as a 500 in production while passing on the embedded database; the others would
 * reach exports, pages and letters as they are. Nobody types one; names of map entries (a task's
 * variables) are checked as well as values. Called after the depth check, so what it parses is
 * never deeper than that limit.
 */
final class JsonText {

  static final String CONTROL_CHARACTERS =
      "must not contain control characters (U+0000 to U+001F, U+007F to U+009F) other than tabs"
          + " and line breaks";

  /** Made once: a factory is looked up through the JSON provider, not on each request's body. */
  private static final JsonParserFactory PARSERS = Json.createParserFactory(null);

  private JsonText() {}

  /**
   * The first field (as the API names it: {@code issues[2]}, {@code variables.note}) whose name or
   * text holds a control character other than a tab or a line break; empty when none does, or when
   * the body is not JSON (the binding says so).
   */
  static Optional<String> fieldHoldingControlCharacters(byte[] json) {
    if (!mayHoldControlCharacters(json)) {
      return Optional.empty(); // the usual case, without parsing twice
    }
    Deque<Place> places = new ArrayDeque<>();
    // UTF-8 as the binding reads it: detecting the encoding needs more than a byte or two.
    try (JsonParser parser =
        PARSERS.createParser(new ByteArrayInputStream(json), StandardCharsets.UTF_8)) {
      while (parser.hasNext()) {
        JsonParser.Event event = parser.next();
        switch (event) {
          case KEY_NAME -> {
            String key = parser.getString();
            places.peek().key = key;
            if (Text.hasControlCharacters(key)) {
              return Optional.of(path(places));
            }
          }
          case START_OBJECT, START_ARRAY -> {
            valueSeen(places);
            places.push(new Place(event == JsonParser.Event.START_ARRAY));
          }
          case END_OBJECT, END_ARRAY -> places.pop();
          case VALUE_STRING -> {
            valueSeen(places);
            if (Text.hasControlCharacters(parser.getString())) {
              return Optional.of(path(places));
            }
          }
          default -> valueSeen(places);
        }
      }
    } catch (JsonException | java.util.NoSuchElementException | IllegalStateException notJson) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** Where the parser is: the key last read in an object, the index of the value in an array. */
  private static final class Place {
    final boolean array;
    String key;
    int index = -1;

    Place(boolean array) {
      this.array = array;
    }
  }

  private static void valueSeen(Deque<Place> places) {
    Place current = places.peek();
    if (current != null && current.array) {
      current.index++;
    }
  }

  private static String path(Deque<Place> places) {
    StringBuilder name = new StringBuilder();
    var outermostFirst = places.descendingIterator();
    while (outermostFirst.hasNext()) {
      Place place = outermostFirst.next();
      if (place.array) {
        if (place.index >= 0) {
          name.append('[').append(place.index).append(']');
        }
      } else if (place.key != null) {
        if (!name.isEmpty()) {
          name.append('.');
        }
        name.append(shown(place.key));
      }
    }
    return name.isEmpty() ? "body" : name.toString();
  }

  /** A map entry's name as a field error shows it: its control characters written as escapes. */
  private static String shown(String key) {
    StringBuilder shown = new StringBuilder();
    key.chars()
        .forEach(
            c -> {
              if (Text.isControlCharacter(c)) {
                shown.append(String.format("\\u%04x", c));
              } else {
                shown.append((char) c);
              }
            });
    return shown.toString();
  }

  /**
   * Whether the bytes may hold a refused control character, without parsing: an escape of one
   * ({@code \\u0000} to {@code \\u001f} but tab and line breaks, {@code \\u007f} to {@code
   * \\u009f}, {@code \\b}, {@code \\f}), or one written as it is (a C0 control but tab and line
   * breaks, DEL, or a C1 control in UTF-8). A false alarm (an escaped backslash before such
   * letters) costs only a parse.
   */
  static boolean mayHoldControlCharacters(byte[] json) {
    for (int i = 0; i < json.length; i++) {
      int b = json[i] & 0xFF;
      if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r')
          || b == 0x7F
          || (b == 0xC2
              && i + 1 < json.length
              && (json[i + 1] & 0xFF) >= 0x80
              && (json[i + 1] & 0xFF) <= 0x9F)) {
        return true;
      }
      if (b != '\\' || i + 1 >= json.length) {
        continue;
      }
      int next = json[i + 1];
      if (next == 'b' || next == 'f') {
        return true;
      }
      if (next == 'u' && i + 5 < json.length && json[i + 2] == '0' && json[i + 3] == '0') {
        int high = Character.toLowerCase(json[i + 4]);
        int low = Character.toLowerCase(json[i + 5]);
        boolean c0 = high == '0' || high == '1';
        boolean tabOrLineBreak = high == '0' && (low == '9' || low == 'a' || low == 'd');
        boolean delOrC1 = (high == '7' && low == 'f') || high == '8' || high == '9';
        if ((c0 && !tabOrLineBreak) || delOrC1) {
          return true;
        }
      }
    }
    return false;
  }
}
