/**
 * Working-day arithmetic for case deadlines in England, where statutory and contractual time limits
 * are counted in working days: weekdays that are not England-and-Wales bank holidays, with "today"
 * taken in Europe/London rather than the server's zone. Bank holidays come from a bundled data file
 * that covers a fixed range of years; any calculation that strays outside that range fails loudly,
 * because silently treating an unknown year as holiday-free would produce deadlines that are wrong
 * without anyone noticing.
 */
package uk.nhs.icb.caseworkflows.common.calendar;
