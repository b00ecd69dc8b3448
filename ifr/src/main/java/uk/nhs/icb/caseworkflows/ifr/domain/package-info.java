/**
 * Individual funding requests: the request a clinician sends for one patient ({@code
 * FundingRequest}) and the parts that own its rules (screening and its paused clock, the panel's
 * decision on the two exceptionality criteria, the review on its three grounds), the panel meetings
 * that decide them with their quorum and conflicts of interest, and the signal that a treatment
 * needs a policy rather than more requests. No Jakarta imports but JPA.
 */
package uk.nhs.icb.caseworkflows.ifr.domain;
