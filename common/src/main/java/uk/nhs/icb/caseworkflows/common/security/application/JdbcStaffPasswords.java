package uk.nhs.icb.caseworkflows.common.security.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import uk.nhs.icb.caseworkflows.common.persistence.AppDataSource;
import uk.nhs.icb.caseworkflows.common.security.domain.IdentityStoreQueries;
import uk.nhs.icb.caseworkflows.common.security.domain.StaffPasswords;
import uk.nhs.icb.caseworkflows.common.security.domain.StoredPassword;

/**
 * Reads an account's hash and groups with the two queries Jakarta Security's database identity
 * store ran before sign-in got its cache and dummy hash (see {@link PasswordSignIn}); plain JDBC
 * outside any transaction, as that store did, because sign-in happens before the request's work.
 */
@ApplicationScoped
public class JdbcStaffPasswords implements StaffPasswords {

  @Resource(lookup = AppDataSource.JNDI_NAME)
  private DataSource dataSource;

  @Override
  public Optional<StoredPassword> find(String userName) {
    if (userName.indexOf('\0') >= 0) {
      // No account is named with a NUL, and PostgreSQL refuses one in a query (a 500, not a 401).
      return Optional.empty();
    }
    try (Connection connection = dataSource.getConnection()) {
      String hash = null;
      try (PreparedStatement caller = connection.prepareStatement(IdentityStoreQueries.CALLER)) {
        caller.setString(1, userName);
        try (ResultSet row = caller.executeQuery()) {
          if (row.next()) {
            hash = row.getString(1);
          }
        }
      }
      if (hash == null) {
        return Optional.empty();
      }
      Set<String> groups = new LinkedHashSet<>();
      try (PreparedStatement query = connection.prepareStatement(IdentityStoreQueries.GROUPS)) {
        query.setString(1, userName);
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            groups.add(rows.getString(1));
          }
        }
      }
      return Optional.of(new StoredPassword(hash, groups));
    } catch (SQLException failed) {
      throw new IllegalStateException("staff accounts could not be read", failed);
    }
  }
}
