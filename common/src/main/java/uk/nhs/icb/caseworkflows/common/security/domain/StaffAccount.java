package uk.nhs.icb.caseworkflows.common.security.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.HashSet;
import java.util.Set;

/**
 * A member of staff who signs in. Only the hash of the password is kept (PBKDF2 with its salt and
 * iteration count in the stored string). Demo accounts are marked, so that a production start can
 * remove every one of them.
 */
@Entity
@Table(name = "staff_account")
public class StaffAccount {

  @Id
  @Column(name = "user_name", length = 100)
  private String userName;

  @Column(name = "password_hash", nullable = false, length = 400)
  private String passwordHash;

  @Column(name = "enabled", nullable = false)
  private boolean enabled;

  @Column(name = "demo", nullable = false)
  private boolean demo;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "staff_account_role", joinColumns = @JoinColumn(name = "user_name"))
  @Column(name = "role_name", length = 100, nullable = false)
  private Set<String> roles = new HashSet<>();

  @Version private long version;

  protected StaffAccount() {}

  private StaffAccount(String userName, String passwordHash, Set<String> roles, boolean demo) {
    this.userName = userName;
    this.passwordHash = passwordHash;
    this.roles = new HashSet<>(roles);
    this.enabled = true;
    this.demo = demo;
  }

  public static StaffAccount demo(String userName, String passwordHash, String role) {
    return new StaffAccount(userName, passwordHash, Set.of(role), true);
  }

  public String userName() {
    return userName;
  }

  public boolean isDemo() {
    return demo;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public Set<String> roles() {
    return Set.copyOf(roles);
  }
}
