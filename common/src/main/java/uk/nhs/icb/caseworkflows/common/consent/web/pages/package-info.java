/**
 * Consent on a case's pages, whatever the case type: the questions a caseworker answers when they
 * take a consent down (for what, who gave it and their standing, how, the day) and the typed
 * consent read back from them, with a message beside each field that is missing or wrong. The
 * workflow asks only whose consent it is, from the people of its own cases.
 */
package uk.nhs.icb.caseworkflows.common.consent.web.pages;
