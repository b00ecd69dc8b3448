/** Readiness of the shared parts: the application answers only when its database does. */
package uk.nhs.icb.caseworkflows.common.health;
