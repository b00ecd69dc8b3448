package uk.nhs.icb.caseworkflows.complaints.application;

import java.time.Instant;
import java.time.LocalDate;
import uk.nhs.icb.caseworkflows.common.casework.application.CaseworkFilter;
import uk.nhs.icb.caseworkflows.common.query.DayRange;
import uk.nhs.icb.caseworkflows.common.query.QueryParameters;
import uk.nhs.icb.caseworkflows.common.text.Text;
import uk.nhs.icb.caseworkflows.complaints.domain.ComplaintStatus;

/**
 * How a handler narrowed the case list; every filter may be absent (null, or false for {@code
 * overdueOnly}), and all given filters must hold.
 *
 * @param status only complaints in this status
 * @param overdueOnly only open complaints past their acknowledgement or response date; false lists
 *     overdue and on-time complaints alike
 * @param handler only complaints received by this user (who took it in, not who works it now)
 * @param receivedFrom only complaints received on or after this day in England
 * @param receivedTo only complaints received on or before this day in England
 * @param text a complaint reference, or part of the complainant's or the affected person's name, in
 *     any case
 * @param caseworker only complaints this user works now (their assigned caseworker)
 * @param team only complaints worked by a member of this team (its role name); complaints nobody
 *     has taken yet belong to no team's list
 */
public record ComplaintCriteria(
    ComplaintStatus status,
    boolean overdueOnly,
    String handler,
    LocalDate receivedFrom,
    LocalDate receivedTo,
    String text,
    String caseworker,
    String team) {

  /** The whole list, newest first. */
  public static final ComplaintCriteria EVERYTHING =
      new ComplaintCriteria(null, false, null, null, null, null);

  /** What {@code caseworker=me} asks for: the complaints the caller works. */
  public static final String ME = CaseworkFilter.ME;

  static final int MAX_HANDLER_LENGTH = CaseworkFilter.MAX_NAME_LENGTH;
  static final int MAX_TEXT_LENGTH = 200;

  /** The filters that do not ask who works a complaint. */
  public ComplaintCriteria(
      ComplaintStatus status,
      boolean overdueOnly,
      String handler,
      LocalDate receivedFrom,
      LocalDate receivedTo,
      String text) {
    this(status, overdueOnly, handler, receivedFrom, receivedTo, text, null, null);
  }

  public ComplaintCriteria {
    handler = Text.optional(handler);
    text = Text.optional(text);
    caseworker = Text.optional(caseworker);
    team = Text.optional(team);
    // Refuses a receivedTo before receivedFrom, as the range itself does.
    new DayRange(receivedFrom, receivedTo);
  }

  /**
   * Reads the filters as a client sent them in the query string; blank means not filtered. Every
   * bad value is reported at once, each under the name of its parameter. {@code caseworker} is a
   * user name, or {@value #ME} for {@code caller} (the user asking), and {@code team} a team's role
   * name.
   */
  public static ComplaintCriteria parse(
      String status,
      String overdue,
      String handler,
      String receivedFrom,
      String receivedTo,
      String q,
      String caseworker,
      String team,
      String caller) {
    QueryParameters typed = new QueryParameters();
    ComplaintStatus wanted = typed.choice("status", status, ComplaintStatus.class);
    boolean overdueOnly = typed.flag("overdue", overdue);
    String handlerName = typed.text("handler", handler, MAX_HANDLER_LENGTH);
    DayRange received =
        DayRange.read(typed, "receivedFrom", receivedFrom, "receivedTo", receivedTo);
    String text = typed.text("q", q, MAX_TEXT_LENGTH);
    CaseworkFilter workedBy = CaseworkFilter.read(typed, caseworker, team, caller);
    typed.throwIfInvalid();
    return new ComplaintCriteria(
        wanted,
        overdueOnly,
        handlerName,
        received.from(),
        received.to(),
        text,
        workedBy.caseworker(),
        workedBy.team());
  }

  /** The days the complaints were received on, each end open when not filtered. */
  DayRange received() {
    return new DayRange(receivedFrom, receivedTo);
  }

  /** Who works the complaints listed: a caseworker, a team, or anyone. */
  CaseworkFilter workedBy() {
    return new CaseworkFilter(caseworker, team);
  }

  /** The first instant of {@code receivedFrom} in England; null when not filtered. */
  Instant receivedAtOrAfter() {
    return received().startsAt();
  }

  /** The first instant after {@code receivedTo} in England, exclusive; null when not filtered. */
  Instant receivedBefore() {
    return received().endsBefore();
  }
}
