/**
 * Use cases of letters: find the templates the modules contribute, compose a letter from a template
 * and a case's fields, render it to PDF/A, issue it (store and audit in the caller's transaction),
 * and list or download a case's letters for the roles that may see the case. For the workflows that
 * write letters: their settings read under their own prefix ({@link
 * uk.nhs.icb.caseworkflows.common.letters.application.LetterSettingsReader}), the dates a letter
 * gives ({@link uk.nhs.icb.caseworkflows.common.letters.application.LetterDates}), and their
 * templates registered by folder ({@link
 * uk.nhs.icb.caseworkflows.common.letters.application.FolderLetterTemplates}).
 */
package uk.nhs.icb.caseworkflows.common.letters.application;
