package uk.nhs.icb.caseworkflows.ifr.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import uk.nhs.icb.caseworkflows.common.audit.application.AuditTrail;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEntry;
import uk.nhs.icb.caseworkflows.common.coding.domain.CodeList;
import uk.nhs.icb.caseworkflows.common.errors.InvalidInputException;
import uk.nhs.icb.caseworkflows.common.paging.Page;
import uk.nhs.icb.caseworkflows.common.paging.PageRequest;
import uk.nhs.icb.caseworkflows.common.persistence.AppDataSource;
import uk.nhs.icb.caseworkflows.common.persistence.QueryConditions;
import uk.nhs.icb.caseworkflows.common.query.CaseListQuery;
import uk.nhs.icb.caseworkflows.common.query.LikePattern;
import uk.nhs.icb.caseworkflows.common.reference.domain.CaseReference;
import uk.nhs.icb.caseworkflows.ifr.domain.FundingRequest;
import uk.nhs.icb.caseworkflows.ifr.domain.IfrStatus;

/**
 * The coordinators' list of requests on the kit's {@link CaseListQuery}: newest first, filtered by
 * status, treatment, the days received and a reference or the patient's name, a page at a time.
 * Reading it is audited (the filters used, never the text searched for).
 */
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

  /**
   * The filters of the list, each null where not filtered: a treatment's code from the ICB's list;
   * text that reads as an IFR reference finds that request, any other text patients' names.
   */
  public record Criteria(
      IfrStatus status,
      String treatmentCode,
      String text,
      LocalDate receivedFrom,
      LocalDate receivedTo) {}

  private static final String NAME_CONTAINS = LikePattern.inAnyOf("name", "c.patient.name");

  @PersistenceContext(unitName = AppDataSource.PERSISTENCE_UNIT)
  private EntityManager entityManager;

  @Inject @TreatmentList private CodeList treatments;
  @Inject private AuditTrail auditTrail;

  /** One page of the list; a 400 naming the filter for an unknown treatment or reversed days. */
  @Transactional
  public Page<ListItem> search(Criteria criteria, PageRequest request) {
    // A request is received on a day, not at an instant: within a day the later reference (taken
    // in the order requests were logged) comes first, then the kit's order by id.
    Page<ListItem> found =
        new CaseListQuery<>(entityManager, FundingRequest.class, "c.receivedOn desc, c.reference")
            .page(conditions(criteria), request, this::item);
    auditTrail.record(
        AuditEntry.read(
            "IFR_LIST_READ", FundingRequest.CASE_TYPE, null, describe(criteria, found.total())));
    return found;
  }

  private QueryConditions conditions(Criteria criteria) {
    if (criteria.treatmentCode() != null && treatments.find(criteria.treatmentCode()).isEmpty()) {
      throw new InvalidInputException("treatment", "is not one of the ICB's treatment codes");
    }
    if (criteria.receivedFrom() != null
        && criteria.receivedTo() != null
        && criteria.receivedTo().isBefore(criteria.receivedFrom())) {
      throw new InvalidInputException("receivedTo", "must not be before receivedFrom");
    }
    QueryConditions where =
        new QueryConditions()
            .whenGiven("c.status = :status", "status", criteria.status())
            .whenGiven(
                "c.treatment.treatmentCode = :treatment", "treatment", criteria.treatmentCode())
            .whenGiven("c.receivedOn >= :receivedFrom", "receivedFrom", criteria.receivedFrom())
            .whenGiven("c.receivedOn <= :receivedTo", "receivedTo", criteria.receivedTo());
    if (criteria.text() != null) {
      if (isReference(criteria.text())) {
        where.whenGiven(
            "c.reference = :reference",
            "reference",
            CaseReference.parse(IfrReferenceSeries.PREFIX, criteria.text()));
      } else {
        where.whenGiven(NAME_CONTAINS, "name", LikePattern.containing(criteria.text()));
      }
    }
    return where;
  }

  private ListItem item(FundingRequest request) {
    return new ListItem(
        request.id(),
        request.reference().formatted(),
        request.patient().name(),
        treatments.labelOf(request.treatment().treatmentCode()),
        request.status().label(),
        request.receivedOn());
  }

  private static boolean isReference(String text) {
    return CaseReference.isValid(IfrReferenceSeries.PREFIX, text);
  }

  /** The filters for the audit trail: whether text was searched for, but not the text. */
  private static String describe(Criteria criteria, long total) {
    return "status="
        + criteria.status()
        + " treatment="
        + criteria.treatmentCode()
        + " receivedFrom="
        + criteria.receivedFrom()
        + " receivedTo="
        + criteria.receivedTo()
        + " text="
        + (criteria.text() == null
            ? "none"
            : isReference(criteria.text()) ? "a reference" : "a name")
        + "; "
        + total
        + " requests";
  }
}
