/**
 * Reading a workflow's code lists: the seed shipped in its module, with any list the ICB sets under
 * the workflow's prefix in place of the seed's ({@link
 * uk.nhs.icb.caseworkflows.common.coding.application.CodeListReader}).
 */
package uk.nhs.icb.caseworkflows.common.coding.application;
