package uk.nhs.icb.caseworkflows.app;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A member of staff signed in with the form, whose calls carry only the session cookie. Bulk tests
 * use it because HTTP Basic checks the password hash (PBKDF2, deliberately slow) on every call. Any
 * hidden field of the sign-in form (such as an anti-forgery token) is sent back with it.
 */
final class StaffSession {

  private static final Pattern HIDDEN =
      Pattern.compile(
          "<input[^>]*type=\"hidden\"[^>]*name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"[^>]*>");

  private final URI base;
  private final HttpClient client;
  final String user;
  private String csrfToken;

  private StaffSession(URI base, String user) {
    this.base = base;
    this.user = user;
    this.client = Api.newClient();
  }

  static StaffSession signIn(URI base, String user) {
    return signIn(base, user, new java.util.ArrayList<>());
  }

  /** Every Set-Cookie header the sign-in produced, the page's and the form's. */
  static java.util.List<String> signInCookies(URI base, String user) {
    java.util.List<String> cookies = new java.util.ArrayList<>();
    signIn(base, user, cookies);
    return cookies;
  }

  private static StaffSession signIn(URI base, String user, java.util.List<String> cookies) {
    StaffSession session = new StaffSession(base, user);
    Api.Answer form = session.send(HttpRequest.newBuilder(base.resolve("login")).GET());
    cookies.addAll(form.headers().allValues("Set-Cookie"));
    Map<String, String> fields = new LinkedHashMap<>();
    Matcher hidden = HIDDEN.matcher(form.body());
    while (hidden.find()) {
      fields.put(hidden.group(1), hidden.group(2).replace("&amp;", "&"));
    }
    fields.put("username", user);
    fields.put("password", Api.DEMO_PASSWORD);
    Api.Answer signedIn = session.postForm(fields);
    cookies.addAll(signedIn.headers().allValues("Set-Cookie"));
    if (signedIn.status() != 302 && signedIn.status() != 303) {
      throw new IllegalStateException(
          "could not sign in as " + user + ": " + signedIn.status() + " " + signedIn.body());
    }
    return session;
  }

  Api.Answer postForm(Map<String, String> fields) {
    return postForm("login", fields);
  }

  /**
   * Fills in a page's form as a browser would: the hidden fields found on the page (the
   * anti-forgery token among them), plus {@code fields}, posted to {@code action}.
   */
  Api.Answer submitForm(String page, String action, Map<String, String> fields) {
    Map<String, String> all = hiddenFieldsOf(page);
    all.putAll(fields);
    return postForm(action, all);
  }

  /** As {@link #submitForm}, with a file chosen in the form's file input {@code fileField}. */
  Api.Answer submitFormWithFile(
      String page,
      String action,
      Map<String, String> fields,
      String fileField,
      String fileName,
      byte[] file) {
    Map<String, String> all = hiddenFieldsOf(page);
    all.putAll(fields);
    MultipartForm form = new MultipartForm();
    all.forEach(form::field);
    return postMultipart(action, form.file(fileField, fileName, "application/pdf", file));
  }

  /** The hidden fields of the page's forms (the token, a version), as the browser sends them. */
  private Map<String, String> hiddenFieldsOf(String page) {
    Map<String, String> all = new LinkedHashMap<>();
    Matcher hidden = HIDDEN.matcher(get(page).body());
    while (hidden.find()) {
      all.put(hidden.group(1), hidden.group(2).replace("&amp;", "&"));
    }
    return all;
  }

  Api.Answer postForm(String path, Map<String, String> fields) {
    String form =
        fields.entrySet().stream()
            .map(
                field ->
                    URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  /** Posts one of the pages' forms as a browser would: with the session's anti-forgery token. */
  Api.Answer submit(String path, Map<String, String> fields) {
    Map<String, String> withToken = new LinkedHashMap<>(fields);
    withToken.put("csrfToken", csrfToken());
    return postForm(path, withToken);
  }

  /** The session's synchroniser token, as every page's forms carry it. */
  String csrfToken() {
    if (csrfToken == null) {
      Matcher hidden = HIDDEN.matcher(get("tasks").body());
      while (hidden.find()) {
        if (hidden.group(1).equals("csrfToken")) {
          csrfToken = hidden.group(2).replace("&amp;", "&");
        }
      }
      if (csrfToken == null) {
        throw new IllegalStateException("no csrfToken on the task list of " + user);
      }
    }
    return csrfToken;
  }

  /**
   * The session's cookies as a Cookie header, for a request this client cannot send ({@link
   * RawHttp}).
   */
  String cookieHeader() {
    java.net.CookieHandler handler = client.cookieHandler().orElseThrow();
    return ((java.net.CookieManager) handler)
        .getCookieStore().getCookies().stream()
            .map(cookie -> cookie.getName() + "=" + cookie.getValue())
            .collect(Collectors.joining("; "));
  }

  /** A request to {@code path} (resolved against the server), made by {@code build}, sent here. */
  Api.Answer send(String path, java.util.function.UnaryOperator<HttpRequest.Builder> build) {
    return send(build.apply(HttpRequest.newBuilder(base.resolve(path))));
  }

  Api.Answer get(String path) {
    return send(HttpRequest.newBuilder(base.resolve(path)).GET());
  }

  Api.Answer post(String path, String json) {
    return post(path, json, null);
  }

  Api.Answer post(String path, String json, String idempotencyKey) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    if (idempotencyKey != null) {
      request.header("Idempotency-Key", idempotencyKey);
    }
    return send(request);
  }

  /** A body of any bytes and content type; chunked (no declared length) if asked. */
  Api.Answer postRaw(String path, String contentType, byte[] body, boolean chunked) {
    return postRaw(path, contentType, body, chunked, null);
  }

  /** The same, with no Content-Type if {@code contentType} is null, and an Idempotency-Key. */
  Api.Answer postRaw(
      String path, String contentType, byte[] body, boolean chunked, String idempotencyKey) {
    HttpRequest.BodyPublisher publisher =
        chunked
            ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))
            : HttpRequest.BodyPublishers.ofByteArray(body);
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).POST(publisher);
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    if (idempotencyKey != null) {
      request.header("Idempotency-Key", idempotencyKey);
    }
    return send(request);
  }

  /** A multipart/form-data form, as a browser sends one with a file input. */
  Api.Answer postMultipart(String path, MultipartForm form) {
    return send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", form.contentType())
            .POST(HttpRequest.BodyPublishers.ofByteArray(form.body())));
  }

  /** A binary answer, such as a document. */
  HttpResponse<byte[]> download(String path) {
    return Api.exchange(
        client,
        HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(120)).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  Api.Answer send(HttpRequest.Builder request) {
    return Api.answer(
        Api.exchange(
            client,
            request.timeout(Duration.ofSeconds(120)).build(),
            HttpResponse.BodyHandlers.ofString()));
  }
}
