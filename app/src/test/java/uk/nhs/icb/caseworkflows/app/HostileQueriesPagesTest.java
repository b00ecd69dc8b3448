package uk.nhs.icb.caseworkflows.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The pages the hostile query sweep reads are pages of the page matrix, each read by a role the
 * matrix lets open it: a page renamed or removed, or a sweep that would only meet the forbidden
 * page, fails here rather than passing quietly on the server.
 */
class HostileQueriesPagesTest {

  @Test
  void everySweptPageIsAPageOfThePageMatrixThatItsReaderMayOpen() {
    PageMatrix matrix = PageMatrix.load();
    for (HostileQueries.Read page : HostileQueries.PAGES) {
      if (page.path().equals("login")) {
        continue; // open to anyone: the sign-in servlets have no row
      }
      assertThat(matrix.entries())
          .as(page.path() + " is a GET row of page-matrix.csv")
          .anySatisfy(
              entry -> {
                assertThat(entry.method()).isEqualTo("GET");
                assertThat(entry.path()).isEqualTo(page.path());
              });
      String reader = HostileQueries.reader(matrix, page.path(), null);
      assertThat(reader).as(page.path() + ": a role the matrix lets open it").isNotNull();
    }
  }
}
