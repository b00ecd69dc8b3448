/**
 * Text as people give it and read it, the same in every workflow: a required answer that is blank
 * counts as missing, lists such as address lines kept one per line in one column, and dates written
 * the way staff and letters write them, in England's time zone.
 */
package uk.nhs.icb.caseworkflows.common.text;
