package uk.nhs.icb.caseworkflows.common.retention.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.retention.domain.RecordClosed;

class RetentionStartTest {

  /** The closures fired, in order; nothing else of CDI's event is used. */
  private static final class Fired implements Event<RecordClosed> {
    final List<RecordClosed> closures = new ArrayList<>();

    @Override
    public void fire(RecordClosed event) {
      closures.add(event);
    }

    @Override
    public <U extends RecordClosed> CompletionStage<U> fireAsync(U event) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends RecordClosed> CompletionStage<U> fireAsync(
        U event, NotificationOptions options) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Event<RecordClosed> select(Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends RecordClosed> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends RecordClosed> Event<U> select(
        TypeLiteral<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }
  }

  @Test
  void aClosedCaseIsToldToRetentionWithItsTypeReferenceAndDay() {
    Fired fired = new Fired();
    new RetentionStart(fired, null)
        .closed("ifr", "id-1", "IFR-2026-000001", LocalDate.of(2026, 12, 4));

    assertThat(fired.closures)
        .containsExactly(
            new RecordClosed("ifr", "id-1", "IFR-2026-000001", LocalDate.of(2026, 12, 4)));
  }

  @Test
  void aClosureWithoutItsDayIsAFaultNotARecord() {
    Fired fired = new Fired();
    assertThatThrownBy(() -> new RetentionStart(fired, null).closed("ifr", "id-1", "IFR-1", null))
        .isInstanceOf(NullPointerException.class);
    assertThat(fired.closures).isEmpty();
  }
}
