/** Consent records as a case file shows them over REST, whatever the case type. */
package uk.nhs.icb.caseworkflows.common.consent.web;
