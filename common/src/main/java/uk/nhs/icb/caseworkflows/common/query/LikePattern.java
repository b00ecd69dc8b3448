package uk.nhs.icb.caseworkflows.common.query;

import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Free text a case list looks for anywhere within some names, in any case. The user's own {@code %}
 * and {@code _} are taken literally, so "50%" finds "50%" and not everything starting with 50.
 */
public final class LikePattern {

  private static final char ESCAPE = '\\';

  private LikePattern() {}

  /** A LIKE pattern that finds the text anywhere, lower-cased, its wildcards escaped. */
  public static String containing(String text) {
    StringBuilder pattern = new StringBuilder("%");
    for (char ch : text.toLowerCase(Locale.ROOT).toCharArray()) {
      if (ch == '%' || ch == '_' || ch == ESCAPE) {
        pattern.append(ESCAPE);
      }
      pattern.append(ch);
    }
    return pattern.append('%').toString();
  }

  /**
   * The JPQL condition that any of the string fields at {@code paths} contains the pattern bound to
   * {@code parameter}.
   */
  public static String inAnyOf(String parameter, String... paths) {
    return Stream.of(paths)
        .map(path -> "lower(" + path + ") like :" + parameter + " escape '" + ESCAPE + "'")
        .collect(Collectors.joining(" or ", "(", ")"));
  }
}
