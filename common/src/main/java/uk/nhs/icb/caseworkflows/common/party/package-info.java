/** The people a case is about or comes from, and their identifiers (the NHS number). */
package uk.nhs.icb.caseworkflows.common.party;
