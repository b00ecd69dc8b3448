package uk.nhs.icb.caseworkflows.common.documents.application;

import uk.nhs.icb.caseworkflows.common.documents.domain.DocumentName;
import uk.nhs.icb.caseworkflows.common.documents.domain.DocumentType;

/** A stored document read for download: its bytes and what the answer says about them. */
public record DocumentDownload(
    String id, DocumentName name, DocumentType type, String sha256, byte[] content) {}
