/**
 * Information governance shared by every workflow: the rights of the people whose information the
 * cases hold, and the retention and destruction of case records under the Records Management Code
 * of Practice.
 */
package uk.nhs.icb.caseworkflows.common.governance;
