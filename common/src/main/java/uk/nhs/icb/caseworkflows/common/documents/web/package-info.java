/**
 * Case documents over HTTP: reading a raw upload with its name from a query parameter, and
 * answering a download as an attachment with the type found in its bytes. Each case module's
 * resource uses these at its own addresses, after its own checks of the record a document belongs
 * to.
 */
package uk.nhs.icb.caseworkflows.common.documents.web;
