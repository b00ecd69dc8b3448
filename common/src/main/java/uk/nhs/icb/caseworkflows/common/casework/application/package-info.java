/**
 * The use cases of case ownership: a caseworker named at intake, a case taken by claiming its first
 * task, a manager's reassignment with its reason, each one audited and announced as a {@link
 * uk.nhs.icb.caseworkflows.common.casework.application.CaseworkerChanged} event so the case's tasks
 * can follow; and the queries case lists and managers need (the caseworker of a case, the cases of
 * a caseworker or a team, each caseworker's open caseload).
 */
package uk.nhs.icb.caseworkflows.common.casework.application;
