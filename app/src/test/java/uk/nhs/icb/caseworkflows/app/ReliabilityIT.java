package uk.nhs.icb.caseworkflows.app;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.icb.caseworkflows.app.ComplaintStates.attach;
import static uk.nhs.icb.caseworkflows.app.ComplaintStates.documentsOf;
import static uk.nhs.icb.caseworkflows.app.ComplaintStates.documentsPath;
import static uk.nhs.icb.caseworkflows.app.ComplaintStates.firstLetterOf;
import static uk.nhs.icb.caseworkflows.app.ComplaintStates.intake;
import static uk.nhs.icb.caseworkflows.app.ComplaintStates.intakeBody;
import static uk.nhs.icb.caseworkflows.app.ComplaintStates.letterKinds;
import static uk.nhs.icb.caseworkflows.app.ComplaintStates.letters;
import static uk.nhs.icb.caseworkflows.app.ComplaintStates.openTaskKeys;
import static uk.nhs.icb.caseworkflows.app.ComplaintStates.openTaskOf;
import static uk.nhs.icb.caseworkflows.app.ComplaintStates.recordEvidence;
import static uk.nhs.icb.caseworkflows.app.ComplaintStates.underInvestigation;
import static uk.nhs.icb.caseworkflows.app.HostileRun.abbreviate;
import static uk.nhs.icb.caseworkflows.app.HostileRun.fault;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.nhs.icb.caseworkflows.app.ComplaintStates.Investigated;

