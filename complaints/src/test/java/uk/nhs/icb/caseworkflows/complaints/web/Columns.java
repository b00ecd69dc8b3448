package uk.nhs.icb.caseworkflows.complaints.web;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import uk.nhs.icb.caseworkflows.complaints.domain.ComplaintMade;

/** How many characters the database keeps of a value, read from the entities' own mapping. */
public final class Columns {

  private Columns() {}

  public static int of(Class<?> type, String field) {
    try {
      return type.getDeclaredField(field).getAnnotation(Column.class).length();
    } catch (NoSuchFieldException e) {
      throw new AssertionError(type.getSimpleName() + " has no field " + field, e);
    }
  }

  /** The complainant's columns, as the complaint names them for its embedded party. */
  public static int ofComplainant(String attribute) {
    try {
      for (AttributeOverride override :
          ComplaintMade.class
              .getDeclaredField("complainant")
              .getAnnotation(AttributeOverrides.class)
              .value()) {
        if (override.name().equals(attribute)) {
          return override.column().length();
        }
      }
    } catch (NoSuchFieldException e) {
      throw new AssertionError(e);
    }
    throw new AssertionError("no column named for the complainant's " + attribute);
  }
}
