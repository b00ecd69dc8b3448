package uk.nhs.icb.caseworkflows.common.http;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import uk.nhs.icb.caseworkflows.common.errors.FieldError;
import uk.nhs.icb.caseworkflows.common.errors.InvalidInputException;

/**
 * Checks a JSON body before the JSON binding reads it, reading it once:
 *
 * <ul>
 *   <li>nested deeper than {@value #MAX_DEPTH} arrays or objects is refused: the binding recurses
 *       per level, and a few hundred thousand brackets (well within the size limit) overflowed its
 *       stack, which no exception mapper can answer; no request of this API needs more than a
 *       handful of levels;
 *   <li>text holding a control character other than a tab or a line break (U+0000 above all) is
 *       refused naming its field ({@link JsonText}), as the forms refuse it.
 * </ul>
 */
@Provider
public class JsonBodyChecks implements ReaderInterceptor {

  static final int MAX_DEPTH = 32;

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    MediaType type = context.getMediaType();
    // A raw upload (read as a stream or bytes) is a file whatever type its sender declared.
    if (type == null
        || !type.getSubtype().toLowerCase().endsWith("json")
        || context.getType() == java.io.InputStream.class
        || context.getType() == byte[].class) {
      return context.proceed();
    }
    byte[] body = context.getInputStream().readAllBytes();
    if (depth(body) > MAX_DEPTH) {
      throw new InvalidInputException(
          List.of(new FieldError("body", "is nested more than " + MAX_DEPTH + " levels deep")));
    }
    Optional<String> holding = JsonText.fieldHoldingControlCharacters(body);
    if (holding.isPresent()) {
      throw new InvalidInputException(
          List.of(new FieldError(holding.get(), JsonText.CONTROL_CHARACTERS)));
    }
    context.setInputStream(new ByteArrayInputStream(body));
    return context.proceed();
  }

  /** The deepest nesting of arrays and objects, brackets inside strings not counted. */
  static int depth(byte[] json) {
    int depth = 0;
    int deepest = 0;
    boolean inString = false;
    for (int i = 0; i < json.length; i++) {
      byte b = json[i];
      if (inString) {
        if (b == '\\') {
          i++;
        } else if (b == '"') {
          inString = false;
        }
      } else if (b == '"') {
        inString = true;
      } else if (b == '[' || b == '{') {
        deepest = Math.max(deepest, ++depth);
      } else if (b == ']' || b == '}') {
        depth--;
      }
    }
    return deepest;
  }
}
