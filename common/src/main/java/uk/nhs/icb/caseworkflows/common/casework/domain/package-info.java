/**
 * A case's assignment with its history of changes, the team that works a case type with the role
 * that manages it, and the counting of open caseloads; the rules (a reason for every reassignment,
 * only a manager reassigns, a claim takes an unowned case only) live here, without container code.
 */
package uk.nhs.icb.caseworkflows.common.casework.domain;
