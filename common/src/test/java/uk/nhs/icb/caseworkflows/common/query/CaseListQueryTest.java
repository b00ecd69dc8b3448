package uk.nhs.icb.caseworkflows.common.query;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.Metamodel;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.paging.Page;
import uk.nhs.icb.caseworkflows.common.paging.PageRequest;
import uk.nhs.icb.caseworkflows.common.persistence.QueryConditions;
import uk.nhs.icb.caseworkflows.common.testing.Fakes;

/** A page of a made-up list of funding requests, against a stand-in for JPA. */
class CaseListQueryTest {

  /** The entity listed; JPA knows it as "FundingRequest". */
  record FundingRequest(String id, String reference) {}

  private final List<String> asked = new ArrayList<>();
  private final List<FundingRequest> stored =
      List.of(
          new FundingRequest("r-2", "IFR-2026-000002"),
          new FundingRequest("r-1", "IFR-2026-000001"));

  private final EntityManager entityManager =
      Fakes.entityManager(
          Map.of(
              "getMetamodel", args -> metamodel(),
              "createQuery", args -> query((String) args[0])));

  private final CaseListQuery<FundingRequest> list =
      new CaseListQuery<>(entityManager, FundingRequest.class, "c.submittedAt");

  @Test
  void thePageIsNewestFirstWithTheIdBreakingTies() {
    list.page(new QueryConditions(), new PageRequest(0, 20), FundingRequest::reference);

    assertThat(asked.get(0))
        .isEqualTo("select c from FundingRequest c order by c.submittedAt desc, c.id");
  }

  @Test
  void thePageAndItsCountShareTheConditionsAndTheirParameters() {
    QueryConditions where = new QueryConditions().whenGiven("c.status = :status", "status", "NEW");

    list.page(where, new PageRequest(2, 10), FundingRequest::reference);

    assertThat(asked)
        .containsExactly(
            "select c from FundingRequest c where c.status = :status"
                + " order by c.submittedAt desc, c.id",
            "status=NEW",
            "first 20",
            "at most 10",
            "select count(c) from FundingRequest c where c.status = :status",
            "status=NEW");
  }

  @Test
  void eachCaseBecomesItsLineAndTheTotalComesFromTheCount() {
    Page<String> page =
        list.page(new QueryConditions(), new PageRequest(0, 2), FundingRequest::reference);

    assertThat(page.items()).containsExactly("IFR-2026-000002", "IFR-2026-000001");
    assertThat(page.total()).isEqualTo(7);
    assertThat(page.size()).isEqualTo(2);
  }

  private Metamodel metamodel() {
    EntityType<?> type =
        proxy(
            EntityType.class, (method, args) -> method.equals("getName") ? "FundingRequest" : null);
    return proxy(Metamodel.class, (method, args) -> method.equals("entity") ? type : null);
  }

  private Object query(String jpql) {
    asked.add(jpql);
    return proxy(
        jakarta.persistence.TypedQuery.class,
        (method, args) ->
            switch (method) {
              case "setParameter" -> note(args[0] + "=" + args[1]);
              case "setFirstResult" -> note("first " + args[0]);
              case "setMaxResults" -> note("at most " + args[0]);
              case "getResultList" -> stored;
              case "getSingleResult" -> 7L;
              default -> throw new UnsupportedOperationException(method);
            });
  }

  private Object note(String call) {
    asked.add(call);
    return null;
  }

  interface Answer {
    Object answer(String method, Object[] args);
  }

  /** A stand-in answering by method name; a call answered null returns the stand-in itself. */
  @SuppressWarnings("unchecked")
  private static <T> T proxy(Class<?> type, Answer answer) {
    return (T)
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (proxy, method, args) -> {
              Object answered = answer.answer(method.getName(), args);
              return answered == null ? proxy : answered;
            });
  }
}
