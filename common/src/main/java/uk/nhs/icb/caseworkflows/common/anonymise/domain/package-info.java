/**
 * What is known about a person ({@code KnownIdentities}), the placeholders that stand in for it and
 * the redactions that apply them to free text. Plain Java: no container needed to test it.
 */
package uk.nhs.icb.caseworkflows.common.anonymise.domain;
