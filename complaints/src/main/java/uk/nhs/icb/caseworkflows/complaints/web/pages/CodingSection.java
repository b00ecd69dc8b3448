package uk.nhs.icb.caseworkflows.complaints.web.pages;

import static uk.nhs.icb.caseworkflows.common.web.pages.CaseSections.row;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import uk.nhs.icb.caseworkflows.common.security.Caller;
import uk.nhs.icb.caseworkflows.common.security.Roles;
import uk.nhs.icb.caseworkflows.common.web.pages.CaseSections;
import uk.nhs.icb.caseworkflows.common.web.pages.StepLinks;
import uk.nhs.icb.caseworkflows.complaints.application.NationalReturnCoding;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;
import uk.nhs.icb.caseworkflows.complaints.domain.ComplaintCoding;
import uk.nhs.icb.caseworkflows.complaints.domain.NationalReturnCodes;

/**
 * The case page's section on the national return (KO41a): the codes in words, who coded it and
 * when; and the link to code it, while the complaint is open or, once closed, for a manager.
 */
@ApplicationScoped
class CodingSection {

  @Inject NationalReturnCoding coding;

  /** {@code coded} and the summary list's {@code rows}. */
  Map<String, Object> model(Complaint complaint) {
    ComplaintCoding coded = complaint.coding();
    List<Map<String, String>> rows = new ArrayList<>();
    if (coded.isCoded()) {
      NationalReturnCodes codes = coding.codes();
      row(rows, "Subjects", labels(codes, NationalReturnCodes.SUBJECT, coded.subjects()));
      row(
          rows,
          "Service areas",
          labels(codes, NationalReturnCodes.SERVICE_AREA, coded.serviceAreas()));
      row(
          rows,
          "Staff groups concerned",
          coded.professions().isEmpty()
              ? "None"
              : labels(codes, NationalReturnCodes.PROFESSION, coded.professions()));
      row(
          rows,
          "Complainant",
          codes.list(NationalReturnCodes.COMPLAINANT_STATUS).labelOf(coded.complainantStatus()));
      row(
          rows,
          "Patient's age band",
          codes.list(NationalReturnCodes.PATIENT_AGE_BAND).labelOf(coded.patientAgeBand())
              + (coded.ageBandFromBirthDate() ? " (from their date of birth)" : ""));
      row(
          rows,
          "Coded",
          coded.codedAt().map(CaseSections::when).orElse("") + " by " + coded.codedBy());
    }
    return Map.of("coded", coded.isCoded(), "rows", rows);
  }

  /** The link to the coding form, for whoever may code the complaint now. */
  void offer(List<Map<String, Object>> actions, Complaint complaint, Caller caller) {
    if (!complaint.isClosed() || caller.hasAnyRole(Set.of(Roles.COMPLAINTS_MANAGER))) {
      StepLinks.add(
          actions,
          "coding",
          complaint.coding().isCoded()
              ? "Correct the national return coding"
              : "Code for the national return",
          false);
    }
  }

  private static String labels(NationalReturnCodes codes, String list, List<String> coded) {
    return coded.stream().map(codes.list(list)::labelOf).collect(Collectors.joining("\n"));
  }
}
