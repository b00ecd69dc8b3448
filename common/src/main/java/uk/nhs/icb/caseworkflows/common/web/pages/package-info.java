/**
 * Support for the server-rendered web pages of every module, and the kit each workflow's case pages
 * are built from: Mustache templates from the classpath inside one shared NHS design system layout;
 * CSRF protection of every form (a token in the session, checked by a filter on every non-GET page
 * request; {@code /api} uses Basic and is not covered); what a form's answers are ({@link
 * FormValues}, checked against {@link FieldLimits} the workflow's application layer gives as plain
 * data) and how its fields are shown ({@link FormModel}, {@code common/case-form}, {@code
 * common/fields}); the case-pages servlet ({@link CasePages}) that dispatches list, case page,
 * intake and {@link CaseForm}s, checks roles and turns refusals into messages beside the fields;
 * the sections every case page shows ({@link CaseSections}, {@link StepLinks}); paging that keeps a
 * list's filters; an upload field; the NHS error summary, day/month/year date inputs and a one-time
 * confirmation banner carried across the redirect after a POST.
 */
package uk.nhs.icb.caseworkflows.common.web.pages;
