package uk.nhs.icb.caseworkflows.common.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.errors.FieldError;
import uk.nhs.icb.caseworkflows.common.errors.InvalidInputException;
import uk.nhs.icb.caseworkflows.common.paging.PageRequest;

/** Filters of any list, read as a client typed them. */
class QueryParametersTest {

  enum Decision {
    APPROVED,
    NOT_APPROVED
  }

  @Test
  void blankMeansNotFiltered() {
    QueryParameters typed = new QueryParameters();

    assertThat(typed.choice("decision", " ", Decision.class)).isNull();
    assertThat(typed.flag("urgent", null)).isFalse();
    assertThat(typed.date("from", "")).isNull();
    assertThat(typed.text("q", "  ", 10)).isNull();
    assertThat(typed.page(null, " ")).isEqualTo(new PageRequest(0, PageRequest.DEFAULT_SIZE));
    typed.throwIfInvalid();
  }

  @Test
  void valuesAreReadAsPeopleTypeThem() {
    QueryParameters typed = new QueryParameters();

    assertThat(typed.choice("decision", "not-approved", Decision.class))
        .isEqualTo(Decision.NOT_APPROVED);
    assertThat(typed.choice("decision", "Not Approved", Decision.class))
        .isEqualTo(Decision.NOT_APPROVED);
    assertThat(typed.flag("urgent", " TRUE ")).isTrue();
    assertThat(typed.flag("urgent", "false")).isFalse();
    assertThat(typed.date("from", " 2026-03-31 ")).isEqualTo(LocalDate.of(2026, 3, 31));
    assertThat(typed.text("q", " Mrs Jones ", 10)).isEqualTo("Mrs Jones");
    assertThat(typed.page("2", "50")).isEqualTo(new PageRequest(2, 50));
    typed.throwIfInvalid();
  }

  @Test
  void everyBadValueIsReportedAtOnceUnderItsName() {
    QueryParameters typed = new QueryParameters();
    typed.choice("decision", "maybe", Decision.class);
    typed.flag("urgent", "yes");
    typed.date("from", "31/03/2026");
    typed.text("q", "x".repeat(11), 10);
    typed.page("-1", "1000");
    typed.reject("to", "must not be before from");

    InvalidInputException refused =
        catchThrowableOfType(typed::throwIfInvalid, InvalidInputException.class);

    assertThat(refused.errors())
        .extracting(FieldError::field)
        .containsExactly("decision", "urgent", "from", "q", "page", "size", "to");
    assertThat(refused.errors().get(0).reason()).isEqualTo("must be one of approved, not_approved");
    assertThat(refused.errors().get(3).reason()).isEqualTo("must be at most 10 characters");
  }

  @Test
  void aDayStartsAtMidnightInEngland() {
    assertThat(QueryParameters.startOf(LocalDate.of(2026, 7, 1)))
        .isEqualTo(Instant.parse("2026-06-30T23:00:00Z"));
    assertThat(QueryParameters.startOf(LocalDate.of(2026, 1, 1)))
        .isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
  }

  @Test
  void textWithAControlCharacterIsRefusedBeforeItReachesAQuery() {
    QueryParameters typed = new QueryParameters();

    for (String hostile : new String[] {"Jones\u0000", "a\u001Fb", "\u007F", "x\u0085y"}) {
      assertThat(typed.text("q", hostile, 100)).as(hostile).isNull();
    }
    assertThat(typed.text("q", "Zoë Ní Bhriain 😀", 100)).isEqualTo("Zoë Ní Bhriain 😀");

    InvalidInputException refused =
        catchThrowableOfType(typed::throwIfInvalid, InvalidInputException.class);
    assertThat(refused.errors())
        .hasSize(4)
        .allSatisfy(
            error ->
                assertThat(error)
                    .isEqualTo(new FieldError("q", "must not contain control characters")));
  }

  @Test
  void aTimeRangeIsReadAsDatesInEnglandOrInstantsAndItsRefusalsCollected() {
    QueryParameters typed = new QueryParameters();

    assertThat(typed.from("from", "2026-07-01")).isEqualTo(Instant.parse("2026-06-30T23:00:00Z"));
    assertThat(typed.to("to", "2026-07-01")).isEqualTo(Instant.parse("2026-07-01T23:00:00Z"));
    assertThat(typed.to("to", "2026-11-22T09:00:00Z"))
        .isEqualTo(Instant.parse("2026-11-22T09:00:00Z"));
    assertThat(typed.from("from", " ")).isNull();
    typed.throwIfInvalid();

    assertThat(typed.from("from", "x".repeat(10_000))).isNull();
    assertThat(typed.to("to", "yesterday")).isNull();
    InvalidInputException refused =
        catchThrowableOfType(typed::throwIfInvalid, InvalidInputException.class);
    assertThat(refused.errors()).extracting(FieldError::field).containsExactly("from", "to");
  }

  @Test
  void aChoiceWithAFallbackFallsBackWhenBlankButStillRefusesNonsense() {
    QueryParameters typed = new QueryParameters();

    assertThat(typed.choice("decision", null, Decision.class, Decision.APPROVED))
        .isEqualTo(Decision.APPROVED);
    typed.throwIfInvalid();
    assertThat(typed.choice("decision", "maybe", Decision.class, Decision.APPROVED))
        .isEqualTo(Decision.APPROVED);
    assertThatThrownBy(typed::throwIfInvalid).isInstanceOf(InvalidInputException.class);
  }
}
