package uk.nhs.icb.caseworkflows.complaints.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a reference as people write it, so the database can be searched by what they quote. */
@Converter
public class ComplaintReferenceConverter implements AttributeConverter<ComplaintReference, String> {

  @Override
  public String convertToDatabaseColumn(ComplaintReference reference) {
    return reference == null ? null : reference.formatted();
  }

  @Override
  public ComplaintReference convertToEntityAttribute(String stored) {
    return stored == null ? null : ComplaintReference.parse(stored);
  }
}
