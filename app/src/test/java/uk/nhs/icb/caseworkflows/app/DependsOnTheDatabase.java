package uk.nhs.icb.caseworkflows.app;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A container test whose proof depends on what the database does, so it runs on H2 and again on
 * PostgreSQL (the {@code postgres} profile runs only these): queries the database answers
 * (searches, filters, paging, counts and figures), what a column keeps (its length, binary
 * documents and letters, text with unusual characters), deletion, transactions, locks and the audit
 * chain. A journey that only walks a workflow's use cases is not tagged: on PostgreSQL every use
 * case of every workflow is already driven on a real case by {@code ReliabilityIT} (the matrix on
 * real cases, the pages' form posts, a fault before commit in each), so running the journeys twice
 * proved nothing more and cost a few minutes of CI (docs/testing.md).
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag(DependsOnTheDatabase.TAG)
public @interface DependsOnTheDatabase {
  /** The JUnit tag the postgres profile selects ({@code it.groups}). */
  String TAG = "depends-on-the-database";
}
