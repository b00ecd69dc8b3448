/**
 * The IFR REST endpoints under /api (requests, panel meetings and their anonymised packs, the
 * treatment list, the annual figures), with record DTOs checked by Bean Validation and the domain's
 * refusals as problem+json naming the field. No JPA here.
 */
package uk.nhs.icb.caseworkflows.ifr.web;
