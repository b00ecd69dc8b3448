package uk.nhs.icb.caseworkflows.ifr.web;

import static uk.nhs.icb.caseworkflows.common.web.rest.FieldInput.field;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import uk.nhs.icb.caseworkflows.common.errors.InvalidInputException;
import uk.nhs.icb.caseworkflows.common.party.domain.AffectedPerson;
import uk.nhs.icb.caseworkflows.common.party.domain.NhsNumber;
import uk.nhs.icb.caseworkflows.ifr.application.NewRequest;
import uk.nhs.icb.caseworkflows.ifr.domain.DecisionOutcome;
import uk.nhs.icb.caseworkflows.ifr.domain.ExceptionalityAnswers;
import uk.nhs.icb.caseworkflows.ifr.domain.PanelDecision;
import uk.nhs.icb.caseworkflows.ifr.domain.PanelMember;
import uk.nhs.icb.caseworkflows.ifr.domain.PanelRole;
import uk.nhs.icb.caseworkflows.ifr.domain.RequestingClinician;
import uk.nhs.icb.caseworkflows.ifr.domain.TreatmentRequested;

/** Turns the IFR requests into the domain's values, each refusal naming its field. */
final class IfrInput {

  private IfrInput() {}

  static NewRequest logged(IfrRequests.LogRequest request, LocalDate today) {
    AffectedPerson patient = request.patient().toAffectedPerson("patient");
    TreatmentRequested treatment =
        new TreatmentRequested(
            request.treatmentCode(),
            request.condition(),
            request.whyExceptional(),
            request.estimatedCost(),
            Boolean.TRUE.equals(request.urgent()),
            request.urgencyReason());
    return new NewRequest(
        patient,
        clinician(request.clinician()),
        request.treatmentCode(),
        treatment,
        request.consentEvidence(),
        receivedOn(request.receivedOn(), today));
  }

  /** Today when not given; a request is logged within a year of arriving, never in the future. */
  private static LocalDate receivedOn(LocalDate given, LocalDate today) {
    if (given == null) {
      return today;
    }
    if (given.isAfter(today) || given.isBefore(today.minusYears(1))) {
      throw new InvalidInputException(
          "receivedOn", "must be within the last year, and not later than today");
    }
    return given;
  }

  static NewRequest returned(IfrRequests.ReturnedRequest request, LocalDate today) {
    NhsNumber number = field("nhsNumber", () -> NhsNumber.parse(request.nhsNumber()));
    AffectedPerson patient =
        field(
            "patientName",
            () -> new AffectedPerson(request.patientName(), number, null, null, null));
    return new NewRequest(
        patient,
        clinician(request.clinician()),
        request.treatmentCode(),
        null,
        null,
        receivedOn(request.receivedOn(), today));
  }

  static RequestingClinician clinician(IfrRequests.Clinician clinician) {
    return new RequestingClinician(
        clinician.name(),
        clinician.role(),
        clinician.organisation(),
        clinician.addressLines(),
        clinician.postcode(),
        clinician.email());
  }

  static PanelDecision decision(IfrRequests.Decision decision) {
    IfrRequests.Criteria criteria =
        decision.criteria() == null
            ? new IfrRequests.Criteria(null, null, null, null)
            : decision.criteria();
    DecisionOutcome outcome = DecisionOutcome.parse(decision.outcome(), "outcome");
    return PanelDecision.of(
        outcome,
        ExceptionalityAnswers.of(
            criteria.significantlyDifferent(),
            criteria.significantlyDifferentReasons(),
            criteria.moreBenefit(),
            criteria.moreBenefitReasons()),
        decision.reasons(),
        decision.conditions(),
        decision.fundingFrom(),
        decision.fundingUntil(),
        decision.outcomeReportDue());
  }

  static List<PanelMember> members(List<IfrRequests.Member> members) {
    return members.stream()
        .map(
            member ->
                new PanelMember(
                    member.name(),
                    role(member.role()),
                    member.present() == null || member.present()))
        .toList();
  }

  private static PanelRole role(String typed) {
    return Arrays.stream(PanelRole.values())
        .filter(role -> role.name().equals(typed.strip().toUpperCase(Locale.UK)))
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "members.role",
                    "must be CHAIR, CLINICAL, PUBLIC_HEALTH, LAY or COMMISSIONING"));
  }
}
