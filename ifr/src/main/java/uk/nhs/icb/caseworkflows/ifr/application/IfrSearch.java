package uk.nhs.icb.caseworkflows.ifr.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import uk.nhs.icb.caseworkflows.common.audit.application.AuditTrail;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEntry;
import uk.nhs.icb.caseworkflows.common.coding.domain.CodeList;
import uk.nhs.icb.caseworkflows.common.persistence.AppDataSource;
import uk.nhs.icb.caseworkflows.ifr.domain.FundingRequest;

/** The coordinators' list of requests, newest first; reading it is audited. */
@ApplicationScoped
public class IfrSearch {

  /** One row of the list. */
  public record ListItem(
      String id,
      String reference,
      String patient,
      String treatment,
      String status,
      LocalDate receivedOn) {}

  /** How many rows a page shows. */
  public static final int PAGE = 50;

  @PersistenceContext(unitName = AppDataSource.PERSISTENCE_UNIT)
  private EntityManager entityManager;

  @Inject @TreatmentList private CodeList treatments;
  @Inject private AuditTrail auditTrail;

  @Transactional
  public List<ListItem> newest() {
    List<ListItem> items =
        entityManager
            .createQuery(
                "select r from FundingRequest r order by r.receivedOn desc, r.reference desc",
                FundingRequest.class)
            .setMaxResults(PAGE)
            .getResultList()
            .stream()
            .map(
                request ->
                    new ListItem(
                        request.id(),
                        request.reference().formatted(),
                        request.patient().name(),
                        treatments.labelOf(request.treatment().treatmentCode()),
                        request.status().label(),
                        request.receivedOn()))
            .toList();
    auditTrail.record(
        AuditEntry.read(
            "IFR_LIST_READ", FundingRequest.CASE_TYPE, null, items.size() + " requests"));
    return items;
  }
}
