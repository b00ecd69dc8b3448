package uk.nhs.icb.caseworkflows.common.query;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.function.Function;
import uk.nhs.icb.caseworkflows.common.paging.Page;
import uk.nhs.icb.caseworkflows.common.paging.PageRequest;
import uk.nhs.icb.caseworkflows.common.persistence.QueryConditions;

/**
 * One page of a case list, newest first, and how many cases the whole list holds, under the same
 * conditions. Within the conditions the case is {@code c}. Cases that arrived at the same instant
 * keep one order by their id, so a case never shows on two pages nor on none.
 *
 * @param <E> the case's entity
 */
public final class CaseListQuery<E> {

  private final EntityManager entityManager;
  private final Class<E> entity;
  private final String newestBy;

  /**
   * The list of {@code entity}, newest first by the instant at {@code newestBy}, e.g. c.createdAt.
   */
  public CaseListQuery(EntityManager entityManager, Class<E> entity, String newestBy) {
    this.entityManager = entityManager;
    this.entity = entity;
    this.newestBy = newestBy;
  }

  /** The page asked for, each case turned into its line of the list. */
  public <T> Page<T> page(QueryConditions where, PageRequest request, Function<E, T> line) {
    String from = " from " + entityManager.getMetamodel().entity(entity).getName() + " c";
    String filter = where.whereClause();
    List<T> items =
        where
            .bind(
                entityManager.createQuery(
                    "select c" + from + filter + " order by " + newestBy + " desc, c.id", entity))
            .setFirstResult(request.firstResult())
            .setMaxResults(request.size())
            .getResultList()
            .stream()
            .map(line)
            .toList();
    long total =
        where
            .bind(entityManager.createQuery("select count(c)" + from + filter, Long.class))
            .getSingleResult();
    return Page.of(items, request, total);
  }
}
