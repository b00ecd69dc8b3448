/**
 * Retention use cases: start the clock when a case closes, list the records due for review, extend
 * or destroy one; with the two ports the other modules fill in (the retention process on the
 * engine, and each case module's destroyer of its own records).
 */
package uk.nhs.icb.caseworkflows.common.retention.application;
