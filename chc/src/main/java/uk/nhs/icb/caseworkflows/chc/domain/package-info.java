/**
 * The rules of an NHS Continuing Healthcare case under the National Framework (July 2022): the
 * {@link uk.nhs.icb.caseworkflows.chc.domain.ChcCase} aggregate from referral to decision, and the
 * parts it hands its rules to: the adults-only referral ({@link
 * uk.nhs.icb.caseworkflows.chc.domain.Referral}), the screening {@link
 * uk.nhs.icb.caseworkflows.chc.domain.Checklist} and its outcome, the 28-day {@link
 * uk.nhs.icb.caseworkflows.chc.domain.AssessmentClock} with its refund period, the full assessment
 * by the multidisciplinary team on the {@link
 * uk.nhs.icb.caseworkflows.chc.domain.DecisionSupportTool}, and whether NHS-funded Nursing Care
 * must be considered after a finding of not eligible. Plain Java: no process, no web, no container,
 * and no JPA mapping yet. The software shows the Framework's indicators but never decides
 * eligibility; people do. docs/chc.md maps each rule to the Framework text it was checked against.
 */
package uk.nhs.icb.caseworkflows.chc.domain;
