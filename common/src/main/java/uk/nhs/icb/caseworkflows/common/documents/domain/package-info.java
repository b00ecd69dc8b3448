/**
 * A stored case document (its bytes, SHA-256, size, the type found in its bytes, who attached it
 * and when, and what in the case it belongs to), the types a case accepts, and the rules for the
 * display name a person gave the file.
 */
package uk.nhs.icb.caseworkflows.common.documents.domain;
