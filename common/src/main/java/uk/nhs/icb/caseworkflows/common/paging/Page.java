package uk.nhs.icb.caseworkflows.common.paging;

import java.util.List;

/** One page of a list, with what a client needs to offer the next: the total and where it is. */
public record Page<T>(List<T> items, int page, int size, long total) {

  public Page {
    items = List.copyOf(items);
  }

  public static <T> Page<T> of(List<T> items, PageRequest request, long total) {
    return new Page<>(items, request.page(), request.size(), total);
  }
}
