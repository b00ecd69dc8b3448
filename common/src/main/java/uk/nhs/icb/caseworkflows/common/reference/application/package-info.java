/**
 * Taking the next reference of a series inside the caller's transaction, and creating each case
 * module's counter before its first case can be received. A case module names its series by an
 * {@code @ApplicationScoped} bean implementing {@link ReferenceSeries}.
 */
package uk.nhs.icb.caseworkflows.common.reference.application;
