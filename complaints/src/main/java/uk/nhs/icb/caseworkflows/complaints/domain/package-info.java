/**
 * The complaint file: the {@link uk.nhs.icb.caseworkflows.complaints.domain.Complaint} aggregate,
 * the parts that keep its rules (the complaint as made, its admissibility under the 12-month time
 * limit and the ICB's remit, the response timetable with the 3-working-day acknowledgement, the
 * response date and its stopped clocks and the six-month rule, the investigation plan, the
 * disclosure log, the KO41a outcome and the closure), and the value objects they are made of. Plain
 * Java and JPA mapping only: no process, no web, no container.
 */
package uk.nhs.icb.caseworkflows.complaints.domain;
