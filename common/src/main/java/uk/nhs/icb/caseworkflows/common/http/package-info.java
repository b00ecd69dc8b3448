/**
 * What every HTTP answer gets whatever produced it: request bodies above a size limit refused with
 * 413 before anything reads them ({@code app.http.max-request-bytes}), and the security headers
 * (Content-Security-Policy without inline code, no framing, no sniffing, no referrer, HSTS over
 * TLS, no caching of API answers).
 */
package uk.nhs.icb.caseworkflows.common.http;
