package uk.nhs.icb.caseworkflows.app.probe;

import uk.nhs.icb.caseworkflows.bpmn.casework.CaseRecords;

/** A probe case as its page shows it: the case, and what the kit keeps beside it. */
public record ProbeFile(ProbeCase probe, CaseRecords records) {}
