package uk.nhs.icb.caseworkflows.app.probe;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import uk.nhs.icb.caseworkflows.common.calendar.WorkingDayCalendar;
import uk.nhs.icb.caseworkflows.common.letters.application.LetterIssuing;
import uk.nhs.icb.caseworkflows.common.letters.domain.AddressedLetter;
import uk.nhs.icb.caseworkflows.common.letters.domain.Addressee;
import uk.nhs.icb.caseworkflows.common.letters.domain.LetterContent;
import uk.nhs.icb.caseworkflows.common.letters.domain.Signatory;
import uk.nhs.icb.caseworkflows.common.party.domain.CommunicationNeeds;
import uk.nhs.icb.caseworkflows.common.party.domain.NhsNumber;
import uk.nhs.icb.caseworkflows.common.reference.application.CaseReferences;

/**
 * A user action in the shape every case module's will have: entity, process and audit in one
 * transaction.
 */
@ApplicationScoped
public class ProbeCaseOpening {

  @PersistenceContext(unitName = "icb")
  private EntityManager entityManager;

  @Inject private ProbeSteps steps;
  @Inject private LetterIssuing letters;
  @Inject private CaseReferences references;
  @Inject private Clock clock;

  private static final Addressee HUGHES =
      new Addressee(
          "Mr Gareth Hughes",
          java.util.List.of("4 Mill Lane", "Dunstable"),
          "LU6 3AB",
          "Mr Hughes",
          CommunicationNeeds.none());

  @Transactional
  public void open(String id, Instant due, boolean failAfterStart) {
    int year = LocalDate.now(clock.withZone(WorkingDayCalendar.LONDON)).getYear();
    ProbeCase probe =
        new ProbeCase(id, references.next(ProbeReferenceSeries.PREFIX, year).formatted());
    entityManager.persist(probe);
    entityManager.flush();
    steps.startProcess("platform-probe", probe, Map.of("due", Date.from(due)));
    steps.audit("PROBE_OPENED", id, "reference");
    letters.issue("probe", id, acknowledgement(probe.reference(), true));
    if (failAfterStart) {
      throw new IllegalStateException(
          "probe: failing after the entity was stored and the process started");
    }
  }

  /**
   * Renames the case as a client that last read it at {@code versionSeen}: the edit is merged as
   * that client's copy, so a stale copy fails at commit as JPA's optimistic lock decides.
   */
  @Transactional
  public long rename(String id, long versionSeen, String newReference) {
    ProbeCase current = entityManager.find(ProbeCase.class, id);
    entityManager.detach(current);
    ProbeCase clientCopy = new ProbeCase(id, newReference);
    setVersion(clientCopy, versionSeen);
    ProbeCase merged = entityManager.merge(clientCopy);
    entityManager.flush();
    return merged.version();
  }

  private static void setVersion(ProbeCase probe, long version) {
    try {
      java.lang.reflect.Field field = ProbeCase.class.getDeclaredField("version");
      field.setAccessible(true);
      field.setLong(probe, version);
    } catch (ReflectiveOperationException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  /** A second letter for the case; without a salutation it must be refused and nothing stored. */
  @Transactional
  public void writeAgain(String id, boolean withSalutation) {
    ProbeCase probe = entityManager.find(ProbeCase.class, id);
    letters.issue("probe", id, acknowledgement(probe.reference(), withSalutation));
  }

  /** Written as a workflow writes to a person, except that the salutation may be left out. */
  private static AddressedLetter acknowledgement(String reference, boolean withSalutation) {
    Map<String, Object> fields = new java.util.HashMap<>();
    if (withSalutation) {
      fields.put("salutation", HUGHES.salutation());
    }
    fields.put("receivedOn", java.time.LocalDate.of(2026, 11, 20));
    fields.put("statement", "My mother waited six hours for transport.");
    fields.put("issues", java.util.List.of("Waiting time"));
    return new AddressedLetter(
        new LetterContent(
            "probe-letter",
            reference,
            NhsNumber.parse("9434765919"),
            HUGHES.recipient(),
            new Signatory("Priya Shah", "Complaints Manager"),
            fields),
        HUGHES.needs());
  }

  @Transactional
  public long letterCount(String id) {
    return entityManager
        .createQuery("select count(l) from Letter l where l.caseId = :id", Long.class)
        .setParameter("id", id)
        .getSingleResult();
  }

  /** The case's reference, or blank when there is no such case. */
  @Transactional
  public String referenceOf(String id) {
    ProbeCase probe = entityManager.find(ProbeCase.class, id);
    return probe == null ? "" : probe.reference();
  }

  @Transactional
  public boolean isStored(String id) {
    return entityManager.find(ProbeCase.class, id) != null;
  }
}
