package uk.nhs.icb.caseworkflows.common.consent.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import uk.nhs.icb.caseworkflows.common.casework.domain.CasePart;
import uk.nhs.icb.caseworkflows.common.text.Text;

/**
 * One consent given in a case: whose it is, who gave it, for what purpose, how and when, and who
 * recorded it.
 *
 * <p>A consent is never edited: what was said stays as it was said. It can only be withdrawn, once;
 * after that it is kept, so the case shows what was done while it was in force. A person who
 * consents again gets a new record.
 */
@Entity
@Table(
    name = "consent_record",
    indexes = @Index(name = "consent_record_case", columnList = "case_type, case_id"))
public class ConsentRecord extends CasePart implements SharingBasis {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  @Version
  @Column(name = "version")
  private long version;

  @Embedded private ConsentSubject subject;

  @Embedded private ConsentGiver givenBy;

  @Enumerated(EnumType.STRING)
  @Column(name = "purpose", nullable = false, length = 40)
  private ConsentPurpose purpose;

  @Enumerated(EnumType.STRING)
  @Column(name = "method", nullable = false, length = 10)
  private ConsentMethod method;

  @Column(name = "given_at", nullable = false)
  private Instant givenAt;

  @Column(name = "recorded_by", nullable = false, length = 100)
  private String recordedBy;

  @Embedded private ConsentWithdrawal withdrawal;

  protected ConsentRecord() {}

  private ConsentRecord(String caseType, String caseId) {
    super(caseType, caseId);
  }

  /** Records a consent as given; {@code recordedBy} is the staff user who took it down. */
  public static ConsentRecord given(
      String caseType,
      String caseId,
      ConsentSubject whose,
      ConsentGiver givenBy,
      ConsentPurpose purpose,
      ConsentMethod how,
      Instant givenAt,
      String recordedBy) {
    ConsentRecord consent =
        new ConsentRecord(
            Text.required(caseType, "the case type"), Text.required(caseId, "the case id"));
    consent.subject = Objects.requireNonNull(whose, "whose");
    consent.givenBy = Objects.requireNonNull(givenBy, "givenBy");
    consent.purpose = Objects.requireNonNull(purpose, "purpose");
    consent.method = Objects.requireNonNull(how, "how");
    consent.givenAt = Objects.requireNonNull(givenAt, "givenAt");
    consent.recordedBy = Text.required(recordedBy, "who recorded the consent");
    return consent;
  }

  /**
   * Ends the consent from {@code at}. Work already done while it was in force stays done; work that
   * relied on it must stop.
   */
  public void withdraw(Instant at, ConsentMethod how, String recordedBy, String reason) {
    if (withdrawal != null) {
      throw new ConsentRuleException(
          "This consent was already withdrawn on " + day(withdrawal.withdrawnAt()) + ".");
    }
    if (at.isBefore(givenAt)) {
      throw new ConsentRuleException(
          "A consent cannot be withdrawn before it was given (" + day(givenAt) + ").");
    }
    withdrawal = new ConsentWithdrawal(at, how, recordedBy, reason);
  }

  /** Given by then and not withdrawn by then: withdrawal takes effect from its own instant. */
  public boolean isInForceAt(Instant at) {
    return !at.isBefore(givenAt) && (withdrawal == null || at.isBefore(withdrawal.withdrawnAt()));
  }

  public boolean isWithdrawn() {
    return withdrawal != null;
  }

  @Override
  public boolean isConsent() {
    return true;
  }

  @Override
  public Instant since() {
    return givenAt;
  }

  /** Whether this record alone lets {@code purpose} go ahead for {@code person} at {@code at}. */
  @Override
  public boolean covers(ConsentPurpose purpose, ConsentSubject person, Instant at) {
    return this.purpose == purpose && subject.isSamePersonAs(person) && isInForceAt(at);
  }

  private static String day(Instant instant) {
    return LocalDate.ofInstant(instant, ZoneId.of("Europe/London")).format(DAY);
  }

  public ConsentSubject subject() {
    return subject;
  }

  public ConsentGiver givenBy() {
    return givenBy;
  }

  public ConsentPurpose purpose() {
    return purpose;
  }

  public ConsentMethod method() {
    return method;
  }

  public Instant givenAt() {
    return givenAt;
  }

  public String recordedBy() {
    return recordedBy;
  }

  /** Null while the consent stands. */
  public ConsentWithdrawal withdrawal() {
    return withdrawal;
  }
}
