package uk.nhs.icb.caseworkflows.common.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

/** Just enough of a request and its session for the page support's unit tests. */
final class FakeHttp {

  private FakeHttp() {}

  static HttpSession session() {
    Map<String, Object> attributes = new HashMap<>();
    return (HttpSession)
        Proxy.newProxyInstance(
            FakeHttp.class.getClassLoader(),
            new Class<?>[] {HttpSession.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getAttribute" -> attributes.get((String) args[0]);
                  case "setAttribute" -> attributes.put((String) args[0], args[1]);
                  case "removeAttribute" -> attributes.remove((String) args[0]);
                  case "getMaxInactiveInterval" -> 1800;
                  case "hashCode" -> System.identityHashCode(proxy);
                  case "equals" -> proxy == args[0];
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }

  static HttpServletRequest request(
      String method, String path, HttpSession session, Map<String, String> parameters) {
    return request(method, path, null, session, parameters, Map.of());
  }

  /** The host every fake request is sent to ({@code getServerName}). */
  static final String HOST = "icb.example.nhs.uk";

  static HttpServletRequest request(
      String method,
      String path,
      String query,
      HttpSession session,
      Map<String, String> parameters,
      Map<String, String> headers) {
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            FakeHttp.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, m, args) ->
                switch (m.getName()) {
                  case "getMethod" -> method;
                  case "getContextPath" -> "/icb";
                  case "getRequestURI" -> "/icb" + path;
                  case "getServletPath" -> path;
                  case "getPathInfo" -> null;
                  case "getQueryString" -> query;
                  case "getServerName" -> HOST;
                  case "getHeader" -> headers.get((String) args[0]);
                  case "getParameter" -> parameters.get((String) args[0]);
                  case "getContentType" -> null;
                  case "getSession" ->
                      args != null && args.length == 1 && !((Boolean) args[0]) ? session : session;
                  case "getUserPrincipal" -> null;
                  case "hashCode" -> System.identityHashCode(proxy);
                  case "equals" -> proxy == args[0];
                  default -> throw new UnsupportedOperationException(m.getName());
                });
  }

  /** What a faked method returns, given the call's arguments. */
  interface Answer {
    Object given(Object[] args) throws Exception;
  }

  /** A {@code type} whose named methods give these answers; any other call fails the test. */
  static <T> T fake(Class<T> type, Map<String, Answer> answers) {
    return type.cast(
        Proxy.newProxyInstance(
            FakeHttp.class.getClassLoader(),
            new Class<?>[] {type},
            (proxy, method, args) -> {
              Answer answer = answers.get(method.getName());
              if (answer == null) {
                throw new UnsupportedOperationException(method.getName());
              }
              return answer.given(args);
            }));
  }
}
