package uk.nhs.icb.caseworkflows.common.security.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.nhs.icb.caseworkflows.common.persistence.AppDataSource;
import uk.nhs.icb.caseworkflows.common.security.Roles;
import uk.nhs.icb.caseworkflows.common.security.domain.StaffAccount;

/**
 * One demo account per role, named after the role, with the password {@code demo}, so that a
 * developer or a trainer can sign in as anybody on a fresh start; and a second complaints handler,
 * {@code complaints-handler-2}, so that a manager has someone to reassign a case to. With {@code
 * app.profile=production} none is created and any left from an earlier development start is
 * deleted, so a production database can never keep a known password.
 */
@Singleton
@Startup
public class DemoStaffAccounts {

  static final String DEMO_PASSWORD = "demo";

  /** The second complaints handler: the team needs two members before a case can change hands. */
  public static final String SECOND_COMPLAINTS_HANDLER = "complaints-handler-2";

  /** Every demo account's user name and its one role, in the order they are created. */
  public static final Map<String, String> ROLE_OF = demoAccounts();

  private static final Logger LOG = Logger.getLogger(DemoStaffAccounts.class.getName());

  @PersistenceContext(unitName = AppDataSource.PERSISTENCE_UNIT)
  private EntityManager entityManager;

  @Inject private Pbkdf2PasswordHash passwordHash;

  @Inject
  @ConfigProperty(name = "app.profile", defaultValue = "development")
  private String profile;

  @PostConstruct
  void provideOrRemove() {
    if ("production".equalsIgnoreCase(profile)) {
      int removed = removeDemoAccounts();
      LOG.info(() -> "Production profile: demo accounts are off (" + removed + " removed)");
      return;
    }
    passwordHash.initialize(PasswordPolicy.asParameters());
    int created = 0;
    for (Map.Entry<String, String> account : ROLE_OF.entrySet()) {
      if (entityManager.find(StaffAccount.class, account.getKey()) == null) {
        entityManager.persist(
            StaffAccount.demo(
                account.getKey(),
                passwordHash.generate(DEMO_PASSWORD.toCharArray()),
                account.getValue()));
        created++;
      }
    }
    int total = created;
    LOG.info(
        () ->
            "Development profile: demo accounts on, one per role and a second complaints handler ("
                + total
                + " created now)");
  }

  private static Map<String, String> demoAccounts() {
    Map<String, String> accounts = new LinkedHashMap<>();
    Roles.ALL.forEach(role -> accounts.put(role, role));
    accounts.put(SECOND_COMPLAINTS_HANDLER, Roles.COMPLAINTS_HANDLER);
    return Collections.unmodifiableMap(accounts);
  }

  private int removeDemoAccounts() {
    List<StaffAccount> demos =
        entityManager
            .createQuery("select a from StaffAccount a where a.demo = true", StaffAccount.class)
            .getResultList();
    demos.forEach(entityManager::remove);
    return demos.size();
  }
}
