/**
 * Individual Funding Requests: request, screening, panel, decision and review. Arrives with the IFR
 * workflow issue.
 */
package uk.nhs.icb.caseworkflows.ifr;
