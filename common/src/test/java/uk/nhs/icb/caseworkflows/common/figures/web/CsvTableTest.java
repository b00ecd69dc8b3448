package uk.nhs.icb.caseworkflows.common.figures.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.nhs.icb.caseworkflows.common.figures.domain.ExactFigures;
import uk.nhs.icb.caseworkflows.common.figures.domain.ReportingPeriod;

class CsvTableTest {

  @Test
  void rowsEndInCrlfAndPlainCellsStayPlain() {
    assertThat(CsvTable.withHeader("Outcome", "Number").row("Upheld", "15").text())
        .isEqualTo("Outcome,Number\r\nUpheld,15\r\n");
  }

  @Test
  void commasQuotesAndLineBreaksAreQuotedWithQuotesDoubled() {
    assertThat(CsvTable.cell("Partly, upheld")).isEqualTo("\"Partly, upheld\"");
    assertThat(CsvTable.cell("the \"nearest\" team")).isEqualTo("\"the \"\"nearest\"\" team\"");
    assertThat(CsvTable.cell("two\nlines")).isEqualTo("\"two\nlines\"");
    assertThat(CsvTable.cell("two\r\nlines")).isEqualTo("\"two\r\nlines\"");
    assertThat(CsvTable.cell("")).isEmpty();
    assertThat(CsvTable.cell(null)).isEmpty();
    assertThat(CsvTable.cell("Siân's ward")).isEqualTo("Siân's ward");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "=1+1|'=1+1",
        "+44 20|'+44 20",
        "-2|'-2",
        "@SUM(A1)|'@SUM(A1)",
        "a=b|a=b",
      })
  void aCellThatASpreadsheetWouldRunIsPrefixedSoItStaysText(String typed, String written) {
    assertThat(CsvTable.cell(typed)).isEqualTo(written);
  }

  @Test
  void aFormulaWithACommaIsBothDefusedAndQuoted() {
    assertThat(CsvTable.cell("=HYPERLINK(\"http://x\",\"y\")"))
        .isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
    assertThat(CsvTable.cell("\tcmd")).isEqualTo("'\tcmd");
  }

  @Test
  void publishedFiguresGoOutAsShownWithTheirTotal() {
    ExactFigures exact =
        complaintsBy(
            "Outcome",
            List.of("Upheld", "Not upheld", "Withdrawn"),
            Map.of("Upheld", 12L, "Not upheld", 3L));

    assertThat(CsvTable.of(exact.published()).text())
        .isEqualTo(
            "Outcome,Q1 2026/27\r\nUpheld,10\r\nNot upheld,*\r\nWithdrawn,0\r\nTotal,15\r\n");
    assertThat(CsvTable.of(exact).text())
        .isEqualTo(
            "Outcome,Q1 2026/27\r\nUpheld,12\r\nNot upheld,3\r\nWithdrawn,0\r\nTotal,15\r\n");
  }

  @Test
  void aCategoryTypedAsAFormulaIsDefusedInAFiguresTable() {
    ExactFigures exact = complaintsBy("Service", List.of(), Map.of("=cmd|' /C calc'!A0", 9L));

    assertThat(CsvTable.of(exact.published()).text()).contains("\r\n'=cmd|' /C calc'!A0,10\r\n");
  }

  private static ExactFigures complaintsBy(
      String heading, List<String> categories, Map<String, Long> counts) {
    return ExactFigures.of(
        "Complaints", heading, ReportingPeriod.quarter(2026, 1), categories, counts);
  }
}
