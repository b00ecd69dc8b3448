package uk.nhs.icb.caseworkflows.complaints.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.HANDLER;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.investigating;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.investigatingForArthur;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.london;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.Size;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentCheck;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentGiver;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentMethod;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentPurpose;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentRecord;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentRuleException;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentSubject;

/**
 * Whatever a handler does, in whatever order, on a complaint made by the patient or by someone for
 * the patient: consents given for any purpose by the complainant, the patient or someone else,
 * withdrawn at any time, identity and anonymous disclosures attempted at any time. Nothing about
 * the patient is ever shared without the patient's consent to share in force at that moment (the
 * complainant is the patient when they complain for themselves), the complainant's identity never
 * without their own consent to be named as well, and neither is refused while the consents it needs
 * are in force. The process tests prove the model never reaches a disclosure without the consent
 * step; this proves the file itself refuses, whatever path led there.
 */
class NoIdentityDisclosureWithoutConsentTest {

  private static final Instant START = london("2026-03-02T09:00");
  private static final ConsentSubject COMPLAINANT = ConsentSubject.of("Jane Smith", "complainant");
  private static final ConsentSubject ARTHUR = ConsentSubject.of("Arthur Smith", "patient");
  private static final ConsentSubject SOMEONE_ELSE = ConsentSubject.of("Mary Jones", "friend");

  /** One thing a handler does, {@code minutesLater} after the handler's previous act. */
  sealed interface Act permits Give, Withdraw, NameToSubject, ShareAnonymously {
    int minutesLater();
  }

  /** Records a consent now, given {@code minutesBefore} now (consent is often recorded late). */
  record Give(int minutesLater, int minutesBefore, ConsentPurpose purpose, int whose)
      implements Act {}

  /** Withdraws the {@code which}-th consent recorded so far (modulo how many there are), now. */
  record Withdraw(int minutesLater, int which) implements Act {}

  record NameToSubject(int minutesLater) implements Act {}

  record ShareAnonymously(int minutesLater) implements Act {}

  @Property(tries = 2000)
  void patientsConsentBeforeAnythingIsSharedAndTheComplainantsBeforeTheyAreNamed(
      @ForAll boolean forTheirFather,
      @ForAll("handlersDays") @Size(min = 1, max = 25) List<Act> acts) {
    Complaint complaint = forTheirFather ? investigatingForArthur("Delay") : investigating("Delay");
    ConsentSubject patient = forTheirFather ? ARTHUR : COMPLAINANT;
    List<ConsentRecord> records = new ArrayList<>();
    Instant now = START;
    for (Act act : acts) {
      now = now.plus(Duration.ofMinutes(act.minutesLater()));
      if (act instanceof Give give) {
        records.add(given(complaint, give, now.minus(Duration.ofMinutes(give.minutesBefore()))));
      } else if (act instanceof Withdraw withdraw) {
        withdrawOne(records, withdraw, now);
      } else if (act instanceof NameToSubject) {
        attemptNaming(complaint, patient, records, now);
      } else {
        attemptSharing(complaint, patient, records, now);
      }
    }

    for (Disclosure disclosure : complaint.disclosureLog().disclosures()) {
      ConsentRecord basis = onFile(records, disclosure.consentRecordId());
      assertInForceWhen(basis, disclosure);
      assertThat(basis.subject().isSamePersonAs(patient)).isTrue();
      assertThat(basis.purpose()).isEqualTo(ConsentPurpose.SHARE_WITH_PROVIDER);
      if (disclosure.identityDisclosed()) {
        ConsentRecord naming = onFile(records, disclosure.namingConsentId().orElseThrow());
        assertInForceWhen(naming, disclosure);
        assertThat(naming.subject().isSamePersonAs(COMPLAINANT)).isTrue();
        assertThat(naming.purpose()).isEqualTo(ConsentPurpose.SHARE_IDENTITY_WITH_SUBJECT);
      }
    }
  }

  private static ConsentRecord onFile(List<ConsentRecord> records, String id) {
    return records.stream()
        .filter(record -> record.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("a disclosure without a consent on file"));
  }

  // Withdrawn later (even in the same minute, after the disclosure) is fine: what was disclosed
  // while the consent was in force stays disclosed and recorded.
  private static void assertInForceWhen(ConsentRecord basis, Disclosure disclosure) {
    assertThat(basis.givenAt()).isBeforeOrEqualTo(disclosure.disclosedAt());
    if (basis.withdrawal() != null) {
      assertThat(basis.withdrawal().withdrawnAt()).isAfterOrEqualTo(disclosure.disclosedAt());
    }
  }

