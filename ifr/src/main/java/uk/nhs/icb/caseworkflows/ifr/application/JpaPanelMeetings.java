package uk.nhs.icb.caseworkflows.ifr.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import uk.nhs.icb.caseworkflows.common.persistence.AppDataSource;
import uk.nhs.icb.caseworkflows.ifr.domain.PanelMeeting;
import uk.nhs.icb.caseworkflows.ifr.domain.PanelMeetings;

/** Panel meetings in the shared database, within the caller's transaction. */
@ApplicationScoped
public class JpaPanelMeetings implements PanelMeetings {

  @PersistenceContext(unitName = AppDataSource.PERSISTENCE_UNIT)
  private EntityManager entityManager;

  @Override
  public void add(PanelMeeting meeting) {
    entityManager.persist(meeting);
  }

  @Override
  public Optional<PanelMeeting> find(String id) {
    return Optional.ofNullable(entityManager.find(PanelMeeting.class, id));
  }

  @Override
  public List<PanelMeeting> all() {
    return entityManager
        .createQuery("select m from PanelMeeting m order by m.date desc, m.id", PanelMeeting.class)
        .getResultList();
  }
}
