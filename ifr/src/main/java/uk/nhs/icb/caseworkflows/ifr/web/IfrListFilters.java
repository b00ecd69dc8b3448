package uk.nhs.icb.caseworkflows.ifr.web;

import uk.nhs.icb.caseworkflows.common.query.QueryParameters;
import uk.nhs.icb.caseworkflows.ifr.application.IfrSearch;
import uk.nhs.icb.caseworkflows.ifr.domain.IfrStatus;

/**
 * The request list's filters read from a query string, the same for {@code GET /api/ifr} and the
 * {@code /ifr} page: status, treatment (a code of the ICB's list), q (a reference or a patient's
 * name), receivedFrom and receivedTo (days). Each bad value is added to {@code parameters}.
 */
public final class IfrListFilters {

  /** The longest search text: a name or a reference. */
  public static final int SEARCH_TEXT = 200;

  /** A treatment code is at most this long (the column's length). */
  public static final int CODE_LENGTH = 40;

  private IfrListFilters() {}

  public static IfrSearch.Criteria read(
      QueryParameters parameters,
      String status,
      String treatment,
      String q,
      String receivedFrom,
      String receivedTo) {
    return new IfrSearch.Criteria(
        parameters.choice("status", status, IfrStatus.class),
        parameters.text("treatment", treatment, CODE_LENGTH),
        parameters.text("q", q, SEARCH_TEXT),
        parameters.date("receivedFrom", receivedFrom),
        parameters.date("receivedTo", receivedTo));
  }
}
