package uk.nhs.icb.caseworkflows.common.coding.application;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;
import uk.nhs.icb.caseworkflows.common.coding.domain.Code;
import uk.nhs.icb.caseworkflows.common.coding.domain.CodeList;
import uk.nhs.icb.caseworkflows.common.coding.domain.CodeLists;

/**
 * Reads a workflow's code lists: the seed resource shipped in its module, then, list by list, the
 * ICB's own list where one is set under the workflow's prefix ({@code
 * app.complaints.codes.subject}). A list set by the ICB replaces the seed's list whole, so the
 * order and labels are the ICB's; its entries are {@code CODE=Label} separated by {@code |}, as the
 * letter settings' lists are. A blank value counts as not set.
 *
 * <p>The seed is UTF-8 text: a {@code [name]} line starts a list, each further line is {@code CODE
 * = Label}, and lines starting with {@code #} are comments (where the codes come from).
 */
public final class CodeListReader {

  private final String prefix;
  private final Function<String, Optional<String>> values;

  private CodeListReader(String prefix, Function<String, Optional<String>> values) {
    this.prefix = prefix;
    this.values = values;
  }

  /** The lists as the application is configured (properties, environment, system). */
  public static CodeListReader of(Config config, String prefix) {
    return new CodeListReader(prefix, name -> config.getOptionalValue(name, String.class));
  }

  /** Settings given by their full property names, for tests and tools. */
  public static CodeListReader of(Map<String, String> properties, String prefix) {
    return new CodeListReader(prefix, name -> Optional.ofNullable(properties.get(name)));
  }

  /** The seed at {@code resource} beside {@code owner}'s package, with the ICB's lists in place. */
  public CodeLists read(Class<?> owner, String resource) {
    try (InputStream seed = owner.getResourceAsStream(resource)) {
      if (seed == null) {
        throw new IllegalStateException("no code list seed " + resource + " beside " + owner);
      }
      return read(seed);
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  public CodeLists read(InputStream seed) {
    List<CodeList> lists = new ArrayList<>();
    seedLists(seed)
        .forEach((name, codes) -> lists.add(new CodeList(name, configured(name, codes))));
    return new CodeLists(lists);
  }

  private List<Code> configured(String name, List<Code> seeded) {
    Optional<String> set =
        values.apply(prefix + name).map(String::strip).filter(value -> !value.isEmpty());
    if (set.isEmpty()) {
      return seeded;
    }
    List<Code> codes = new ArrayList<>();
    for (String entry : set.get().split("\\|")) {
      if (!entry.isBlank()) {
        codes.add(entry(entry, prefix + name));
      }
    }
    return codes;
  }

  private static Map<String, List<Code>> seedLists(InputStream seed) {
    Map<String, List<Code>> lists = new LinkedHashMap<>();
    List<Code> current = null;
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(seed, StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        line = line.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        if (line.startsWith("[") && line.endsWith("]")) {
          current = new ArrayList<>();
          lists.put(line.substring(1, line.length() - 1).strip(), current);
        } else if (current == null) {
          throw new IllegalArgumentException("a code before the first [list] line: " + line);
        } else {
          current.add(entry(line, "the seed"));
        }
      }
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
    return lists;
  }

  /** {@code CODE = Label}; the label may itself hold '='. */
  private static Code entry(String entry, String where) {
    int equals = entry.indexOf('=');
    if (equals < 0) {
      throw new IllegalArgumentException(where + ": '" + entry.strip() + "' is not CODE=Label");
    }
    return new Code(entry.substring(0, equals).strip(), entry.substring(equals + 1).strip());
  }
}
