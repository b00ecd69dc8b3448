/** A case's letters over REST: the list, and each letter as a PDF download. */
package uk.nhs.icb.caseworkflows.common.letters.web;
