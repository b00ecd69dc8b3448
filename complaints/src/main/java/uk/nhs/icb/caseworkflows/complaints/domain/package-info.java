/**
 * The complaint file: the {@link uk.nhs.icb.caseworkflows.complaints.domain.Complaint} aggregate,
 * the value objects it is made of, and the rules of the NHS complaints regulations it carries (the
 * 12-month time limit, the 3-working-day acknowledgement, the response date and its stopped clocks,
 * the six-month rule, the KO41a outcome). Plain Java and JPA mapping only: no process, no web, no
 * container.
 */
package uk.nhs.icb.caseworkflows.complaints.domain;
