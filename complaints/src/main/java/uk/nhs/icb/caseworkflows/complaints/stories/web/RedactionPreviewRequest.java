package uk.nhs.icb.caseworkflows.complaints.stories.web;

import java.util.List;
import uk.nhs.icb.caseworkflows.common.anonymise.domain.KnownIdentities;
import uk.nhs.icb.caseworkflows.common.anonymise.domain.KnownIdentityKind;
import uk.nhs.icb.caseworkflows.common.web.rest.FieldInput;

/** A text to redact and what the case already knows identifies its people. */
public record RedactionPreviewRequest(String text, List<KnownIdentityInput> knownIdentities) {

  /**
   * One known identity: its kind (NAME, NHS_NUMBER, DATE_OF_BIRTH, ADDRESS, PHONE, EMAIL) and
   * value.
   */
  public record KnownIdentityInput(String kind, String value) {}

  /** Maximum known identities one preview may name. */
  static final int MOST_KNOWN = 100;

  /** Each refused identity is refused as {@code knownIdentities[i].kind} or {@code .value}. */
  KnownIdentities known() {
    List<KnownIdentityInput> given = knownIdentities == null ? List.of() : knownIdentities;
    FieldInput.require(
        given.size() <= MOST_KNOWN,
        "knownIdentities",
        "must name " + MOST_KNOWN + " identities or fewer");
    KnownIdentities known = KnownIdentities.none();
    for (int i = 0; i < given.size(); i++) {
      String field = "knownIdentities[" + i + "]";
      KnownIdentityInput input = given.get(i);
      FieldInput.require(input != null, field, "must be an object with kind and value");
      KnownIdentityKind kind =
          FieldInput.field(field + ".kind", () -> KnownIdentityKind.named(input.kind()));
      FieldInput.require(
          input.value() == null || input.value().length() <= 500,
          field + ".value",
          "must be 500 characters or fewer");
      KnownIdentities sofar = known;
      known = FieldInput.field(field + ".value", () -> kind.addTo(sofar, input.value()));
    }
    return known;
  }

  int knownCount() {
    return knownIdentities == null ? 0 : knownIdentities.size();
  }
}
