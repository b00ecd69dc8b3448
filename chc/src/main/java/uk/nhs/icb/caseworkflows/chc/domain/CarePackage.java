package uk.nhs.icb.caseworkflows.chc.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import uk.nhs.icb.caseworkflows.common.text.Text;

/**
 * One version of the care the ICB arranges and funds for an eligible person: the provider, the
 * setting, the weekly cost, the day it starts and whether it is delivered through a personal health
 * budget (a legal right for adults eligible for NHS Continuing Healthcare since 1 October 2014).
 * Each change is kept as a new version with who made it, when and why, so the case shows the
 * package's whole history.
 */
@Embeddable
public class CarePackage {

  public static final int PROVIDER_LENGTH = 200;
  public static final int REASON_LENGTH = 2000;

  @Column(name = "provider", nullable = false, length = PROVIDER_LENGTH)
  private String provider;

  @Enumerated(EnumType.STRING)
  @Column(name = "setting", nullable = false, length = 30)
  private CareSetting setting;

  @Column(name = "weekly_cost", nullable = false, precision = 10, scale = 2)
  private BigDecimal weeklyCost;

  @Column(name = "starts_on", nullable = false)
  private LocalDate startsOn;

  @Column(name = "personal_health_budget", nullable = false)
  private boolean personalHealthBudget;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  @Column(name = "changed_by", nullable = false, length = 100)
  private String changedBy;

  @Column(name = "reason", nullable = false, length = REASON_LENGTH)
  private String reason;

  protected CarePackage() {}

  public CarePackage(
      String provider,
      CareSetting setting,
      BigDecimal weeklyCost,
      LocalDate startsOn,
      boolean personalHealthBudget,
      Instant changedAt,
      String changedBy,
      String reason) {
    this.provider = Text.required(provider, "the provider");
    this.setting = Objects.requireNonNull(setting, "setting");
    Objects.requireNonNull(weeklyCost, "weeklyCost");
    if (weeklyCost.signum() < 0) {
      throw new ChcRuleException("A weekly cost cannot be negative.");
    }
    this.weeklyCost = weeklyCost;
    this.startsOn = Objects.requireNonNull(startsOn, "startsOn");
    this.personalHealthBudget = personalHealthBudget;
    this.changedAt = Objects.requireNonNull(changedAt, "changedAt");
    this.changedBy = Text.required(changedBy, "who changed the package");
    this.reason = Text.required(reason, "why the package was arranged or changed");
  }

  public String provider() {
    return provider;
  }

  public CareSetting setting() {
    return setting;
  }

  public BigDecimal weeklyCost() {
    return weeklyCost;
  }

  public LocalDate startsOn() {
    return startsOn;
  }

  public boolean personalHealthBudget() {
    return personalHealthBudget;
  }

  public Instant changedAt() {
    return changedAt;
  }

  public String changedBy() {
    return changedBy;
  }

  public String reason() {
    return reason;
  }
}
