/** The reference value, its stored form, and the counter that hands out the next one per prefix. */
package uk.nhs.icb.caseworkflows.common.reference.domain;
