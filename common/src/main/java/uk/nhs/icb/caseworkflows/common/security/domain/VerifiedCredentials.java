package uk.nhs.icb.caseworkflows.common.security.domain;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Credentials this node checked against their stored hash a short while ago, so that an API client
 * sending HTTP Basic with every call is not hashed again (PBKDF2 costs some 200 ms of CPU) on each.
 *
 * <p>An entry is an HMAC-SHA256, under a random key made when the node starts and never stored, of
 * the user name, the stored password hash and the password: the password itself is never kept, and
 * the table is worthless outside this process. The stored hash is part of what is keyed, so a
 * changed password (a new salt and hash) or a disabled account (no hash found) misses the table at
 * once. Entries live for {@code lifetime}; the table forgets lapsed ones when it grows past {@code
 * capacity}, and everything if that is not enough, so made-up credentials cannot fill the memory.
 */
public final class VerifiedCredentials {

  private static final String MAC = "HmacSHA256";

  private final SecretKeySpec key;
  private final Duration lifetime;
  private final int capacity;
  private final Map<String, Instant> verifiedUntil = new ConcurrentHashMap<>();

  VerifiedCredentials(byte[] key, Duration lifetime, int capacity) {
    if (lifetime.isNegative() || capacity < 1) {
      throw new IllegalArgumentException("a cache needs a lifetime and room for one entry");
    }
    this.key = new SecretKeySpec(key.clone(), MAC);
    this.lifetime = lifetime;
    this.capacity = capacity;
  }

  /** A table keyed under 32 fresh random bytes, as each node makes at start-up. */
  public static VerifiedCredentials withRandomKey(Duration lifetime, int capacity) {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return new VerifiedCredentials(key, lifetime, capacity);
  }

  /** Whether exactly these credentials matched exactly this stored hash within the lifetime. */
  public boolean recentlyVerified(
      String userName, char[] password, String storedHash, Instant now) {
    if (lifetime.isZero()) {
      return false;
    }
    String entry = entryOf(userName, password, storedHash);
    Instant until = verifiedUntil.get(entry);
    if (until == null) {
      return false;
    }
    if (!now.isBefore(until)) {
      verifiedUntil.remove(entry, until);
      return false;
    }
    return true;
  }

  /** Records that these credentials have just been checked against this stored hash. */
  public void remember(String userName, char[] password, String storedHash, Instant now) {
    if (lifetime.isZero()) {
      return;
    }
    if (verifiedUntil.size() >= capacity) {
      verifiedUntil.values().removeIf(until -> !now.isBefore(until));
      if (verifiedUntil.size() >= capacity) {
        verifiedUntil.clear();
      }
    }
    verifiedUntil.put(entryOf(userName, password, storedHash), now.plus(lifetime));
  }

  public int size() {
    return verifiedUntil.size();
  }

  private String entryOf(String userName, char[] password, String storedHash) {
    ByteBuffer passwordBytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
    byte[] secret = new byte[passwordBytes.remaining()];
    passwordBytes.get(secret);
    Arrays.fill(passwordBytes.array(), (byte) 0);
    try {
      Mac mac = Mac.getInstance(MAC);
      mac.init(key);
      // Each part with its length first, so that no two different triples give the same input.
      part(mac, userName.getBytes(StandardCharsets.UTF_8));
      part(mac, storedHash.getBytes(StandardCharsets.UTF_8));
      part(mac, secret);
      return Base64.getEncoder().encodeToString(mac.doFinal());
    } catch (GeneralSecurityException everyJdkHasIt) {
      throw new IllegalStateException(MAC + " is not available", everyJdkHasIt);
    } finally {
      Arrays.fill(secret, (byte) 0);
    }
  }

  private static void part(Mac mac, byte[] bytes) {
    mac.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
    mac.update(bytes);
  }
}
