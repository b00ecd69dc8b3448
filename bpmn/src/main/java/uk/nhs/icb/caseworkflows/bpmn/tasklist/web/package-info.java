/** The task list over REST: {@code /api/tasks} and the claim, unclaim and complete actions. */
package uk.nhs.icb.caseworkflows.bpmn.tasklist.web;
