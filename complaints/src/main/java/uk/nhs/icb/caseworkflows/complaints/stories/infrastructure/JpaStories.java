package uk.nhs.icb.caseworkflows.complaints.stories.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import uk.nhs.icb.caseworkflows.common.persistence.AppDataSource;
import uk.nhs.icb.caseworkflows.complaints.stories.domain.Stories;
import uk.nhs.icb.caseworkflows.complaints.stories.domain.Story;
import uk.nhs.icb.caseworkflows.complaints.stories.domain.StoryStatus;

/** {@link Stories} in the application's database (tables {@code story*}, made by JPA). */
@ApplicationScoped
public class JpaStories implements Stories {

  @PersistenceContext(unitName = AppDataSource.PERSISTENCE_UNIT)
  private EntityManager entityManager;

  @Override
  public void add(Story story) {
    entityManager.persist(story);
  }

  @Override
  public Optional<Story> find(String id) {
    return Optional.ofNullable(entityManager.find(Story.class, id));
  }

  @Override
  public List<Story> ofComplaint(String complaintId) {
    return entityManager
        .createQuery(
            "select s from Story s where s.complaintId = :id order by s.askedAt, s.id", Story.class)
        .setParameter("id", complaintId)
        .getResultList();
  }

  @Override
  public List<Story> current() {
    return entityManager
        .createQuery(
            "select s from Story s where s.status in :shown order by s.askedAt desc, s.id",
            Story.class)
        .setParameter(
            "shown",
            List.of(
                StoryStatus.AWAITING_CONSENT,
                StoryStatus.DRAFTING,
                StoryStatus.MANAGER_REVIEW,
                StoryStatus.CALDICOTT_REVIEW,
                StoryStatus.PUBLISHED))
        .setMaxResults(500)
        .getResultList();
  }

  @Override
  public List<Story> publishedBetween(Instant from, Instant to) {
    return entityManager
        .createQuery(
            "select s from Story s where s.status = :published and s.withdrawnAt is null"
                + " and s.publishedAt >= :from and s.publishedAt < :to"
                + " order by s.publishedAt, s.id",
            Story.class)
        .setParameter("published", StoryStatus.PUBLISHED)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }

  @Override
  public List<Story> withdrawnAfterPublication() {
    return entityManager
        .createQuery(
            "select s from Story s where s.withdrawnAt is not null"
                + " and s.firstPublishedAt is not null order by s.withdrawnAt desc, s.id",
            Story.class)
        .getResultList();
  }
}
