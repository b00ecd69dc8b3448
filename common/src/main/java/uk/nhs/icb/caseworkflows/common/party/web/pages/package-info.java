/**
 * People on a case's forms and case page: the questions that take in a person who gets in touch (a
 * complainant, a CHC referrer, an IFR requester) or the patient a case is about, with their
 * communication needs, read back into {@code Party} and {@code AffectedPerson} with each refusal
 * beside its field; and the summary rows that show them on the case page. Field ids and wording
 * follow a prefix and a role word, so each workflow asks in its own words.
 */
package uk.nhs.icb.caseworkflows.common.party.web.pages;
