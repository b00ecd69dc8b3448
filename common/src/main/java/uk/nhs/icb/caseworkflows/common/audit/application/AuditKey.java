package uk.nhs.icb.caseworkflows.common.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditSeal;

/**
 * The audit key of this node, from MicroProfile Config or the environment ({@code APP_AUDIT_KEY},
 * {@code APP_AUDIT_KEY_FILE}). Every node on one database must be given the same key. Read once, at
 * the first use, which {@link AuditChainStart} makes happen at start-up, so a bad key stops the
 * deployment rather than the first request.
 */
@ApplicationScoped
public class AuditKey {

  private static final Logger LOG = Logger.getLogger(AuditKey.class.getName());

  @Inject
  @ConfigProperty(name = "app.audit.key")
  Optional<String> key = Optional.empty();

  @Inject
  @ConfigProperty(name = "app.audit.key-file")
  Optional<String> keyFile = Optional.empty();

  @Inject
  @ConfigProperty(name = "app.profile", defaultValue = "development")
  String profile = "development";

  private AuditKeySource source;

  public synchronized AuditSeal seal() {
    if (source == null) {
      source = AuditKeySource.resolve(key, keyFile);
      announce(source);
    }
    return source.seal();
  }

  public boolean isDevelopmentProfile() {
    return "development".equalsIgnoreCase(profile);
  }

  private void announce(AuditKeySource resolved) {
    if (resolved.development()) {
      LOG.log(
          isDevelopmentProfile() ? Level.WARNING : Level.SEVERE,
          "The audit trail is sealed with the DEVELOPMENT audit key (key id {0}), which is public:"
              + " its MACs prove nothing. Set app.audit.key or app.audit.key-file (the same key on"
              + " every node) before real cases are held.",
          resolved.seal().keyId());
    } else {
      LOG.log(
          Level.INFO,
          "The audit trail is sealed with the key from {0} (key id {1})",
          new Object[] {resolved.from(), resolved.seal().keyId()});
    }
  }
}
