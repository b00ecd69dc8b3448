/**
 * Sample complaints for a development start: a handful of made-up complaints taken to different
 * steps through the same use cases a handler uses, so that a newcomer's task list and case list are
 * not empty. Never created with {@code app.profile=production}.
 */
package uk.nhs.icb.caseworkflows.complaints.demo;
