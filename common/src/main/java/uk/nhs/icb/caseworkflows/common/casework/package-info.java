/**
 * Case ownership for every workflow: each case has one caseworker, a member of the team (the role)
 * that works its case type, set at intake or by claiming the case's first task and changed only by
 * that team's manager with a reason. Every change is kept in the case's history and audited; the
 * case's tasks follow its caseworker (the engine side lives in {@code bpmn.casework}); managers see
 * each caseworker's open caseload. Only staff user names are kept, no personal data of the people a
 * case is about.
 */
package uk.nhs.icb.caseworkflows.common.casework;
