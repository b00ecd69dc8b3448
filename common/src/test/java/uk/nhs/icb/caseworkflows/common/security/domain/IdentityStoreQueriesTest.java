package uk.nhs.icb.caseworkflows.common.security.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.security.Roles;

/**
 * The groups a signed-in person gets: their roles, plus the case-worker group when one of them
 * works cases, so that an endpoint open to every case worker names one role. Run on H2 as the
 * identity store runs it (one bound parameter); the container tests run it on PostgreSQL.
 */
class IdentityStoreQueriesTest {

  private Connection db;

  @BeforeEach
  void accounts() throws SQLException {
    db = DriverManager.getConnection("jdbc:h2:mem:groups-" + System.nanoTime());
    try (Statement sql = db.createStatement()) {
      sql.execute(
          "create table staff_account_role (user_name varchar(100), role_name varchar(40))");
      sql.execute(
          "insert into staff_account_role values ('handler', 'complaints-handler'),"
              + " ('board', 'governing-body'), ('two-hats', 'ig-officer'),"
              + " ('two-hats', 'caldicott-guardian')");
    }
  }

  @AfterEach
  void close() throws SQLException {
    db.close();
  }

  @Test
  void aCaseWorkerIsInTheirRoleAndTheCaseWorkerGroup() throws SQLException {
    assertThat(groupsOf("handler"))
        .containsExactlyInAnyOrder(Roles.COMPLAINTS_HANDLER, Roles.ANY_CASE_WORKER);
  }

  @Test
  void theGoverningBodyWorksNoCasesSoIsNotACaseWorker() throws SQLException {
    assertThat(groupsOf("board")).containsExactly(Roles.GOVERNING_BODY);
  }

  @Test
  void someoneWithTwoRolesIsACaseWorkerOnce() throws SQLException {
    assertThat(groupsOf("two-hats"))
        .containsExactlyInAnyOrder(
            Roles.IG_OFFICER, Roles.CALDICOTT_GUARDIAN, Roles.ANY_CASE_WORKER);
  }

  @Test
  void aNameWithoutAccountHasNoGroups() throws SQLException {
    assertThat(groupsOf("nobody")).isEmpty();
  }

  private List<String> groupsOf(String user) throws SQLException {
    List<String> groups = new ArrayList<>();
    try (PreparedStatement query = db.prepareStatement(IdentityStoreQueries.GROUPS)) {
      query.setString(1, user);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          groups.add(rows.getString(1));
        }
      }
    }
    return groups;
  }
}
