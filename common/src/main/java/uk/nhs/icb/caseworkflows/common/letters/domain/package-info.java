/**
 * A letter as stored (the PDF, its kind, template version, recipient, who made it and when, and a
 * SHA-256 of the bytes) and the parts a letter is made from: template, recipient, signatory. Also
 * what every workflow's letters are written with: whom a letter goes to and how it greets them
 * ({@link uk.nhs.icb.caseworkflows.common.letters.domain.Addressee}), the team that sends it
 * ({@link uk.nhs.icb.caseworkflows.common.letters.domain.TeamLetters}: contact, advocacy,
 * signatory), where to send a reader the ICB cannot help ({@link
 * uk.nhs.icb.caseworkflows.common.letters.domain.Signpost}), and the refusal of a letter the file
 * is not ready for ({@link uk.nhs.icb.caseworkflows.common.letters.domain.LetterNotReady}).
 */
package uk.nhs.icb.caseworkflows.common.letters.domain;
