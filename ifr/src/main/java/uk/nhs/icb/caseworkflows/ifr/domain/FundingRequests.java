package uk.nhs.icb.caseworkflows.ifr.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.nhs.icb.caseworkflows.common.reference.domain.CaseReference;

/** Where funding requests are kept. */
public interface FundingRequests {

  /** "IFR-2026-000001": the next in the year's series. */
  CaseReference nextReference(int year);

  void add(FundingRequest request);

  Optional<FundingRequest> find(String id);

  /** Requests waiting for the panel, oldest first: a meeting's agenda. */
  List<FundingRequest> readyForPanel();

  /** Urgent requests decided by the chair and not yet noted at a meeting. */
  List<FundingRequest> chairsActionsToNote();

  /** Requests for that treatment received since that day, returned ones left out. */
  List<FundingRequest> forTreatmentReceivedSince(String treatmentCode, LocalDate since);
}
