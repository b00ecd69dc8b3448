package uk.nhs.icb.caseworkflows.common.security.web;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Optional;
import java.util.Set;

/**
 * Who signed in with the form, kept in their session until they sign out or it times out. The roles
 * are those the identity store gave at sign-in.
 */
record SignedInStaff(String name, Set<String> roles) implements Serializable {

  private static final String ATTRIBUTE = SignedInStaff.class.getName();

  SignedInStaff {
    roles = Set.copyOf(roles);
  }

  void keepIn(HttpSession session) {
    session.setAttribute(ATTRIBUTE, this);
  }

  static Optional<SignedInStaff> of(HttpSession session) {
    if (session == null) {
      return Optional.empty();
    }
    return session.getAttribute(ATTRIBUTE) instanceof SignedInStaff staff
        ? Optional.of(staff)
        : Optional.empty();
  }
}
