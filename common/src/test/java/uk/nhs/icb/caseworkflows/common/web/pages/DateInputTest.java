package uk.nhs.icb.caseworkflows.common.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.web.pages.DateInput.Part;

class DateInputTest {

  private static DateInput.Result received(String day, String month, String year) {
    return DateInput.parse("received", "Date received", true, day, month, year);
  }

  @Test
  void readsADateTypedAsNumbersOrWithTheMonthsName() {
    assertThat(received("24", "11", "2026").value()).contains(LocalDate.of(2026, 11, 24));
    assertThat(received(" 4 ", "Nov", "2026").value()).contains(LocalDate.of(2026, 11, 4));
    assertThat(received("1", "september", "2026").value()).contains(LocalDate.of(2026, 9, 1));
    assertThat(received("24", "11", "2026").error()).isNull();
  }

  @Test
  void anEmptyRequiredDateAsksForItAndAnEmptyOptionalOneIsFine() {
    DateInput.Result empty = received("", null, " ");

    assertThat(empty.error()).isEqualTo("Enter date received");
    assertThat(empty.fieldId()).isEqualTo("received-day");
    DateInput.Result optional = DateInput.parse("received", "Date received", false, "", "", "");
    assertThat(optional.error()).isNull();
    assertThat(optional.value()).isEmpty();
    assertThat(optional.isBlank()).isTrue();
  }

  @Test
  void aMissingPartIsNamedAndOnlyThatPartIsMarked() {
    DateInput.Result noMonth = received("24", "", "2026");
    DateInput.Result noMonthOrYear = received("24", "", "");

    assertThat(noMonth.error()).isEqualTo("Date received must include a month");
    assertThat(noMonth.wrongParts()).containsExactly(Part.MONTH);
    assertThat(noMonth.fieldId()).isEqualTo("received-month");
    assertThat(noMonthOrYear.error()).isEqualTo("Date received must include a month and year");
  }

  @Test
  void aDateThatDoesNotExistMustBeARealDate() {
    assertThat(received("31", "2", "2026").error()).isEqualTo("Date received must be a real date");
    assertThat(received("31", "2", "2026").wrongParts()).containsExactly(Part.DAY);
    assertThat(received("12", "13", "2026").wrongParts()).containsExactly(Part.MONTH);
    assertThat(received("x", "ju", "2026").wrongParts()).containsExactly(Part.DAY, Part.MONTH);
  }

  @Test
  void theYearNeedsFourNumbers() {
    DateInput.Result shortYear = received("24", "11", "26");

    assertThat(shortYear.error()).isEqualTo("Year must include 4 numbers");
    assertThat(shortYear.fieldId()).isEqualTo("received-year");
  }

  @Test
  void aWrongDateGoesIntoTheFormsErrorsAndItsModelKeepsWhatWasTyped() {
    FormErrors errors = new FormErrors();
    DateInput.Result wrong = received("31", "2", "2026");

    wrong.reportTo(errors);
    received("1", "1", "2026").reportTo(errors);

    assertThat(errors.all())
        .containsExactly(
            new FormErrors.FieldProblem("received-day", "Date received must be a real date"));
    assertThat(wrong.model("Date received", "For example, 15 3 2026"))
        .containsEntry("day", "31")
        .containsEntry("dayWrong", true)
        .containsEntry("monthWrong", false);
    assertThat(List.of(Part.values())).hasSize(3);
  }
}
