package uk.nhs.icb.caseworkflows.complaints.stories.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.nhs.icb.caseworkflows.common.anonymise.domain.KnownIdentities;
import uk.nhs.icb.caseworkflows.common.party.domain.Party;
import uk.nhs.icb.caseworkflows.complaints.domain.AfterResponseRecords;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;
import uk.nhs.icb.caseworkflows.complaints.domain.StaffInformed;

/**
 * Everything the complaint's own file knows identifies someone: the patient (name, NHS number, date
 * of birth, address), the complainant (name, address, phone, email), the people the complaint names
 * and the staff told of it. The redactor takes every variant of these out of the story.
 */
@ApplicationScoped
public class StoryKnownIdentities {

  private final AfterResponseRecords records;

  @Inject
  public StoryKnownIdentities(AfterResponseRecords records) {
    this.records = records;
  }

  /** For the CDI proxy only. */
  protected StoryKnownIdentities() {
    this(null);
  }

  public KnownIdentities of(Complaint complaint) {
    Party complainant = complaint.complainant();
    KnownIdentities known =
        KnownIdentities.none()
            .withName(complainant.name())
            .withAddress(complainant.addressLines(), complainant.postcode())
            .withPhone(complainant.telephone())
            .withEmail(complainant.email());
    if (complaint.affectedPerson().isPresent()) {
      known = known.and(KnownIdentities.of(complaint.affectedPerson().get()));
    }
    for (String named : complaint.subject().peopleNamed()) {
      known = known.withName(named);
    }
    for (StaffInformed staff : records.staffInformedOf(complaint.id())) {
      known = known.withName(staff.staffName());
    }
    return known;
  }
}
