package uk.nhs.icb.caseworkflows.common.security.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import java.util.Set;
import uk.nhs.icb.caseworkflows.common.audit.application.AuditTrail;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEntry;
import uk.nhs.icb.caseworkflows.common.security.Caller;

/**
 * Begins and ends a person's signed-in session, whichever way they signed in, and records both in
 * the audit trail (who, when, how). A new session id at sign-in, so that an id planted before it is
 * worthless. API calls with a token or Basic credentials are not sessions and are not recorded one
 * by one: their refusals are counted instead (see {@code SignInFailureTally}).
 */
@ApplicationScoped
public class StaffSessions {

  public static final String HOW_FORM = "built-in account, sign-in form";
  public static final String HOW_PROVIDER = "OpenID Connect provider";

  private static final String ID_TOKEN = StaffSessions.class.getName() + ".idToken";

  private final AuditTrail audit;

  @Inject
  public StaffSessions(AuditTrail audit) {
    this.audit = audit;
  }

  protected StaffSessions() {
    this(null);
  }

  /**
   * @param idToken the provider's ID token, kept for the provider's sign-out; null for the form
   */
  public void begin(
      HttpServletRequest request, String name, Set<String> roles, String how, String idToken) {
    if (request.getSession(false) != null) {
      request.changeSessionId();
    }
    HttpSession session = request.getSession(true);
    new SignedInStaff(name, roles).keepIn(session);
    if (idToken != null) {
      session.setAttribute(ID_TOKEN, idToken);
    }
    audit.recordAs(new Caller(name, roles), AuditEntry.change("SIGNED_IN", null, null, how));
  }

  /** Ends the session; gives the provider's ID token when the person signed in through it. */
  public Optional<String> end(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return Optional.empty();
    }
    Optional<SignedInStaff> staff = SignedInStaff.of(session);
    Optional<String> idToken =
        session.getAttribute(ID_TOKEN) instanceof String token
            ? Optional.of(token)
            : Optional.empty();
    session.invalidate();
    staff.ifPresent(
        who ->
            audit.recordAs(
                new Caller(who.name(), who.roles()),
                AuditEntry.change(
                    "SIGNED_OUT", null, null, idToken.isPresent() ? HOW_PROVIDER : HOW_FORM)));
    return idToken;
  }
}
