/** The REST resource of retention review, for information-governance officers. */
package uk.nhs.icb.caseworkflows.common.retention.web;
