package uk.nhs.icb.caseworkflows.app;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/** A small HTTP client for the container tests: Basic credentials per call, JSON answers. */
final class Api {

  record Answer(int status, String contentType, String body, java.net.http.HttpHeaders headers) {

    JsonObject json() {
      return (JsonObject) Json.createReader(new StringReader(body)).read();
    }

    JsonStructure structure() {
      return Json.createReader(new StringReader(body)).read();
    }
  }

  /** The demo users' password (development profile only). */
  static final String DEMO_PASSWORD = "demo";

  private final URI base;
  private final HttpClient client;

  Api(URL base) {
    this.base = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
    this.client = newClient();
  }

  /**
   * A client with its own cookies that follows no redirects, so a test sees each response as the
   * server sent it.
   */
  static HttpClient newClient() {
    return HttpClient.newBuilder()
        // Plain HTTP/1.1, as API clients speak it: the server turns HTTP/2 over plain HTTP off,
        // and with Java's client still offering it, keyed POSTs hung unread (ReliabilityIT).
        .version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NEVER)
        .cookieHandler(new CookieManager())
        .connectTimeout(Duration.ofSeconds(10))
        .build();
  }

  URI base() {
    return base;
  }

  /** The server root, where Payara serves /health and /openapi whatever the application's path. */
  URI server(String path) {
    return base.resolve("/" + path);
  }

  Answer get(String user, String path) {
    return get(user, DEMO_PASSWORD, path);
  }

  Answer get(String user, String password, String path) {
    return send(user, password, HttpRequest.newBuilder(base.resolve(path)).GET());
  }

  Answer post(String user, String path, String json) {
    return send(
        user,
        DEMO_PASSWORD,
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json)));
  }

  /** A body of any bytes, with a Content-Type if one is given. */
  Answer postRaw(String user, String path, String contentType, byte[] body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    return send(user, DEMO_PASSWORD, request);
  }

  /** A request with any method and no body. */
  Answer send(String user, String method, String path) {
    return send(
        user,
        DEMO_PASSWORD,
        HttpRequest.newBuilder(base.resolve(path))
            .method(method, HttpRequest.BodyPublishers.noBody()));
  }

  Answer postForm(String path, String form) {
    return postForm(path, form, Map.of());
  }

  /** A form post with headers a browser would add, such as Origin and Referer. */
  Answer postForm(String path, String form, Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form));
    headers.forEach(request::header);
    return send(null, null, request);
  }

  Answer getAbsolute(URI uri) {
    return send(null, null, HttpRequest.newBuilder(uri).GET());
  }

  /** A binary answer, such as a letter's PDF. */
  HttpResponse<byte[]> download(String user, String path) {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).GET();
    authorise(request, user, DEMO_PASSWORD);
    return exchange(
        client,
        request.timeout(Duration.ofSeconds(60)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  private static void authorise(HttpRequest.Builder request, String user, String password) {
    if (user != null) {
      request.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder()
                  .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }
  }

  private Answer send(String user, String password, HttpRequest.Builder request) {
    authorise(request, user, password);
    return answer(
        exchange(
            client,
            request.timeout(Duration.ofSeconds(60)).build(),
            HttpResponse.BodyHandlers.ofString()));
  }

  /** Sends a request; an I/O failure or an interruption fails the test that sent it. */
  static <T> HttpResponse<T> exchange(
      HttpClient client, HttpRequest request, HttpResponse.BodyHandler<T> body) {
    try {
      HttpResponse<T> response = client.send(request, body);
      IssuedLetters.keepIfLetter(response);
      return response;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static Answer answer(HttpResponse<String> response) {
    return new Answer(
        response.statusCode(),
        response.headers().firstValue("Content-Type").orElse(""),
        response.body(),
        response.headers());
  }
}
