/**
 * Case documents as use cases: attach a file after checking its bytes against the accepted types
 * and the size limit, download it, list a case's documents without their bytes, and delete them all
 * when the case is destroyed. Every upload and download leaves an audit entry in the same
 * transaction.
 */
package uk.nhs.icb.caseworkflows.common.documents.application;
