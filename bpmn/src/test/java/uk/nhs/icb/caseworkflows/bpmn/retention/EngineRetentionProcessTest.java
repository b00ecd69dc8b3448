package uk.nhs.icb.caseworkflows.bpmn.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.bpmn.api.CaseProcesses;
import uk.nhs.icb.caseworkflows.bpmn.api.CaseTask;
import uk.nhs.icb.caseworkflows.bpmn.testing.InMemoryEngine;
import uk.nhs.icb.caseworkflows.common.errors.ConflictProblem;
import uk.nhs.icb.caseworkflows.common.retention.domain.RecordClosed;
import uk.nhs.icb.caseworkflows.common.retention.domain.RetainedRecord;

/** The retention model driven through the adapter the retention use cases call. */
class EngineRetentionProcessTest {

  private static final Instant CLOSED_AT = Instant.parse("2016-03-04T12:00:00Z");
  private static final LocalDate END = LocalDate.of(2026, 3, 4);
  private static final Instant NOW = Instant.parse("2026-03-04T09:00:00Z");
  private static final String KEY = "complaint/c-1";

  private ProcessEngine engine;
  private EngineRetentionProcess retention;
  private RetainedRecord record;

  @BeforeEach
  void deploy() {
    ClockUtil.setCurrentTime(Date.from(CLOSED_AT));
    engine = InMemoryEngine.start();
    engine
        .getRepositoryService()
        .createDeployment()
        .addClasspathResource(new RetentionProcessModels().resources().get(0))
        .deploy();
    retention = new EngineRetentionProcess(new CaseProcesses(engine));
    record =
        RetainedRecord.start(
            new RecordClosed("complaint", "c-1", "CMP-2016-000142", LocalDate.of(2016, 3, 4)), END);
  }

  @AfterEach
  void close() {
    engine.close();
    ClockUtil.reset();
  }

  @Test
  void nothingAsksForAReviewBeforeTheRetentionEnds() {
    retention.start(record);

    passTime(Instant.parse("2026-03-03T23:59:00Z"));

    assertThat(retention.awaitsReview(record)).isFalse();
    assertThat(timer().getDuedate().toInstant()).isEqualTo(Instant.parse("2026-03-04T00:00:00Z"));
    Task none = engine.getTaskService().createTaskQuery().singleResult();
    assertThat(none).isNull();
  }

  @Test
  void atTheEndAnIgOfficerIsAskedToReviewTheRecordWithinAMonth() {
    retention.start(record);

    passTime(NOW);

    assertThat(retention.awaitsReview(record)).isTrue();
    Task review =
        engine.getTaskService().createTaskQuery().processInstanceBusinessKey(KEY).singleResult();
    assertThat(review.getTaskDefinitionKey()).isEqualTo("review-retention");
    assertThat(
            engine.getTaskService().getIdentityLinksForTask(review.getId()).stream()
                .map(link -> link.getGroupId())
                .toList())
        .containsExactly("ig-officer");
    assertThat(review.getDueDate().toInstant()).isEqualTo(Instant.parse("2026-04-03T16:00:00Z"));
    assertThat(engine.getRuntimeService().getVariable(review.getProcessInstanceId(), "caseType"))
        .isEqualTo("retention");
  }

  @Test
  void keepingTheRecordLongerWaitsAgainUntilTheNewDate() {
    retention.start(record);
    passTime(NOW);

    record.extend(LocalDate.of(2027, 11, 30), "Open claim", NOW, "ig", LocalDate.of(2026, 3, 4));
    retention.extended(record);

    assertThat(retention.awaitsReview(record)).isFalse();
    assertThat(timer().getDuedate().toInstant()).isEqualTo(Instant.parse("2027-11-30T00:00:00Z"));
    passTime(Instant.parse("2027-11-30T08:00:00Z"));
    assertThat(retention.awaitsReview(record)).isTrue();
  }

