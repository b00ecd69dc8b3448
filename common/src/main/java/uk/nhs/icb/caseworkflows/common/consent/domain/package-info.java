/**
 * The consent record (an entity stored per case), the value objects it is made of, and the pure
 * policy that decides whether a purpose is covered for a person at an instant.
 */
package uk.nhs.icb.caseworkflows.common.consent.domain;
