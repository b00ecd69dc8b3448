/**
 * The REST side of case ownership: a case's caseworker with its history, a manager's reassignment,
 * and a manager's view of the caseloads. Records in, records out; the rules are in the application
 * layer.
 */
package uk.nhs.icb.caseworkflows.common.casework.web;