  /**
   * The end of retention and an extension at the same moment: the timer fires (the job executor
   * commits the review) after the extension looked for a review and before it moves the timer. The
   * extension then ends that review, rather than keep its new date beside an open review.
   */
  @Test
  void anExtensionAsTheTimerFiresEndsTheReviewTheTimerOpened() {
    CaseProcesses timerFiresAfterTheFirstLook =
        new CaseProcesses(engine) {
          private boolean fired;

          @Override
          public List<CaseTask> openTasks(String caseId) {
            List<CaseTask> seen = super.openTasks(caseId);
            if (!fired) {
              fired = true;
              passTime(NOW);
            }
            return seen;
          }
        };
    EngineRetentionProcess racing = new EngineRetentionProcess(timerFiresAfterTheFirstLook);
    racing.start(record);

    record.extend(LocalDate.of(2027, 11, 30), "Open claim", NOW, "ig", LocalDate.of(2026, 3, 4));
    racing.extended(record);

    assertThat(racing.awaitsReview(record)).as("the review the timer opened is ended").isFalse();
    assertThat(timer().getDuedate().toInstant()).isEqualTo(Instant.parse("2027-11-30T00:00:00Z"));
  }

  @Test
  void anExtensionWithNeitherATimerNorAReviewIsAConflict() {
    retention.start(record);
    engine
        .getManagementService()
        .createJobQuery()
        .timers()
        .list()
        .forEach(job -> engine.getManagementService().deleteJob(job.getId()));

    record.extend(LocalDate.of(2027, 11, 30), "Open claim", NOW, "ig", LocalDate.of(2026, 3, 4));

    assertThatThrownBy(() -> retention.extended(record))
        .isInstanceOf(ConflictProblem.class)
        .hasMessageContaining("try again");
  }

  @Test
  void anExtensionBeforeTheEndMovesTheWaitingTimer() {
    retention.start(record);

    record.extend(LocalDate.of(2030, 1, 2), "Litigation hold", NOW, "ig", LocalDate.of(2020, 1, 1));
    retention.extended(record);

    assertThat(timer().getDuedate().toInstant()).isEqualTo(Instant.parse("2030-01-02T00:00:00Z"));
    passTime(Instant.parse("2026-03-05T00:00:00Z"));
    assertThat(retention.awaitsReview(record)).isFalse();
  }

  @Test
  void aDestroyedRecordEndsTheProcessAndNeedsAnOpenReview() {
    retention.start(record);
    assertThatThrownBy(() -> retention.destroyed(record)).isInstanceOf(ConflictProblem.class);

    passTime(NOW);
    retention.destroyed(record);

    assertThat(
            engine
                .getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(KEY)
                .count())
        .isZero();
    assertThat(
            engine
                .getHistoryService()
                .createHistoricActivityInstanceQuery()
                .activityId("record-destroyed")
                .count())
        .isEqualTo(1);
  }

  @Test
  void theCasesOwnHistoryIsErasedButOnlyOnceItsProcessHasEnded() {
    CaseProcesses processes = new CaseProcesses(engine);
    retention.start(record);
    assertThatThrownBy(() -> processes.eraseHistory(KEY)).isInstanceOf(ConflictProblem.class);
    passTime(NOW);
    retention.destroyed(record);

    assertThat(processes.eraseHistory(KEY)).isEqualTo(1);
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().count()).isZero();
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().count()).isZero();
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().count()).isZero();
  }

  private Job timer() {
    List<Job> timers = engine.getManagementService().createJobQuery().timers().list();
    assertThat(timers).hasSize(1);
    return timers.get(0);
  }

  private void passTime(Instant to) {
    ClockUtil.setCurrentTime(Date.from(to));
    engine
        .getManagementService()
        .createJobQuery()
        .timers()
        .executable()
        .list()
        .forEach(job -> engine.getManagementService().executeJob(job.getId()));
  }
}
