/**
 * Test-only parts deployed beside the real application in the container tests: a probe case with
 * its process, the service method whose atomicity is proved, and a way to tamper with the audit
 * table as an attacker with database access would. None of it is in the production WAR.
 */
package uk.nhs.icb.caseworkflows.app.probe;
