package uk.nhs.icb.caseworkflows.common.retention.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.nhs.icb.caseworkflows.common.retention.domain.RetentionSchedule;

/**
 * How long each kind of record is kept: the schedule's minimum, or longer where the ICB's policy
 * says so ({@code app.retention.<type>}, an ISO-8601 period such as {@code P12Y}). A shorter period
 * is honoured only with {@code app.profile=development}, so demonstrations and tests can reach the
 * end of retention; in production the schedule's minimum always wins.
 */
@ApplicationScoped
public class RetentionSettings {

  @Inject
  @ConfigProperty(name = "app.profile", defaultValue = "development")
  String profile;

  @Inject
  @ConfigProperty(name = "app.retention.complaint")
  Optional<String> complaintPeriod;

  @Inject
  @ConfigProperty(name = "app.retention.ifr")
  Optional<String> ifrPeriod;

  @Inject
  @ConfigProperty(name = "app.retention.chc")
  Optional<String> chcPeriod = Optional.empty();

  /** The day a record of that type closed on {@code closedOn} may first be destroyed. */
  public LocalDate retainUntil(String recordType, LocalDate closedOn) {
    LocalDate minimum = closedOn.plus(RetentionSchedule.require(recordType).minimum());
    Optional<LocalDate> configured = configuredPeriod(recordType).map(closedOn::plus);
    if (configured.isEmpty()) {
      return minimum;
    }
    boolean development = "development".equalsIgnoreCase(profile);
    return development || configured.get().isAfter(minimum) ? configured.get() : minimum;
  }

  private Optional<Period> configuredPeriod(String recordType) {
    Optional<String> setting =
        switch (recordType) {
          case "complaint" -> complaintPeriod;
          case "ifr" -> ifrPeriod;
          case "chc" -> chcPeriod;
          default -> Optional.empty();
        };
    return setting.filter(text -> !text.isBlank()).map(Period::parse);
  }
}
