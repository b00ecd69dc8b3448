package uk.nhs.icb.caseworkflows.common.web.pages;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * One page to render: its title (the browser tab adds the service name), the content template under
 * {@code pages/} on the classpath without {@code .html} (for example {@code app/tasks}), the values
 * the template prints, and the HTTP status.
 */
public record PageView(String title, String template, Map<String, Object> model, int status) {

  public PageView {
    // A value may be null: the template then leaves its section out.
    model = Collections.unmodifiableMap(new HashMap<>(model));
  }

  public static PageView of(String title, String template, Map<String, Object> model) {
    return new PageView(title, template, model, 200);
  }

  public PageView withStatus(int newStatus) {
    return new PageView(title, template, model, newStatus);
  }

  /** The same page with the field errors of a form, for the error summary and each field. */
  public PageView withErrors(FormErrors errors) {
    Map<String, Object> merged = new HashMap<>(model);
    merged.putAll(errors.model());
    return new PageView("Error: " + title, template, merged, status == 200 ? 400 : status);
  }
}
