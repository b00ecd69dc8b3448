package uk.nhs.icb.caseworkflows.common.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.persistence.FaultBeforeCommit;

/**
 * The test-only fault point: armed by the header only where the setting and the development profile
 * allow it; it fails the outermost use case of the request once, after the use case ran and its
 * writes were flushed, and never a nested call, a second use case, or the next request.
 */
class FaultInjectionTest {

  private final List<String> happened = new ArrayList<>();
  private final FaultBeforeCommit interceptor = interceptor();

  @Test
  void armedTheOutermostUseCaseRunsIsFlushedAndThenFailsOnce() throws Exception {
    request(true, "development", "before-commit", this::twoUseCases);

    assertThat(happened)
        .containsExactly("use case ran", "nested ran", "flushed", "fault", "second use case ran");
  }

  @Test
  void aProductionServerIgnoresTheHeader() throws Exception {
    request(true, "production", "before-commit", this::twoUseCases);

    assertThat(happened).doesNotContain("fault", "flushed");
  }

  @Test
  void withoutTheSettingTheHeaderIsIgnored() throws Exception {
    request(false, "development", "before-commit", this::twoUseCases);

    assertThat(happened).doesNotContain("fault", "flushed");
  }

  @Test
  void withoutTheHeaderNothingFails() throws Exception {
    request(true, "development", null, this::twoUseCases);
    request(true, "development", "something-else", this::twoUseCases);

    assertThat(happened).doesNotContain("fault", "flushed");
  }

  @Test
  void theNextRequestOnTheSameThreadIsNotArmed() throws Exception {
    request(true, "development", "before-commit", () -> {});
    useCase("after the request");

    assertThat(happened).containsExactly("after the request ran");
  }

  @Test
  void aFailedRequestLeavesTheThreadUnarmed() {
    assertThatThrownBy(
            () ->
                request(
                    true,
                    "development",
                    "before-commit",
                    () -> {
                      throw new IllegalStateException("the request failed before its use case");
                    }))
        .hasMessageContaining("failed before");
    useCase("after the request");

    assertThat(happened).containsExactly("after the request ran");
  }

  // -----------------------------------------------------------------------------------------------

  private void twoUseCases() {
    try {
      interceptor.failOutermostWhenArmed(
          call(
              () -> {
                happened.add("use case ran");
                interceptor.failOutermostWhenArmed(call(() -> happened.add("nested ran")));
                return null;
              }));
    } catch (FaultBeforeCommit.InjectedFault fault) {
      happened.add("fault");
    } catch (Exception unexpected) {
      throw new AssertionError(unexpected);
    }
    useCase("second use case");
  }

  private void useCase(String name) {
    try {
      interceptor.failOutermostWhenArmed(call(() -> happened.add(name + " ran")));
    } catch (FaultBeforeCommit.InjectedFault fault) {
      happened.add("fault");
    } catch (Exception unexpected) {
      throw new AssertionError(unexpected);
    }
  }

  private void request(boolean enabled, String profile, String header, Runnable inside)
      throws Exception {
    FaultInjectionHeader filter = new FaultInjectionHeader();
    filter.enabled = enabled;
    filter.profile = profile;
    HttpServletRequest request =
        proxy(
            HttpServletRequest.class,
            (method, args) ->
                method.getName().equals("getHeader") && FaultInjectionHeader.HEADER.equals(args[0])
                    ? header
                    : null);
    HttpServletResponse response = proxy(HttpServletResponse.class, (method, args) -> null);
    FilterChain chain = (req, res) -> inside.run();
    Method doFilter =
        FaultInjectionHeader.class.getDeclaredMethod(
            "doFilter", HttpServletRequest.class, HttpServletResponse.class, FilterChain.class);
    doFilter.setAccessible(true);
    try {
      doFilter.invoke(filter, request, response, chain);
    } catch (java.lang.reflect.InvocationTargetException thrown) {
      throw (Exception) thrown.getCause();
    }
  }

  private FaultBeforeCommit interceptor() {
    try {
      Constructor<FaultBeforeCommit> constructor = FaultBeforeCommit.class.getConstructor();
      FaultBeforeCommit made = constructor.newInstance();
      Field entityManager = FaultBeforeCommit.class.getDeclaredField("entityManager");
      entityManager.setAccessible(true);
      entityManager.set(
          made,
          proxy(
              EntityManager.class,
              (method, args) -> {
                if (method.getName().equals("flush")) {
                  happened.add("flushed");
                  return null;
                }
                // Not PostgreSQL: whether the transaction wrote is "unknown".
                throw new UnsupportedOperationException(method.getName());
              }));
      return made;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private interface Body {
    Object run() throws Exception;
  }

  private static InvocationContext call(Body body) {
    return proxy(
        InvocationContext.class,
        (method, args) ->
            switch (method.getName()) {
              case "proceed" -> body.run();
              case "getMethod" -> Object.class.getMethod("toString");
              case "getContextData" -> Map.of();
              default -> null;
            });
  }

  private interface Handler {
    Object handle(Method method, Object[] args) throws Exception;
  }

  private static <T> T proxy(Class<T> type, Handler handler) {
    return type.cast(
        Proxy.newProxyInstance(
            FaultInjectionTest.class.getClassLoader(),
            new Class<?>[] {type},
            (self, method, args) -> handler.handle(method, args)));
  }
}
