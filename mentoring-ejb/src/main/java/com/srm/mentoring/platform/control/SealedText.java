package com.srm.mentoring.platform.control;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * A text column the database holds sealed with the content keys ({@link ContentCipher}): put it on
 * an attribute with {@code @Convert(converter = SealedText.class)}. The column must be {@code text}
 * (a sealed value is some 4/3 of the text's UTF-8 bytes plus 60), and the text's length is checked
 * in the entity, not by the column. Queries cannot compare such a column with anything but null:
 * what looks into the text filters the opened entities in Java.
 */
@Converter
public class SealedText implements AttributeConverter<String, String> {

  @Override
  public String convertToDatabaseColumn(String plain) {
    return ContentCipher.seal(plain);
  }

  /**
   * The text, or the stored value as it is when it cannot be opened ({@link
   * ContentCipher#isUnreadable}): a missing key makes a record show "cannot be read", never fail to
   * load. The entities with such columns update only the columns that changed, so an unreadable
   * value is never sealed again as if it were text.
   */
  @Override
  public String convertToEntityAttribute(String stored) {
    return ContentCipher.read(stored);
  }
}
