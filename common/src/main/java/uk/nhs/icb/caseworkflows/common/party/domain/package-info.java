/** Value objects for people and their identifiers, checked where they are made. */
package uk.nhs.icb.caseworkflows.common.party.domain;
