/**
 * A letter as stored (the PDF, its kind, template version, recipient, who made it and when, and a
 * SHA-256 of the bytes) and the parts a letter is made from: template, recipient, signatory.
 */
package uk.nhs.icb.caseworkflows.common.letters.domain;
