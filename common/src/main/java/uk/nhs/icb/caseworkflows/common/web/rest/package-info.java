/**
 * What every case module's REST resource does the same way: turning a checked request into domain
 * values so that a rule a value refuses becomes a 400 naming the field, and answering a new record
 * with 201 and its address. The case modules keep their own paths, roles and use cases.
 */
package uk.nhs.icb.caseworkflows.common.web.rest;
