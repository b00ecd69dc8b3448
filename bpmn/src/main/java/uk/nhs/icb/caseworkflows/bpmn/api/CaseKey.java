package uk.nhs.icb.caseworkflows.bpmn.api;

import java.util.Objects;

/**
 * Which case a process belongs to: its type ({@code complaint}, {@code chc}, {@code ifr}), its id
 * (the process business key) and the reference staff quote. None of these is personal data, so they
 * may live in process variables.
 */
public record CaseKey(String type, String id, String reference) {

  public static final String TYPE_VARIABLE = "caseType";
  public static final String REFERENCE_VARIABLE = "caseReference";

  public CaseKey {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(reference, "reference");
  }
}
