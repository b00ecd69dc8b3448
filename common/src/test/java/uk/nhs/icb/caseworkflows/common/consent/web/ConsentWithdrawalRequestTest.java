package uk.nhs.icb.caseworkflows.common.consent.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.Column;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentWithdrawal;

/** A withdrawal request needs how it came; its optional reason fits the column that keeps it. */
class ConsentWithdrawalRequestTest {

  @Test
  void theReasonTakesNoMoreThanTheColumnKeeps() throws NoSuchFieldException {
    Size size = ConsentWithdrawalRequest.class.getDeclaredField("reason").getAnnotation(Size.class);
    Column column = ConsentWithdrawal.class.getDeclaredField("reason").getAnnotation(Column.class);

    assertThat(size.max()).isEqualTo(ConsentWithdrawalRequest.MAX_REASON);
    assertThat(size.max()).isLessThanOrEqualTo(column.length());
  }

  @Test
  void howItCameIsRequiredAndTheReasonIsNot() throws NoSuchFieldException {
    Class<ConsentWithdrawalRequest> request = ConsentWithdrawalRequest.class;

    assertThat(request.getDeclaredField("method").isAnnotationPresent(NotNull.class)).isTrue();
    assertThat(request.getDeclaredField("reason").isAnnotationPresent(NotNull.class)).isFalse();
  }
}
