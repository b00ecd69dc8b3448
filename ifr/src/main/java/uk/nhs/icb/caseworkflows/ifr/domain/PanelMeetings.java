package uk.nhs.icb.caseworkflows.ifr.domain;

import java.util.List;
import java.util.Optional;

/** Where the panel's meetings are kept. */
public interface PanelMeetings {

  void add(PanelMeeting meeting);

  Optional<PanelMeeting> find(String id);

  /** Every meeting, the latest first. */
  List<PanelMeeting> all();
}
