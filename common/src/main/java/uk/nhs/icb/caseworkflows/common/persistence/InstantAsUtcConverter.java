package uk.nhs.icb.caseworkflows.common.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Stores an {@link Instant} as a UTC timestamp without zone, the same on H2 and PostgreSQL and
 * whatever the server's own time zone, so a value read back is exactly the value written (the audit
 * chain's hashes depend on it). JPA 3.1 has no mapping of its own for Instant.
 */
@Converter(autoApply = true)
public class InstantAsUtcConverter implements AttributeConverter<Instant, LocalDateTime> {

  @Override
  public LocalDateTime convertToDatabaseColumn(Instant instant) {
    return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  @Override
  public Instant convertToEntityAttribute(LocalDateTime utc) {
    return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
  }
}
