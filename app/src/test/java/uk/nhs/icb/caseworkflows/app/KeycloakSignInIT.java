package uk.nhs.icb.caseworkflows.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Sign-in through a real Keycloak, started by the keycloak profile (app/pom.xml) on 127.0.0.1:18080
 * with the realm of {@code src/test/keycloak/icb-realm.json}; the server runs with {@code
 * app.security.sign-in.mode=both}. Services by the client-credentials grant on the API; people
 * through Keycloak's own sign-in form, in Chromium (the journeys a person makes: in, the task list,
 * out of both; no role, no access) and over HTTP as a browser would (cookies, redirects, the form's
 * action) where the test must hold the provider's answer itself (a replayed code, a changed state).
 * The keycloak profile brings Selenium, so this class compiles only in that profile.
 */
@ExtendWith(ArquillianExtension.class)
class KeycloakSignInIT {

  static final String REALM = KeycloakTokens.REALM;
  private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("icb.war")));
  }

  @ArquillianResource private URL base;
  private Api api;

  @BeforeAll
  static void keycloakIsUp() throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    long until = System.currentTimeMillis() + 240_000;
    while (true) {
      try {
        HttpResponse<String> discovery =
            client.send(
                HttpRequest.newBuilder(URI.create(REALM + "/.well-known/openid-configuration"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (discovery.statusCode() == 200) {
          return;
        }
      } catch (java.io.IOException notYet) {
        // Keycloak is still starting.
      }
      if (System.currentTimeMillis() > until) {
        throw new IllegalStateException("Keycloak did not answer at " + REALM);
      }
      Thread.sleep(1_000);
    }
  }

  private ChromeDriver chromium;

  @BeforeEach
  void client() {
    api = new Api(base);
  }

  @org.junit.jupiter.api.AfterEach
  void closeBrowser() {
    if (chromium != null) {
      chromium.quit();
    }
  }

  @Test
  void aPersonSignsInAtKeycloakInTheBrowserSeesTheirTasksAndSignsOutOfBothServices() {
    chromium = chromium();
    chromium.get(api.base().resolve("tasks").toString());
    assertThat(chromium.getTitle()).isEqualTo("Sign in - ICB Case Workflows");

    signInAtKeycloak("kc-complaints-handler");

    assertThat(chromium.getTitle()).isEqualTo("My tasks - ICB Case Workflows");
    assertThat(chromium.findElement(By.tagName("h1")).getText()).isEqualTo("My tasks");
    assertThat(chromium.findElement(By.id("signed-in-user")).getText())
        .isEqualTo("kc-complaints-handler");
    assertThat(chromium.findElement(By.id("signed-in-role")).getText())
        .isEqualTo("Complaints handler");

    clickAndWaitForTheNextPage(chromium.findElement(By.id("sign-out")));
    new WebDriverWait(chromium, Duration.ofSeconds(30))
        .until(driver -> driver.getCurrentUrl().startsWith(api.base().toString()));
    assertThat(chromium.getTitle()).isEqualTo("Sign in - ICB Case Workflows");
    assertThat(chromium.findElement(By.id("sign-in-notice")).getText())
        .contains("You have signed out");
    chromium.get(api.base().resolve("tasks").toString());
    assertThat(chromium.getTitle()).as("signed out here").startsWith("Sign in");

    // Signed out at Keycloak too: with its session still open it would send the browser straight
    // back signed in; instead it asks for the password again.
    chromium.findElement(By.id("sign-in-provider")).click();
    new WebDriverWait(chromium, Duration.ofSeconds(30))
        .until(driver -> driver.getCurrentUrl().startsWith(REALM));
    assertThat(chromium.findElements(By.id("password"))).as("Keycloak's sign-in form").hasSize(1);
  }

  @Test
  void aPersonWithNoMappedGroupSeesTheNoAccessPageInTheBrowserAndNothingElse() {
    chromium = chromium();
    chromium.get(api.base().resolve("login").toString());

    signInAtKeycloak("kc-no-role");

    assertThat(chromium.getTitle()).isEqualTo("You do not have access - ICB Case Workflows");
    assertThat(chromium.findElement(By.tagName("main")).getText())
        .contains("You do not have access to ICB Case Workflows")
        .contains("as kc-no-role")
        .doesNotContain("My tasks");
    assertThat(chromium.findElements(By.id("sign-out"))).as("not signed in").isEmpty();
    chromium.get(api.base().resolve("tasks").toString());
    assertThat(chromium.getTitle()).startsWith("Sign in");
  }

  @Test
  void anAnswerFromTheProviderWithAnotherStateIsRefusedAndSignsNobodyIn() {
    Browser browser = new Browser();
    URI answer = browser.answerFromProvider(api.base(), "kc-complaints-handler", "demo");
    assertThat(answer.getQuery()).contains("state=").contains("code=");
    URI changed =
        URI.create(
            answer
                .toString()
                .replaceFirst("([?&]state=)[^&]+", "$1" + "a-state-this-sign-in-did-not-send"));

    HttpResponse<String> refused = browser.get(changed);

    assertThat(refused.statusCode()).isEqualTo(401);
    assertThat(refused.body()).contains("Sign-in did not finish");
    assertThat(browser.get(api.base().resolve("tasks")).statusCode()).isEqualTo(302);
  }

  /**
   * Point 5 of the issue: refused tokens are counted per source and shown to the IG team on a page
   * (not each written to the audit trail); other roles may not see it.
   */
  @Test
  void refusedTokensAreCountedOnTheInformationGovernancePage() {
    StaffSession ig = StaffSession.signIn(api.base(), "ig-officer");
    long before = refusedSoFar(ig);
    String garbage = "eyJhbGciOiJSUzI1NiJ9.not-a-token.signature-of-nothing";
    for (int i = 0; i < 3; i++) {
      assertThat(bearer(garbage, "api/tasks").status()).isEqualTo(401);
    }

    Api.Answer page = ig.get("sign-in-refusals");

    assertThat(page.status()).isEqualTo(200);
    assertThat(refusedSoFar(ig)).isGreaterThanOrEqualTo(before + 3);
    assertThat(page.body())
        .contains("Refused sign-ins")
        .containsPattern("<td class=\"nhsuk-table__cell\">[0-9a-f.:\\[\\]%]+</td>")
        .doesNotContain(garbage);
    assertThat(
            StaffSession.signIn(api.base(), "complaints-handler").get("sign-in-refusals").status())
        .isEqualTo(403);
  }

  private static long refusedSoFar(StaffSession ig) {
    Matcher total =
        Pattern.compile("id=\"current-total\">(\\d+) refused")
            .matcher(ig.get("sign-in-refusals").body());
    return total.find() ? Long.parseLong(total.group(1)) : 0;
  }

  private void signInAtKeycloak(String user) {
    chromium.findElement(By.id("sign-in-provider")).click();
    new WebDriverWait(chromium, Duration.ofSeconds(30))
        .until(driver -> driver.getCurrentUrl().startsWith(REALM));
    chromium.findElement(By.id("username")).sendKeys(user);
    chromium.findElement(By.id("password")).sendKeys("demo");
    clickAndWaitForTheNextPage(chromium.findElement(By.id("kc-login")));
    new WebDriverWait(chromium, Duration.ofSeconds(30))
        .until(driver -> driver.getCurrentUrl().startsWith(api.base().toString()));
  }

  /** Clicks a button that posts a form, and waits until the browser has left the page. */
  private void clickAndWaitForTheNextPage(WebElement button) {
    button.click();
    new WebDriverWait(chromium, Duration.ofSeconds(60))
        .until(
            driver -> {
              try {
                button.isEnabled();
                return false;
              } catch (WebDriverException gone) {
                return true;
              }
            });
  }

  /** Debian's headless Chromium, as the browser tests start it (browser/Browsers). */
  private static ChromeDriver chromium() {
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--no-first-run",
        "--window-size=1280,1024");
    ChromeDriver driver =
        new ChromeDriver(
            new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .build(),
            options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    return driver;
  }

  @Test
  void aServiceSignsInByClientCredentialsAndGetsTheRolesOfItsGroups() {
    String token = clientCredentials("icb-service", "icb-service-test-only-secret");

    Api.Answer verify = bearer(token, "api/audit/verify");

    assertThat(verify.status()).as(verify.body()).isEqualTo(200);
    assertThat(verify.json().getBoolean("intact")).isTrue();
    assertThat(bearer(token, "api/complaints").status())
        .as("the IG officer's group gives no complaints role")
        .isEqualTo(403);
  }

  @Test
  void aServiceWhoseGroupsGiveNoRoleHasNoAccess() {
    Api.Answer answer =
        bearer(
            clientCredentials("icb-service-no-role", "icb-service-test-only-secret"), "api/tasks");

    assertThat(answer.status()).isEqualTo(403);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(answer.body()).contains("no role");
  }

  @Test
  void tokensForAnotherAudienceTamperedOrUnsignedAreRefused() {
    String other = clientCredentials("another-application", "another-test-only-secret");
    assertThat(bearer(other, "api/tasks").status()).as("another audience").isEqualTo(401);

    String good = clientCredentials("icb-service", "icb-service-test-only-secret");
    String[] parts = good.split("\\.");
    String tampered = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
    Api.Answer refused = bearer(tampered, "api/tasks");
    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.headers().firstValue("WWW-Authenticate").orElse(""))
        .contains("invalid_token");
    assertThat(refused.body()).doesNotContain(parts[2]);

    String none =
        Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8))
            + "."
            + parts[1]
            + ".";
    assertThat(bearer(none, "api/tasks").status()).as("alg none").isEqualTo(401);
  }

  @Test
  void builtInAccountsStillWorkBesideTheProviderAndOpenApiDocumentsBoth() {
    assertThat(api.get("ig-officer", "api/audit/verify").status()).isEqualTo(200);
    Api.Answer anonymous = api.getAbsolute(api.base().resolve("api/tasks"));
    assertThat(anonymous.headers().allValues("WWW-Authenticate"))
        .anyMatch(challenge -> challenge.startsWith("Basic"))
        .anyMatch(challenge -> challenge.startsWith("Bearer"));
    assertThat(api.getAbsolute(api.server("openapi")).body()).contains("bearer", "JWT", "basic");
  }

  @Test
  void aPersonSignsInThroughKeycloaksFormAndOut() throws Exception {
    Browser browser = new Browser();

    HttpResponse<String> tasks = browser.signIn(api.base(), "kc-complaints-handler", "demo");

    assertThat(tasks.statusCode()).as(tasks.body()).isEqualTo(200);
    assertThat(tasks.body()).contains("kc-complaints-handler");
    HttpResponse<String> signOut = browser.signOut(api.base(), tasks.body());
    assertThat(signOut.statusCode()).isEqualTo(302);
    assertThat(signOut.headers().firstValue("Location").orElse(""))
        .startsWith(REALM + "/protocol/openid-connect/logout")
        .contains("id_token_hint=");
    assertThat(browser.get(api.base().resolve("tasks")).statusCode())
        .as("signed out here")
        .isEqualTo(302);
  }

  @Test
  void aReplayedAnswerFromTheProviderIsRefusedAndSignsNobodyIn() throws Exception {
    Browser browser = new Browser();
    browser.signIn(api.base(), "kc-complaints-handler", "demo");
    URI callback = browser.lastCallback;

    Browser attacker = new Browser();
    HttpResponse<String> replay = attacker.get(callback);

    assertThat(replay.statusCode()).isEqualTo(401);
    assertThat(replay.body()).contains("Sign-in did not finish");
    assertThat(attacker.get(api.base().resolve("tasks")).statusCode()).isEqualTo(302);
  }

  @Test
  void aPersonWithNoMappedGroupSeesTheNoAccessPageAndNothingElse() throws Exception {
    Browser browser = new Browser();

    HttpResponse<String> page = browser.signIn(api.base(), "kc-no-role", "demo");

    assertThat(page.statusCode()).isEqualTo(403);
    assertThat(page.body()).contains("You do not have access");
    assertThat(browser.get(api.base().resolve("tasks")).statusCode()).isEqualTo(302);
  }

  /**
   * The authorisation matrix cell by cell with token-authenticated callers: one service client per
   * role (its service account in the role's group), every endpoint with ids that do not exist, so
   * nothing changes (the role check comes before any lookup): a denied role must get 403 and an
   * allowed one anything but 403, 401 or a server error.
   */
  @Test
  void theAuthorisationMatrixHoldsForCallersWithTokens() {
    AuthorisationMatrix matrix = AuthorisationMatrix.load();
    java.util.Map<String, String> tokens = new java.util.HashMap<>();
    for (String role : matrix.roles()) {
      tokens.put(role, clientCredentials("svc-" + role, "svc-test-only-secret"));
    }
    java.util.List<String> wrong = new java.util.ArrayList<>();
    int calls = 0;
    for (AuthorisationMatrix.Entry entry : matrix.entries()) {
      String path =
          "api/"
              + entry
                  .path()
                  .replace("{type}", "complaint")
                  .replace("{number}", "1")
                  .replaceAll("\\{[a-zA-Z]+\\}", java.util.UUID.randomUUID().toString());
      for (String role : matrix.roles()) {
        Api.Answer answer = bearer(tokens.get(role), entry.method(), path);
        calls++;
        boolean allowed = entry.allowed().get(role);
        if (allowed == (answer.status() == 403)
            || answer.status() >= 500
            || answer.status() == 401) {
          wrong.add(
              entry.endpoint() + " as " + role + ": " + answer.status() + " " + answer.body());
        }
      }
    }
    System.out.printf("Authorisation matrix with bearer tokens: %d calls%n", calls);
    assertThat(wrong).as("cells that disagree with authorisation-matrix.csv").isEmpty();
  }

  private Api.Answer bearer(String token, String method, String path) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(api.base().resolve(path))
            .header("Authorization", "Bearer " + token)
            .timeout(Duration.ofSeconds(60));
    if (method.equals("GET")) {
      request.GET();
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString("{}"));
    }
    return Api.answer(
        Api.exchange(Api.newClient(), request.build(), HttpResponse.BodyHandlers.ofString()));
  }

  private Api.Answer bearer(String token, String path) {
    HttpClient client = Api.newClient();
    return Api.answer(
        Api.exchange(
            client,
            HttpRequest.newBuilder(api.base().resolve(path))
                .header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(60))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString()));
  }

  static String clientCredentials(String clientId, String secret) {
    return KeycloakTokens.clientCredentials(clientId, secret);
  }

  /**
   * Cookies for both servers and redirects followed by hand, as a browser would. The cookies are
   * kept by hand too: Keycloak marks its own Secure, which Java's CookieManager then keeps from
   * plain HTTP, where a browser still sends them to 127.0.0.1.
   */
  private static final class Browser {
    private final HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final java.util.Map<String, java.util.Map<String, String>> cookies =
        new java.util.HashMap<>();
    URI lastCallback;

    HttpResponse<String> get(URI uri) {
      return send(HttpRequest.newBuilder(uri).GET());
    }

    HttpResponse<String> send(HttpRequest.Builder builder) {
      HttpRequest request = builder.build();
      java.util.Map<String, String> jar =
          cookies.computeIfAbsent(
              request.uri().getAuthority(), any -> new java.util.LinkedHashMap<>());
      HttpRequest.Builder withCookies = HttpRequest.newBuilder(request, (name, value) -> true);
      if (!jar.isEmpty()) {
        withCookies.header(
            "Cookie",
            jar.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(java.util.stream.Collectors.joining("; ")));
      }
      HttpResponse<String> answer =
          Api.exchange(client, withCookies.build(), HttpResponse.BodyHandlers.ofString());
      for (String cookie : answer.headers().allValues("Set-Cookie")) {
        String pair = cookie.split(";", 2)[0];
        int equals = pair.indexOf('=');
        if (equals > 0) {
          String value = pair.substring(equals + 1);
          boolean removed = cookie.toLowerCase(java.util.Locale.ROOT).contains("max-age=0");
          if (removed || value.isEmpty()) {
            jar.remove(pair.substring(0, equals));
          } else {
            jar.put(pair.substring(0, equals), value);
          }
        }
      }
      return answer;
    }

    HttpResponse<String> follow(HttpResponse<String> answer) {
      HttpResponse<String> current = answer;
      for (int hops = 0; hops < 10 && current.statusCode() / 100 == 3; hops++) {
        URI next = current.uri().resolve(current.headers().firstValue("Location").orElseThrow());
        if (next.getPath().endsWith("/login/callback")) {
          lastCallback = next;
        }
        current = get(next);
      }
      return current;
    }

    /** Through Keycloak's form, stopping at its answer: the callback not yet sent to the app. */
    URI answerFromProvider(URI app, String user, String password) {
      HttpResponse<String> answer = submitCredentials(app, user, password);
      assertThat(answer.statusCode()).isEqualTo(302);
      URI callback = answer.uri().resolve(answer.headers().firstValue("Location").orElseThrow());
      assertThat(callback.getPath()).endsWith("/login/callback");
      return callback;
    }

    HttpResponse<String> signIn(URI app, String user, String password) {
      return follow(submitCredentials(app, user, password));
    }

    private HttpResponse<String> submitCredentials(URI app, String user, String password) {
      HttpResponse<String> loginForm = follow(get(app.resolve("login/oidc")));
      assertThat(loginForm.uri().toString()).startsWith(REALM);
      Matcher action = FORM_ACTION.matcher(loginForm.body());
      assertThat(action.find()).as(loginForm.body()).isTrue();
      URI post = URI.create(action.group(1).replace("&amp;", "&"));
      HttpResponse<String> submitted =
          send(
              HttpRequest.newBuilder(post)
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "username="
                              + URLEncoder.encode(user, StandardCharsets.UTF_8)
                              + "&password="
                              + URLEncoder.encode(password, StandardCharsets.UTF_8)
                              + "&credentialId=")));
      return submitted;
    }

    HttpResponse<String> signOut(URI app, String page) {
      Matcher token = Pattern.compile("name=\"csrfToken\" value=\"([^\"]+)\"").matcher(page);
      String csrf = token.find() ? token.group(1).replace("&amp;", "&") : "";
      return send(
          HttpRequest.newBuilder(app.resolve("logout"))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(
                  HttpRequest.BodyPublishers.ofString(
                      "csrfToken=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8))));
    }
  }
}
