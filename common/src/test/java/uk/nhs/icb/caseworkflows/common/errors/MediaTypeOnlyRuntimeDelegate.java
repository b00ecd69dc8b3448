package uk.nhs.icb.caseworkflows.common.errors;

import jakarta.ws.rs.SeBootstrap;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.Variant;
import jakarta.ws.rs.ext.RuntimeDelegate;
import java.util.concurrent.CompletionStage;

/**
 * The least of a JAX-RS runtime that {@link Problem} needs to be loaded: its constant {@code
 * PROBLEM_JSON} is parsed by {@code MediaType.valueOf}, which asks the runtime. Unit tests have no
 * runtime, so this one parses plain {@code type/subtype} media types and refuses everything else,
 * which keeps anything that would need a real runtime (building responses) out of these tests.
 */
final class MediaTypeOnlyRuntimeDelegate extends RuntimeDelegate {

  /** Installs this delegate for the rest of the test JVM, before {@link Problem} is first used. */
  static void install() {
    RuntimeDelegate.setInstance(new MediaTypeOnlyRuntimeDelegate());
  }

  private static final HeaderDelegate<MediaType> MEDIA_TYPES =
      new HeaderDelegate<>() {
        @Override
        public MediaType fromString(String value) {
          int slash = value.indexOf('/');
          if (slash <= 0 || value.indexOf(';') >= 0) {
            throw new IllegalArgumentException("not a plain media type: " + value);
          }
          return new MediaType(value.substring(0, slash).trim(), value.substring(slash + 1).trim());
        }

        @Override
        public String toString(MediaType type) {
          return type.getType() + "/" + type.getSubtype();
        }
      };

  @Override
  @SuppressWarnings("unchecked")
  public <T> HeaderDelegate<T> createHeaderDelegate(Class<T> type) {
    if (type == MediaType.class) {
      return (HeaderDelegate<T>) MEDIA_TYPES;
    }
    throw unsupported();
  }

  @Override
  public UriBuilder createUriBuilder() {
    throw unsupported();
  }

  @Override
  public Response.ResponseBuilder createResponseBuilder() {
    throw unsupported();
  }

  @Override
  public Variant.VariantListBuilder createVariantListBuilder() {
    throw unsupported();
  }

  @Override
  public <T> T createEndpoint(Application application, Class<T> endpointType) {
    throw unsupported();
  }

  @Override
  public Link.Builder createLinkBuilder() {
    throw unsupported();
  }

  @Override
  public SeBootstrap.Configuration.Builder createConfigurationBuilder() {
    throw unsupported();
  }

  @Override
  public CompletionStage<SeBootstrap.Instance> bootstrap(
      Application application, SeBootstrap.Configuration configuration) {
    throw unsupported();
  }

  @Override
  public CompletionStage<SeBootstrap.Instance> bootstrap(
      Class<? extends Application> clazz, SeBootstrap.Configuration configuration) {
    throw unsupported();
  }

  @Override
  public EntityPart.Builder createEntityPartBuilder(String partName) {
    throw unsupported();
  }

  private static UnsupportedOperationException unsupported() {
    return new UnsupportedOperationException("no JAX-RS runtime in unit tests");
  }
}
