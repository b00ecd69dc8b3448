/**
 * People over REST: what a request gives of a person or a patient (checked to fit the columns that
 * keep them, and turned into {@code Party} and {@code AffectedPerson} with refusals naming the
 * field), and how a case file shows them, the NHS number 3-3-4.
 */
package uk.nhs.icb.caseworkflows.common.party.web;
