/** The JSON of code lists, for forms and integrators that need the codes and their labels. */
package uk.nhs.icb.caseworkflows.common.coding.web;