/**
 * Tries to break the running application (the WAR as built, on one Payara Micro): retries with
 * Idempotency-Keys, every endpoint as every role, ten thousand generated hostile requests, two
 * people acting on the same complaint or task at once, oversized bodies, and password guessing.
 * Figures go to {@code target/reliability/*.properties} for docs/reliability.md.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@DependsOnTheDatabase
class ReliabilityIT {

  private static final String HANDLER = "complaints-handler";
  private static final String MANAGER = "complaints-manager";
  private static final String CALDICOTT = "caldicott-guardian";
  private static final Map<String, StaffSession> SESSIONS = new ConcurrentHashMap<>();

  /**
   * The application as built, plus two settings of this deployment's own: retention of a complaint
   * is shortened to nothing (honoured in the development profile only), so the test can destroy a
   * case it has just closed; and the test-only fault point is on (development profile only, armed
   * per request by its header), so every use case can be made to fail just before its commit; and
   * the IFR treatments are the shipped list and {@link #FRESH_SIGNAL_TREATMENTS}. A library's own
   * microprofile-config.properties with a higher ordinal overrides the application's.
   */
  @Deployment(testable = false)
  static WebArchive deployment() {
    WebArchive war =
        ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("icb.war")));
    return war.addAsLibrary(
        ShrinkWrap.create(JavaArchive.class, "retention-ends-at-closure.jar")
            .addAsManifestResource(
                new StringAsset(
                    "config_ordinal=500\napp.retention.complaint=P0D\n"
                        + "app.test.fault-injection=true\n"
                        + "app.ifr.codes.treatments="
                        + treatmentsWithFreshSignals()
                        + "\n"),
                "microprofile-config.properties"));
  }

  /**
   * Treatments only this class's deployment lists, each for one policy signal the hostile form run
   * raises afresh for a referral's variants and twin: no other test logs them (on PostgreSQL, no
   * other class of the shared database either), so each raises a signal of its own. Enough for the
   * first referral and fifteen taken by variants.
   */
  private static final List<String> FRESH_SIGNAL_TREATMENTS =
      java.util.stream.IntStream.rangeClosed(1, 16)
          .mapToObj(n -> String.format("HOSTILE_FORM_SIGNAL_%02d", n))
          .toList();

  /** The setting of the treatments: the list as shipped, then {@link #FRESH_SIGNAL_TREATMENTS}. */
  private static String treatmentsWithFreshSignals() {
    List<String> codes = new ArrayList<>();
    try (var seed =
        ReliabilityIT.class.getResourceAsStream(
            "/uk/nhs/icb/caseworkflows/ifr/application/ifr-treatments.codes")) {
      boolean inList = false;
      for (String line : new String(seed.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        line = line.strip();
        if (line.startsWith("[")) {
          inList = line.equals("[treatments]");
        } else if (inList && !line.isEmpty() && !line.startsWith("#")) {
          String[] codeAndLabel = line.split("=", 2);
          codes.add(codeAndLabel[0].strip() + "=" + codeAndLabel[1].strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    FRESH_SIGNAL_TREATMENTS.forEach(
        code -> codes.add(code + "=A treatment of the hostile form run's own (" + code + ")"));
    return String.join("|", codes);
  }

  @ArquillianResource private URL base;
  private Api api;

  @BeforeEach
  void client() {
    api = new Api(base);
  }

  private StaffSession as(String role) {
    return SESSIONS.computeIfAbsent(role, r -> StaffSession.signIn(api.base(), r));
  }

  // --- retries -----------------------------------------------------------------------------------

  @Test
  @Order(1)
  void aThousandRetriesOfOneIntakeFromFourThreadsMakeExactlyOneComplaint() throws Exception {
    StaffSession handler = as(HANDLER);
    int sequenceBefore = sequenceOf(intake(handler, "Ms Before Retries").json());
    String surname = "Retry" + letters(8);
    String body = HostileRequests.json(intakeBody("Ms Ida " + surname));
    String key = UUID.randomUUID().toString();

    List<Api.Answer> answers = inParallel(4, 1000, () -> handler.post("api/complaints", body, key));

    Map<Integer, Integer> statuses = histogram(answers);
    List<Api.Answer> created = answers.stream().filter(a -> a.status() == 201).toList();
    List<Api.Answer> firsts =
        created.stream()
            .filter(a -> a.headers().firstValue("Idempotent-Replayed").isEmpty())
            .toList();
    assertThat(statuses.keySet()).as("statuses " + statuses).isSubsetOf(201, 409);
    assertThat(firsts).as("answers that ran the intake").hasSize(1);
    String id = firsts.get(0).json().getString("id");
    String location = firsts.get(0).headers().firstValue("Location").orElseThrow();
    for (Api.Answer replay : created) {
      assertThat(replay.json().getString("id")).isEqualTo(id);
      assertThat(replay.headers().firstValue("Location")).contains(location);
      assertThat(replay.body()).isEqualTo(firsts.get(0).body());
    }
    for (Api.Answer busy : answers.stream().filter(a -> a.status() == 409).toList()) {
      assertThat(busy.contentType()).startsWith("application/problem+json");
      assertThat(busy.json().getString("detail")).contains("still being processed");
    }
    Api.Answer afterwards = handler.post("api/complaints", body, key);
    assertThat(afterwards.status()).isEqualTo(201);
    assertThat(afterwards.body()).isEqualTo(firsts.get(0).body());

    assertThat(handler.get("api/complaints?q=" + surname).json().getInt("total"))
        .as("complaints made by 1,001 sends of one keyed intake")
        .isEqualTo(1);
    int sequenceAfter = sequenceOf(intake(handler, "Ms After Retries").json());
    assertThat(sequenceAfter).as("references used up").isEqualTo(sequenceBefore + 2);

    Api.Answer otherBody =
        handler.post(
            "api/complaints", HostileRequests.json(intakeBody("Mr Other " + surname)), key);
    assertThat(otherBody.status()).isEqualTo(422);
    assertThat(otherBody.contentType()).startsWith("application/problem+json");
    assertThat(otherBody.json().getString("detail")).contains("different request");
    assertThat(handler.get("api/complaints?q=" + surname).json().getInt("total")).isEqualTo(1);

    Figures.write(
        "idempotency",
        Map.of(
            "requests",
            answers.size() + 2,
            "threads",
            4,
            "ran",
            firsts.size(),
            "replayed",
            created.size() - firsts.size() + 1,
            "in-flight-409",
            statuses.getOrDefault(409, 0),
            "complaints-created",
            1,
            "duplicates",
            0));
  }

  @Test
  @Order(2)
  void aKeyedActionThatFailsLeavesItsKeyFreeAndAKeyedStepRunsOnce() {
    StaffSession handler = as(HANDLER);
    String id = intake(handler, "Mr Step Retry").json().getString("id");
    String key = UUID.randomUUID().toString();
    String path = "api/complaints/" + id + "/acknowledgement";

    Api.Answer tooEarly = handler.post(path, "", key);
    assertThat(tooEarly.status()).as(tooEarly.body()).isEqualTo(409);
    assertThat(handler.post(path, "", key).status())
        .as("a failed attempt is not stored: the retry runs again")
        .isEqualTo(409);

    assertThat(
            handler
                .post("api/complaints/" + id + "/remit-decision", "{\"withinRemit\":true}")
                .status())
        .isEqualTo(200);
    Api.Answer acknowledged = handler.post(path, "", key);
    assertThat(acknowledged.status()).as(acknowledged.body()).isEqualTo(200);
    assertThat(acknowledged.headers().firstValue("Idempotent-Replayed")).isEmpty();
    assertThat(acknowledged.json().getString("status")).isEqualTo("AWAITING_CONSENT");

    Api.Answer again = handler.post(path, "", key);
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.headers().firstValue("Idempotent-Replayed")).contains("true");
    assertThat(again.body()).isEqualTo(acknowledged.body());
    // The intake is a representative's: the consent form waits for their standing (reg 5).
    assertThat(letterKinds(handler, id))
        .as("the acknowledgement was sent once")
        .containsExactly("complaint-acknowledgement");

    Api.Answer malformedKey = handler.post(path, "", "bad key with spaces");
    assertThat(malformedKey.status()).isEqualTo(400);
    assertThat(malformedKey.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("Idempotency-Key");
  }

  // --- who may do what ---------------------------------------------------------------------------

  @Test
  @Order(3)
  void everyEndpointAnswersEveryRoleAsTheAuthorisationMatrixSays() {
    StaffSession handler = as(HANDLER);
    Investigated matrixCase = underInvestigation(handler, "Ms Matrix Case");
    String id = matrixCase.complaintId();
    String evidenceId = matrixCase.evidenceId();
    String documentId = attach(handler, matrixCase, "matrix.pdf", SampleDocuments.pdf("Matrix"));
    String letterId = firstLetterOf(handler, id);

    AuthorisationMatrix matrix = AuthorisationMatrix.load();
    List<String> wrong = new ArrayList<>();
    int calls = 0;
    for (AuthorisationMatrix.Entry entry : matrix.entries()) {
      boolean reading = entry.method().equals("GET");
      // Reads go to the real case; changes to ids that do not exist, so the matrix run changes
      // nothing (the role check comes before any lookup).
      String path =
          pathOf(
              entry,
              reading ? id : UUID.randomUUID().toString(),
              letterId,
              reading ? evidenceId : UUID.randomUUID().toString(),
              documentId);
      Api.Answer anonymous = call(null, entry.method(), path);
      calls++;
      if (anonymous.status() != 401) {
        wrong.add(entry.endpoint() + " anonymous: " + anonymous.status());
      }
      for (String role : matrix.roles()) {
        Api.Answer answer = call(as(role), entry.method(), path);
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
    assertThat(wrong).as("cells that disagree with authorisation-matrix.csv").isEmpty();
    Figures.write(
        "authorisation",
        Map.of(
            "calls", calls, "endpoints", matrix.entries().size(), "disagreements", wrong.size()));
  }

  /**
   * Every allowed cell of the matrix called on a real case in the state its call needs, and every
   * denied cell on the same case ({@link RealCaseMatrix}). {@code -Dmatrix.rows=chc,ifr} limits the
   * run to rows whose path starts with one of those prefixes (for working on one workflow).
   */
  @Test
  @Order(3)
  void everyCellOfTheMatrixGivesItsAnswerOnARealCaseInTheRightState() {
    AuthorisationMatrix matrix = AuthorisationMatrix.load();
    Predicate<AuthorisationMatrix.Entry> rows = rowsAskedFor();
    RealCaseMatrix.Result result;
    try (PreparedAhead complaints = new PreparedAhead(new ComplaintCases(), matrix, rows);
        PreparedAhead shared = new PreparedAhead(new SharedCases(), matrix, rows)) {
      result =
          RealCaseMatrix.run(
              matrix, List.of(complaints, shared, new ChcCases(), new IfrCases()), this::as, rows);
    }
    assertThat(result.disagreements()).as("cells that disagree on real cases").isEmpty();
    Figures.write(
        "authorisation-real-cases",
        Map.of(
            "calls", result.calls(),
            "allowed-cells-called", result.allowedCalls(),
            "per-area", result.callsPerArea().toString(),
            "disagreements", result.disagreements().size()));
  }

  /**
   * The page matrix ({@code page-matrix.csv}) on real cases: every page and form row, anonymously
   * (sent to sign in) and as every role, on a real complaint, CHC case, IFR request, panel meeting,
   * retention record, story, policy signal and task ({@link PageCases}), a later step's form page
   * on a case at that step. A denied role gets the forbidden page (403, not the expired-token page:
   * its forms carry the session's token), a hidden address 404, an allowed role the page showing
   * the case; an allowed form post is sent on a fresh case in the state its step needs and must
   * redirect where the servlet sends it, with the change made (read back through the API). The
   * figures written are asserted: every allowed cell called on a real case in its state, the posts
   * not made to succeed exactly those {@link PageCases#NOT_MADE} names.
   */
  @Test
  @Order(3)
  void everyPageAndFormAnswersEveryRoleAsThePageMatrixSaysOnRealCases() {
    long started = System.nanoTime();
    PageCases cases = pageCases("Page", "OTHER_UNLISTED", null);
    PageMatrix matrix = PageMatrix.load();
    long allowedCells =
        matrix.entries().stream()
            .mapToLong(entry -> matrix.roles().stream().filter(entry::allows).count())
            .sum();
    List<String> wrong = new ArrayList<>();
    List<String> notOnARealCase = new ArrayList<>();
    List<String> allowedPostsNotMade = new ArrayList<>();
    int calls = 0;
    int allowedOnRealCases = 0;
    for (PageMatrix.Entry entry : matrix.entries()) {
      java.util.Optional<PageCases.Target> target = cases.target(entry);
      if (target.isEmpty()) {
        notOnARealCase.add(entry.address());
        continue;
      }
      String path = target.get().path();
      boolean posting = entry.method().equals("POST");
      Api.Answer anonymous = posting ? api.postForm(path, "note=x") : api.get(null, path);
      calls++;
      if (anonymous.status() != 302
          || !anonymous.headers().firstValue("Location").orElse("").endsWith("/login")) {
        wrong.add(
            entry.address()
                + " anonymous: "
                + anonymous.status()
                + " "
                + anonymous.headers().firstValue("Location").orElse(""));
      }
      for (String role : matrix.roles()) {
        PageMatrix.Cell cell = entry.cells().get(role);
        StaffSession session = as(role);
        if (cell == PageMatrix.Cell.ALLOW && posting) {
          java.util.Optional<PageCases.Success> success;
          try {
            success = cases.success(entry, role);
          } catch (IllegalStateException notMade) {
            wrong.add(entry.address() + " as " + role + ": " + notMade.getMessage());
            continue;
          }
          if (success.isEmpty()) {
            allowedPostsNotMade.add(entry.address() + " as " + role);
            continue;
          }
          Api.Answer sent = success.get().send(session);
          calls++;
          allowedOnRealCases++;
          String location = sent.headers().firstValue("Location").orElse("");
          String problem =
              sent.status() != 302 || !location.contains(success.get().sentTo())
                  ? "status " + sent.status() + " to '" + location + "' " + abbreviate(sent.body())
                  : success.get().afterwards().get();
          if (problem != null) {
            wrong.add(entry.address() + " as " + role + " on a real case: " + problem);
          }
          continue;
        }
        Api.Answer answer = posting ? session.submit(path, Map.of()) : session.get(path);
        calls++;
        String problem =
            switch (cell) {
              case ALLOW -> {
                String shows = target.get().shows();
                allowedOnRealCases++;
                String before = target.get().beforeItsStep();
                Api.Answer early = before == null ? null : session.get(before);
                if (early != null) {
                  calls++;
                }
                // Before its step a form opens with nothing to choose, or is not there yet (the
                // CHC tools' forms before the full assessment): never a failure.
                yield early != null && early.status() != 200 && early.status() != 404
                    ? "status " + early.status() + " before its step " + abbreviate(early.body())
                    : answer.status() != 200
                        ? "status " + answer.status() + " " + abbreviate(answer.body())
                        : shows != null && !answer.body().contains(shows)
                            ? "the page does not show " + shows
                            : null;
              }
              case DENY ->
                  answer.status() != 403 || answer.body().contains("This page has expired")
                      ? "status "
                          + answer.status()
                          + " (expected the forbidden page) "
                          + abbreviate(answer.body())
                      : null;
              case HIDDEN ->
                  answer.status() != 404 ? "status " + answer.status() + " (expected 404)" : null;
              case FORM_REFUSAL ->
                  answer.status() != 400 || !answer.body().contains("Only a")
                      ? "status "
                          + answer.status()
                          + " (expected the form refused) "
                          + abbreviate(answer.body())
                      : null;
            };
        if (problem != null) {
          wrong.add(entry.address() + " as " + role + ": " + problem);
        }
      }
    }
    long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
    Figures.write(
        "page-matrix",
        Map.of(
            "rows",
            matrix.entries().size(),
            "calls",
            calls,
            "allowed-cells",
            allowedCells,
            "allowed-calls-on-real-cases",
            allowedOnRealCases,
            "rows-not-on-a-real-case",
            notOnARealCase.size() + " " + notOnARealCase,
            "allowed-posts-not-made",
            allowedPostsNotMade.size() + " " + allowedPostsNotMade,
            "seconds",
            seconds,
            "disagreements",
            wrong.size()));
    assertThat(wrong).as("page cells that disagree with page-matrix.csv").isEmpty();
    // The figures written are the figures proven: every row on a real case, and the allowed posts
    // not made to succeed are exactly those PageCases names, with its reasons.
    assertThat(notOnARealCase).as("page rows not on a real case").isEmpty();
    assertThat(allowedOnRealCases)
        .as("allowed cells called on a real case in their state")
        .isEqualTo(allowedCells - allowedPostsNotMade.size());
    assertThat(allowedPostsNotMade.stream().map(cell -> cell.split(" as ")[0]).distinct())
        .as("allowed form posts not made to succeed")
        .containsExactlyInAnyOrderElementsOf(PageCases.NOT_MADE.keySet());
  }

  /**
   * The destroyed-case column: a complaint closed (retention is shortened to nothing for this
   * deployment), reviewed and destroyed by the IG officer; then every case endpoint, as every role,
   * with a body that would otherwise pass validation, must give 403 to a denied role and the
   * column's status to an allowed one, and nothing of the case may be found again.
   */
  @Test
  @Order(3)
  void aDestroyedCaseAnswersEveryEndpointAndRoleAsTheMatrixSaysAndLeavesOnlyItsCertificate()
      throws Exception {
    StaffSession handler = as(HANDLER);
    StaffSession ig = as("ig-officer");
    String surname = "Destroyed" + letters(8);
    Investigated investigated = underInvestigation(handler, "Ms Erin " + surname);
    String id = investigated.complaintId();
    String reference = handler.get("api/complaints/" + id).json().getString("reference");
    attach(handler, investigated, "statement.pdf", SampleDocuments.pdf("Statement"));
    String letterId = firstLetterOf(handler, id);
    assertThat(
            handler
                .post("api/complaints/" + id + "/withdrawal", "{\"note\":\"Withdrawn.\"}")
                .status())
        .isEqualTo(200);

    String record = "api/retention/records/complaint/" + id;
    Api.Answer kept = ig.get(record);
    assertThat(kept.status()).as(kept.body()).isEqualTo(200);
    assertThat(kept.json().getString("reference")).isEqualTo(reference);
    assertThat(kept.json().getBoolean("due"))
        .as("retention is nothing in this deployment")
        .isTrue();
    Api.Answer noReason = ig.post(record + "/extension", "{\"retainUntil\":\"2001-01-01\"}");
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.body()).contains("retainUntil").contains("reason");
    Api.Answer noAppraisal = ig.post(record + "/destruction", "{\"appraisal\":\" \"}");
    assertThat(noAppraisal.status()).isEqualTo(400);
    assertThat(noAppraisal.body()).contains("appraisal");
    assertThat(handler.get("api/complaints/" + id).status())
        .as("nothing refused has touched the case")
        .isEqualTo(200);

    // The IG officer's pages: the record listed as due, its review page, the destruction form.
    assertThat(ig.get("retention").body())
        .contains(reference)
        .contains("/retention/complaint/" + id);
    String page = "retention/complaint/" + id;
    assertThat(ig.get(page).body()).contains("Destroy the record").contains("Keep for longer");
    assertThat(handler.get(page).status()).as("a handler on the IG officer's pages").isEqualTo(403);
    Api.Answer blank = ig.submitForm(page, page + "/destruction", Map.of("appraisal", ""));
    assertThat(blank.status()).isEqualTo(400);
    assertThat(blank.body()).contains("There is a problem").contains("Enter why the record");
    // The review opens when the engine's job executor fires the retention timer.
    Api.Answer submitted = null;
    long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
    while (System.nanoTime() < giveUp) {
      submitted =
          ig.submitForm(
              page,
              page + "/destruction",
              Map.of("appraisal", "Reviewed: no open complaint, claim or request needs it."));
      if (submitted.status() != 400 || !submitted.body().contains("has not opened yet")) {
        break;
      }
      Thread.sleep(2_000);
    }
    assertThat(submitted.status()).as(submitted.body()).isEqualTo(302);
    assertThat(ig.get("retention").body()).contains("DC-" + reference).contains("was destroyed");
    Api.Answer destroyed = ig.get("api/retention/certificates/DC-" + reference);
    JsonObject certificate = destroyed.json();
    assertThat(certificate.getString("number")).isEqualTo("DC-" + reference);
    assertThat(certificate.getJsonArray("destroyed").toString())
        .contains("the complaint file " + reference)
        .contains("1 piece of evidence")
        .contains("1 document\"")
        .contains("letter")
        .contains("1 process history");
    Api.Answer again = ig.post(record + "/destruction", "{\"appraisal\":\"Again.\"}");
    assertThat(again.status()).isEqualTo(409);
    assertThat(ig.get(record).json().getString("status")).isEqualTo("DESTROYED");

    Map<String, Object> validBodies = new HashMap<>();
    ApiEndpoints.all()
        .forEach(endpoint -> validBodies.put(endpoint.pathTemplate(), endpoint.validBody()));
    AuthorisationMatrix matrix = AuthorisationMatrix.load();
    byte[] pdf = SampleDocuments.pdf("After the destruction");
    List<String> wrong = new ArrayList<>();
    int calls = 0;
    for (AuthorisationMatrix.Entry entry : matrix.entries()) {
      if (entry.destroyedCase().isEmpty()) {
        continue;
      }
      // The generator's paths name a joint-handling organisation by its number, as sent.
      Object valid = validBodies.get(entry.path().replace("{number}", "1"));
      String body = valid == null ? "{}" : HostileRequests.json(valid);
      String path =
          pathOf(entry, id, letterId, UUID.randomUUID().toString(), UUID.randomUUID().toString());
      for (String role : matrix.roles()) {
        StaffSession who = as(role);
        Api.Answer answer =
            entry.method().equals("GET")
                ? who.get(path)
                : path.endsWith("/documents")
                    // An upload's body is the file itself, and its name is a query parameter.
                    ? who.postRaw(path + "?name=gone.pdf", "application/pdf", pdf, false)
                    : who.post(path, body);
        calls++;
        int expected = entry.allowed().get(role) ? entry.destroyedCase().get() : 403;
        if (answer.status() != expected
            || (expected >= 400 && !answer.contentType().startsWith("application/problem+json"))) {
          wrong.add(
              entry.endpoint() + " as " + role + ": " + answer.status() + " " + answer.body());
        }
      }
    }
    assertThat(wrong).as("destroyed-case cells that disagree with the matrix").isEmpty();

    Api.Answer gone = handler.get("api/complaints/" + id);
    assertThat(gone.json().getString("detail")).contains(reference).contains("DC-" + reference);
    assertThat(handler.get("api/complaints?q=" + surname).json().getInt("total")).isZero();
    assertThat(handler.get("complaints/" + id).status())
        .as("the case page of a destroyed case")
        .isEqualTo(410);
    Api.Answer trail = ig.get("api/audit?caseType=complaint&caseId=" + id + "&size=100");
    assertThat(trail.body())
        .as("the audit trail keeps who did what, never the file's contents")
        .contains("RECORD_DESTROYED")
        .doesNotContain(surname);
    assertThat(ig.get("api/audit/verify").json().getBoolean("intact")).isTrue();
    Figures.write(
        "destroyed-case",
        Map.of("calls", calls, "disagreements", wrong.size(), "certificate", "DC-" + reference));
  }

  @Test
  @Order(4)
  void idsOfOtherCaseTypesTeamsTasksAndCasesLeadNowhere() {
    StaffSession handler = as(HANDLER);
    String a = intake(handler, "Ms Case A").json().getString("id");
    String b = intake(handler, "Mr Case B").json().getString("id");
    handler.post("api/complaints/" + a + "/remit-decision", "{\"withinRemit\":true}");
    handler.post("api/complaints/" + a + "/acknowledgement", "");
    String letterOfA = firstLetterOf(handler, a);
    String taskOfB = openTaskOf(handler, b);

    assertThat(handler.get("api/cases/complaint/" + b + "/letters/" + letterOfA).status())
        .as("a letter fetched through another case")
        .isEqualTo(404);
    assertThat(as("chc-assessor").get("api/cases/chc/" + a + "/letters").status())
        .as("a complaint's id under another case type")
        .isEqualTo(404);
    assertThat(as("ifr-coordinator").get("api/cases/ifr/" + a + "/letters/" + letterOfA).status())
        .isEqualTo(404);
    for (String verb : List.of("claim", "unclaim", "complete")) {
      Api.Answer other = as("chc-assessor").post("api/tasks/" + taskOfB + "/" + verb, "{}");
      assertThat(other.status()).as("another team's task: " + verb).isEqualTo(404);
      assertThat(other.contentType()).startsWith("application/problem+json");
    }
    assertThat(as("chc-assessor").get("api/tasks?size=100").body()).doesNotContain(taskOfB);
    assertThat(as(MANAGER).post("api/tasks/" + taskOfB + "/claim", "").status())
        .as("a task of another role in the same team")
        .isEqualTo(404);
    assertThat(as("governing-body").get("api/complaints/" + a).status()).isEqualTo(403);
    assertThat(handler.get("api/complaints/" + UUID.randomUUID()).status()).isEqualTo(404);
  }

  // --- hostile input -----------------------------------------------------------------------------

  @Test
  @Order(5)
  void generatedHostileRequestsGetNo5xxOnlyProblemsAndStoreNothing() throws Exception {
    StaffSession handler = as(HANDLER);
    StaffSession manager = as(MANAGER);
    StaffSession caldicott = as(CALDICOTT);
    String target = intake(handler, "Mr Fuzz Target").json().getString("id");
    String task = openTaskOf(handler, target);
    HostileRequests requests = new HostileRequests(ApiEndpoints.all(), target, task);
    long seed = Long.getLong("hostile.seed", 20261122L);
    int count = Integer.getInteger("hostile.requests", 10_000);
    List<HostileRequests.Hostile> planned = requests.sample(seed, count);
    int totalBefore = handler.get("api/complaints?size=1").json().getInt("total");
    int sequenceBefore = sequenceOf(intake(handler, "Ms Before Fuzz").json());

    AtomicInteger next = new AtomicInteger();
    Map<String, Integer> statuses = new TreeMap<>();
    List<String> failures = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger intakesStored = new AtomicInteger();
    AtomicInteger retried = new AtomicInteger();
    AtomicInteger faults = new AtomicInteger();
    AtomicInteger connectorRefusals = new AtomicInteger();
    AtomicInteger unreadRefusals = new AtomicInteger();
    long started = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<?>> workers = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      workers.add(
          pool.submit(
              () -> {
                for (int i = next.getAndIncrement();
                    i < planned.size();
                    i = next.getAndIncrement()) {
                  HostileRequests.Hostile request = planned.get(i);
                  StaffSession who =
                      switch (request.endpoint().role()) {
                        case MANAGER -> manager;
                        case CALDICOTT -> caldicott;
                        default -> handler;
                      };
                  byte[] bytes = request.body().getBytes(StandardCharsets.UTF_8);
                  String path = "api/" + request.path();
                  Api.Answer answer;
                  try {
                    answer = who.postRaw(path, request.contentType(), bytes, false);
                  } catch (IllegalStateException dropped) {
                    // The server closes a keep-alive connection after its 250th request; a request
                    // sent on it at that moment is never read. Sent once more; were it read the
                    // first time, the stored-complaints check below would see the duplicate.
                    retried.incrementAndGet();
                    try {
                      answer = who.postRaw(path, request.contentType(), bytes, false);
                    } catch (IllegalStateException noAnswer) {
                      if (pathTheConnectorRefuses(request.path())) {
                        // The connector refuses the request line and closes at once; a client
                        // still sending a large body cannot read that bare 400. Counted with the
                        // connector's other refusals: no application code ran.
                        connectorRefusals.incrementAndGet();
                        unreadRefusals.incrementAndGet();
                        continue;
                      }
                      faults.incrementAndGet();
                      failures.add(
                          "no HTTP answer ("
                              + noAnswer.getMessage()
                              + ") <- POST /"
                              + abbreviate(path)
                              + " ["
                              + request.what()
                              + "]");
                      continue;
                    }
                  }
                  synchronized (statuses) {
                    statuses.merge(String.valueOf(answer.status()), 1, Integer::sum);
                  }
                  if (refusedByConnector(answer, request.path())) {
                    connectorRefusals.incrementAndGet();
                    continue;
                  }
                  if (request.endpoint().isIntake() && answer.status() == 201) {
                    intakesStored.incrementAndGet();
                  }
                  String fault = fault(answer);
                  if (fault != null) {
                    faults.incrementAndGet();
                  }
                  if (fault != null && failures.size() < 50) {
                    failures.add(
                        fault
                            + " <- POST /api/"
                            + abbreviate(request.path())
                            + " ["
                            + request.what()
                            + "]");
                  }
                }
                return null;
              }));
    }
    for (Future<?> worker : workers) {
      worker.get();
    }
    pool.shutdown();
    long seconds = (System.nanoTime() - started) / 1_000_000_000L;

    int totalAfter = handler.get("api/complaints?size=1").json().getInt("total");
    int sequenceAfter = sequenceOf(intake(handler, "Ms After Fuzz").json());
    Figures.writeHostileRun(
        "hostile-input",
        planned.size(),
        seed,
        seconds,
        statuses,
        Map.of(
            "faults", faults.get(),
            "retried-after-dropped-connection", retried.get(),
            "refused-by-http-connector", connectorRefusals.get(),
            "of-those-closed-before-the-client-read-the-400", unreadRefusals.get(),
            "valid-intakes-stored", intakesStored.get()));
    assertThat(failures).as("5xx answers, or rejections that are not problem+json").isEmpty();
    assertThat(totalAfter - totalBefore)
        .as("complaints stored: only by the intakes answered 201")
        .isEqualTo(intakesStored.get() + 1);
    assertThat(sequenceAfter - sequenceBefore)
        .as("references used up: none by a rejected intake")
        .isEqualTo(intakesStored.get() + 1);
  }

  /**
   * The workflows' providers of real cases for the hostile-surface proof, in one place so that a
   * workflow's provider is swapped in here. {@link ComplaintCasesForHostileWork} stands in for the
   * complaint provider until {@code ComplaintCases}, {@code ChcCases} and {@code IfrCases} arrive.
   */
  /**
   * The matrix rows a run is asked for: all, or with {@code -Dmatrix.rows=chc,ifr} only those whose
   * path starts with one of the prefixes (for working on one workflow).
   */
  private static java.util.function.Predicate<AuthorisationMatrix.Entry> rowsAskedFor() {
    List<String> prefixes =
        List.of(System.getProperty("matrix.rows", "").split(",")).stream()
            .filter(prefix -> !prefix.isBlank())
            .toList();
    return entry -> prefixes.isEmpty() || prefixes.stream().anyMatch(entry.path()::startsWith);
  }

  /**
   * Issue 20, point 3: a fault just before commit (the test-only fault point, armed for one request
   * by its header) in every real use case of every workflow, each on a fresh case in the state its
   * step needs: the request is answered 500, the case, its letters and its audit trail are as they
   * were (a state snapshot), and the same request without the fault then succeeds.
   */
  @Test
  @Order(5)
  void aFaultJustBeforeCommitInEveryUseCaseLeavesItsCaseAsItWasAndItsTwinSucceeds() {
    AuthorisationMatrix matrix = AuthorisationMatrix.load();
    List<RealCases> workflows = hostileSurfaceProviders("VARICOSE_VEINS");
    List<String> wrong = new ArrayList<>();
    Map<String, Integer> faultedPerArea = new TreeMap<>();
    List<String> refusedByDesign = new ArrayList<>();
    int withoutCase = 0;
    for (AuthorisationMatrix.Entry entry : matrix.entries()) {
      if (!entry.method().equals("POST") || !rowsAskedFor().test(entry)) {
        continue;
      }
      RealCases workflow =
          workflows.stream().filter(candidate -> candidate.covers(entry)).findFirst().orElseThrow();
      String role = matrix.roles().stream().filter(entry.allowed()::get).findFirst().orElseThrow();
      RealCases.Ready ready = workflow.prepare(entry, role, this::as);
      if (ready.expectedStatus() >= 400) {
        // Refused by design before any work (the task list's bare completion of a workflow's
        // step): there is no use case to fault; the matrix and the hostile run check it.
        refusedByDesign.add(entry.endpoint());
        continue;
      }
      CaseSnapshot before =
          !CaseSnapshot.canTake(ready)
              ? null
              : CaseSnapshot.take(ready.caseType(), ready.caseId(), this::as);
      Api.Answer faulted = ready.send(as(role), "X-Test-Fault", "before-commit");
      if (faulted.status() != 500) {
        wrong.add(entry.endpoint() + " with the fault: " + faulted.status() + " " + faulted.body());
        continue;
      }
      if (before != null) {
        String changed =
            before.differencesFrom(CaseSnapshot.take(ready.caseType(), ready.caseId(), this::as));
        if (!changed.isEmpty()) {
          wrong.add(entry.endpoint() + ": the faulted request changed the case: " + changed);
        }
      } else {
        withoutCase++;
      }
      Api.Answer twin = ready.send(as(role));
      String problem =
          twin.status() != ready.expectedStatus()
              ? "status " + twin.status() + " " + twin.body()
              : ready.check().apply(twin);
      if (problem != null) {
        wrong.add(entry.endpoint() + ": its twin without the fault failed: " + problem);
      }
      faultedPerArea.merge(RealCaseMatrix.area(entry), 1, Integer::sum);
    }
    assertThat(wrong).as("use cases a fault before commit left half-done").isEmpty();
    Figures.write(
        "fault-before-commit",
        Map.of(
            "use-cases-faulted", faultedPerArea.values().stream().mapToInt(Integer::intValue).sum(),
            "per-area", faultedPerArea.toString(),
            "without-a-case-to-snapshot", withoutCase,
            "refused-by-design", refusedByDesign.size() + " " + refusedByDesign,
            "disagreements", wrong.size()));
  }

  /**
   * Form posts the hostile form run does not draw variants for, and why: none now. (The multipart
   * evidence upload is drawn by {@link HostileForms}'s upload variants; a signal's referral on a
   * fresh signal each time, {@link #FRESH_SIGNAL_TREATMENTS}; a meeting's decision and its noting
   * of the chair's actions with every request on its agenda watched, alone.)
   */
  private static final Map<String, String> FORMS_NOT_DRAWN = Map.of();

  /**
   * Calls and form posts whose work reaches other cases by design, or whose watch does: noting the
   * chair's actions at a meeting notes every chair's action on its agenda, so it changes (and moves
   * the version of) every request a chair decided, other rows' cases among them; the panel's
   * decision at a meeting is watched with every request on its agenda, other rows' among them. They
   * run alone, after the other rows. (The page and the API name these paths alike.)
   */
  private static final java.util.Set<String> ACROSS_CASES =
      java.util.Set.of(
          "ifr-panel-meetings/{id}/chairs-actions-noted", "ifr-panel-meetings/{id}/decide");

  /**
   * Hostile posts of a form that uploads a file: more than a form's share, so that each surface's
   * kinds of upload (a refused type, an empty or oversized file, a hostile name...) come up.
   */
  private static final int UPLOAD_VARIANTS = 30;

  /** Hostile requests sent at one case before the next goes to a fresh one (see the loop). */
  private static final int REQUESTS_PER_CASE = 40;

  private static List<RealCases> hostileSurfaceProviders(String ifrSignalTreatment) {
    return List.of(
        new ComplaintCases(), new SharedCases(), new ChcCases(), new IfrCases(ifrSignalTreatment));
  }

  /** The matrix's rows of {@code method} that a provider makes ready on real cases: not none. */
  private static List<AuthorisationMatrix.Entry> rowsReady(
      AuthorisationMatrix matrix, List<RealCases> providers, String method) {
    List<AuthorisationMatrix.Entry> rows =
        matrix.entries().stream()
            .filter(entry -> entry.method().equals(method))
            .filter(entry -> providerOf(providers, entry).isPresent())
            .toList();
    assertThat(rows).as(method + " rows a provider makes ready").isNotEmpty();
    return rows;
  }

  private static java.util.Optional<RealCases> providerOf(
      List<RealCases> providers, AuthorisationMatrix.Entry entry) {
    return providers.stream().filter(candidate -> candidate.covers(entry)).findFirst();
  }

  /**
   * Hostile variants of valid calls on real cases ({@link HostileSurface}: body, query, path,
   * headers, method, caller), for every matrix row a provider can make ready: each refusal must be
   * a problem (never a 5xx) and leave the case's snapshot ({@link CaseSnapshot}) as it was; a
   * variant the server accepts is counted and the case made ready again; then the valid twin must
   * succeed, and change the snapshot (which shows the comparison can see a change). The number of
   * variants is {@code -Dhostile.surface.requests} (spread evenly over the rows), the seed {@code
   * -Dhostile.seed}.
   */
  @Test
  @Order(5)
  void hostileRequestsOnRealCasesAreRefusedWithoutChangingTheCaseAndTheirValidTwinsSucceed()
      throws Exception {
    long seed = Long.getLong("hostile.seed", 20261122L);
    int requested = Integer.getInteger("hostile.surface.requests", 600);
    org.junit.jupiter.api.Assumptions.assumeTrue(
        requested > 0, "-Dhostile.surface.requests=0: hostile variants turned off for this run");
    AuthorisationMatrix matrix = AuthorisationMatrix.load();
    List<RealCases> providers = hostileSurfaceProviders("IVF_OUTSIDE_CRITERIA");
    // The rows that change a case: a hostile variant of a read has no twin that changes anything,
    // and reads' query strings are swept on their own (everyQueryParameterOfEveryReadAndPage...).
    List<AuthorisationMatrix.Entry> rows = rowsReady(matrix, providers, "POST");
    int perRow = Math.max(HostileSurface.Surface.values().length, requested / rows.size());
    HostileSurface surface = HostileSurface.of(openApi());

    Map<String, Integer> twinsPerEndpoint = new ConcurrentHashMap<>();
    // Everyone signs in first, one at a time: the rows' threads then share the sessions.
    matrix.roles().forEach(this::as);
    HostileRun run = new HostileRun(api.base(), this::as, seed);
    // Rows in parallel, each on cases of its own: four clients at once, as the other hostile run;
    // then, alone, the calls whose work reaches other cases by design, so that they change no
    // other row's case between its preparation and its twin.
    List<Callable<Void>> together = new ArrayList<>();
    List<Callable<Void>> alone = new ArrayList<>();
    for (AuthorisationMatrix.Entry entry : rows) {
      RealCases provider = providerOf(providers, entry).orElseThrow();
      String role = matrix.roles().stream().filter(entry.allowed()::get).findFirst().orElseThrow();
      if (!provider.preparesAgain(entry)) {
        // Its case cannot be made afresh after an accepted variant (a policy signal is raised
        // once a window): counted; its cells are called on a real signal by the matrix above.
        run.count("rows-whose-case-cannot-be-made-again");
        continue;
      }
      RealCases.Ready first = provider.prepare(entry, role, this::as);
      if (!CaseSnapshot.canTake(first)) {
        // An intake, or a call on no case of its own (a list, a meeting's schedule): no case to
        // compare before and after; counted, and left to the generated hostile bodies above.
        run.count("rows-without-a-case-to-snapshot");
        continue;
      }
      // Drawn here, on this thread: jqwik's sampling outside a property is not safe across threads.
      HostileSurface.Draw draw =
          surface.draw(
              entry, role, first, matrix.roles(), seed ^ entry.endpoint().hashCode(), perRow);
      (ACROSS_CASES.contains(entry.path()) ? alone : together)
          .add(
              () -> {
                if (changeVariants(run, entry, role, provider, first, draw, perRow)) {
                  twinsPerEndpoint.merge(entry.endpoint(), 1, Integer::sum);
                }
                return null;
              });
    }
    HostileRun.runRows(4, together, alone);
    // What the server took, up to eight of each workflow and surface, for the report to judge.
    run.printTaken("hostile-surface", "accepted", 8);

    int rowsSkipped =
        run.figure("rows-without-a-case-to-snapshot")
            + run.figure("rows-whose-case-cannot-be-made-again");
    int requests = (rows.size() - rowsSkipped) * perRow;
    run.write(
        "hostile-surface",
        Map.of(
            "requests", requests,
            "requests-per-endpoint", perRow,
            "twins-per-endpoint", twinsPerEndpoint.toString()));

    run.assertNoFailures("hostile requests on real cases that were not refused cleanly");
    int sent = 0;
    for (String workflow : HostileRun.WORKFLOWS) {
      int endpoints = run.figure(workflow + ".endpoints");
      assertThat(run.figure(workflow + ".twins-succeeded"))
          .as(workflow + ": valid twins that succeeded, one per endpoint tried")
          .isEqualTo(endpoints);
      assertThat(run.figure(workflow + ".twins-that-changed-their-case"))
          .as(workflow + ": valid twins whose change the snapshot saw")
          .isEqualTo(run.figure(workflow + ".changes-expected"));
      sent +=
          run.assertCells(
              workflow + ".",
              List.of(HostileSurface.Surface.values()),
              "accepted",
              true,
              endpoints > 0);
    }
    assertThat(sent).as("requests sent").isEqualTo(requests);
  }

  /**
   * One row of the hostile REST run: its variants on its cases, then its valid twin; whether the
   * twin succeeded.
   */
  private boolean changeVariants(
      HostileRun run,
      AuthorisationMatrix.Entry entry,
      String role,
      RealCases provider,
      RealCases.Ready first,
      HostileSurface.Draw draw,
      int perRow) {
    String row = entry.endpoint();
    String workflow = HostileRun.workflowOf(entry.path());
    RealCases.Ready ready = first;
    CaseSnapshot before = snapshotOf(ready);
    assertThat(snapshotOf(ready))
        .as(row + ": two snapshots in a row, nothing sent between")
        .isEqualTo(before);
    int onThisCase = 0;
    for (int sent = 0; sent < perRow; sent++) {
      if (++onThisCase > REQUESTS_PER_CASE) {
        // Every snapshot adds read entries to the case's trail; a fresh case keeps the trail
        // within the file's history (500 entries) and snapshots quick.
        ready = provider.prepare(entry, role, this::as);
        before = snapshotOf(ready);
        onThisCase = 1;
      }
      HostileSurface.Variant variant = draw.next(ready);
      String cell = HostileRun.cell(workflow + ".", variant.surface());
      String said = HostileRun.said(variant.method(), variant.target(), variant.what());
      Api.Answer answer = run.send(row, cell, said, variant);
      // Accepted (a variant the server may rightly take: the same id spelt in percent-escapes, a
      // charset it ignores), unanswered, or a refusal that changed the case (a failure): the case
      // has moved on, so the next variants get a fresh one.
      if (answer == null
          || run.judge(HostileRun.Judging.CHANGES, row, cell, said, variant, answer)
          || !run.unchanged(row, cell, said, answer.status(), before, snapshotOf(ready))) {
        ready = provider.prepare(entry, role, this::as);
        before = snapshotOf(ready);
      }
    }
    boolean succeeded =
        run.twin(
            row,
            workflow + ".twins-succeeded",
            "twin",
            HostileRun.wrongTwin(ready, ready.send(as(role))));
    run.count(workflow + ".endpoints");
    if (!ready.method().equals("GET")) {
      boolean changed = !snapshotOf(ready).equals(before);
      if (ready.expectedStatus() >= 400) {
        // Refused by design (the task list's bare completion of a workflow's step): the twin's
        // answer is the refusal, and it too must change nothing.
        if (changed) {
          run.fail(row, "its refused twin changed the case");
        }
      } else {
        run.count(workflow + ".changes-expected");
        if (changed) {
          run.count(workflow + ".twins-that-changed-their-case");
        }
      }
    }
    return succeeded;
  }

  private CaseSnapshot snapshotOf(RealCases.Ready ready) {
    return CaseSnapshot.take(ready.caseType(), ready.caseId(), this::as);
  }

  private String openApi() {
    return Api.exchange(
            Api.newClient(),
            java.net.http.HttpRequest.newBuilder(api.server("openapi"))
                .header("Accept", "application/json")
                .GET()
                .build(),
            java.net.http.HttpResponse.BodyHandlers.ofString())
        .body();
  }

  /**
   * Issue 20, point 1, for the pages: hostile variants ({@link HostileForms}) of every servlet form
   * post that {@link PageCases} can make succeed: its fields, its anti-forgery token, its headers,
   * its address, its method and its caller. A form on a case is sent at a fresh case; after each
   * request the case's snapshot is taken again. A form that records something new (a meeting, a
   * case) is watched through what is stored: the records its list counts and the audit changes its
   * role made since the row began (those rows run alone, after the others, so nothing else adds to
   * the count). Unchanged, the request was refused (whatever page answered: the form shown again
   * with its message, the expired page, a notice on the task list), and it must have been answered
   * as its variant expects, never with a 5xx; changed, the server took it, which only a redirect
   * onwards may say (a variant that must be refused may not), and the next variants go to a fresh
   * case. Then the valid post (the twin) must succeed and change what is watched. The count is
   * {@code -Dhostile.form.requests}, spread evenly over the rows; the seed {@code -Dhostile.seed}.
   */
  @Test
  @Order(5)
  void hostileFormPostsOnRealCasesAreRefusedWithoutChangingTheCaseAndTheirValidTwinsSucceed()
      throws Exception {
    long seed = Long.getLong("hostile.seed", 20261122L);
    int requested = Integer.getInteger("hostile.form.requests", 120);
    org.junit.jupiter.api.Assumptions.assumeTrue(
        requested > 0, "hostile.form.requests=0: not on this database yet (app/pom.xml)");
    PageMatrix matrix = PageMatrix.load();
    matrix.roles().forEach(this::as);
    // No signal for the pages' reads; each referral on a fresh signal of its own.
    PageCases cases = pageCases("Form", null, FRESH_SIGNAL_TREATMENTS.iterator());

    // The rows: each POST whose success PageCases can make, as the first role it makes it for.
    List<FormRow> rows = Collections.synchronizedList(new ArrayList<>());
    List<String> notMade = Collections.synchronizedList(new ArrayList<>());
    HostileRun run = new HostileRun(api.base(), this::as, seed);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<?>> found = new ArrayList<>();
    for (PageMatrix.Entry entry : matrix.entries()) {
      if (!entry.method().equals("POST")) {
        continue;
      }
      String notDrawn = FORMS_NOT_DRAWN.get(entry.path());
      if (notDrawn != null) {
        notMade.add(entry.address() + " (" + notDrawn + ")");
        continue;
      }
      // Made in parallel: each success PageCases makes is a fresh case brought to its state.
      found.add(
          pool.submit(
              () ->
                  formRow(cases, matrix, entry)
                      .ifPresentOrElse(rows::add, () -> notMade.add(entry.address()))));
    }
    for (Future<?> row : found) {
      row.get();
    }
    pool.shutdown();
    // In the page matrix's order, so the seeded draws do not depend on which thread came first.
    List<PageMatrix.Entry> order = matrix.entries();
    rows.sort(java.util.Comparator.comparing(row -> order.indexOf(row.entry())));
    assertThat(rows).as("form posts PageCases makes succeed").isNotEmpty();
    int perRow = Math.max(HostileForms.Surface.values().length, requested / rows.size());

    int perUpload = Math.max(perRow, UPLOAD_VARIANTS);
    FormRun forms = new FormRun(run, cases);
    Map<String, StaffSession> otherSessions = new HashMap<>();
    List<Callable<Void>> onCases = new ArrayList<>();
    List<Callable<Void>> alone = new ArrayList<>();
    int requests = 0;
    for (FormRow row : rows) {
      int count = row.first().document() == null ? perRow : perUpload;
      requests += count;
      // A second session of the same person, signed in here: its token is not this session's.
      StaffSession otherSession =
          otherSessions.computeIfAbsent(row.role(), r -> StaffSession.signIn(api.base(), r));
      HostileForms draw =
          new HostileForms(
              row.entry(),
              row.role(),
              matrix.roles(),
              r -> as(r).csrfToken(),
              otherSession.csrfToken(),
              seed ^ row.entry().address().hashCode());
      // What records something new is counted, and what reaches beyond its case watched, alone.
      (row.records() == null && !ACROSS_CASES.contains(row.entry().path()) ? onCases : alone)
          .add(
              () -> {
                forms.sendVariants(row, draw, count);
                return null;
              });
    }
    HostileRun.runRows(4, onCases, alone);
    run.printTaken("hostile-forms", "taken", 40);
    run.write(
        "hostile-forms",
        Map.of(
            "requests",
            requests,
            "requests-per-form",
            perRow,
            "requests-per-upload-form",
            perUpload,
            "forms",
            rows.size() + " " + rows.stream().map(r -> r.entry().path()).toList(),
            "forms-not-drawn",
            notMade.size() + " " + notMade));

    run.assertNoFailures("hostile form posts not refused cleanly");
    int sent = 0;
    for (String workflow : HostileRun.WORKFLOWS) {
      int drawn = run.figure(workflow + ".forms");
      assertThat(run.figure(workflow + ".twins-succeeded"))
          .as(workflow + ": valid twins that succeeded, one per form")
          .isEqualTo(drawn);
      assertThat(run.figure(workflow + ".twins-that-changed-their-case"))
          .as(workflow + ": valid twins whose change the snapshot saw")
          .isEqualTo(drawn);
      sent +=
          run.assertCells(
              workflow + ".", List.of(HostileForms.Surface.values()), "accepted", true, drawn > 0);
    }
    assertThat(sent).as("requests sent").isEqualTo(requests);
  }

  /**
   * The row of a form post: the first role PageCases makes it succeed for, if what it changes can
   * be watched (a case, or a list of records); empty if none.
   */
  private java.util.Optional<FormRow> formRow(
      PageCases cases, PageMatrix matrix, PageMatrix.Entry entry) {
    for (String role : matrix.roles()) {
      if (!entry.allows(role)) {
        continue;
      }
      java.util.Optional<PageCases.Success> success = cases.success(entry, role);
      if (success.isPresent()) {
        String records = RECORDED_BY_FORM.get(entry.path());
        if (records != null || FormCases.of(success.get().action(), role, this::as).isPresent()) {
          return java.util.Optional.of(new FormRow(entry, role, success.get(), records));
        }
      }
    }
    return java.util.Optional.empty();
  }

  /**
   * The pages' real cases ({@link PageCases}), its people named {@code Ms/Mr/Mrs <surname> ...},
   * its policy signal on {@code signalTreatment}, its referrals' on {@code freshSignalTreatments}
   * (null: on that one signal).
   */
  private PageCases pageCases(
      String surname, String signalTreatment, java.util.Iterator<String> freshSignalTreatments) {
    StaffSession handler = as(HANDLER);
    return new PageCases(
        this::as,
        underInvestigation(handler, "Ms " + surname + " " + letters(8)).complaintId(),
        () -> intake(handler, "Mr " + surname + " " + letters(8)).json().getString("id"),
        () -> underInvestigation(handler, "Mrs " + surname + " " + letters(8)).complaintId(),
        HostileRequests.json(ApiEndpoints.validBody("chc")),
        HostileRequests.json(ApiEndpoints.validBody("ifr")),
        java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")),
        signalTreatment,
        freshSignalTreatments);
  }

  /**
   * The forms that record something new, and what: the type of record whose list counts it ({@link
   * #STORED}). Their posts name no case of their own.
   */
  private static final Map<String, String> RECORDED_BY_FORM =
      Map.of(
          "complaints/new", "complaint",
          "chc-cases/new", "chc",
          "ifr/new", "ifr",
          "ifr-panel-meetings/new", "ifr-panel-meeting");

  /**
   * A form post of the page matrix that {@link PageCases} made succeed: its row, the role, the
   * first success, and for a form that records something new the type of record ({@code null} for a
   * form on a case).
   */
  private record FormRow(
      PageMatrix.Entry entry, String role, PageCases.Success first, String records) {}

  /** What a form that records something new has stored: its list's count, its role's changes. */
  private record Stored(int records, int changes) {}

  /**
   * A form post made to succeed on a fresh case, as the run watches it: what is watched for a
   * change, as it was before the variants, and the form as its page draws it.
   */
  private record Watched(
      PageCases.Success success, Supplier<Object> watch, Object before, HostileForms.Form form) {}

  /** The hostile form posts of one test run: the loop over a row's variants. */
  private final class FormRun {
    private final HostileRun run;
    private final PageCases cases;

    FormRun(HostileRun run, PageCases cases) {
      this.run = run;
      this.cases = cases;
    }

    /** {@code success} watched from now: what is watched, and the form its page draws. */
    private Watched watched(FormRow row, PageCases.Success success) {
      Supplier<Object> watch;
      if (row.records() == null) {
        List<FormCases.Case> targets =
            FormCases.changedBy(success.action(), row.role(), ReliabilityIT.this::as);
        watch =
            () ->
                targets.stream()
                    .map(c -> CaseSnapshot.take(c.type(), c.id(), ReliabilityIT.this::as))
                    .toList();
      } else {
        Instant since = Instant.now().minusSeconds(2);
        watch = () -> new Stored(stored(row.records()), changesBy(row.role(), since).size());
      }
      return new Watched(success, watch, watch.get(), formOf(success, row.role()));
    }

    /** The row on a fresh case: a new success made, and watched. */
    private Watched fresh(FormRow row) {
      return watched(row, cases.success(row.entry(), row.role()).orElseThrow());
    }

    void sendVariants(FormRow row, HostileForms draw, int count) {
      String role = row.role();
      String address = row.entry().address();
      String workflow = HostileRun.workflowOf(row.entry().path());
      Watched on = watched(row, row.first());
      assertThat(on.watch().get())
          .as(address + ": two snapshots in a row, nothing sent between")
          .isEqualTo(on.before());
      int onThisCase = 0;
      for (int sent = 0; sent < count; sent++) {
        if (++onThisCase > REQUESTS_PER_CASE) {
          on = fresh(row);
          onThisCase = 1;
        }
        HostileForms.Variant variant = draw.next(on.form());
        String cell = HostileRun.cell(workflow + ".", variant.surface());
        String said =
            HostileRun.said(variant.method(), variant.target(), variant.what())
                + (variant.caller() == null ? " anonymous" : " as " + variant.caller());
        Api.Answer answer = run.send(address, cell, said, variant);
        if (answer == null) {
          continue;
        }
        if (answer.status() >= 500) {
          run.count(cell + ".5xx");
          run.fail(address, answer.status() + " <- " + said);
        }
        Object after = on.watch().get();
        String location = answer.headers().firstValue("Location").orElse("");
        if (!after.equals(on.before())) {
          // Taken: the server did the form's work (an unknown field ignored, the same id spelt
          // otherwise). Only a redirect onwards may say so, and only for a variant that may
          // rightly be taken.
          run.count(cell + ".accepted");
          run.took(cell + " " + answer.status() + " <- " + said);
          boolean onwards =
              (answer.status() == 302 || answer.status() == 303) && !location.endsWith("/login");
          if (!onwards || variant.expected() != HostileForms.Expected.ANY) {
            run.fail(
                address,
                "changed, answered "
                    + answer.status()
                    + " "
                    + location
                    + " (expected "
                    + variant.expected()
                    + ") <- "
                    + said
                    + ": "
                    + differences(on.before(), after));
          }
          on = fresh(row);
          onThisCase = 0;
          continue;
        }
        run.count(cell + ".refusals");
        run.count(cell + ".snapshots-unchanged");
        String wrong = variant.expected().wrongWith(answer);
        if (wrong != null && answer.status() < 500) {
          run.fail(address, wrong + " <- " + said);
        }
        if ((answer.status() == 302 || answer.status() == 303)
            && location.contains(on.success().sentTo())) {
          // Sent onwards as if done, yet nothing changed: a task action's notice says why on the
          // list; counted and printed for the report to judge.
          run.count(cell + ".sent-onwards-unchanged");
          run.took(cell + " unchanged " + answer.status() + " <- " + said);
        }
      }
      PageCases.Success success = on.success();
      Api.Answer twin = success.send(as(role));
      String location = twin.headers().firstValue("Location").orElse("");
      String wrongTwin =
          twin.status() != 302 || !location.contains(success.sentTo())
              ? "status "
                  + twin.status()
                  + " to '"
                  + location
                  + "' "
                  + HostileRun.abbreviate(twin.body())
              : success.afterwards().get();
      run.twin(address, workflow + ".twins-succeeded", "twin", wrongTwin);
      run.count(workflow + ".forms");
      if (!on.watch().get().equals(on.before())) {
        run.count(workflow + ".twins-that-changed-their-case");
      }
    }
  }

  /** What differs between two of a row's watches: each case's snapshot, or what is stored. */
  private static String differences(Object before, Object after) {
    if (!(before instanceof List<?> was) || !(after instanceof List<?> now)) {
      return before + " -> " + after;
    }
    List<String> what = new ArrayList<>();
    for (int i = 0; i < was.size(); i++) {
      CaseSnapshot snapshot = (CaseSnapshot) was.get(i);
      CaseSnapshot later = (CaseSnapshot) now.get(i);
      if (!snapshot.equals(later)) {
        what.add(
            snapshot.caseType() + " " + snapshot.caseId() + ": " + snapshot.differencesFrom(later));
      }
    }
    return String.join("; ", what);
  }

  /** The form of {@code success} as its page draws it for {@code role}'s session. */
  private HostileForms.Form formOf(PageCases.Success success, String role) {
    Api.Answer page = as(role).get(success.page());
    if (page.status() != 200) {
      throw new IllegalStateException(success.page() + ": " + page.status());
    }
    return HostileForms.Form.of(success, page.body());
  }

  /**
   * Issue 20, point 1, for the reads: hostile variants ({@link HostileSurface}: query, path,
   * headers, method, caller) of every GET row of the authorisation matrix that a provider makes
   * ready on a real case. No answer may be a 5xx, a denied role must get 403 and nobody signed in
   * 401, and the case's snapshot after all the variants must equal the one before (a read changes
   * nothing, whatever its bytes); then the valid read (the twin) must give its answer. The count is
   * {@code -Dhostile.read.requests}, spread evenly over the rows; the seed {@code -Dhostile.seed}.
   */
  @Test
  @Order(5)
  void hostileReadsOnRealCasesGetNoServerErrorAndChangeNothingAndTheirValidTwinsAnswer()
      throws Exception {
    long seed = Long.getLong("hostile.seed", 20261122L);
    int requested = Integer.getInteger("hostile.read.requests", 150);
    org.junit.jupiter.api.Assumptions.assumeTrue(
        requested > 0, "hostile.read.requests=0: not on this database yet (app/pom.xml)");
    List<HostileSurface.Surface> surfaces =
        List.of(
            HostileSurface.Surface.QUERY,
            HostileSurface.Surface.PATH,
            HostileSurface.Surface.HEADER,
            HostileSurface.Surface.METHOD,
            HostileSurface.Surface.CALLER);
    AuthorisationMatrix matrix = AuthorisationMatrix.load();
    List<RealCases> providers = hostileSurfaceProviders("IVF_OUTSIDE_CRITERIA");
    List<AuthorisationMatrix.Entry> rows = rowsReady(matrix, providers, "GET");
    int perRow = Math.max(surfaces.size(), requested / rows.size());
    HostileSurface surface = HostileSurface.of(openApi());
    matrix.roles().forEach(this::as);

    Map<String, String> rowTimes = new ConcurrentHashMap<>();
    HostileRun run = new HostileRun(api.base(), this::as, seed);
    List<Callable<Void>> together = new ArrayList<>();
    for (AuthorisationMatrix.Entry entry : rows) {
      RealCases provider = providerOf(providers, entry).orElseThrow();
      String row = entry.endpoint();
      String workflow = HostileRun.workflowOf(entry.path());
      String role = matrix.roles().stream().filter(entry.allowed()::get).findFirst().orElseThrow();
      together.add(
          () -> {
            // Prepared and drawn on the row's own thread: without bodies to mutate, the draw
            // uses no jqwik, only the row's own seeded source.
            long rowStarted = System.nanoTime();
            RealCases.Ready ready = provider.prepare(entry, role, this::as);
            long prepared = System.nanoTime();
            HostileSurface.Draw draw =
                surface.draw(
                    entry, role, ready, matrix.roles(), seed ^ row.hashCode(), perRow, surfaces);
            CaseSnapshot before = CaseSnapshot.canTake(ready) ? snapshotOf(ready) : null;
            List<String> sentHere = new ArrayList<>();
            for (int sent = 0; sent < perRow; sent++) {
              HostileSurface.Variant variant = draw.next(ready);
              String cell = HostileRun.cell(workflow + ".", variant.surface());
              String said = HostileRun.said(variant.method(), variant.target(), variant.what());
              sentHere.add(said);
              Api.Answer answer = run.send(row, cell, said, variant);
              if (answer != null) {
                run.judge(HostileRun.Judging.READS, row, cell, said, variant, answer);
              }
            }
            run.count(workflow + ".endpoints");
            if (before != null) {
              CaseSnapshot after = snapshotOf(ready);
              if (after.equals(before)) {
                run.count(workflow + ".snapshots-unchanged");
              } else {
                run.fail(
                    row,
                    "the case changed after hostile reads "
                        + sentHere
                        + ": "
                        + before.differencesFrom(after));
              }
              run.count(workflow + ".cases-compared");
            }
            run.twin(
                row,
                workflow + ".twins-succeeded",
                "read",
                HostileRun.wrongTwin(ready, ready.send(as(role))));
            rowTimes.put(
                row,
                TimeUnit.NANOSECONDS.toMillis(prepared - rowStarted)
                    + " ms to prepare, "
                    + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - prepared)
                    + " ms to send");
            return null;
          });
    }
    HostileRun.runRows(4, together, List.of());
    new TreeMap<>(rowTimes)
        .forEach((row, time) -> System.out.println("[hostile-reads] " + row + ": " + time));
    run.write(
        "hostile-reads", Map.of("requests", rows.size() * perRow, "requests-per-endpoint", perRow));

    run.assertNoFailures("hostile reads on real cases not answered cleanly");
    int sent = 0;
    for (String workflow : HostileRun.WORKFLOWS) {
      int endpoints = run.figure(workflow + ".endpoints");
      assertThat(run.figure(workflow + ".twins-succeeded"))
          .as(workflow + ": valid reads that answered, one per endpoint")
          .isEqualTo(endpoints);
      assertThat(run.figure(workflow + ".snapshots-unchanged"))
          .as(workflow + ": cases unchanged, one per case compared")
          .isEqualTo(run.figure(workflow + ".cases-compared"));
      sent += run.assertCells(workflow + ".", surfaces, "answered", false, endpoints > 0);
    }
    assertThat(sent).as("requests sent").isEqualTo(rows.size() * perRow);
  }

  /** An intake row of the matrix, by the role that records it, on its provider's cases. */
  private record Intake(AuthorisationMatrix.Entry entry, String role, RealCases provider) {}

  /**
   * Issue 20, point 1, for the intakes: hostile variants ({@link HostileSurface}, every surface) of
   * each POST row of the authorisation matrix that records something new (a complaint, a CHC
   * referral, an IFR request, a panel meeting: a valid call answered 201 on no case of its own).
   * Each workflow's rows run in turn in one thread, so that what is stored can be counted: the
   * workflow's list grows by exactly the variants answered 201, and every audit CHANGE the intake's
   * role made meanwhile belongs to one of those; so a refused intake stored nothing, not even a
   * trail entry. Then the valid intake (the twin) must record one more. The count is {@code
   * -Dhostile.intake.requests}, spread evenly over the rows; the seed {@code -Dhostile.seed}.
   */
  @Test
  @Order(5)
  void hostileIntakesStoreNothingWhenRefusedAndTheirValidTwinsRecordOne() throws Exception {
    long seed = Long.getLong("hostile.seed", 20261122L);
    int requested = Integer.getInteger("hostile.intake.requests", 120);
    org.junit.jupiter.api.Assumptions.assumeTrue(
        requested > 0, "hostile.intake.requests=0: not on this database yet (app/pom.xml)");
    AuthorisationMatrix matrix = AuthorisationMatrix.load();
    List<RealCases> providers = hostileSurfaceProviders("IVF_OUTSIDE_CRITERIA");
    matrix.roles().forEach(this::as);
    HostileSurface surface = HostileSurface.of(openApi());

    // The intake rows by the role that records them: that role's audit trail is then read alone.
    Map<String, List<Intake>> byRole = new TreeMap<>();
    int rowCount = 0;
    for (AuthorisationMatrix.Entry entry : matrix.entries()) {
      if (!entry.method().equals("POST") || entry.path().contains("{")) {
        continue;
      }
      RealCases provider = providerOf(providers, entry).orElse(null);
      if (provider == null) {
        continue;
      }
      String role = matrix.roles().stream().filter(entry.allowed()::get).findFirst().orElseThrow();
      RealCases.Ready ready = provider.prepare(entry, role, this::as);
      if (ready.expectedStatus() != 201 || !STORED.containsKey(ready.caseType())) {
        continue;
      }
      byRole.computeIfAbsent(role, r -> new ArrayList<>()).add(new Intake(entry, role, provider));
      rowCount++;
    }
    assertThat(rowCount).as("intake rows").isGreaterThanOrEqualTo(4);
    int perRow = Math.max(HostileSurface.Surface.values().length, requested / rowCount);

    List<String> rowsRun = Collections.synchronizedList(new ArrayList<>());
    HostileRun run = new HostileRun(api.base(), this::as, seed);
    // Drawn here, on this thread: jqwik's sampling outside a property is not safe across threads.
    Map<Intake, HostileSurface.Draw> draws = new HashMap<>();
    Map<Intake, RealCases.Ready> firsts = new HashMap<>();
    for (List<Intake> intakes : byRole.values()) {
      for (Intake intake : intakes) {
        RealCases.Ready first = intake.provider().prepare(intake.entry(), intake.role(), this::as);
        firsts.put(intake, first);
        draws.put(
            intake,
            surface.draw(
                intake.entry(),
                intake.role(),
                first,
                matrix.roles(),
                seed ^ intake.entry().endpoint().hashCode(),
                perRow));
      }
    }
    List<Callable<Void>> together = new ArrayList<>();
    for (List<Intake> intakes : byRole.values()) {
      together.add(
          () -> {
            for (Intake intake : intakes) {
              intakeVariants(run, intake, firsts.get(intake), draws.get(intake), perRow);
              rowsRun.add(intake.entry().endpoint());
            }
            return null;
          });
    }
    HostileRun.runRows(byRole.size(), together, List.of());
    run.printTaken("hostile-intakes", "accepted", 40);
    run.write(
        "hostile-intakes",
        Map.of(
            "requests",
            rowCount * perRow,
            "requests-per-intake",
            perRow,
            "intakes",
            rowCount + " " + new TreeSet<>(rowsRun)));

    run.assertNoFailures("hostile intakes not refused cleanly, or that stored something");
    int sent = 0;
    for (String workflow : HostileRun.WORKFLOWS) {
      String prefix = workflow + ".intake";
      int rowsOfWorkflow = run.figure(prefix + "-rows");
      assertThat(run.figure(prefix + "-twins-succeeded"))
          .as(workflow + ": valid intakes that recorded one")
          .isEqualTo(rowsOfWorkflow);
      assertThat(run.figure(prefix + "-rows-that-stored-nothing-refused"))
          .as(workflow + ": intakes whose refusals stored nothing")
          .isEqualTo(rowsOfWorkflow);
      sent +=
          run.assertCells(
              prefix + "-", List.of(HostileSurface.Surface.values()), "accepted", false, false);
    }
    assertThat(sent).as("requests sent").isEqualTo(rowCount * perRow);
  }

  /**
   * One intake row: its variants, then what was stored (exactly the accepted ones, and no audit
   * change of anything else by its role), then its valid twin, which must record one more.
   */
  private void intakeVariants(
      HostileRun run, Intake intake, RealCases.Ready ready, HostileSurface.Draw draw, int perRow) {
    String row = intake.entry().endpoint();
    String role = intake.role();
    String prefix = HostileRun.workflowOf(intake.entry().path()) + ".intake";
    int storedBefore = stored(ready.caseType());
    // The trail read from a moment ago, and only what came after its first reading.
    Instant since = Instant.now().minusSeconds(2);
    int trailBefore = changesBy(role, since).size();
    List<String> acceptedIds = new ArrayList<>();
    for (int sent = 0; sent < perRow; sent++) {
      HostileSurface.Variant variant = draw.next(ready);
      String cell = HostileRun.cell(prefix + "-", variant.surface());
      String said = HostileRun.said(variant.method(), variant.target(), variant.what());
      Api.Answer answer = run.send(row, cell, said, variant);
      if (answer != null
          && run.judge(HostileRun.Judging.INTAKES, row, cell, said, variant, answer)
          && answer.status() == 201) {
        acceptedIds.add(answer.json().getString("id"));
      }
    }
    List<JsonObject> changes = changesBy(role, since);
    List<String> seen =
        changes.subList(Math.min(trailBefore, changes.size()), changes.size()).stream()
            .map(change -> change.getString("caseId", ""))
            .toList();
    List<JsonObject> strays =
        changes.subList(Math.min(trailBefore, changes.size()), changes.size()).stream()
            .filter(change -> !acceptedIds.contains(change.getString("caseId", "")))
            .toList();
    if (!seen.containsAll(acceptedIds)) {
      // The window must see what was taken, or its emptiness would prove nothing.
      run.fail(row, "the trail read shows no change of accepted intakes " + acceptedIds);
    }
    int storedAfter = stored(ready.caseType());
    if (storedAfter - storedBefore == acceptedIds.size() && strays.isEmpty()) {
      run.count(prefix + "-rows-that-stored-nothing-refused");
    } else {
      run.fail(
          row,
          "stored "
              + (storedAfter - storedBefore)
              + " for "
              + acceptedIds.size()
              + " accepted; audit changes of no accepted intake: "
              + strays);
    }
    String wrongTwin = HostileRun.wrongTwin(ready, ready.send(as(role)));
    int storedNow = stored(ready.caseType());
    if (wrongTwin == null && storedNow != storedAfter + 1) {
      wrongTwin = "the list counts " + storedNow + ", not " + (storedAfter + 1);
    }
    run.twin(row, prefix + "-twins-succeeded", "intake", wrongTwin);
    run.count(prefix + "-rows");
  }

  /** Where each kind of new record is listed, and who lists it: role, list, and its count. */
  private static final Map<String, String[]> STORED =
      Map.of(
          "complaint", new String[] {HANDLER, "api/complaints?size=1"},
          "chc", new String[] {"chc-assessor", "api/chc?size=1"},
          "ifr", new String[] {"ifr-coordinator", "api/ifr?size=1"},
          "ifr-panel-meeting", new String[] {"ifr-coordinator", "api/ifr-panel-meetings"});

  /** How many records of {@code caseType} are stored, as their list counts them. */
  private int stored(String caseType) {
    String[] where = STORED.get(caseType);
    Api.Answer list = as(where[0]).get(where[1]);
    if (list.status() != 200) {
      throw new IllegalStateException(where[1] + ": " + list.status() + " " + list.body());
    }
    JsonValue read = list.structure();
    return read instanceof JsonObject page ? page.getInt("total") : read.asJsonArray().size();
  }

  /** The audit trail's CHANGE entries made by {@code role}'s user since then, oldest first. */
  private List<JsonObject> changesBy(String role, Instant since) {
    StaffSession ig = as("ig-officer");
    List<JsonObject> changes = new ArrayList<>();
    for (int page = 0; ; page++) {
      JsonObject found =
          ig.get("api/audit?actor=" + role + "&from=" + since + "&size=100&page=" + page).json();
      List<JsonObject> items = found.getJsonArray("items").getValuesAs(JsonObject.class);
      items.stream()
          .filter(entry -> entry.getString("kind").equals("CHANGE"))
          .forEach(changes::add);
      if (items.isEmpty() || (long) (page + 1) * 100 >= found.getJsonNumber("total").longValue()) {
        return changes;
      }
    }
  }

  @Test
  @Order(6)
  void aBodyAboveTheLimitIsRefusedWith413AndStoresNothing() {
    StaffSession handler = as(HANDLER);
    int before = handler.get("api/complaints?size=1").json().getInt("total");
    Map<String, Object> huge = intakeBody("Ms Too Large");
    ((Map<String, Object>) huge.get("details")).put("whatHappened", "x".repeat(2 * 1024 * 1024));
    byte[] body = HostileRequests.json(huge).getBytes(StandardCharsets.UTF_8);

    for (boolean chunked : List.of(false, true)) {
      Api.Answer refused = handler.postRaw("api/complaints", "application/json", body, chunked);
      assertThat(refused.status()).as("chunked " + chunked).isEqualTo(413);
      assertThat(refused.contentType()).startsWith("application/problem+json");
      assertThat(refused.json().getInt("status")).isEqualTo(413);
    }
    assertThat(handler.get("api/complaints?size=1").json().getInt("total")).isEqualTo(before);
  }

  // --- uploads -----------------------------------------------------------------------------------

  @Test
  @Order(11)
  void anUploadIsStoredAsWhatItsBytesAreWithinTheLimitAndOnlyFoundThroughItsOwnEvidence() {
    StaffSession handler = as(HANDLER);
    Investigated upload = underInvestigation(handler, "Mr Upload Case");
    String base = documentsPath(upload);

    byte[] pdf = SampleDocuments.pdf("Call log, 3 March");
    Api.Answer stored = handler.postRaw(base + "?name=scan.png", "image/png", pdf, false, null);
    assertThat(stored.status()).as(stored.body()).isEqualTo(201);
    JsonObject document = stored.json();
    assertThat(document.getString("mediaType"))
        .as("the type of the bytes")
        .isEqualTo("application/pdf");
    assertThat(document.getString("name")).isEqualTo("scan.png");
    assertThat(document.getJsonNumber("sizeBytes").longValue()).isEqualTo(pdf.length);
    String location = stored.headers().firstValue("Location").orElseThrow();
    assertThat(location).endsWith(base + "/" + document.getString("id"));
    java.net.http.HttpResponse<byte[]> download =
        handler.download(base + "/" + document.getString("id"));
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.body()).isEqualTo(pdf);
    assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
        .startsWith("attachment; filename=\"scan.pdf\"");
    assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");

    Api.Answer html =
        handler.postRaw(
            base + "?name=report.pdf", "application/pdf", SampleDocuments.html(), false, null);
    assertThat(html.status()).as(html.body()).isEqualTo(415);
    assertThat(html.contentType()).startsWith("application/problem+json");
    assertThat(html.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("body");
    assertThat(html.json().getJsonArray("errors").getJsonObject(0).getString("reason"))
        .contains("text/html");

    byte[] tooLarge = SampleDocuments.pdfOfSize(SampleDocuments.TEN_MIB + 1);
    for (boolean chunked : List.of(false, true)) {
      Api.Answer refused =
          handler.postRaw(base + "?name=big.pdf", "application/pdf", tooLarge, chunked, null);
      assertThat(refused.status()).as("chunked " + chunked).isEqualTo(413);
      assertThat(refused.contentType()).startsWith("application/problem+json");
      assertThat(refused.json().getInt("status")).isEqualTo(413);
    }
    for (String name : List.of("", "invoice\u202Efdp.exe", "../../etc/passwd")) {
      Api.Answer badName =
          handler.postRaw(
              base + "?name=" + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8),
              "application/pdf",
              pdf,
              false,
              null);
      assertThat(badName.status()).as("name " + name).isEqualTo(400);
      assertThat(badName.json().getJsonArray("errors").getJsonObject(0).getString("field"))
          .isEqualTo("name");
    }
    Api.Answer empty = handler.postRaw(base + "?name=empty.pdf", null, new byte[0], false, null);
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("body");

    // Exactly the limit is accepted, and a keyed retry of it is replayed, not stored twice.
    byte[] atTheLimit = SampleDocuments.pdfOfSize(SampleDocuments.TEN_MIB);
    String key = UUID.randomUUID().toString();
    Api.Answer large =
        handler.postRaw(base + "?name=large.pdf", "application/pdf", atTheLimit, false, key);
    assertThat(large.status()).as(large.body()).isEqualTo(201);
    Api.Answer retried =
        handler.postRaw(base + "?name=large.pdf", "application/pdf", atTheLimit, true, key);
    assertThat(retried.status()).isEqualTo(201);
    assertThat(retried.headers().firstValue("Idempotent-Replayed")).hasValue("true");
    assertThat(retried.body()).isEqualTo(large.body());
    assertThat(documentsOf(handler, upload))
        .as("stored: the PDF and the one at the limit; nothing refused, nothing twice")
        .containsExactly(document.getString("id"), large.json().getString("id"));

    Investigated other = underInvestigation(handler, "Ms Other Upload Case");
    String secondEvidence = recordEvidence(handler, upload.complaintId());
    String documentId = document.getString("id");
    for (String elsewhere :
        List.of(
            documentsPath(other) + "/" + documentId,
            "api/complaints/"
                + other.complaintId()
                + "/evidence/"
                + upload.evidenceId()
                + "/documents/"
                + documentId,
            "api/complaints/"
                + upload.complaintId()
                + "/evidence/"
                + secondEvidence
                + "/documents/"
                + documentId)) {
      Api.Answer notHere = handler.get(elsewhere);
      assertThat(notHere.status()).as(elsewhere).isEqualTo(404);
      assertThat(notHere.contentType()).startsWith("application/problem+json");
    }
    assertThat(
            handler
                .postRaw(
                    "api/complaints/"
                        + other.complaintId()
                        + "/evidence/"
                        + upload.evidenceId()
                        + "/documents?name=x.pdf",
                    "application/pdf",
                    pdf,
                    false,
                    null)
                .status())
        .as("an upload to another complaint's evidence")
        .isEqualTo(404);
    assertThat(as("governing-body").get(base + "/" + documentId).status()).isEqualTo(403);

    List<JsonObject> audit =
        api.get(
                "ig-officer",
                "api/audit?caseType=complaint&size=100&caseId=" + upload.complaintId())
            .json()
            .getJsonArray("items")
            .getValuesAs(JsonObject.class);
    assertThat(audit)
        .extracting(event -> event.getString("action"))
        .contains("DOCUMENT_ATTACHED", "DOCUMENT_DOWNLOADED");
    assertThat(audit)
        .extracting(event -> event.getString("detail"))
        .as("the audit names documents by id, never by the name they came with")
        .noneMatch(detail -> detail.contains("scan.png") || detail.contains("large.pdf"));

    assertThat(
            handler
                .post("api/complaints/" + upload.complaintId() + "/investigation-complete", "")
                .status())
        .isEqualTo(200);
    Api.Answer afterwards =
        handler.postRaw(base + "?name=late.pdf", "application/pdf", pdf, false, null);
    assertThat(afterwards.status())
        .as("evidence is closed once the investigation is")
        .isEqualTo(409);
    assertThat(handler.download(base + "/" + documentId).statusCode())
        .as("but its documents can still be read")
        .isEqualTo(200);
    assertThat(documentsOf(handler, upload)).hasSize(2);
  }

  @Test
  @Order(12)
  void generatedHostileUploadsGetNo5xxOnlyProblemsAndStoreOnlyWhatIsAccepted() {
    StaffSession handler = as(HANDLER);
    Investigated target = underInvestigation(handler, "Ms Fuzzed Upload");
    long seed = Long.getLong("hostile.seed", 20261122L);
    int count = Math.max(50, Integer.getInteger("hostile.requests", 10_000) / 20);
    List<HostileUploads.Upload> planned = new HostileUploads(seed).sample(count);
    Map<Integer, Integer> statuses = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    List<String> storedIds = new ArrayList<>();
    Map<String, Integer> storedTypes = new TreeMap<>();
    long started = System.nanoTime();
    for (HostileUploads.Upload upload : planned) {
      String path =
          documentsPath(target)
              + "?name="
              + java.net.URLEncoder.encode(upload.name(), StandardCharsets.UTF_8);
      Api.Answer answer =
          handler.postRaw(path, upload.contentType(), upload.body(), upload.chunked(), null);
      statuses.merge(answer.status(), 1, Integer::sum);
      String fault = fault(answer);
      if (fault == null && answer.status() == 201) {
        String type = answer.json().getString("mediaType");
        storedTypes.merge(type, 1, Integer::sum);
        storedIds.add(answer.json().getString("id"));
        if (!List.of("application/pdf", "image/png", "image/jpeg").contains(type)) {
          fault = "stored as " + type;
        }
      }
      if (fault != null && failures.size() < 50) {
        failures.add(fault + " <- " + upload.what());
      }
    }
    long seconds = (System.nanoTime() - started) / 1_000_000_000L;
    Figures.writeHostileRun(
        "hostile-uploads",
        planned.size(),
        seed,
        seconds,
        statuses,
        Map.of(
            "stored-by-type", storedTypes.toString(),
            "faults", failures.size()));
    assertThat(failures).as("5xx, rejections not problem+json, or a type not allowed").isEmpty();
    assertThat(documentsOf(handler, target))
        .as("stored: exactly the uploads answered 201")
        .containsExactlyInAnyOrderElementsOf(storedIds);
  }

  // --- two people at once ------------------------------------------------------------------------

  @Test
  @Order(7)
  void twoPeopleDecidingTheSameComplaintAtOnceOneWinsTheOtherIsToldAndNothingIsOverwritten()
      throws Exception {
    StaffSession handler = as(HANDLER);
    StaffSession manager = as(MANAGER);
    int races = 10;
    int handlerWon = 0;
    for (int race = 0; race < races; race++) {
      String id = intake(handler, "Ms Race " + race).json().getString("id");
      List<Api.Answer> both =
          together(
              () ->
                  handler.post(
                      "api/complaints/" + id + "/remit-decision", "{\"withinRemit\":true}"),
              () ->
                  manager.post(
                      "api/complaints/" + id + "/remit-decision",
                      "{\"withinRemit\":false,\"reason\":\"ALREADY_WITH_PROVIDER\","
                          + "\"whereToGo\":\"The provider is already answering it.\"}"));
      assertThat(both).extracting(Api.Answer::status).containsExactlyInAnyOrder(200, 409);
      Api.Answer loser = both.stream().filter(a -> a.status() == 409).findFirst().orElseThrow();
      assertThat(loser.contentType()).startsWith("application/problem+json");
      assertThat(loser.json().getString("detail"))
          .doesNotContainIgnoringCase("exception")
          .containsAnyOf("at the same moment", "Someone else", "not waiting for");
      boolean handlerWins = both.get(0).status() == 200;
      JsonObject file = handler.get("api/complaints/" + id).json();
      if (handlerWins) {
        handlerWon++;
        assertThat(file.get("closure")).isIn(null, JsonValue.NULL);
      } else {
        assertThat(file.getJsonObject("closure").getString("reason")).isEqualTo("OUTSIDE_REMIT");
      }
    }
    Figures.write(
        "concurrent-edits", Map.of("races", races, "handler-won", handlerWon, "double-wins", 0));
  }

  @Test
  @Order(8)
  void twoPeopleCompletingTheSameStepAtOnceExactlyOneSucceeds() throws Exception {
    // The demo data has one user per role, and a complaint step is open to one role: two sessions
    // of that user (two people at one desk, or two browser tabs) race for the same step, through
    // the step's own endpoint (the task list does not complete a workflow's steps bare; its own
    // race is PlatformIT's, on the probe's step).
    StaffSession handler = as(HANDLER);
    StaffSession other = StaffSession.signIn(api.base(), HANDLER);
    int races = 10;
    for (int race = 0; race < races; race++) {
      String id = intake(handler, "Mr Task Race " + race).json().getString("id");
      String remit = "api/complaints/" + id + "/remit-decision";
      String withinRemit = "{\"withinRemit\":true}";
      List<Api.Answer> both =
          together(() -> handler.post(remit, withinRemit), () -> other.post(remit, withinRemit));
      assertThat(both.stream().filter(a -> a.status() == 200)).as("winners").hasSize(1);
      Api.Answer loser = both.stream().filter(a -> a.status() != 200).findFirst().orElseThrow();
      assertThat(loser.status()).isIn(404, 409);
      assertThat(loser.contentType()).startsWith("application/problem+json");
      assertThat(openTaskKeys(handler, id)).containsExactly("acknowledge");
    }
    Figures.write("concurrent-tasks", Map.of("races", races, "double-completions", 0));
  }

  // --- browsers and sign-in ----------------------------------------------------------------------

  @Test
  @Order(9)
  void everyAnswerCarriesTheSecurityHeadersAndTheSessionCookieIsLaxAndHttpOnly() throws Exception {
    for (Api.Answer answer :
        List.of(
            api.get(null, "login"),
            api.get(HANDLER, "api/tasks"),
            api.get(HANDLER, "api/no-such-thing"),
            api.get(null, "api/tasks"))) {
      String csp = answer.headers().firstValue("Content-Security-Policy").orElse("");
      assertThat(csp)
          .contains("frame-ancestors 'none'", "script-src 'self'")
          .doesNotContain("unsafe-inline");
      assertThat(answer.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
      assertThat(answer.headers().firstValue("Referrer-Policy")).contains("same-origin");
      assertThat(answer.headers().firstValue("Strict-Transport-Security"))
          .as("no HSTS over plain HTTP")
          .isEmpty();
    }
    List<String> cookies = StaffSession.signInCookies(api.base(), "ig-officer");
    String cookie =
        cookies.stream()
            .filter(c -> c.startsWith("JSESSIONID"))
            .reduce((first, last) -> last)
            .orElseThrow(() -> new AssertionError("no session cookie in " + cookies));
    assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
    assertThat(cookie).as("not Secure over plain HTTP").doesNotContainIgnoringCase("Secure;");

    // Session fixation: the id the sign-in page handed out is replaced at sign-in, and the old one
    // carries nobody.
    List<String> sessionIds =
        cookies.stream()
            .filter(c -> c.startsWith("JSESSIONID="))
            .map(c -> c.substring("JSESSIONID=".length(), c.indexOf(';')))
            .toList();
    assertThat(sessionIds)
        .as("a session before sign-in, and one after: " + cookies)
        .hasSizeGreaterThan(1);
    String before = sessionIds.get(0);
    String after = sessionIds.get(sessionIds.size() - 1);
    assertThat(after).as("the session id changes at sign-in").isNotEqualTo(before);
    assertThat(withSessionCookie(before, "api/audit/verify").statusCode()).isEqualTo(401);
    assertThat(withSessionCookie(after, "api/audit/verify").statusCode()).isEqualTo(200);
  }

  private java.net.http.HttpResponse<String> withSessionCookie(String sessionId, String path)
      throws Exception {
    return java.net.http.HttpClient.newBuilder()
        .version(java.net.http.HttpClient.Version.HTTP_1_1)
        .build()
        .send(
            java.net.http.HttpRequest.newBuilder(api.base().resolve(path))
                .header("Cookie", "JSESSIONID=" + sessionId)
                .GET()
                .build(),
            java.net.http.HttpResponse.BodyHandlers.ofString());
  }

  @Test
  @Order(10)
  void aClientOfferingHttp2OverPlainHttpIsAnsweredWithHttp11() throws Exception {
    // Grizzly's HTTP/2 over plain HTTP (h2c) deadlocked its threads under concurrent requests on
    // one connection; the server turns h2c off (app/src/main/payara/pre-boot-commands.txt).
    java.net.http.HttpResponse<String> answer =
        java.net.http.HttpClient.newBuilder()
            .version(java.net.http.HttpClient.Version.HTTP_2)
            .build()
            .send(
                java.net.http.HttpRequest.newBuilder(api.base().resolve("login")).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.version()).isEqualTo(java.net.http.HttpClient.Version.HTTP_1_1);
  }

  @Test
  @Order(13)
  void everyQueryParameterOfEveryReadAndPageGetsNoServerErrorWhateverItsBytes() {
    StaffSession handler = as(HANDLER);
    Investigated investigated = underInvestigation(handler, "Mr Quinn " + letters(8));
    String id = investigated.complaintId();
    attach(handler, investigated, "statement.pdf", SampleDocuments.pdf("Statement"));
    Map<String, String> ids = new HashMap<>();
    ids.put("type", "complaint");
    ids.put("caseType", "complaint");
    ids.put("id", id);
    ids.put("caseId", id);
    ids.put("letterId", firstLetterOf(handler, id));
    ids.put("evidenceId", investigated.evidenceId());
    ids.put("documentId", documentsOf(handler, investigated).get(0));
    String openApi = openApi();
    List<HostileQueries.Read> reads = HostileQueries.endpoints(openApi, ids);
    assertThat(reads)
        .as("the sweep reads what the OpenAPI document lists")
        .contains(
            new HostileQueries.Read(
                "api/audit", List.of("caseType", "caseId", "actor", "from", "to", "page", "size")))
        .anySatisfy(read -> assertThat(read.path()).isEqualTo("api/complaints"))
        .anySatisfy(read -> assertThat(read.path()).isEqualTo("api/tasks"));

    Map<String, String> values = HostileQueries.values();
    List<String> serverErrors = new ArrayList<>();
    int sent = 0;
    long started = System.nanoTime();
    for (HostileQueries.Read read : reads) {
      String user = firstUserAllowed(read.path());
      for (String parameter : read.parameters()) {
        for (Map.Entry<String, String> value : values.entrySet()) {
          // A signed-in session, as people use the API from the pages: Basic credentials would
          // cost a password check on every one of the thousand requests.
          Api.Answer answer =
              as(user).get(HostileQueries.address(read.path(), parameter, value.getValue()));
          sent++;
          if (answer.status() >= 500) {
            serverErrors.add(
                read.path() + " " + parameter + "=" + value.getKey() + ": " + answer.status());
          }
        }
      }
    }
    PageMatrix pageMatrix = PageMatrix.load();
    for (HostileQueries.Read page : HostileQueries.PAGES) {
      // Each page as the first role the page matrix lets see it (the sign-in page: a manager).
      StaffSession reader = as(HostileQueries.reader(pageMatrix, page.path(), MANAGER));
      for (String parameter : page.parameters()) {
        for (Map.Entry<String, String> value : values.entrySet()) {
          Api.Answer answer =
              reader.get(HostileQueries.address(page.path(), parameter, value.getValue()));
          sent++;
          if (answer.status() >= 500) {
            serverErrors.add(
                page.path() + " " + parameter + "=" + value.getKey() + ": " + answer.status());
          }
        }
      }
    }

    System.out.printf(
        "Hostile query sweep: %d reads and %d pages, %d values each, %d requests in %.1f s%n",
        reads.size(),
        HostileQueries.PAGES.size(),
        values.size(),
        sent,
        (System.nanoTime() - started) / 1e9);
    assertThat(sent).as("requests sent").isGreaterThan(1_000);
    assertThat(serverErrors).as("answers of 500 or above").isEmpty();
    assertThat(api.get(firstUserAllowed("api/audit"), "api/audit?actor=Jones%00").status())
        .as("a NUL is refused before it reaches the database")
        .isEqualTo(400);
  }

  /** The first role, in the order of {@code Roles.ALL}, whose user may read {@code path}. */
  private String firstUserAllowed(String path) {
    for (String role : uk.nhs.icb.caseworkflows.common.security.Roles.ALL) {
      int status = api.get(role, path).status();
      if (status != 401 && status != 403) {
        return role;
      }
    }
    return HANDLER;
  }

  @Test
  @Order(100)
  void aStrangersWrongPasswordsRefuseTheNameFromTheirAddressOnlyAndNeverLockTheOwnerOut() {
    String name = "caldicott-guardian";
    String stranger = "127.0.0.2";
    for (int i = 0; i < 5; i++) {
      assertThat(FromAddress.get(api.base(), stranger, name, "guess-" + i, "api/tasks").status())
          .isEqualTo(401);
    }
    FromAddress.Answer refused =
        FromAddress.get(api.base(), stranger, name, "another-guess", "api/tasks");
    assertThat(refused.status()).as("refused unchecked from the stranger's address").isEqualTo(429);
    assertThat(refused.headers().get("content-type")).startsWith("application/problem+json");
    assertThat(refused.headers()).containsKey("retry-after");

    assertThat(
            FromAddress.get(api.base(), "127.0.0.3", name, Api.DEMO_PASSWORD, "api/tasks").status())
        .as("the owner at another address")
        .isEqualTo(200);
    assertThat(FromAddress.get(api.base(), stranger, name, Api.DEMO_PASSWORD, "api/tasks").status())
        .as("credentials verified a moment ago are not throttled, even from there")
        .isEqualTo(200);
    assertThat(api.get("ig-officer", "api/audit/verify").json().getBoolean("intact")).isTrue();
  }

  // -----------------------------------------------------------------------------------------------

  /**
   * A path the HTTP connector refuses before any application code sees it: an encoded NUL or slash,
   * or a request line beyond its limit. It answers a bare 400 with no body, which the application
   * cannot change; these are counted, not judged.
   */
  private static boolean refusedByConnector(Api.Answer answer, String path) {
    return pathTheConnectorRefuses(path) && answer.status() == 400 && answer.body().isEmpty();
  }

  private static boolean pathTheConnectorRefuses(String path) {
    return path.contains("%00")
        || path.contains("%2F")
        || path.contains("%5C")
        || path.length() > 2000;
  }

  /** A matrix row's path under /api with its ids filled in; a consent is always a new id. */
  private static String pathOf(
      AuthorisationMatrix.Entry entry,
      String complaintId,
      String letterId,
      String evidenceId,
      String documentId) {
    return "api/"
        + entry
            .path()
            .replace("{type}", "complaint")
            .replace("{id}", complaintId)
            .replace("{letterId}", letterId)
            .replace("{evidenceId}", evidenceId)
            .replace("{documentId}", documentId)
            .replace("{consentId}", UUID.randomUUID().toString())
            .replace("{actionId}", UUID.randomUUID().toString())
            .replace("{referralId}", UUID.randomUUID().toString())
            .replace("{storyId}", UUID.randomUUID().toString())
            .replace("{number}", "1");
  }

  private static int sequenceOf(JsonObject file) {
    String reference = file.getString("reference");
    return Integer.parseInt(reference.substring(reference.lastIndexOf('-') + 1));
  }

  private Api.Answer call(StaffSession session, String method, String path) {
    if (session == null) {
      return method.equals("GET") ? api.get(null, path) : api.post(null, path, "{}");
    }
    return method.equals("GET") ? session.get(path) : session.post(path, "{}");
  }

  private static Map<Integer, Integer> histogram(List<Api.Answer> answers) {
    Map<Integer, Integer> statuses = new TreeMap<>();
    answers.forEach(answer -> statuses.merge(answer.status(), 1, Integer::sum));
    return statuses;
  }

  private static List<Api.Answer> inParallel(int threads, int total, Callable<Api.Answer> call)
      throws Exception {
    return releasedTogether(threads, Collections.nCopies(total, call));
  }

  /** Two calls released at the same instant; the answers in the order the calls were given. */
  @SafeVarargs
  private static List<Api.Answer> together(Supplier<Api.Answer>... calls) throws Exception {
    List<Callable<Api.Answer>> callables = new ArrayList<>();
    for (Supplier<Api.Answer> call : calls) {
      callables.add(call::get);
    }
    return releasedTogether(calls.length, callables);
  }

  /**
   * Runs the calls on {@code threads} threads, all held at one latch until every call is queued;
   * the answers in the order the calls were given.
   */
  private static List<Api.Answer> releasedTogether(int threads, List<Callable<Api.Answer>> calls)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Api.Answer>> futures = new ArrayList<>();
      for (Callable<Api.Answer> call : calls) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return call.call();
                }));
      }
      start.countDown();
      List<Api.Answer> answers = new ArrayList<>();
      for (Future<Api.Answer> future : futures) {
        answers.add(future.get());
      }
      return answers;
    } finally {
      pool.shutdown();
    }
  }

  /** The figures of a run, for docs/reliability.md. */
  static final class Figures {
    private Figures() {}

    /**
     * A run of generated hostile requests: how many, the seed that replays them, how long they took
     * and the statuses answered, then the run's own figures.
     */
    static void writeHostileRun(
        String name,
        int requests,
        long seed,
        long seconds,
        Map<?, ?> statuses,
        Map<String, ?> own) {
      Map<String, Object> figures = new HashMap<>(own);
      figures.put("requests", requests);
      figures.put("seed", seed);
      figures.put("seconds", seconds);
      figures.put("statuses", statuses.toString());
      write(name, figures);
    }

    static void write(String name, Map<String, ?> figures) {
      try {
        Path dir = Path.of("target", "reliability");
        Files.createDirectories(dir);
        StringBuilder text = new StringBuilder("# " + Instant.now() + "\n");
        new TreeMap<>(figures).forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
        Files.writeString(dir.resolve(name + ".properties"), text.toString());
        System.out.println("[reliability] " + name + " " + new TreeMap<>(figures));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
