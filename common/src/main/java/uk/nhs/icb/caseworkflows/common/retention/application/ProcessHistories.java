package uk.nhs.icb.caseworkflows.common.retention.application;

/**
 * The engine's record of a case's process, as destruction needs it; filled in by the engine module,
 * which this module cannot see.
 */
public interface ProcessHistories {

  /**
   * Erases the finished process history of the case; refused (409) while its process still runs.
   * Returns how many process instances' history was erased.
   */
  int eraseHistory(String caseId);
}
