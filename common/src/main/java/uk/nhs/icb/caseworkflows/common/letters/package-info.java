/**
 * Letters: every letter a case sends, from a template a non-programmer can read and amend, rendered
 * to a tagged PDF/A-2a document (and, for a recipient whose communication needs ask for it, also in
 * large print and as plain text), stored with its case in the transaction of the action that caused
 * it, and never regenerated: a corrected letter is a new letter.
 */
package uk.nhs.icb.caseworkflows.common.letters;
