/**
 * The retention process on the engine: the model's deployment, and the adapter through which the
 * retention use cases in {@code common} start it, ask whether a review is open, and record the
 * review's decision.
 */
package uk.nhs.icb.caseworkflows.bpmn.retention;
