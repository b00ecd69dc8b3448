package uk.nhs.icb.caseworkflows.common.http;

import jakarta.json.Json;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Finds text holding the character U+0000 (NUL, escaped as backslash-u0000) in a JSON body, for
 * {@link JsonBodyChecks} to refuse naming the field. PostgreSQL cannot keep a NUL in a text column
 * or compare one in a query (H2 can): such a value failed its whole transaction at the database as
 * a 500 in production while passing on the embedded database. Nobody types one; names of map
 * entries (a task's variables) are checked as well as values. Called after the depth check, so what
 * it parses is never deeper than that limit.
 */
final class JsonText {

  static final String NUL = "must not contain the character U+0000 (NUL)";

  private static final byte[] ESCAPED_NUL = "u0000".getBytes(StandardCharsets.US_ASCII);

  private JsonText() {}

  /**
   * The first field (as the API names it: {@code issues[2]}, {@code variables.note}) whose name or
   * text holds a NUL; empty when none does, or when the body is not JSON (the binding says so).
   */
  static Optional<String> fieldHoldingNul(byte[] json) {
    if (!contains(json, ESCAPED_NUL)) {
      return Optional.empty(); // the usual case, without parsing twice
    }
    Deque<Place> places = new ArrayDeque<>();
    try (JsonParser parser = Json.createParser(new ByteArrayInputStream(json))) {
      while (parser.hasNext()) {
        JsonParser.Event event = parser.next();
        switch (event) {
          case KEY_NAME -> {
            String key = parser.getString();
            places.peek().key = key;
            if (key.indexOf('\0') >= 0) {
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
            if (parser.getString().indexOf('\0') >= 0) {
              return Optional.of(path(places));
            }
          }
          default -> valueSeen(places);
        }
      }
    } catch (JsonParsingException | java.util.NoSuchElementException notJson) {
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
        name.append(place.key.replace("\0", "\\u0000"));
      }
    }
    return name.isEmpty() ? "body" : name.toString();
  }

  private static boolean contains(byte[] text, byte[] part) {
    outer:
    for (int i = 0; i + part.length <= text.length; i++) {
      for (int j = 0; j < part.length; j++) {
        if (text[i + j] != part[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
