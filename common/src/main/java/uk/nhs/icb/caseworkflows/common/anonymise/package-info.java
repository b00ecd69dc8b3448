/**
 * Anonymisation: taking a person out of free text before it leaves the team that may know them (an
 * IFR panel's papers, a published story). The first capability is the case's own known identities
 * (names and their variants, NHS numbers in any spacing, dates of birth in common formats,
 * addresses and postcodes, phones, emails) replaced by neutral placeholders; generic detection of
 * identities the case does not know (NHS numbers with a valid check digit, UK phones, emails,
 * postcodes, street addresses, exact dates, names) joins it in {@code StoryRedaction}, both
 * reporting spans on the original text so a reviewer sees each redaction beside what it replaced.
 */
package uk.nhs.icb.caseworkflows.common.anonymise;
