package uk.nhs.icb.caseworkflows.common.documents.domain;

import java.util.Objects;

/**
 * What in a case a document belongs to: a kind of record the case module names ({@code evidence})
 * and that record's id. A document is only ever found through the record it is attached to.
 */
public record AttachedTo(String kind, String id) {

  public AttachedTo {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
  }
}
