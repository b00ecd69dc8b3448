package uk.nhs.icb.caseworkflows.common.letters.application;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import uk.nhs.icb.caseworkflows.common.letters.domain.LetterTemplate;

/**
 * Every letter template the modules contribute, by kind, read once. Two templates of the same kind
 * are a mistake in the build and stop it, rather than one silently winning.
 */
public class LetterTemplateCatalogue {

  private final Map<String, LetterTemplate> byKind = new TreeMap<>();

  public LetterTemplateCatalogue(Collection<LetterTemplates> contributions) {
    for (LetterTemplates contribution : contributions) {
      for (String resource : contribution.resources()) {
        LetterTemplate template = LetterTemplate.parse(resource, LetterComposer.resource(resource));
        LetterTemplate earlier = byKind.put(template.kind(), template);
        if (earlier != null) {
          throw new IllegalStateException(
              "two templates for the letter '"
                  + template.kind()
                  + "': "
                  + earlier.resource()
                  + " and "
                  + resource);
        }
      }
    }
  }

  /** The templates listed in META-INF/services by every module on the class path. */
  public static LetterTemplateCatalogue fromClassPath() {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    return new LetterTemplateCatalogue(
        ServiceLoader.load(
                LetterTemplates.class,
                loader == null ? LetterTemplates.class.getClassLoader() : loader)
            .stream()
            .map(ServiceLoader.Provider::get)
            .toList());
  }

  public LetterTemplate current(String kind) {
    LetterTemplate template = byKind.get(kind);
    if (template == null) {
      throw new IllegalArgumentException("there is no letter template '" + kind + "'");
    }
    return template;
  }

  public List<LetterTemplate> all() {
    return List.copyOf(byKind.values());
  }
}
