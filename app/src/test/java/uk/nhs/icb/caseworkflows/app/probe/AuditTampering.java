package uk.nhs.icb.caseworkflows.app.probe;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

/** What someone with write access to the database could do to the audit table, and its undoing. */
@ApplicationScoped
public class AuditTampering {

  @Resource(lookup = "java:app/jdbc/appDS")
  private DataSource dataSource;

  private String originalDetail;
  private Map<String, Object> removedRow;

  public void alterDetail(long sequence, String detail) throws SQLException {
    originalDetail = (String) row(sequence).get("detail");
    update("update audit_event set detail = ? where sequence_number = ?", detail, sequence);
  }

  public void restoreDetail(long sequence) throws SQLException {
    update("update audit_event set detail = ? where sequence_number = ?", originalDetail, sequence);
  }

  public void remove(long sequence) throws SQLException {
    removedRow = row(sequence);
    update("delete from audit_event where sequence_number = ?", sequence);
  }

  public void restoreRemoved() throws SQLException {
    String columns = String.join(", ", removedRow.keySet());
    String marks = String.join(", ", removedRow.keySet().stream().map(c -> "?").toList());
    update(
        "insert into audit_event (" + columns + ") values (" + marks + ")",
        removedRow.values().toArray());
  }

  private Map<String, Object> row(long sequence) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement("select * from audit_event where sequence_number = ?")) {
      select.setLong(1, sequence);
      try (ResultSet result = select.executeQuery()) {
        result.next();
        ResultSetMetaData meta = result.getMetaData();
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          row.put(meta.getColumnName(i).toLowerCase(java.util.Locale.ROOT), result.getObject(i));
        }
        return row;
      }
    }
  }

  private void update(String sql, Object... values) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        statement.setObject(i + 1, values[i]);
      }
      statement.executeUpdate();
    }
  }
}
