package uk.nhs.icb.caseworkflows.common.documents.application;

import uk.nhs.icb.caseworkflows.common.documents.domain.DocumentName;

/**
 * A file as it arrived: the name its sender gave it, its bytes, and the field of the request that
 * carried it ({@code body} for a raw upload, the input's name on a form), which a refusal names.
 */
public record DocumentUpload(String field, DocumentName name, byte[] content) {}
