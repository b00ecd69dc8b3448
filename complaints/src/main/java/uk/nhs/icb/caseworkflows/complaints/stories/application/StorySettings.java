package uk.nhs.icb.caseworkflows.complaints.stories.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Period;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.nhs.icb.caseworkflows.complaints.stories.domain.SmallNumberRisk;

/**
 * What the ICB configures for stories: how long a person has to answer the letter asking consent
 * (and again after the one reminder), and the services, wards and conditions rare enough in its
 * area that a reviewer is warned when a story names one.
 */
@ApplicationScoped
public class StorySettings {

  private final Period replyPeriod;
  private final SmallNumberRisk smallNumberRisk;

  @Inject
  public StorySettings(
      @ConfigProperty(name = "app.stories.reply-period", defaultValue = "P14D") String replyPeriod,
      @ConfigProperty(name = "app.stories.small-number-terms", defaultValue = " ")
          String smallNumberTerms) {
    this.replyPeriod = replyPeriod == null ? Period.ofDays(14) : Period.parse(replyPeriod.strip());
    this.smallNumberRisk = SmallNumberRisk.of(smallNumberTerms);
  }

  /** For the CDI proxy only. */
  protected StorySettings() {
    this.replyPeriod = null;
    this.smallNumberRisk = null;
  }

  public Period replyPeriod() {
    return replyPeriod;
  }

  public SmallNumberRisk smallNumberRisk() {
    return smallNumberRisk;
  }
}
