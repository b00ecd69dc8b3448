package uk.nhs.icb.caseworkflows.common.web.pages;

import java.util.Map;

/**
 * The longest answer each field of a workflow's forms takes, as plain data: the workflow's
 * application layer fills it from the columns that keep the answers, so that one character too many
 * is a message beside the field and never a failure at commit. Fields not listed take {@link
 * #MAX_TEXT}; numbered rows ({@code action-2-owner}) share the limit of {@code action-owner}.
 */
public record FieldLimits(Map<String, Integer> longest) {

  public static final int MAX_TEXT = 5000;

  /** No limits but the general one. */
  public static final FieldLimits NONE = new FieldLimits(Map.of());

  public FieldLimits {
    longest = Map.copyOf(longest);
  }

  /** The longest answer {@code field} takes. */
  public int of(String field) {
    return longest.getOrDefault(field.replaceFirst("-\\d+-", "-"), MAX_TEXT);
  }
}
