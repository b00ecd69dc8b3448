/**
 * Sample cases for a development start: each case module says how to tell whether it has any cases
 * and how to make its samples ({@link DemoCases}); the rule of when to make them (never in
 * production, only into an empty workflow, and a failure never stops the start) is here once.
 */
package uk.nhs.icb.caseworkflows.common.demo;
