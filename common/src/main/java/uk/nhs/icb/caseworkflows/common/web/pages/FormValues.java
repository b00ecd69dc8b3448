package uk.nhs.icb.caseworkflows.common.web.pages;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import uk.nhs.icb.caseworkflows.common.text.Text;

/**
 * What a person typed into a form, read field by field; each reader adds a message to {@link
 * #errors()} in the NHS style when a required answer is missing or wrong, and the typed values are
 * kept so the form can be shown again as it was. Text longer than its {@link FieldLimits} is
 * refused beside the field.
 */
public final class FormValues {

  public static final int MAX_TEXT = FieldLimits.MAX_TEXT;

  /** The hidden field carrying the version of the case a form was drawn from. */
  public static final String VERSION = "version";

  /** A version no case ever has: what a damaged version field reads as, so the edit is refused. */
  static final long NO_SUCH_VERSION = -1;

  private final Map<String, String> typed = new LinkedHashMap<>();
  private final FormErrors errors = new FormErrors();
  private final Map<String, DateInput.Result> dates = new LinkedHashMap<>();
  private final Map<String, Part> files = new LinkedHashMap<>();
  private final FieldLimits limits;

  private FormValues(FieldLimits limits) {
    this.limits = limits;
  }

  public static FormValues of(HttpServletRequest request, FieldLimits limits) {
    FormValues values = new FormValues(limits);
    request
        .getParameterMap()
        .forEach((name, all) -> values.keep(name, all.length == 0 ? "" : all[0]));
    if (isMultipart(request)) {
      try {
        for (Part part : request.getParts()) {
          if (part.getSubmittedFileName() != null) {
            values.files.putIfAbsent(part.getName(), part);
          }
        }
      } catch (IOException | ServletException | IllegalStateException unreadable) {
        // Beyond the servlet's multipart limits or cut off: read as a form without a file, whose
        // own checks then report what is missing.
      }
    }
    return values;
  }

  /** The message beside a field whose answer holds control characters, as the API words it. */
  static final String CONTROL_CHARACTERS = "Must not contain control characters";

  /** The answers as typed, field by field. */
  public static FormValues of(Map<String, String> answers, FieldLimits limits) {
    FormValues values = new FormValues(limits);
    answers.forEach(values::keep);
    return values;
  }

  /**
   * Keeps an answer as typed. One holding a control character other than a tab or a line break is
   * refused beside its field ({@link Text#hasControlCharacters}, the API's rule too), and a NUL is
   * not kept even to show the form again: PostgreSQL cannot store or compare one in text, so it
   * would fail the form's whole transaction as a fault.
   */
  private void keep(String name, String value) {
    if (Text.hasControlCharacters(value) || Text.hasControlCharacters(name)) {
      errors.add(name.replace("\0", ""), CONTROL_CHARACTERS);
    }
    typed.put(name.replace("\0", ""), value.replace("\0", ""));
  }

  private static boolean isMultipart(HttpServletRequest request) {
    String type = request.getContentType();
    return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
  }

  /** The file sent in that input, if the form had one (it may be an empty choice). */
  public Optional<Part> file(String name) {
    return Optional.ofNullable(files.get(name));
  }

  public static FormValues empty() {
    return new FormValues(FieldLimits.NONE);
  }

  public FormErrors errors() {
    return errors;
  }

  /**
   * The version of the case the form was drawn from ({@link FormModel#version}), for the use case
   * to compare with the stored one; null when the form did not carry one. A value that is not a
   * version (the page was tampered with) reads as {@link #NO_SUCH_VERSION}, which is always stale.
   */
  public Long version() {
    String sent = typed(VERSION);
    if (sent.isEmpty()) {
      return null;
    }
    try {
      return Long.parseLong(sent);
    } catch (NumberFormatException damaged) {
      return NO_SUCH_VERSION;
    }
  }

  /** Text, trimmed; blank is null. A required blank answer gets {@code missing} as its message. */
  public String text(String name, String missing) {
    String value = typed.getOrDefault(name, "").strip();
    if (value.isEmpty()) {
      if (missing != null) {
        errors.add(name, missing);
      }
      return null;
    }
    int longest = limits.of(name);
    if (value.length() > longest) {
      errors.add(name, "Must be " + longest + " characters or fewer");
      return null;
    }
    return value;
  }

  /** One entry per non-blank line of a text area. */
  public List<String> lines(String name, String missing) {
    String value = text(name, missing);
    return value == null
        ? List.of()
        : Arrays.stream(value.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
  }

  /** A yes/no question answered with radios valued {@code yes} and {@code no}. */
  public Boolean yesNo(String name, String missing) {
    String value = typed.get(name);
    if ("yes".equals(value)) {
      return true;
    }
    if ("no".equals(value)) {
      return false;
    }
    errors.add(name + "-yes", missing);
    return null;
  }

  /** One of an enum's values, chosen with radios whose ids are {@code name-VALUE}. */
  public <E extends Enum<E>> E choice(String name, Class<E> type, E first, String missing) {
    String value = typed.get(name);
    if (value != null) {
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equals(value)) {
          return constant;
        }
      }
    }
    if (missing != null) {
      errors.add(name + "-" + first.name(), missing);
    }
    return null;
  }

  /** The values of the boxes ticked in a {@link Fields#checkboxes} group, in the options' order. */
  public List<String> ticked(String name, List<Fields.Option> options) {
    return options.stream()
        .map(Fields.Option::value)
        .filter(value -> isChecked(name + "-" + value, value))
        .toList();
  }

  public DateInput.Result date(String name, String label, boolean required) {
    DateInput.Result date =
        DateInput.parse(
            name,
            label,
            required,
            typed.get(name + "-day"),
            typed.get(name + "-month"),
            typed.get(name + "-year"));
    date.reportTo(errors);
    dates.put(name, date);
    return date;
  }

  public Optional<DateInput.Result> typedDate(String name) {
    return Optional.ofNullable(dates.get(name));
  }

  public String typed(String name) {
    return typed.getOrDefault(name, "");
  }

  public boolean isChecked(String name, String value) {
    return value.equals(typed.get(name));
  }

  /**
   * Builds a value object from answers already read; the refusal of its own rule (an NHS number's
   * check digit, a name too long) becomes the message beside {@code fieldId}, and null comes back.
   */
  public <T> T build(String fieldId, Supplier<T> make) {
    try {
      return make.get();
    } catch (IllegalArgumentException | NullPointerException refused) {
      errors.add(
          fieldId,
          refused.getMessage() == null
              ? "Check this answer"
              : PageText.sentence(refused.getMessage()));
      return null;
    }
  }
}
