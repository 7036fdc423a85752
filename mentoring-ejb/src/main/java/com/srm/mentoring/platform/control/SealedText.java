package com.srm.mentoring.platform.control;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * A text column the database holds sealed with the content keys ({@link ContentCipher}): put it on
 * an attribute with {@code @Convert(converter = SealedText.class)}. The column must be {@code text}
 * (a sealed value is some 4/3 of the text's UTF-8 bytes plus 60), and the text's length is checked
 * in the entity, not by the column. Queries cannot compare such a column with anything but null.
 */
@Converter
public class SealedText implements AttributeConverter<String, String> {

  @Override
  public String convertToDatabaseColumn(String plain) {
    return ContentCipher.seal(plain);
  }

  @Override
  public String convertToEntityAttribute(String stored) {
    return ContentCipher.open(stored);
  }
}
