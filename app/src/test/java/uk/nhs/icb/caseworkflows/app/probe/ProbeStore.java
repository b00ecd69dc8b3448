package uk.nhs.icb.caseworkflows.app.probe;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import uk.nhs.icb.caseworkflows.bpmn.casework.CaseFiles;

/** Where probe cases are kept, told to the kit once. */
@ApplicationScoped
public class ProbeStore implements CaseFiles<ProbeCase> {

  @PersistenceContext(unitName = "icb")
  private EntityManager entityManager;

  @Override
  public String caseType() {
    return ProbeCase.TYPE;
  }

  @Override
  public String noun() {
    return "probe case";
  }

  @Override
  public Optional<ProbeCase> find(String id) {
    return Optional.ofNullable(entityManager.find(ProbeCase.class, id));
  }

  @Override
  public String referenceOf(ProbeCase probe) {
    return probe.reference();
  }

  @Override
  public boolean isClosed(ProbeCase probe) {
    return probe.isClosed();
  }

  @Override
  public String idOf(ProbeCase probe) {
    return probe.id();
  }
}
