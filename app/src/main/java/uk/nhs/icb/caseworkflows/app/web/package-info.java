/**
 * The pages every case worker passes through: sign in and sign out, the session keep-alive, the
 * start (which is their task list), My tasks with claim and unclaim, and a manager's view of the
 * team's tasks. They use the page support of {@code common.web.pages}; the workflows' own pages
 * live in their modules.
 */
package uk.nhs.icb.caseworkflows.app.web;
