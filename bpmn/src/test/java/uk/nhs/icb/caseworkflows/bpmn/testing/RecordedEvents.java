package uk.nhs.icb.caseworkflows.bpmn.testing;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * A CDI {@link Event} for tests without a container: it keeps what a use case fires, in order, so
 * the test can assert on it. Only synchronous firing is supported, the only kind the use cases use.
 */
public final class RecordedEvents<T> implements Event<T> {

  private final List<T> fired = new ArrayList<>();

  /** What was fired, oldest first. */
  public List<T> fired() {
    return fired;
  }

  @Override
  public void fire(T event) {
    fired.add(event);
  }

  @Override
  public <U extends T> CompletionStage<U> fireAsync(U event) {
    throw new UnsupportedOperationException("the use cases fire synchronously");
  }

  @Override
  public <U extends T> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
    throw new UnsupportedOperationException("the use cases fire synchronously");
  }

  @Override
  public Event<T> select(Annotation... qualifiers) {
    throw new UnsupportedOperationException("no qualified events here");
  }

  @Override
  public <U extends T> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
    throw new UnsupportedOperationException("no qualified events here");
  }

  @Override
  public <U extends T> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
    throw new UnsupportedOperationException("no qualified events here");
  }
}
