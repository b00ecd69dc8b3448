package uk.nhs.icb.caseworkflows.common.web.pages;

import java.util.List;
import uk.nhs.icb.caseworkflows.common.security.Caller;

/**
 * The links a module adds to the header's navigation for a caller (a case list, a team view). Each
 * module provides it as an {@code @ApplicationScoped} bean; links are shown in {@code order}.
 */
public interface PageNavigation {

  /** A link: its text, its path inside the application (starting with /), and its place. */
  record Link(String text, String path, int order) {}

  List<Link> linksFor(Caller caller);
}
