package uk.nhs.icb.caseworkflows.ifr.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import uk.nhs.icb.caseworkflows.common.web.pages.CasePages;
import uk.nhs.icb.caseworkflows.common.web.pages.FormModel;
import uk.nhs.icb.caseworkflows.common.web.pages.FormValues;
import uk.nhs.icb.caseworkflows.common.web.pages.PageView;
import uk.nhs.icb.caseworkflows.ifr.application.PanelMeetingPlanning;

/**
 * Schedules a panel meeting: its agenda is every request then ready, and chair's actions to note.
 */
@ApplicationScoped
public class MeetingScheduling implements CasePages.Intake {

  static final String DATE = "date";

  @Inject PanelMeetingPlanning planning;

  @Override
  public String path() {
    return "new";
  }

  @Override
  public String firstField() {
    return DATE + "-day";
  }

  @Override
  public PageView page(FormValues typed) {
    return new FormModel(typed)
        .date(DATE, "Date of the meeting", "For example, 15 3 2027")
        .submit("Schedule the meeting", false)
        .page("Schedule a panel meeting", "ifr/schedule", "new");
  }

  @Override
  public String submit(FormValues typed) {
    LocalDate date = typed.date(DATE, "Date of the meeting", true).value().orElse(null);
    if (!typed.errors().isEmpty() || date == null) {
      return null;
    }
    return planning.schedule(date).id();
  }

  @Override
  public String banner() {
    return "Meeting scheduled with the requests ready for the panel";
  }
}
