/**
 * The CHC REST API under {@code /api/chc}: request records bounded by what the case keeps, a file
 * view built from the kit's views, problems as problem+json naming the field.
 */
package uk.nhs.icb.caseworkflows.chc.web;
