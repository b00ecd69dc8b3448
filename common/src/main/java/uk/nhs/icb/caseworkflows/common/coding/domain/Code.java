package uk.nhs.icb.caseworkflows.common.coding.domain;

import java.util.regex.Pattern;
import uk.nhs.icb.caseworkflows.common.text.Text;

/**
 * One entry of a code list: the code that is stored and sent ({@code COMMUNICATIONS}, {@code
 * 18-64}) and the label a person reads ("Communications"). Codes are short and plain so they can be
 * a form's value, a column's content and part of an audit entry.
 */
public record Code(String code, String label) {

  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_+.-]{0,39}");

  public Code {
    code = Text.required(code, "a code");
    if (!PLAIN.matcher(code).matches()) {
      throw new IllegalArgumentException(
          "a code is up to 40 letters, digits, '_', '-', '+' or '.': " + code);
    }
    label = Text.required(label, "the label of code " + code);
  }
}
