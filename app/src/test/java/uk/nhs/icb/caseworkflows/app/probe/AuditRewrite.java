package uk.nhs.icb.caseworkflows.app.probe;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import uk.nhs.icb.caseworkflows.common.audit.application.AuditKey;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditHash;

/**
 * The rewrite a database writer without the audit key can make, in plain SQL: change one event's
 * detail, recompute that event's hash, every later event's previous hash and hash, and the chain
 * head, so that the plain hash chain is consistent again. The MACs are left as they are: computing
 * new ones needs the key. Then the undoing, for the tests that follow.
 */
@ApplicationScoped
public class AuditRewrite {

  @Resource(lookup = "java:app/jdbc/appDS")
  private DataSource dataSource;

  // Only the undoing uses the key, to re-seal events other requests appended meanwhile.
  @Inject private AuditKey key;

  private long rewrittenFrom;
  private List<Row> originals = List.of();

  /** A stored event as the hash sees it. */
  private record Row(
      long sequence,
      Instant occurredAt,
      String actor,
      String roles,
      String kind,
      String action,
      String caseType,
      String caseId,
      String detail,
      String previousHash,
      String hash) {

    String hashWith(String previous, String newDetail) {
      return AuditHash.of(
          previous, sequence, occurredAt, actor, roles, kind, action, caseType, caseId, newDetail);
    }
  }

  /** Rewrites the event and re-chains everything after it; returns how many events changed. */
  @Transactional
  public int rewrite(long sequence, String detail) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      lockHead(connection);
      List<Row> rows = rowsFrom(connection, sequence);
      originals = rows;
      rewrittenFrom = sequence;
      String previous = rows.get(0).previousHash();
      for (Row row : rows) {
        String newDetail = row.sequence() == sequence ? detail : row.detail();
        String hash = row.hashWith(previous, newDetail);
        update(
            connection,
            "update audit_event set detail = ?, previous_hash = ?, hash = ? where sequence_number = ?",
            newDetail,
            previous,
            hash,
            row.sequence());
        previous = hash;
      }
      update(connection, "update audit_chain_head set last_hash = ? where id = 1", previous);
      return rows.size();
    }
  }

  /**
   * Puts the rewritten events back as they were, and re-chains (and re-seals, with the key) any
   * event appended after the rewrite, which followed the rewritten head.
   */
  @Transactional
  public void undo() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      lockHead(connection);
      String previous = null;
      for (Row row : originals) {
        update(
            connection,
            "update audit_event set detail = ?, previous_hash = ?, hash = ? where sequence_number = ?",
            row.detail(),
            row.previousHash(),
            row.hash(),
            row.sequence());
        previous = row.hash();
      }
      long lastRestored = originals.get(originals.size() - 1).sequence();
      for (Row later : rowsFrom(connection, lastRestored + 1)) {
        String hash = later.hashWith(previous, later.detail());
        update(
            connection,
            "update audit_event set previous_hash = ?, hash = ?, mac = ? where sequence_number = ?",
            previous,
            hash,
            key.seal().ofEvent(later.sequence(), hash),
            later.sequence());
        previous = hash;
      }
      update(connection, "update audit_chain_head set last_hash = ? where id = 1", previous);
    }
  }

  public long rewrittenFrom() {
    return rewrittenFrom;
  }

  private static void lockHead(Connection connection) throws SQLException {
    try (PreparedStatement lock =
            connection.prepareStatement(
                "select last_hash from audit_chain_head where id = 1 for update");
        ResultSet result = lock.executeQuery()) {
      result.next();
    }
  }

  private static List<Row> rowsFrom(Connection connection, long sequence) throws SQLException {
    List<Row> rows = new ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "select sequence_number, occurred_at, actor, roles, kind, action, case_type, case_id,"
                + " detail, previous_hash, hash from audit_event where sequence_number >= ?"
                + " order by sequence_number")) {
      select.setLong(1, sequence);
      try (ResultSet result = select.executeQuery()) {
        while (result.next()) {
          rows.add(rowOf(result));
        }
      }
    }
    return rows;
  }

  /**
   * Reads a row; the stored time is read back as the instant that reproduces the stored hash (the
   * driver may hand back a timestamp with or without a zone), as an attacker would work out.
   */
  private static Row rowOf(ResultSet result) throws SQLException {
    Object storedTime = result.getObject("occurred_at");
    for (Instant candidate : instantsOf(storedTime)) {
      Row row =
          new Row(
              result.getLong("sequence_number"),
              candidate,
              result.getString("actor"),
              result.getString("roles"),
              result.getString("kind"),
              result.getString("action"),
              result.getString("case_type"),
              result.getString("case_id"),
              result.getString("detail"),
              result.getString("previous_hash"),
              result.getString("hash"));
      if (row.hashWith(row.previousHash(), row.detail()).equals(row.hash())) {
        return row;
      }
    }
    throw new IllegalStateException(
        "no reading of occurred_at ("
            + storedTime.getClass().getName()
            + ") reproduces the hash of event "
            + result.getLong("sequence_number"));
  }

  private static List<Instant> instantsOf(Object stored) {
    List<Instant> candidates = new ArrayList<>();
    if (stored instanceof Instant instant) {
      candidates.add(instant);
    } else if (stored instanceof OffsetDateTime offset) {
      candidates.add(offset.toInstant());
    } else if (stored instanceof Timestamp timestamp) {
      candidates.add(timestamp.toInstant());
      candidates.add(timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC));
    } else if (stored instanceof LocalDateTime local) {
      candidates.add(local.atZone(ZoneId.systemDefault()).toInstant());
      candidates.add(local.toInstant(ZoneOffset.UTC));
    }
    return candidates;
  }

  private static void update(Connection connection, String sql, Object... values)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        statement.setObject(i + 1, values[i]);
      }
      statement.executeUpdate();
    }
  }
}
