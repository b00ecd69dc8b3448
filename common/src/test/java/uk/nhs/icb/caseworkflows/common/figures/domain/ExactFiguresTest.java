package uk.nhs.icb.caseworkflows.common.figures.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExactFiguresTest {

  record Decision(LocalDate on, String outcome) {}

  private static final ReportingPeriod Q1 = ReportingPeriod.quarter(2026, 1);

  private static List<Decision> decisions(String outcome, int how_many, LocalDate on) {
    List<Decision> list = new ArrayList<>();
    for (int i = 0; i < how_many; i++) {
      list.add(new Decision(on, outcome));
    }
    return list;
  }

  private static ExactFigures counted() {
    List<Decision> all = new ArrayList<>();
    all.addAll(decisions("Eligible", 13, LocalDate.of(2026, 4, 1)));
    all.addAll(decisions("Not eligible", 3, LocalDate.of(2026, 6, 30)));
    all.addAll(decisions("Eligible", 5, LocalDate.of(2026, 7, 1))); // next quarter
    all.addAll(decisions("Eligible", 2, LocalDate.of(2026, 3, 31))); // previous quarter
    all.addAll(decisions("Withdrawn", 1, LocalDate.of(2026, 5, 1))); // not named up front
    return ExactFigures.count(
        "CHC eligibility decisions",
        "Outcome",
        Q1,
        List.of("Eligible", "Not eligible", "Fast track"),
        all,
        Decision::on,
        Decision::outcome);
  }

  @Test
  void countsOnlyWhatFellInThePeriodByCategory() {
    ExactFigures figures = counted();

    assertThat(figures.counts())
        .containsExactly(
            Map.entry("Eligible", 13L),
            Map.entry("Not eligible", 3L),
            Map.entry("Fast track", 0L),
            Map.entry("Withdrawn", 1L));
    assertThat(figures.total()).isEqualTo(17);
    assertThat(figures.count("Nobody")).isZero();
  }

  @Test
  void publishingPutsEveryCellAndTheTotalThroughTheRule() {
    PublishedFigures published = counted().published();

    assertThat(published.counts())
        .containsExactly(
            Map.entry("Eligible", PublishedCount.of(15)),
            Map.entry("Not eligible", PublishedCount.of(1)),
            Map.entry("Fast track", PublishedCount.of(0)),
            Map.entry("Withdrawn", PublishedCount.of(1)));
    assertThat(published.counts().get("Not eligible").shown()).isEqualTo("*");
    assertThat(published.counts().get("Fast track").shown()).isEqualTo("0");
    assertThat(published.total().shown()).isEqualTo("15");
    assertThat(published.hasSuppressedCounts()).isTrue();
    assertThat(published.heading())
        .isEqualTo(new FiguresHeading("CHC eligibility decisions", "Outcome", Q1));
  }

  @Test
  void countsFromADatabaseQueryKeepTheNamedOrder() {
    ExactFigures figures =
        ExactFigures.of(
            "IFR requests",
            "Decision",
            Q1,
            List.of("Approved", "Declined"),
            Map.of("Declined", 9L, "Approved", 40L));

    assertThat(figures.counts())
        .containsExactly(Map.entry("Approved", 40L), Map.entry("Declined", 9L));
    assertThat(figures.published().hasSuppressedCounts()).isFalse();
    assertThatThrownBy(() -> ExactFigures.of("x", "y", Q1, List.of(), Map.of("a", -1L)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