  private static void attemptNaming(
      Complaint complaint, ConsentSubject patient, List<ConsentRecord> records, Instant at) {
    boolean mayName =
        inForce(records, COMPLAINANT, ConsentPurpose.SHARE_IDENTITY_WITH_SUBJECT, at)
            && inForce(records, patient, ConsentPurpose.SHARE_WITH_PROVIDER, at);
    int before = complaint.disclosureLog().disclosures().size();
    try {
      complaint
          .disclosureLog()
          .discloseIdentityToSubject(
              "Complaint letter with name and address",
              "Riverside Surgery",
              new ConsentCheck(records),
              at,
              HANDLER);
      assertThat(mayName).as("named at %s without consent in force", at).isTrue();
      assertThat(complaint.disclosureLog().disclosures()).hasSize(before + 1);
    } catch (ComplaintRuleException refused) {
      assertThat(mayName).as("refused at %s although consent was in force", at).isFalse();
      assertThat(complaint.disclosureLog().disclosures()).hasSize(before);
    }
  }

  private static void attemptSharing(
      Complaint complaint, ConsentSubject patient, List<ConsentRecord> records, Instant at) {
    boolean mayShare = inForce(records, patient, ConsentPurpose.SHARE_WITH_PROVIDER, at);
    int before = complaint.disclosureLog().disclosures().size();
    try {
      complaint
          .disclosureLog()
          .discloseToSubject(
              "Summary of the concerns",
              "Riverside Surgery",
              new ConsentCheck(records),
              at,
              HANDLER);
      assertThat(mayShare).as("shared at %s without consent in force", at).isTrue();
      assertThat(complaint.disclosureLog().disclosures().get(before).identityDisclosed()).isFalse();
    } catch (ComplaintRuleException refused) {
      assertThat(mayShare).as("refused at %s although consent was in force", at).isFalse();
      assertThat(complaint.disclosureLog().disclosures()).hasSize(before);
    }
  }

  /** The oracle: a consent of this person's for this purpose, given and not yet withdrawn. */
  private static boolean inForce(
      List<ConsentRecord> records, ConsentSubject whose, ConsentPurpose purpose, Instant at) {
    return records.stream()
        .anyMatch(
            record ->
                record.purpose() == purpose
                    && record.subject().isSamePersonAs(whose)
                    && !at.isBefore(record.givenAt())
                    && (record.withdrawal() == null
                        || at.isBefore(record.withdrawal().withdrawnAt())));
  }

  private static ConsentRecord given(Complaint complaint, Give give, Instant givenAt) {
    return ConsentRecord.given(
        Complaint.CASE_TYPE,
        complaint.id(),
        List.of(COMPLAINANT, COMPLAINANT, ARTHUR, SOMEONE_ELSE).get(give.whose()),
        ConsentGiver.thePerson(),
        give.purpose(),
        ConsentMethod.FORM,
        givenAt,
        HANDLER);
  }

  private static void withdrawOne(List<ConsentRecord> records, Withdraw withdraw, Instant now) {
    if (records.isEmpty()) {
      return;
    }
    ConsentRecord record = records.get(withdraw.which() % records.size());
    try {
      record.withdraw(now, ConsentMethod.VERBAL, HANDLER, "changed their mind");
    } catch (ConsentRuleException alreadyWithdrawn) {
      // A second withdrawal is refused by the record itself; nothing changes.
    }
  }

  @Provide
  Arbitrary<List<Act>> handlersDays() {
    Arbitrary<Integer> minutes = Arbitraries.integers().between(0, 120);
    Arbitrary<Act> give =
        Combinators.combine(
                minutes,
                minutes,
                Arbitraries.of(ConsentPurpose.class),
                Arbitraries.integers().between(0, 3))
            .as(Give::new);
    Arbitrary<Act> withdraw =
        Combinators.combine(minutes, Arbitraries.integers().between(0, 24)).as(Withdraw::new);
    Arbitrary<Act> name = minutes.map(NameToSubject::new);
    Arbitrary<Act> share = minutes.map(ShareAnonymously::new);
    return Arbitraries.frequencyOf(
            Tuple.of(4, give), Tuple.of(2, withdraw), Tuple.of(3, name), Tuple.of(2, share))
        .list();
  }
}
