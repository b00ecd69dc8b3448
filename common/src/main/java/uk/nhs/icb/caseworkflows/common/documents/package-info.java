/**
 * Documents attached to cases (evidence of a complaint, for one): the allow-list of types (PDF,
 * PNG, JPEG) checked against the bytes, never the name or declared type; the size limit ({@code
 * app.documents.max-bytes}); storage with an audit entry for every upload and download; and
 * deletion of all of a case's documents when the case is destroyed.
 */
package uk.nhs.icb.caseworkflows.common.documents;
