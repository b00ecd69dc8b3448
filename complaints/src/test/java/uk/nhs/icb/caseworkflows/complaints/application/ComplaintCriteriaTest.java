package uk.nhs.icb.caseworkflows.complaints.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.errors.FieldError;
import uk.nhs.icb.caseworkflows.common.errors.InvalidInputException;
import uk.nhs.icb.caseworkflows.complaints.domain.ComplaintStatus;

class ComplaintCriteriaTest {

  @Test
  void noFiltersListsEverything() {
    assertThat(ComplaintCriteria.parse(null, null, null, null, null, null, null, null, null))
        .isEqualTo(ComplaintCriteria.EVERYTHING);
    assertThat(ComplaintCriteria.parse("", " ", "", "", " ", "  ", null, null, null))
        .isEqualTo(ComplaintCriteria.EVERYTHING);
  }

  @Test
  void readsEveryFilterAsAHandlerWouldTypeIt() {
    ComplaintCriteria criteria =
        ComplaintCriteria.parse(
            "awaiting-sign-off",
            "TRUE",
            " j.smith ",
            "2026-03-01",
            "2026-03-31",
            " Mrs Jones ",
            null,
            null,
            null);

    assertThat(criteria.status()).isEqualTo(ComplaintStatus.AWAITING_SIGN_OFF);
    assertThat(criteria.overdueOnly()).isTrue();
    assertThat(criteria.handler()).isEqualTo("j.smith");
    assertThat(criteria.receivedFrom()).isEqualTo(LocalDate.of(2026, 3, 1));
    assertThat(criteria.receivedTo()).isEqualTo(LocalDate.of(2026, 3, 31));
    assertThat(criteria.text()).isEqualTo("Mrs Jones");
  }

  @Test
  void acceptsStatusInAnyCaseAndOverdueFalse() {
    assertThat(
            ComplaintCriteria.parse(
                "Investigating", "false", null, null, null, null, null, null, null))
        .isEqualTo(
            new ComplaintCriteria(ComplaintStatus.INVESTIGATING, false, null, null, null, null));
  }

  @Test
  void aSingleDayIsBothFromAndTo() {
    ComplaintCriteria criteria =
        ComplaintCriteria.parse(
            null, null, null, "2026-03-10", "2026-03-10", null, null, null, null);

    assertThat(criteria.receivedFrom()).isEqualTo(criteria.receivedTo());
  }

  @Test
  void receivedDaysAreWholeDaysInEngland() {
    // 1 July is in British Summer Time: the day starts at 23:00 UTC the evening before
    ComplaintCriteria summer =
        ComplaintCriteria.parse(
            null, null, null, "2026-07-01", "2026-07-01", null, null, null, null);
    assertThat(summer.receivedAtOrAfter()).isEqualTo(Instant.parse("2026-06-30T23:00:00Z"));
    assertThat(summer.receivedBefore()).isEqualTo(Instant.parse("2026-07-01T23:00:00Z"));

    ComplaintCriteria winter =
        ComplaintCriteria.parse(null, null, null, null, "2026-01-15", null, null, null, null);
    assertThat(winter.receivedAtOrAfter()).isNull();
    assertThat(winter.receivedBefore()).isEqualTo(Instant.parse("2026-01-16T00:00:00Z"));
  }

  @Test
  void anUnknownStatusIsRefusedNamingTheChoices() {
    assertThat(
            errorsOf(
                () ->
                    ComplaintCriteria.parse(
                        "lost", null, null, null, null, null, null, null, null)))
        .singleElement()
        .satisfies(
            error -> {
              assertThat(error.field()).isEqualTo("status");
              assertThat(error.reason()).contains("received", "awaiting_sign_off", "closed");
            });
  }

  @Test
  void overdueMustBeTrueOrFalse() {
    assertThat(
            errorsOf(
                () ->
                    ComplaintCriteria.parse(null, "yes", null, null, null, null, null, null, null)))
        .extracting(FieldError::field)
        .containsExactly("overdue");
  }

  @Test
  void datesMustBeIsoDays() {
    assertThat(
            errorsOf(
                () ->
                    ComplaintCriteria.parse(
                        null, null, null, "31/03/2026", null, null, null, null, null)))
        .extracting(FieldError::field)
        .containsExactly("receivedFrom");
    assertThat(
            errorsOf(
                () ->
                    ComplaintCriteria.parse(
                        null, null, null, null, "2026-02-30", null, null, null, null)))
        .extracting(FieldError::field)
        .containsExactly("receivedTo");
  }

  @Test
  void receivedToMayNotBeBeforeReceivedFrom() {
    assertThat(
            errorsOf(
                () ->
                    ComplaintCriteria.parse(
                        null, null, null, "2026-03-31", "2026-03-01", null, null, null, null)))
        .singleElement()
        .satisfies(
            error -> {
              assertThat(error.field()).isEqualTo("receivedTo");
              assertThat(error.reason()).contains("receivedFrom");
            });
  }

  @Test
  void overlongHandlerAndTextAreRefused() {
    assertThat(
            errorsOf(
                () ->
                    ComplaintCriteria.parse(
                        null,
                        null,
                        "h".repeat(101),
                        null,
                        null,
                        "q".repeat(201),
                        null,
                        null,
                        null)))
        .extracting(FieldError::field)
        .containsExactly("handler", "q");
  }

  @Test
  void everyBadFieldIsNamedAtOnce() {
    assertThat(
            errorsOf(
                () ->
                    ComplaintCriteria.parse(
                        "nope", "maybe", null, "today", "tomorrow", null, null, null, null)))
        .extracting(FieldError::field)
        .containsExactly("status", "overdue", "receivedFrom", "receivedTo");
  }

  @Test
  void aCriteriaWithDatesTheWrongWayRoundCannotBeBuilt() {
    assertThatThrownBy(
            () ->
                new ComplaintCriteria(
                    null, false, null, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1), null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** The fields a parse refused, each under the name of its query parameter. */
  private static List<FieldError> errorsOf(ThrowingCallable parse) {
    Throwable thrown = catchThrowable(parse);
    assertThat(thrown).isInstanceOf(InvalidInputException.class);
    return ((InvalidInputException) thrown).errors();
  }
}
