/**
 * Starting and stopping the embedded engine, and what Camunda 7.24 no longer ships for Jakarta EE:
 * resolving {@code ${bean}} expressions against CDI, and a job executor on container-managed
 * threads with a bounded pool. Nothing outside {@code bpmn} should import from here.
 */
package uk.nhs.icb.caseworkflows.bpmn.engine;
