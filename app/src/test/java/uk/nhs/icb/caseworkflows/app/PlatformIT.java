package uk.nhs.icb.caseworkflows.app;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.File;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.nhs.icb.caseworkflows.app.probe.ProbeCase;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditSeal;
import uk.nhs.icb.caseworkflows.common.letters.application.LetterTemplates;

/**
 * The platform on a real Payara Micro: the built WAR plus a test-only probe case with its process.
 * One deployment for the whole suite, because each one starts a new server. Every check goes over
 * HTTP as a client would; the database is H2, or PostgreSQL with the postgres profile.
 */
@ExtendWith(ArquillianExtension.class)
@DependsOnTheDatabase
class PlatformIT {

  private static final String HANDLER = "complaints-handler";
  private static final String IG = "ig-officer";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("icb.war")))
        .addPackage(ProbeCase.class.getPackage())
        .addAsResource("probe/platform-probe.bpmn")
        .addAsResource("probe/letters/probe-letter.html")
        .addAsResource("probe/letters/probe-letter.example.json")
        .addAsResource("pages/probe/case.html")
        .addAsResource("META-INF/services/" + LetterTemplates.class.getName());
  }

  @ArquillianResource private URL base;
  private Api api;

  @BeforeEach
  void client() {
    api = new Api(base);
  }

  // --- one transaction per user action -------------------------------------------------------

  @Test
  void anActionThatFailsAfterStartingItsProcessLeavesNeitherCaseNorProcessNorAudit() {
    String id = UUID.randomUUID().toString();

    Api.Answer failed = openProbe(id, Instant.now().plus(Duration.ofDays(3)), true);

    assertThat(failed.status()).isEqualTo(500);
    assertThat(failed.contentType()).startsWith("application/problem+json");
    assertThat(failed.json().getString("incident")).isNotBlank();
    assertThat(failed.body()).doesNotContain("Exception").doesNotContain("at uk.nhs");
    JsonObject probe = api.get(HANDLER, "api/probe/cases/" + id).json();
    assertThat(probe.getBoolean("stored")).isFalse();
    assertThat(probe.getInt("runningInstances")).isZero();
    assertThat(probe.getInt("historicInstances")).isZero();
    assertThat(probe.getInt("letters")).isZero();
    assertThat(auditOf(id).getInt("total")).isZero();
  }

  @Test
  void theSameActionWithoutTheFailureCommitsCaseProcessAndAuditTogether() {
    String id = UUID.randomUUID().toString();

    assertThat(openProbe(id, Instant.now().plus(Duration.ofDays(3)), false).status())
        .isEqualTo(201);

    JsonObject probe = api.get(HANDLER, "api/probe/cases/" + id).json();
    assertThat(probe.getBoolean("stored")).isTrue();
    assertThat(probe.getInt("runningInstances")).isEqualTo(1);
    JsonObject event = auditOf(id).getJsonArray("items").getJsonObject(0);
    assertThat(event.getString("kind")).isEqualTo("CHANGE");
    assertThat(event.getString("action")).isEqualTo("PROBE_OPENED");
    assertThat(event.getString("actor")).isEqualTo(HANDLER);
    assertThat(event.getString("roles")).isEqualTo(HANDLER);
  }

  @Test
  void anEditMadeOnAStaleCopyIsA409AndChangesNothing() {
    String id = UUID.randomUUID().toString();
    openProbe(id, Instant.now().plus(Duration.ofDays(3)), false);

    Api.Answer first =
        api.post(HANDLER, "api/probe/cases/" + id + "/rename?version=1&reference=FIRST", "");
    Api.Answer stale =
        api.post(HANDLER, "api/probe/cases/" + id + "/rename?version=1&reference=SECOND", "");

    assertThat(first.status()).isEqualTo(200);
    assertThat(first.json().getInt("version")).isEqualTo(2);
    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.contentType()).startsWith("application/problem+json");
    assertThat(stale.json().getString("detail")).contains("Someone else changed this record");
  }

  // --- letters -----------------------------------------------------------------------------------

  @Test
  void theLetterOfAnActionIsStoredWithItsCaseAndDownloadsAsThePdfThatWasMade() throws Exception {
    String id = UUID.randomUUID().toString();
    openProbe(id, Instant.now().plus(Duration.ofDays(3)), false);

    Api.Answer list = api.get(HANDLER, "api/cases/probe/" + id + "/letters");
    assertThat(list.status()).isEqualTo(200);
    JsonObject letter = list.structure().asJsonArray().getJsonObject(0);
    assertThat(letter.getString("kind")).isEqualTo("probe-letter");
    assertThat(letter.getInt("templateVersion")).isEqualTo(3);
    assertThat(letter.getString("recipientName")).isEqualTo("Mr Gareth Hughes");
    assertThat(letter.getString("createdBy")).isEqualTo(HANDLER);

    java.net.http.HttpResponse<byte[]> pdf =
        api.download(HANDLER, "api/cases/probe/" + id + "/letters/" + letter.getString("id"));
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(pdf.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(
            v -> assertThat(v).contains(referenceOf(id) + "-probe-letter-").endsWith(".pdf\""));
    assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    assertThat(
            java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(pdf.body())))
        .isEqualTo(letter.getString("sha256"));
    try (org.apache.pdfbox.pdmodel.PDDocument document =
        org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
      assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document))
          .contains("Dear Mr Hughes", "NHS number: 943 476 5919");
    }
    assertThat(auditOf(id).getJsonArray("items").getValuesAs(JsonObject.class))
        .extracting(event -> event.getString("action"))
        .contains("LETTER_ISSUED", "LETTERS_LISTED", "LETTER_DOWNLOADED");
  }

  @Test
  void aRoleOutsideTheCasesWorkflowGetsNoneOfItsLetters() {
    String id = UUID.randomUUID().toString();
    openProbe(id, Instant.now().plus(Duration.ofDays(3)), false);
    String letterId =
        api.get(HANDLER, "api/cases/probe/" + id + "/letters")
            .structure()
            .asJsonArray()
            .getJsonObject(0)
            .getString("id");

    assertThat(api.get("chc-assessor", "api/cases/probe/" + id + "/letters").status())
        .isEqualTo(403);
    assertThat(
            api.download("chc-assessor", "api/cases/probe/" + id + "/letters/" + letterId)
                .statusCode())
        .isEqualTo(403);
    assertThat(api.get("governing-body", "api/cases/probe/" + id + "/letters").status())
        .isEqualTo(403);
    assertThat(api.get(null, "api/cases/probe/" + id + "/letters").status()).isEqualTo(401);

    String otherCase = UUID.randomUUID().toString();
    openProbe(otherCase, Instant.now().plus(Duration.ofDays(3)), false);
    assertThat(
            api.download(HANDLER, "api/cases/probe/" + otherCase + "/letters/" + letterId)
                .statusCode())
        .as("a letter is only reachable through its own case")
        .isEqualTo(404);
    assertThat(api.get(HANDLER, "api/cases/probe/no-such-case/letters").status()).isEqualTo(404);
    assertThat(api.get(HANDLER, "api/cases/no-such-type/" + id + "/letters").status())
        .isEqualTo(404);
  }

  @Test
  void aLetterMissingAFieldIsRefusedWithTheFieldAndNothingIsStored() {
    String id = UUID.randomUUID().toString();
    openProbe(id, Instant.now().plus(Duration.ofDays(3)), false);

    Api.Answer refused =
        api.post(HANDLER, "api/probe/cases/" + id + "/letters?salutation=false", "");

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("fields.salutation");
    assertThat(api.get(HANDLER, "api/probe/cases/" + id).json().getInt("letters")).isEqualTo(1);
    assertThat(api.post(HANDLER, "api/probe/cases/" + id + "/letters?salutation=true", "").status())
        .isEqualTo(201);
    assertThat(api.get(HANDLER, "api/probe/cases/" + id).json().getInt("letters")).isEqualTo(2);
  }

  // --- engine: jobs on container threads, CDI beans in expressions, messages ------------------

  @Test
  void completingATaskRunsTheNextStepOnAJobThreadWithCdiAndJpa() throws InterruptedException {
    String id = UUID.randomUUID().toString();
    openProbe(id, Instant.now().plus(Duration.ofDays(3)), false);
    String task = taskOf(id).getString("id");

    assertThat(api.post(HANDLER, "api/tasks/" + task + "/claim", "").status()).isEqualTo(200);
    assertThat(
            api.post(
                    HANDLER,
                    "api/tasks/" + task + "/complete",
                    "{\"variables\":{\"reviewed\":true}}")
                .status())
        .isEqualTo(204);

    JsonObject jobEvent = awaitAuditAction(id, "PROBE_JOB_RAN");
    assertThat(jobEvent.getString("actor")).isEqualTo("system");
    assertThat(api.get(HANDLER, "api/probe/cases/" + id).json().getInt("runningInstances"))
        .isZero();
  }

  @Test
  void aMessageReachesItsCaseAndASecondOneIsAConflict() {
    String id = UUID.randomUUID().toString();
    openProbe(id, Instant.now().plus(Duration.ofDays(3)), false);

    assertThat(api.post(HANDLER, "api/probe/cases/" + id + "/withdraw", "").status())
        .isEqualTo(204);
    Api.Answer again = api.post(HANDLER, "api/probe/cases/" + id + "/withdraw", "");

    assertThat(again.status()).isEqualTo(409);
    assertThat(again.contentType()).startsWith("application/problem+json");
    assertThat(api.get(HANDLER, "api/probe/cases/" + id).json().getInt("runningInstances"))
        .isZero();
  }

  // --- task list ------------------------------------------------------------------------------

  @Test
  void aHandlerSeesTheirTeamsTaskWithItsCaseAndWhetherItIsOverdue() {
    String id = UUID.randomUUID().toString();
    openProbe(id, Instant.now().minus(Duration.ofDays(1)), false);

    JsonObject task = taskOf(id);

    assertThat(task.getString("name")).isEqualTo("Review probe case");
    assertThat(task.getString("caseType")).isEqualTo("probe");
    assertThat(task.getString("caseReference"))
        .isEqualTo(referenceOf(id))
        .matches("PRB-\\d{4}-\\d{6}");
    assertThat(task.getBoolean("overdue")).isTrue();
    assertThat(task.getString("due")).isNotBlank();
  }

  @Test
  void anotherWorkflowsRoleCanNeitherSeeNorClaimNorCompleteTheTask() {
    String id = UUID.randomUUID().toString();
    openProbe(id, Instant.now().plus(Duration.ofDays(3)), false);
    String task = taskOf(id).getString("id");

    Api.Answer chcList = api.get("chc-assessor", "api/tasks?size=100");
    assertThat(chcList.status()).isEqualTo(200);
    assertThat(chcList.body()).doesNotContain(task);
    assertThat(api.post("chc-assessor", "api/tasks/" + task + "/claim", "").status())
        .isEqualTo(404);
    assertThat(api.post("chc-assessor", "api/tasks/" + task + "/complete", "{}").status())
        .isEqualTo(404);
    assertThat(api.get("governing-body", "api/tasks").status()).isEqualTo(403);
  }

  @Test
  void twoCompletionsOfTheSameTaskAtOnceLetExactlyOneSucceed() throws Exception {
    String id = UUID.randomUUID().toString();
    openProbe(id, Instant.now().plus(Duration.ofDays(3)), false);
    String task = taskOf(id).getString("id");
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService racers = Executors.newFixedThreadPool(2);
    Future<Integer> first =
        racers.submit(
            () -> {
              start.await();
              return new Api(base).post(HANDLER, "api/tasks/" + task + "/complete", "{}").status();
            });
    Future<Integer> second =
        racers.submit(
            () -> {
              start.await();
              return new Api(base).post(HANDLER, "api/tasks/" + task + "/complete", "{}").status();
            });
    start.countDown();
    List<Integer> statuses = List.of(first.get(), second.get());
    racers.shutdown();

    assertThat(statuses).containsOnlyOnce(204);
    assertThat(statuses).anyMatch(status -> status == 404 || status == 409);
  }

  // --- audit ------------------------------------------------------------------------------------

  @Test
  void verifyNamesTheEventThatWasAlteredOrRemovedAndPassesOnceItIsPutBack() {
    String id = UUID.randomUUID().toString();
    openProbe(id, Instant.now().plus(Duration.ofDays(3)), false);
    long sequence =
        auditOf(id).getJsonArray("items").getJsonObject(0).getJsonNumber("sequence").longValue();
    assertThat(verify().getBoolean("intact")).isTrue();

    api.post(HANDLER, "api/probe/audit/" + sequence + "/alter", "");
    JsonObject altered = verify();
    api.post(HANDLER, "api/probe/audit/" + sequence + "/restore", "");

    assertThat(altered.getBoolean("intact")).isFalse();
    assertThat(altered.getJsonNumber("firstBrokenSequence").longValue()).isEqualTo(sequence);
    assertThat(altered.getString("problem")).contains("altered");
    assertThat(verify().getBoolean("intact")).isTrue();

    api.post(HANDLER, "api/probe/audit/" + sequence + "/remove", "");
    JsonObject removed = verify();
    api.post(HANDLER, "api/probe/audit/reinsert", "");

    assertThat(removed.getBoolean("intact")).isFalse();
    assertThat(removed.getJsonNumber("firstBrokenSequence").longValue()).isEqualTo(sequence);
    assertThat(removed.getString("problem")).contains("missing");
    assertThat(verify().getBoolean("intact")).isTrue();
  }

  /**
   * Issue 20, point 5: someone who can write to the database rewrites an event and recomputes, in
   * plain SQL, every later hash and the chain head. The plain hash chain is consistent again; the
   * MACs are not, and verify names the rewritten event. A checkpoint the IG officer kept from
   * before is still recognised and names it too; an edited checkpoint is refused.
   */
  @Test
  void aRewriteWithEveryLaterHashAndTheHeadRecomputedInTheDatabaseIsNamedByItsMac() {
    String id = UUID.randomUUID().toString();
    openProbe(id, Instant.now().plus(Duration.ofDays(3)), false);
    long sequence =
        auditOf(id).getJsonArray("items").getJsonObject(0).getJsonNumber("sequence").longValue();
    Api.Answer file = api.get(IG, "api/audit/checkpoint");
    assertThat(file.status()).isEqualTo(200);
    assertThat(file.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(value -> assertThat(value).startsWith("attachment; filename="));
    JsonObject kept = file.json();
    assertThat(kept.getJsonNumber("sequence").longValue()).isGreaterThanOrEqualTo(sequence);
    assertThat(kept.getString("keyId"))
        .as("the server signs with the key it was configured with, not the development key")
        .isEqualTo(
            new AuditSeal(java.util.Base64.getDecoder().decode(System.getProperty("it.audit.key")))
                .keyId());
    assertThat(verify().getBoolean("intact")).isTrue();

    JsonObject rewritten = api.post(HANDLER, "api/probe/audit/" + sequence + "/rewrite", "").json();
    JsonObject verdict = verify();
    JsonObject againstKept = api.post(IG, "api/audit/verify", kept.toString()).json();
    api.post(HANDLER, "api/probe/audit/rewrite/undo", "");

    assertThat(rewritten.getInt("eventsRewritten")).isPositive();
    assertThat(verdict.getBoolean("intact")).isFalse();
    assertThat(verdict.getJsonNumber("firstBrokenSequence").longValue()).isEqualTo(sequence);
    assertThat(verdict.getString("problem"))
        .isEqualTo(
            "event "
                + sequence
                + " was altered: its hashes were recomputed, but its MAC is not the audit key's");
    assertThat(againstKept.getBoolean("intact")).isFalse();
    assertThat(againstKept.getJsonNumber("firstBrokenSequence").longValue()).isEqualTo(sequence);

    assertThat(verify().getBoolean("intact")).isTrue();
    JsonObject keptAfterUndo = api.post(IG, "api/audit/verify", kept.toString()).json();
    assertThat(keptAfterUndo.getBoolean("intact")).isTrue();

    JsonObject edited =
        jakarta.json.Json.createObjectBuilder(kept)
            .add("sequence", kept.getJsonNumber("sequence").longValue() - 1)
            .build();
    Api.Answer refused = api.post(IG, "api/audit/verify", edited.toString());
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.body()).contains("\"mac\"");
    Api.Answer incomplete = api.post(IG, "api/audit/verify", "{\"sequence\": 1}");
    assertThat(incomplete.status()).isEqualTo(400);
    assertThat(incomplete.body()).contains("\"hash\"").contains("\"takenAt\"");
    assertThat(api.get(HANDLER, "api/audit/checkpoint").status()).isEqualTo(403);
    assertThat(api.post(HANDLER, "api/audit/verify", kept.toString()).status()).isEqualTo(403);
  }

  /**
   * The checkpoint line a node writes to its log after every Nth event (the container tests set N
   * to 50) is a checkpoint the IG officer can verify against, as a log shipped off the node would
   * keep it.
   */
  @Test
  void theCheckpointLineInTheServersLogVerifiesAsAKeptCheckpoint() throws Exception {
    java.nio.file.Path log =
        java.nio.file.Path.of(System.getProperty("server.log", "target/payara-server.log"));
    String line = null;
    // Each search of the trail is itself an audited read: events without cases or tasks.
    for (int searches = 0; searches < 120 && line == null; searches++) {
      api.get(IG, "api/audit?caseType=probe&size=1");
      line = lastCheckpointLine(log);
    }
    assertThat(line).as("an AUDIT CHECKPOINT line after a 50th event").isNotNull();
    JsonObject shipped =
        jakarta.json.Json.createReader(
                new java.io.StringReader(line.substring(line.indexOf('{'), line.indexOf('}') + 1)))
            .readObject();

    assertThat(shipped.getJsonNumber("sequence").longValue() % 50).isZero();
    JsonObject verdict = api.post(IG, "api/audit/verify", shipped.toString()).json();
    assertThat(verdict.getBoolean("intact")).as(verdict.toString()).isTrue();
    assertThat(verdict.getJsonNumber("eventsChecked").longValue())
        .isGreaterThanOrEqualTo(shipped.getJsonNumber("sequence").longValue());
  }

  /** The last line of this server's log with a checkpoint after a 50th event (not at a start). */
  private static String lastCheckpointLine(java.nio.file.Path log) throws java.io.IOException {
    // The log handler rotates its file (payara-server.log.0, ...) when a run writes much: read them
    // all, oldest first by when each was last written (by name, the file being written now would
    // come first, and an earlier server's checkpoint would pass for this one's).
    List<java.nio.file.Path> files;
    try (java.util.stream.Stream<java.nio.file.Path> listed =
        java.nio.file.Files.list(log.toAbsolutePath().getParent())) {
      files =
          listed
              .filter(f -> f.getFileName().toString().startsWith(log.getFileName().toString()))
              .sorted(
                  java.util.Comparator.comparing(
                      (java.nio.file.Path f) -> {
                        try {
                          return java.nio.file.Files.getLastModifiedTime(f);
                        } catch (java.io.IOException e) {
                          throw new java.io.UncheckedIOException(e);
                        }
                      }))
              .toList();
    }
    List<String> lines = new java.util.ArrayList<>();
    for (java.nio.file.Path file : files) {
      lines.addAll(
          java.nio.file.Files.readAllLines(file, java.nio.charset.StandardCharsets.ISO_8859_1));
    }
    // Only lines since this server's own start: the log file holds every server of the run.
    int start = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains("AUDIT CHECKPOINT {\"sequence\":")
          && lines.get(i).contains("main]")) {
        start = i;
      }
    }
    java.util.regex.Pattern afterAFiftieth =
        java.util.regex.Pattern.compile("AUDIT CHECKPOINT \\{\"sequence\":(?:[1-9][0-9]*)?[05]0,");
    String found = null;
    for (String candidate : lines.subList(start, lines.size())) {
      if (afterAFiftieth.matcher(candidate).find() && !candidate.contains("_ThreadName=main]")) {
        found = candidate;
      }
    }
    return found;
  }

  @Test
  void theIgOfficerSearchesTheTrailByCaseActorAndTimeAndNobodyElseMay() {
    String id = UUID.randomUUID().toString();
    openProbe(id, Instant.now().plus(Duration.ofDays(3)), false);

    JsonObject byCase = auditOf(id);
    assertThat(byCase.getInt("total")).isEqualTo(2);
    assertThat(byCase.getJsonArray("items").getJsonObject(0).getString("caseId")).isEqualTo(id);
    // Reading a case's history is itself a read of that case, and is audited as one.
    List<JsonObject> history = auditOf(id).getJsonArray("items").getValuesAs(JsonObject.class);
    assertThat(history)
        .extracting(
            event -> event.getString("action"),
            event -> event.getString("kind"),
            event -> event.getString("actor"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("PROBE_OPENED", "CHANGE", HANDLER),
            org.assertj.core.groups.Tuple.tuple("LETTER_ISSUED", "CHANGE", HANDLER),
            org.assertj.core.groups.Tuple.tuple("AUDIT_SEARCHED", "READ", IG));

    JsonObject byActor =
        api.get(IG, "api/audit?actor=" + HANDLER + "&caseType=probe&size=100").json();
    assertThat(byActor.getInt("total")).isPositive();
    byActor
        .getJsonArray("items")
        .getValuesAs(JsonObject.class)
        .forEach(event -> assertThat(event.getString("actor")).isEqualTo(HANDLER));

    String tomorrow =
        java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).plusDays(1).toString();
    assertThat(api.get(IG, "api/audit?caseId=" + id + "&from=" + tomorrow).json().getInt("total"))
        .isZero();
    assertThat(
            api.get(IG, "api/audit?caseId=" + id + "&actor=" + HANDLER + "&to=" + tomorrow)
                .json()
                .getInt("total"))
        .isEqualTo(2);

    Api.Answer badTime = api.get(IG, "api/audit?from=yesterday");
    assertThat(badTime.status()).isEqualTo(400);
    assertThat(badTime.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("from");

    assertThat(api.get(HANDLER, "api/audit").status()).isEqualTo(403);
    assertThat(api.get("caldicott-guardian", "api/audit/verify").status()).isEqualTo(403);
  }

  // --- security and errors ----------------------------------------------------------------------

  @Test
  void anAnonymousApiCallGets401ProblemWithABasicChallenge() {
    Api.Answer anonymous = api.get(null, "api/tasks");

    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.contentType()).startsWith("application/problem+json");
    assertThat(anonymous.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
    assertThat(api.get(HANDLER, "wrong password", "api/tasks").status()).isEqualTo(401);
    // A name no account can have, that PostgreSQL would refuse in the lookup: still just a 401.
    assertThat(api.get(HANDLER + "\0", "wrong password", "api/tasks").status()).isEqualTo(401);
  }

  @Test
  void everyErrorIsAProblemWithTheFieldAndNoInternals() {
    Api.Answer unknownPath = api.get(HANDLER, "api/no-such-thing");
    assertThat(unknownPath.status()).isEqualTo(404);
    assertThat(unknownPath.contentType()).startsWith("application/problem+json");

    Api.Answer badPage = api.get(HANDLER, "api/tasks?page=abc&size=1000");
    assertThat(badPage.status()).isEqualTo(400);
    assertThat(badPage.json().getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(error -> error.getString("field"))
        .containsExactlyInAnyOrder("page", "size");

    Api.Answer badJson = api.post(HANDLER, "api/tasks/x/complete", "{\"variables\": [unclosed");
    assertThat(badJson.status()).isEqualTo(400);
    assertThat(badJson.contentType()).startsWith("application/problem+json");

    Api.Answer missingTask = api.post(HANDLER, "api/tasks/no-such-task/complete", "{}");
    assertThat(missingTask.status()).isEqualTo(404);
    assertThat(missingTask.contentType()).startsWith("application/problem+json");

    Api.Answer badVariable =
        api.post(
            HANDLER, "api/tasks/no-such-task/complete", "{\"variables\":{\"caseType\":\"x\"}}");
    assertThat(badVariable.status()).isEqualTo(400);
    assertThat(badVariable.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("variables.caseType");

    // A NUL in text is refused naming its field on every database (PostgreSQL cannot keep one).
    Api.Answer nul =
        api.post(
            HANDLER, "api/tasks/no-such-task/complete", "{\"variables\":{\"note\":\"a\\u0000b\"}}");
    assertThat(nul.status()).isEqualTo(400);
    assertThat(nul.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("variables.note");
    assertThat(nul.json().getJsonArray("errors").getJsonObject(0).getString("reason"))
        .contains("U+0000");
    // Any other control character but tabs and line breaks too, as the forms refuse them.
    Api.Answer escape =
        api.post(
            HANDLER,
            "api/tasks/no-such-task/complete",
            "{\"variables\":{\"ok\":\"tab\\tline\\n\",\"note\":\"a\\u001b[2Jb\"}}");
    assertThat(escape.status()).isEqualTo(400);
    assertThat(escape.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("variables.note");
  }

  /**
   * An address nothing serves, a method a page does not take and the API's own misses answer in the
   * service's words (common's ErrorPages): never the server's page, which named the server and its
   * version; and no answer names the server in its headers.
   */
  @Test
  void anAddressNothingServesOrAMethodAPageDoesNotTakeAnswersInTheServicesOwnWords() {
    Api.Answer nowhere = api.get(HANDLER, "no-such-page");
    assertThat(nowhere.status()).isEqualTo(404);
    assertThat(nowhere.contentType()).startsWith("text/html");
    assertThat(nowhere.body()).contains("<h1>Page not found</h1>").contains("ICB Case Workflows");

    String token = csrfTokenOf(api.get(null, "login").body());
    assertThat(api.postForm("login", "username=" + HANDLER + "&password=demo&csrfToken=" + token))
        .extracting(Api.Answer::status)
        .isEqualTo(302);
    Api.Answer put = api.send(null, "PUT", "tasks");
    assertThat(put.status())
        .as("a method that could change something needs the form's token")
        .isEqualTo(403);
    Api.Answer trace = api.send(null, "TRACE", "tasks");
    assertThat(trace.status()).as(trace.body()).isEqualTo(405);

    Api.Answer apiMethod = api.send(HANDLER, "DELETE", "api/tasks");
    assertThat(apiMethod.status()).isEqualTo(405);
    assertThat(apiMethod.contentType()).startsWith("application/problem+json");

    Api.Answer direct = api.get(HANDLER, "error");
    assertThat(direct.status()).isEqualTo(404);

    for (Api.Answer answer :
        List.of(nowhere, put, trace, apiMethod, direct, api.get(null, "tasks"))) {
      assertThat(answer.body()).doesNotContainIgnoringCase("payara").doesNotContain("Exception");
      assertThat(answer.headers().firstValue("X-Powered-By")).isEmpty();
      assertThat(answer.headers().firstValue("Server").orElse(""))
          .doesNotContainIgnoringCase("payara")
          .doesNotContainPattern("\\d");
    }
  }

  /**
   * The CSRF token counts only in the form's body, and a post the browser says came from another
   * site is refused even with the right token (common's CsrfToken); the same post from this site
   * signs in.
   */
  @Test
  void aFormWithItsTokenInTheAddressOrFromAnotherSiteIsRefused() {
    String token = csrfTokenOf(api.get(null, "login").body());
    String form = "username=ig-officer&password=demo&csrfToken=" + token;
    String here = api.base().getScheme() + "://" + api.base().getAuthority();

    assertThat(api.postForm("login?csrfToken=" + token, form).status()).isEqualTo(403);
    assertThat(api.postForm("login", form, Map.of("Origin", "https://evil.example")).status())
        .isEqualTo(403);
    assertThat(
            api.postForm("login", form, Map.of("Referer", "https://evil.example/login")).status())
        .isEqualTo(403);
    assertThat(api.get(null, "tasks").status()).as("still signed out").isEqualTo(302);

    assertThat(api.postForm("login", form, Map.of("Origin", here)).status()).isEqualTo(302);
    assertThat(api.get(null, "tasks").status()).isEqualTo(200);
  }

  @Test
  void peopleSignInWithTheFormAndTheirSessionCarriesThemIntoTheApi() {
    Api.Answer tasks = api.get(null, "tasks");
    assertThat(tasks.status()).isEqualTo(302);
    assertThat(tasks.headers().firstValue("Location"))
        .hasValueSatisfying(v -> assertThat(v).endsWith("/login"));

    String token = csrfTokenOf(api.get(null, "login").body());
    assertThat(api.postForm("login", "username=ig-officer&password=demo").status())
        .as("a sign-in form without the session's CSRF token is refused")
        .isEqualTo(403);
    assertThat(api.get(null, "tasks").status()).isEqualTo(302);
    assertThat(
            api.postForm("login", "username=ig-officer&password=nope&csrfToken=" + token).status())
        .isEqualTo(401);
    Api.Answer signedIn =
        api.postForm("login", "username=ig-officer&password=demo&csrfToken=" + token);
    assertThat(signedIn.status()).isEqualTo(302);

    Api.Answer page = api.get(null, "tasks");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("ig-officer").contains("<h1>My tasks</h1>");
    assertThat(api.get(null, "api/audit/verify").status()).isEqualTo(200);
  }

  private static String csrfTokenOf(String html) {
    java.util.regex.Matcher token =
        java.util.regex.Pattern.compile("name=\"csrfToken\" value=\"([^\"]+)\"").matcher(html);
    assertThat(token.find()).as("the page has a CSRF token").isTrue();
    return token.group(1);
  }

  // --- case documents ---------------------------------------------------------------------------

  @Test
  void destroyingACasesDocumentsDeletesAllOfThemAndNoOtherCasesAndIsAudited() {
    String a = UUID.randomUUID().toString();
    String b = UUID.randomUUID().toString();
    openProbe(a, Instant.now().plus(Duration.ofDays(3)), false);
    openProbe(b, Instant.now().plus(Duration.ofDays(3)), false);
    String first = attachToProbe(a, "first.pdf");
    attachToProbe(a, "second.pdf");
    String ofB = attachToProbe(b, "other.pdf");
    assertThat(api.get(HANDLER, "api/probe/cases/" + a + "/documents").json().getInt("count"))
        .isEqualTo(2);

    JsonObject deleted =
        api.post(HANDLER, "api/probe/cases/" + a + "/documents/deletion", "").json();

    assertThat(deleted.getInt("deleted")).isEqualTo(2);
    assertThat(api.get(HANDLER, "api/probe/cases/" + a + "/documents").json().getInt("count"))
        .isZero();
    assertThat(api.download(HANDLER, "api/probe/cases/" + a + "/documents/" + first).statusCode())
        .isEqualTo(404);
    assertThat(api.get(HANDLER, "api/probe/cases/" + b + "/documents").json().getInt("count"))
        .as("another case's documents stay")
        .isEqualTo(1);
    assertThat(api.download(HANDLER, "api/probe/cases/" + b + "/documents/" + ofB).statusCode())
        .isEqualTo(200);
    assertThat(auditOf(a).getJsonArray("items").getValuesAs(JsonObject.class))
        .filteredOn(event -> event.getString("action").equals("DOCUMENTS_DELETED"))
        .extracting(event -> event.getString("detail"))
        .containsExactly("2 documents");
    assertThat(
            api.post(HANDLER, "api/probe/cases/" + a + "/documents/deletion", "")
                .json()
                .getInt("deleted"))
        .as("nothing left to delete")
        .isZero();
    assertThat(verify().getBoolean("intact")).isTrue();
  }

  private String attachToProbe(String caseId, String name) {
    Api.Answer attached =
        api.postRaw(
            HANDLER,
            "api/probe/cases/" + caseId + "/documents?name=" + name,
            "application/pdf",
            SampleDocuments.pdf("Probe document " + name));
    assertThat(attached.status()).as(attached.body()).isEqualTo(200);
    return attached.json().getString("id");
  }

  // --- the probe as a second workflow on the case kit: its form, case page and destruction ------

  @Test
  void theProbesReviewFormSaysBesideTheFieldWhatIsWrongThenCompletesTheStepAndClosesTheCase()
      throws Exception {
    String id = UUID.randomUUID().toString();
    openProbe(id, Instant.now().plus(Duration.ofDays(3)), false);
    String reference = referenceOf(id);
    assertThat(reference).matches("PRB-\\d{4}-\\d{6}");
    StaffSession handler = StaffSession.signIn(base.toURI(), HANDLER);
    String form = "probe-cases/" + id + "/review";

    Api.Answer page = handler.get("probe-cases/" + id);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body())
        .contains(reference)
        .contains("id=\"action-review\"")
        .contains("Probe letter for the platform tests")
        .contains("Probe opened");
    assertThat(handler.get(form).body()).contains("What did the review find?").contains(reference);

    Api.Answer blank = handler.submitForm(form, form, Map.of("finding", " "));
    assertThat(blank.status()).isEqualTo(400);
    assertThat(blank.body())
        .contains("There is a problem")
        .contains("id=\"finding-error\"")
        .contains("Enter what the review found");
    Api.Answer tooLong = handler.submitForm(form, form, Map.of("finding", "x".repeat(201)));
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.body()).contains("Must be 200 characters or fewer");
    assertThat(taskOf(id).getString("name"))
        .as("nothing was stored")
        .isEqualTo("Review probe case");

    Api.Answer done =
        handler.submitForm(form, form, Map.of("finding", "Transport was booked late."));
    assertThat(done.status()).as(done.body()).isEqualTo(302);
    assertThat(done.headers().firstValue("Location"))
        .hasValueSatisfying(v -> assertThat(v).endsWith("/tasks"));
    Api.Answer closed = handler.get("probe-cases/" + id);
    assertThat(closed.body())
        .contains("Finding: Transport was booked late.")
        .contains("Closed")
        .doesNotContain("id=\"action-review\"");
    Api.Answer again = handler.submitForm(form, form, Map.of("finding", "Once more."));
    assertThat(again.status()).isEqualTo(400);
    assertThat(again.body()).contains("Probe case " + reference + " is not waiting for its review");

    assertThat(StaffSession.signIn(base.toURI(), "chc-assessor").get("probe-cases/" + id).status())
        .as("another workflow's role")
        .isEqualTo(403);
    assertThat(StaffSession.signIn(base.toURI(), "complaints-manager").get(form).status())
        .as("the manager sees the case but does not review it")
        .isEqualTo(403);
    assertThat(handler.get("probe-cases/no-such-case").status()).isEqualTo(404);
  }

  @Test
  void aClosedProbeCaseIsDestroyedThroughTheKitAndItsPageThenAnswers410() throws Exception {
    String id = UUID.randomUUID().toString();
    openProbe(id, Instant.now().plus(Duration.ofDays(3)), false);
    String reference = referenceOf(id);
    String destruction = "api/retention/records/probe/" + id + "/destruction";
    String appraisal = "{\"appraisal\":\"A probe case: nothing needs keeping.\"}";
    StaffSession handler = StaffSession.signIn(base.toURI(), HANDLER);
    String form = "probe-cases/" + id + "/review";
    assertThat(handler.submitForm(form, form, Map.of("finding", "Nothing to add.")).status())
        .isEqualTo(302);
    awaitAuditAction(id, "PROBE_JOB_RAN");

    // The review opens when the engine's job executor fires the retention timer.
    Api.Answer destroyed = null;
    Instant giveUp = Instant.now().plus(Duration.ofSeconds(180));
    while (Instant.now().isBefore(giveUp)) {
      destroyed = api.post(IG, destruction, appraisal);
      if (destroyed.status() != 409) {
        break;
      }
      Thread.sleep(2_000);
    }

    assertThat(destroyed.status()).as(destroyed.body()).isEqualTo(201);
    assertThat(destroyed.json().getString("number")).isEqualTo("DC-" + reference);
    assertThat(destroyed.json().getJsonArray("destroyed").toString())
        .contains("the probe case " + reference)
        .contains("1 letter\"")
        .contains("1 process history");
    Api.Answer gone = handler.get("probe-cases/" + id);
    assertThat(gone.status()).isEqualTo(410);
    assertThat(gone.body()).contains("DC-" + reference);
    assertThat(handler.get(form).status()).isEqualTo(410);
    assertThat(api.get(HANDLER, "api/probe/cases/" + id).json().getBoolean("stored")).isFalse();
    assertThat(api.get(HANDLER, "api/cases/probe/" + id + "/letters").status()).isEqualTo(410);
    assertThat(api.post(IG, destruction, appraisal).status()).isEqualTo(409);
    assertThat(verify().getBoolean("intact")).isTrue();
  }

  // --- operations -------------------------------------------------------------------------------

  @Test
  void readinessIsUpWithTheDatabaseAndTheEngineAndOpenApiListsTheApi() {
    Api.Answer ready = api.getAbsolute(api.server("health/ready"));
    assertThat(ready.status()).isEqualTo(200);
    JsonObject health = ready.json();
    assertThat(health.getString("status")).isEqualTo("UP");
    assertThat(health.getJsonArray("checks").getValuesAs(JsonObject.class))
        .extracting(check -> check.getString("name"))
        .contains("database", "process-engine");

    Api.Answer openApi = api.getAbsolute(api.server("openapi"));
    assertThat(openApi.status()).isEqualTo(200);
    assertThat(openApi.body())
        .contains(
            "/api/tasks",
            "/api/tasks/{id}/claim",
            "/api/tasks/{id}/complete",
            "/api/audit",
            "/api/audit/verify",
            "/api/complaints",
            "/api/complaints/{id}/acknowledgement",
            "/api/cases/{type}/{id}/letters");
  }

  // --- helpers ----------------------------------------------------------------------------------

  private Api.Answer openProbe(String id, Instant due, boolean fail) {
    return api.post(HANDLER, "api/probe/cases/" + id + "?fail=" + fail + "&due=" + due, "");
  }

  private String referenceOf(String probeId) {
    return api.get(HANDLER, "api/probe/cases/" + probeId).json().getString("reference");
  }

  private JsonObject taskOf(String caseId) {
    for (JsonObject task :
        api.get(HANDLER, "api/tasks?size=100&caseType=probe")
            .json()
            .getJsonArray("items")
            .getValuesAs(JsonObject.class)) {
      if (caseId.equals(task.getString("caseId"))) {
        return task;
      }
    }
    throw new AssertionError("no task for case " + caseId + " on the handler's list");
  }

  private JsonObject auditOf(String caseId) {
    return api.get(IG, "api/audit?caseType=probe&caseId=" + caseId).json();
  }

  private JsonObject verify() {
    return api.get(IG, "api/audit/verify").json();
  }

  private JsonObject awaitAuditAction(String caseId, String action) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(deadline)) {
      for (JsonObject event : auditOf(caseId).getJsonArray("items").getValuesAs(JsonObject.class)) {
        if (action.equals(event.getString("action"))) {
          return event;
        }
      }
      Thread.sleep(500);
    }
    throw new AssertionError(action + " never reached the audit trail of " + caseId);
  }
}
