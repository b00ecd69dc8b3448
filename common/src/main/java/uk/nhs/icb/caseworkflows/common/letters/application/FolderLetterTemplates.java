package uk.nhs.icb.caseworkflows.common.letters.application;

import java.util.List;

/**
 * A module's letter templates kept in one classpath folder, each named after its kind ({@code
 * <folder>/<kind>.html}, with {@code <kind>.example.json} beside it). A module registers a subclass
 * with a no-argument constructor in {@code META-INF/services}.
 */
public abstract class FolderLetterTemplates implements LetterTemplates {

  private final List<String> resources;

  /**
   * @param folder the classpath folder, ending in {@code /}
   * @param kinds the kinds of letter the module sends
   */
  protected FolderLetterTemplates(String folder, String... kinds) {
    if (!folder.endsWith("/")) {
      throw new IllegalArgumentException("the folder must end in /: " + folder);
    }
    this.resources = List.of(kinds).stream().map(kind -> folder + kind + ".html").toList();
  }

  @Override
  public List<String> resources() {
    return resources;
  }
}
