/**
 * Sample funding requests on a development start, never in production, only when there are none.
 */
package uk.nhs.icb.caseworkflows.ifr.demo;
