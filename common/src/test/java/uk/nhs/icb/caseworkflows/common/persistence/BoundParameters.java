package uk.nhs.icb.caseworkflows.common.persistence;

import jakarta.persistence.TypedQuery;
import java.lang.reflect.Proxy;
import java.util.LinkedHashMap;
import java.util.Map;

/** What list conditions set on a query, recorded by a stand-in for JPA's TypedQuery. */
public final class BoundParameters {

  private BoundParameters() {}

  @SuppressWarnings("unchecked")
  public static Map<String, Object> of(QueryConditions where) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    TypedQuery<Object> query =
        (TypedQuery<Object>)
            Proxy.newProxyInstance(
                TypedQuery.class.getClassLoader(),
                new Class<?>[] {TypedQuery.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("setParameter") && args[0] instanceof String name) {
                    parameters.put(name, args[1]);
                  }
                  return proxy;
                });
    where.bind(query);
    return parameters;
  }
}
