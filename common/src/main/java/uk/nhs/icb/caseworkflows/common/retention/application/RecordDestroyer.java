package uk.nhs.icb.caseworkflows.common.retention.application;

import java.util.List;

/**
 * A case module's eraser of its own records, called inside the destruction's transaction: it
 * deletes the case's personal data, letters, documents and process history, and says what it
 * deleted, one line each, for the certificate. Implement it as an {@code @ApplicationScoped} bean
 * that hands the shared part to {@link CaseRecordErasure} and does only its own entities.
 */
public interface RecordDestroyer {

  String recordType();

  List<String> destroy(String recordId);
}
