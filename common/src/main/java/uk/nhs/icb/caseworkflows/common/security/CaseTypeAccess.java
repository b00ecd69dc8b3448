package uk.nhs.icb.caseworkflows.common.security;

import java.util.Set;

/**
 * Need to know, per case type: which roles may see a case of this type, and whether a case exists.
 * Each case module provides one as an {@code @ApplicationScoped} bean; shared features (letters,
 * audit, documents) ask it before showing anything of a case.
 */
public interface CaseTypeAccess {

  String caseType();

  Set<String> rolesThatMaySee();

  boolean exists(String caseId);
}
