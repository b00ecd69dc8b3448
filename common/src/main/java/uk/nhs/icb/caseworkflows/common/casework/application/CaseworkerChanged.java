package uk.nhs.icb.caseworkflows.common.casework.application;

import uk.nhs.icb.caseworkflows.common.casework.domain.ChangeKind;

/**
 * A case has a new caseworker; observed in the same transaction, so that the case's open tasks of
 * {@code team} move with it or nothing does.
 */
public record CaseworkerChanged(
    String caseType, String caseId, String team, String from, String to, ChangeKind kind) {}
