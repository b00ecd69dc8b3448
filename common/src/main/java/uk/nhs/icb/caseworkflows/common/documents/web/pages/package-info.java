/**
 * Documents on a case's pages, whatever the case type: a form's optional document, offered with the
 * types and size a case accepts and judged by its bytes before anything is stored.
 */
package uk.nhs.icb.caseworkflows.common.documents.web.pages;
