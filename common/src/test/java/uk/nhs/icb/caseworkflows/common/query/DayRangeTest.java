package uk.nhs.icb.caseworkflows.common.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.errors.FieldError;
import uk.nhs.icb.caseworkflows.common.errors.InvalidInputException;
import uk.nhs.icb.caseworkflows.common.persistence.BoundParameters;
import uk.nhs.icb.caseworkflows.common.persistence.QueryConditions;

/** The days a list of funding requests was narrowed to, as a coordinator would type them. */
class DayRangeTest {

  @Test
  void blankEndsLeaveTheRangeOpen() {
    QueryParameters typed = new QueryParameters();

    DayRange any = DayRange.read(typed, "submittedFrom", " ", "submittedTo", null);
    typed.throwIfInvalid();

    assertThat(any).isEqualTo(new DayRange(null, null));
    assertThat(any.startsAt()).isNull();
    assertThat(any.endsBefore()).isNull();
  }

  @Test
  void daysAreWholeDaysInEngland() {
    // 1 July is in British Summer Time: the day starts at 23:00 UTC the evening before.
    DayRange summer = new DayRange(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 1));
    assertThat(summer.startsAt()).isEqualTo(Instant.parse("2026-06-30T23:00:00Z"));
    assertThat(summer.endsBefore()).isEqualTo(Instant.parse("2026-07-01T23:00:00Z"));

    DayRange winter = new DayRange(null, LocalDate.of(2026, 1, 15));
    assertThat(winter.endsBefore()).isEqualTo(Instant.parse("2026-01-16T00:00:00Z"));
  }

  @Test
  void badEndsAreRefusedEachUnderItsOwnName() {
    QueryParameters typed = new QueryParameters();
    DayRange.read(typed, "submittedFrom", "31/03/2026", "submittedTo", "2026-02-30");

    assertThat(catchThrowableOfType(typed::throwIfInvalid, InvalidInputException.class).errors())
        .extracting(FieldError::field)
        .containsExactly("submittedFrom", "submittedTo");
  }

  @Test
  void anEndBeforeTheStartIsRefusedUnderTheEndsName() {
    QueryParameters typed = new QueryParameters();
    DayRange.read(typed, "submittedFrom", "2026-03-31", "submittedTo", "2026-03-01");

    assertThat(catchThrowableOfType(typed::throwIfInvalid, InvalidInputException.class).errors())
        .containsExactly(new FieldError("submittedTo", "must not be before submittedFrom"));
    assertThatThrownBy(() -> new DayRange(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theListIsNarrowedToTheInstantsOfThoseDays() {
    QueryConditions where =
        new DayRange(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 9))
            .narrow(new QueryConditions(), "r.submittedAt", "submitted");

    assertThat(where.whereClause())
        .isEqualTo(" where r.submittedAt >= :submittedFrom and r.submittedAt < :submittedBefore");
    assertThat(BoundParameters.of(where))
        .containsExactly(
            Map.entry("submittedFrom", Instant.parse("2026-01-05T00:00:00Z")),
            Map.entry("submittedBefore", Instant.parse("2026-01-10T00:00:00Z")));
  }

  @Test
  void anOpenRangeAddsNothing() {
    assertThat(
            new DayRange(null, null)
                .narrow(new QueryConditions(), "r.submittedAt", "submitted")
                .whereClause())
        .isEmpty();
  }
}
