/**
 * Configurable coded lists: the codes a workflow records a case under (the national complaints
 * return's subjects and service areas, a panel's treatments), seeded from a list shipped in the
 * workflow's module and replaceable list by list by the ICB's configuration. A stored code never
 * changes meaning; a code retired from a list still reads back on the cases that used it.
 */
package uk.nhs.icb.caseworkflows.common.coding;
