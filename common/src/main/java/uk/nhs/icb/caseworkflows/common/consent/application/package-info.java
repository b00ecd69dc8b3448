/**
 * The consents recorded for cases of any type: reading a case's consents in the order they were
 * given, adding one, finding one of that case (never another case's), and deleting them all when
 * the case's records are destroyed.
 */
package uk.nhs.icb.caseworkflows.common.consent.application;
