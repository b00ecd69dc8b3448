package uk.nhs.icb.caseworkflows.ifr.application;

import java.time.LocalDate;
import uk.nhs.icb.caseworkflows.common.party.domain.AffectedPerson;
import uk.nhs.icb.caseworkflows.ifr.domain.RequestingClinician;
import uk.nhs.icb.caseworkflows.ifr.domain.TreatmentRequested;

/**
 * What the coordinator logs of a request the clinician sent: the patient (with their communication
 * needs), the clinician, the treatment's code and the case for it, and the evidence of the
 * patient's consent to share with the ICB (blank when there is none). A request returned for want
 * of consent has only the code: the rest is not kept.
 */
public record NewRequest(
    AffectedPerson patient,
    RequestingClinician clinician,
    String treatmentCode,
    TreatmentRequested treatment,
    String consentEvidence,
    LocalDate receivedOn) {}
