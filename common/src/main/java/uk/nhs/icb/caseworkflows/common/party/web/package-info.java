/**
 * People on the web: what a REST request gives of a person or a patient (checked to fit the columns
 * that keep them, and turned into {@code Party} and {@code AffectedPerson} with refusals naming the
 * field), how a case file shows them (the NHS number 3-3-4), and the communication-needs callout at
 * the top of a case page, so that whoever opens the case sees how each person must be written to or
 * met before doing either.
 */
package uk.nhs.icb.caseworkflows.common.party.web;
