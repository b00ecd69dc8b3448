/**
 * Anonymisation as the application layer uses it: the story redactor with the shipped name lists
 * loaded once.
 */
package uk.nhs.icb.caseworkflows.common.anonymise.application;
