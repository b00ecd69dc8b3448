/**
 * Test-only parts deployed beside the real application in the container tests: a probe case with
 * its process, the service method whose atomicity is proved, and a way to tamper with the audit
 * table as an attacker with database access would. The probe is also a second workflow in
 * miniature, built only from the case kit: its own reference series (PRB), step mechanics over its
 * one user task, a case page and a review form on the web kit, its team, and its destruction at the
 * end of retention. None of it is in the production WAR.
 */
package uk.nhs.icb.caseworkflows.app.probe;
