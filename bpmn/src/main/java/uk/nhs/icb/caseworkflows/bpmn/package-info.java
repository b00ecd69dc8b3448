/**
 * The process side of ICB Case Workflows: the embedded Camunda 7 engine (started with the
 * application, on the shared datasource, inside the container's transactions), the small API that
 * case modules use instead of the engine, the task list that every role works from, and the picture
 * of where a case is in its process.
 */
package uk.nhs.icb.caseworkflows.bpmn;
