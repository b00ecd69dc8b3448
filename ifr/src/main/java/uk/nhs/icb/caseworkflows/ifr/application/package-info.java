/**
 * The IFR use cases, one public transactional method per user action (log, screen, decide at a
 * panel or by chair's action, review, reconsider, record an outcome report), each taking {@code
 * IfrSteps}: find the request, check the step, change it, audit, tell the process. Also the
 * settings, the treatment list, the anonymised panel pack and the annual figures.
 */
package uk.nhs.icb.caseworkflows.ifr.application;
