package uk.nhs.icb.caseworkflows.app.probe;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import uk.nhs.icb.caseworkflows.bpmn.casework.CaseFiles;

/** Where probe cases are kept and how staff name one, told to the kit once. */
@ApplicationScoped
public class ProbeStore implements CaseFiles<ProbeCase> {

  @PersistenceContext(unitName = "icb")
  private EntityManager entityManager;

  /** A probe's id is the business key of its process. */
  @Override
  public String idOf(ProbeCase probe) {
    return probe.id();
  }

  @Override
  public Optional<ProbeCase> find(String id) {
    return Optional.ofNullable(entityManager.find(ProbeCase.class, id));
  }

  /** Closed once its review recorded a finding. */
  @Override
  public boolean isClosed(ProbeCase probe) {
    return probe.isClosed();
  }

  @Override
  public String caseType() {
    return ProbeCase.TYPE;
  }

  /** "PRB-2026-000001". */
  @Override
  public String referenceOf(ProbeCase probe) {
    return probe.reference();
  }

  @Override
  public String noun() {
    return "probe case";
  }
}
