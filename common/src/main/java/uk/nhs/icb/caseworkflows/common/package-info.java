/**
 * The shared kernel of ICB Case Workflows: what every case workflow (complaints, CHC, IFR) needs
 * and must not write again. Each concern is a package of its own (audit, security, errors, paging,
 * calendar, health), laid out in the same domain / application / web layers as a case module where
 * the concern has more than one layer.
 */
package uk.nhs.icb.caseworkflows.common;
