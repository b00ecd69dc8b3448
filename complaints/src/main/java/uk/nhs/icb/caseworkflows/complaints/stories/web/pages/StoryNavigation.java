package uk.nhs.icb.caseworkflows.complaints.stories.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import uk.nhs.icb.caseworkflows.common.security.Caller;
import uk.nhs.icb.caseworkflows.common.web.pages.PageNavigation;

/** "Stories" in the header, for the complaints team and the Caldicott Guardian. */
@ApplicationScoped
public class StoryNavigation implements PageNavigation {

  @Override
  public List<Link> linksFor(Caller caller) {
    return caller.hasAnyRole(StoryPages.READERS)
        ? List.of(new Link("Stories", StoryPages.PATH, 35))
        : List.of();
  }
}
