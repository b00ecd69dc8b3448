package uk.nhs.icb.caseworkflows.ifr.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import uk.nhs.icb.caseworkflows.common.security.Roles;
import uk.nhs.icb.caseworkflows.common.web.pages.ConfirmForm;
import uk.nhs.icb.caseworkflows.common.web.pages.FormModel;
import uk.nhs.icb.caseworkflows.ifr.application.PanelMeetingPlanning;
import uk.nhs.icb.caseworkflows.ifr.application.PanelPack;
import uk.nhs.icb.caseworkflows.ifr.domain.PanelMeeting;

/**
 * The meeting notes the chair's actions taken on urgent requests since the last panel: each is on
 * the agenda, and noting it is recorded on the request.
 */
@ApplicationScoped
public class ChairsActionsNotedForm extends ConfirmForm<PanelMeeting> {

  static final String PATH = "chairs-actions-noted";

  @Inject PanelMeetingPlanning planning;
  @Inject PanelPack pack;

  public ChairsActionsNotedForm() {
    super(
        PATH,
        "Note the chair's actions",
        Set.of(Roles.IFR_COORDINATOR, Roles.IFR_PANEL),
        "The panel notes each decision the chair took on an urgent request since its last meeting.",
        "Note the chair's actions");
  }

  @Override
  public boolean completesStep() {
    return false;
  }

  @Override
  protected void facts(PanelMeeting meeting, FormModel form) {
    pack.forMeeting(meeting.id()).stream()
        .filter(PanelPack.PackItem::chairsActionToNote)
        .forEach(item -> form.fact("Chair's action on " + item.reference(), item.treatment()));
  }

  @Override
  protected String confirm(String meetingId) {
    int noted = planning.noteChairsActions(meetingId).size();
    return noted == 1 ? "1 chair's action noted" : noted + " chair's actions noted";
  }
}
