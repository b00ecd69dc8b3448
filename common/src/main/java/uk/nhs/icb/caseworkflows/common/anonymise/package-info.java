/**
 * Anonymisation: taking a person out of free text before it leaves the team that may know them (an
 * IFR panel's papers, a published story). The first capability is the case's own known identities
 * (names and their variants, NHS numbers in any spacing, dates of birth in common formats,
 * addresses and postcodes, phones, emails) replaced by neutral placeholders; generic detection of
 * identities the case does not know joins it as another {@code Redaction}.
 */
package uk.nhs.icb.caseworkflows.common.anonymise;
