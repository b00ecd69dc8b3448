package uk.nhs.icb.caseworkflows.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A matrix file as both matrices keep one (authorisation-matrix.csv, page-matrix.csv): comment
 * lines with #, a header of method, path, one column per role and a named last column, then one row
 * per endpoint or page with as many cells as the header.
 */
record MatrixCsv(List<String> roles, List<String[]> rows) {

  static MatrixCsv read(String file, String lastColumn) {
    try (InputStream in = MatrixCsv.class.getResourceAsStream("/" + file)) {
      List<String> lines =
          new String(in.readAllBytes(), StandardCharsets.UTF_8)
              .lines()
              .filter(line -> !line.isBlank() && !line.startsWith("#"))
              .toList();
      String[] header = lines.get(0).split(",");
      if (!header[header.length - 1].equals(lastColumn)) {
        throw new IllegalStateException(file + ": last column is " + lastColumn);
      }
      List<String[]> rows =
          lines.subList(1, lines.size()).stream()
              .map(
                  line -> {
                    String[] cells = line.split(",");
                    if (cells.length != header.length) {
                      throw new IllegalStateException(file + ": wrong number of cells: " + line);
                    }
                    return cells;
                  })
              .toList();
      return new MatrixCsv(List.of(header).subList(2, header.length - 1), rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
