/**
 * The task list: the user tasks a member of staff may work on, which are those assigned to them and
 * those open (unclaimed) to one of their roles, with claim, unclaim and complete. A task outside
 * the caller's roles does not exist as far as the caller can tell (404), whoever asks.
 */
package uk.nhs.icb.caseworkflows.bpmn.tasklist;
