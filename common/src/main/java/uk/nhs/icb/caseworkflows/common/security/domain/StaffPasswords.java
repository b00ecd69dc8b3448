package uk.nhs.icb.caseworkflows.common.security.domain;

import java.util.Optional;

/** Where sign-in finds an enabled account's stored password and groups by its user name. */
public interface StaffPasswords {

  /** Empty for a name nobody has, and for a disabled account. */
  Optional<StoredPassword> find(String userName);
}
