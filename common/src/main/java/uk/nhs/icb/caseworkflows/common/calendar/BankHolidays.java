package uk.nhs.icb.caseworkflows.common.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The England-and-Wales bank holidays for a fixed range of whole years.
 *
 * <p>The range is explicit because the data file only knows the years it lists: asking about any
 * other date is an error, not "no holiday", so that a deadline in an unlisted year cannot quietly
 * come out a day or two early.
 */
public final class BankHolidays {

  private static final String RESOURCE = "bank-holidays-england-and-wales.txt";
  private static final Pattern COVERS =
      Pattern.compile("#\\s*covers\\s+(\\d{4})\\s*-\\s*(\\d{4})\\s*");

  private static volatile BankHolidays bundled;

  private final Set<LocalDate> dates;
  private final LocalDate firstCovered;
  private final LocalDate lastCovered;

  private BankHolidays(Set<LocalDate> dates, LocalDate firstCovered, LocalDate lastCovered) {
    this.dates = Set.copyOf(dates);
    this.firstCovered = firstCovered;
    this.lastCovered = lastCovered;
  }

  /**
   * The bundled data, parsed on first use and then shared since it is immutable. Not a static
   * initialiser, so that a broken file reports its real error on every call rather than a bare
   * {@code NoClassDefFoundError} after the first.
   */
  public static BankHolidays englandAndWales() {
    BankHolidays result = bundled;
    if (result == null) {
      // A race only parses the file twice; either result is equally good.
      result = loadBundled();
      bundled = result;
    }
    return result;
  }

  /**
   * Parses data in the bundled file's format (see the file's header). The stream is read as UTF-8
   * and is not closed.
   *
   * @throws IllegalArgumentException if the data is malformed, has no {@code # covers} line, lists
   *     a date outside the covered years, or has a covered year with no entries
   */
  public static BankHolidays from(InputStream in) {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    Set<LocalDate> dates = new HashSet<>();
    Integer firstYear = null;
    Integer lastYear = null;
    int lineNumber = 0;
    try {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNumber++;
        String trimmed = line.strip();
        if (trimmed.isEmpty()) {
          continue;
        }
        if (trimmed.startsWith("#")) {
          Matcher covers = COVERS.matcher(trimmed);
          if (covers.matches()) {
            if (firstYear != null) {
              throw malformed(lineNumber, "second '# covers' line");
            }
            firstYear = Integer.valueOf(covers.group(1));
            lastYear = Integer.valueOf(covers.group(2));
            if (lastYear < firstYear) {
              throw malformed(lineNumber, "covered range ends before it starts");
            }
          }
          continue;
        }
        String[] fields = trimmed.split("\t", 2);
        if (fields.length != 2 || fields[1].isBlank()) {
          throw malformed(lineNumber, "expected 'YYYY-MM-DD<TAB>title' but got '" + line + "'");
        }
        LocalDate date;
        try {
          date = LocalDate.parse(fields[0]);
        } catch (DateTimeParseException e) {
          throw malformed(lineNumber, "not an ISO date: '" + fields[0] + "'");
        }
        if (!dates.add(date)) {
          throw malformed(lineNumber, "duplicate date " + date);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read bank holiday data", e);
    }
    if (firstYear == null) {
      throw new IllegalArgumentException(
          "Bank holiday data has no '# covers YYYY-YYYY' line, so its range is unknown");
    }
    BankHolidays result =
        new BankHolidays(dates, LocalDate.of(firstYear, 1, 1), LocalDate.of(lastYear, 12, 31));
    for (LocalDate date : dates) {
      if (!result.covers(date)) {
        throw new IllegalArgumentException(
            "Bank holiday "
                + date
                + " is outside the years the"
                + " '# covers' line declares ("
                + result.describeRange()
                + ")");
      }
    }
    // Guards against widening the '# covers' line without adding that year's dates.
    for (int year = firstYear; year <= lastYear; year++) {
      int y = year;
      if (dates.stream().noneMatch(d -> d.getYear() == y)) {
        throw new IllegalArgumentException(
            "Bank holiday data claims to cover " + year + " but lists no bank holidays in it");
      }
    }
    return result;
  }

  /**
   * @throws IllegalArgumentException if {@code date} is outside {@link #firstCovered()}..{@link
   *     #lastCovered()}
   */
  public boolean isBankHoliday(LocalDate date) {
    requireCovered(date);
    return dates.contains(date);
  }

  /** 1 January of the first year the data covers. */
  public LocalDate firstCovered() {
    return firstCovered;
  }

  /** 31 December of the last year the data covers. */
  public LocalDate lastCovered() {
    return lastCovered;
  }

  void requireCovered(LocalDate date) {
    if (!covers(date)) {
      throw new IllegalArgumentException(
          date
              + " is outside the bank holiday data, which covers "
              + describeRange()
              + "; add the missing years to "
              + RESOURCE);
    }
  }

  private boolean covers(LocalDate date) {
    return !date.isBefore(firstCovered) && !date.isAfter(lastCovered);
  }

  private String describeRange() {
    return firstCovered + " to " + lastCovered;
  }

  private static IllegalArgumentException malformed(int lineNumber, String problem) {
    return new IllegalArgumentException("Bank holiday data line " + lineNumber + ": " + problem);
  }

  private static BankHolidays loadBundled() {
    try (InputStream in = BankHolidays.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "Missing classpath resource " + RESOURCE + " next to " + BankHolidays.class.getName());
      }
      return from(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + RESOURCE, e);
    }
  }
}
