package uk.nhs.icb.caseworkflows.common.party.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores an NHS number as its ten digits; reading it back checks the check digit again. */
@Converter
public class NhsNumberConverter implements AttributeConverter<NhsNumber, String> {

  @Override
  public String convertToDatabaseColumn(NhsNumber number) {
    return number == null ? null : number.digits();
  }

  @Override
  public NhsNumber convertToEntityAttribute(String digits) {
    return digits == null ? null : NhsNumber.parse(digits);
  }
}
