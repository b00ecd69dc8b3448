/**
 * The information-governance officer's retention pages: the records due for review and the register
 * of destruction, and one record's review with its two decisions.
 */
package uk.nhs.icb.caseworkflows.common.retention.web.pages;
