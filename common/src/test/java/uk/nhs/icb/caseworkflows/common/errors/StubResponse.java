package uk.nhs.icb.caseworkflows.common.errors;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.net.URI;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A response that is only a status. Unit tests have no JAX-RS runtime, so {@code Response.status()}
 * (and every exception constructor that calls it) fails; the exceptions' constructors that take a
 * ready-made response work with this one.
 */
final class StubResponse extends Response {

  private final int status;

  StubResponse(int status) {
    this.status = status;
  }

  @Override
  public int getStatus() {
    return status;
  }

  @Override
  public StatusType getStatusInfo() {
    Status known = Status.fromStatusCode(status);
    if (known != null) {
      return known;
    }
    return new StatusType() {
      @Override
      public int getStatusCode() {
        return status;
      }

      @Override
      public Status.Family getFamily() {
        return Status.Family.familyOf(status);
      }

      @Override
      public String getReasonPhrase() {
        return "";
      }
    };
  }

  @Override
  public Object getEntity() {
    return null;
  }

  @Override
  public <T> T readEntity(Class<T> entityType) {
    return null;
  }

  @Override
  public <T> T readEntity(GenericType<T> entityType) {
    return null;
  }

  @Override
  public <T> T readEntity(Class<T> entityType, Annotation[] annotations) {
    return null;
  }

  @Override
  public <T> T readEntity(GenericType<T> entityType, Annotation[] annotations) {
    return null;
  }

  @Override
  public boolean hasEntity() {
    return false;
  }

  @Override
  public boolean bufferEntity() {
    return false;
  }

  @Override
  public void close() {}

  @Override
  public MediaType getMediaType() {
    return null;
  }

  @Override
  public Locale getLanguage() {
    return null;
  }

  @Override
  public int getLength() {
    return -1;
  }

  @Override
  public Set<String> getAllowedMethods() {
    return Set.of();
  }

  @Override
  public Map<String, NewCookie> getCookies() {
    return Map.of();
  }

  @Override
  public EntityTag getEntityTag() {
    return null;
  }

  @Override
  public Date getDate() {
    return null;
  }

  @Override
  public Date getLastModified() {
    return null;
  }

  @Override
  public URI getLocation() {
    return null;
  }

  @Override
  public Set<Link> getLinks() {
    return Set.of();
  }

  @Override
  public boolean hasLink(String relation) {
    return false;
  }

  @Override
  public Link getLink(String relation) {
    return null;
  }

  @Override
  public Link.Builder getLinkBuilder(String relation) {
    return null;
  }

  @Override
  public MultivaluedMap<String, Object> getMetadata() {
    return new MultivaluedHashMap<>();
  }

  @Override
  public MultivaluedMap<String, String> getStringHeaders() {
    return new MultivaluedHashMap<>();
  }

  @Override
  public String getHeaderString(String name) {
    return null;
  }
}
