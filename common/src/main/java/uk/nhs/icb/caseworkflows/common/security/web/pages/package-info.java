/**
 * The information-governance officer's page of refused sign-ins: this node's counts per source for
 * the open period and the recent closed ones (issue 19, point 5).
 */
package uk.nhs.icb.caseworkflows.common.security.web.pages;
