package uk.nhs.icb.caseworkflows.common.anonymise.domain;

import java.util.List;

/**
 * Finds identities in a text without changing it, so that several detections (a case's known
 * identities, generic patterns) can look at the same original and their findings be merged with
 * offsets a reviewer can check against the original.
 */
@FunctionalInterface
public interface IdentityDetection {

  /** Every identity found, in any order; they may overlap. */
  List<IdentitySpan> find(String text);
}
