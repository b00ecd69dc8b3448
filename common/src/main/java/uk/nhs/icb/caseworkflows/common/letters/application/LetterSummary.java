package uk.nhs.icb.caseworkflows.common.letters.application;

import java.time.Instant;

/** What a list shows of a letter, without its bytes. */
public record LetterSummary(
    String id,
    String kind,
    String title,
    int templateVersion,
    String recipientName,
    String fileName,
    String createdBy,
    Instant createdAt,
    String sha256,
    long sizeBytes) {}
