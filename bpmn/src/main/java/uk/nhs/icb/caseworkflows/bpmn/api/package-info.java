/**
 * What a case module may ask of the process engine, and nothing more: start its case's process (the
 * case id is the business key), complete a task with variables, send a message to a case, read the
 * case's open tasks, and contribute its BPMN models. Engine exceptions are translated here into the
 * application's own (404 and 409 problems), so case code never sees engine types.
 */
package uk.nhs.icb.caseworkflows.bpmn.api;
