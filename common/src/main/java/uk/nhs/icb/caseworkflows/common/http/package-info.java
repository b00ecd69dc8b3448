/**
 * What every HTTP request and answer gets, whatever handles it: request bodies above a size limit
 * refused with 413 before anything reads them ({@code app.http.max-request-bytes}; the addresses
 * that take a document, named by {@link uk.nhs.icb.caseworkflows.common.http.UploadPaths} beans, up
 * to {@code app.documents.max-bytes}), a Content-Type that is no media type refused with 415, JSON
 * nested too deep refused with 400 before it is bound, and the security headers
 * (Content-Security-Policy without inline code, no framing, no sniffing, no referrer, HSTS over
 * TLS, no caching of API answers).
 */
package uk.nhs.icb.caseworkflows.common.http;
