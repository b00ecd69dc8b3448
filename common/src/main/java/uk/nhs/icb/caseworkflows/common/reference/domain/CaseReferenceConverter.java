package uk.nhs.icb.caseworkflows.common.reference.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a reference as people write it, so the database can be searched by what they quote. */
@Converter
public class CaseReferenceConverter implements AttributeConverter<CaseReference, String> {

  @Override
  public String convertToDatabaseColumn(CaseReference reference) {
    return reference == null ? null : reference.formatted();
  }

  @Override
  public CaseReference convertToEntityAttribute(String stored) {
    return stored == null ? null : CaseReference.parse(stored);
  }
}
