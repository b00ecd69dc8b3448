package uk.nhs.icb.caseworkflows.common.letters.application;

import java.util.List;

/**
 * A module's letter templates, as classpath resource names. Each template {@code x.html} has an
 * example of its fields beside it, {@code x.example.json}, used to preview the letter and to test
 * that it renders. Implementations are found with {@link java.util.ServiceLoader} (listed in {@code
 * META-INF/services}), so a plain test can render every template of the product without a
 * container.
 */
public interface LetterTemplates {

  List<String> resources();
}
