/**
 * A code and its label ({@link uk.nhs.icb.caseworkflows.common.coding.domain.Code}), a named list
 * of them that refuses a code it does not hold ({@link
 * uk.nhs.icb.caseworkflows.common.coding.domain.CodeList}) and a workflow's set of lists ({@link
 * uk.nhs.icb.caseworkflows.common.coding.domain.CodeLists}).
 */
package uk.nhs.icb.caseworkflows.common.coding.domain;
