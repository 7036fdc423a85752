package com.srm.mentoring.platform.entity;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Text a person typed: no control characters but line breaks and tabs. PostgreSQL refuses a NUL in
 * a text column, and the other control characters only hide text from whoever reads it later. Every
 * text input of the pages and the REST API is checked against this one rule.
 */
@Documented
@Constraint(validatedBy = PlainText.Validator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface PlainText {

  /** What is wrong with a text that breaks the rule, to follow the field's name. */
  String MESSAGE = "must contain no control characters other than line breaks and tabs";

  String message() default MESSAGE;

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Null is plain text: whether a value is required is another rule's business. */
  final class Validator implements jakarta.validation.ConstraintValidator<PlainText, CharSequence> {

    @Override
    public boolean isValid(CharSequence value, jakarta.validation.ConstraintValidatorContext c) {
      return isPlain(value);
    }

    /** Whether the text holds no control character other than a line break or a tab. */
    public static boolean isPlain(CharSequence value) {
      if (value == null) {
        return true;
      }
      return value
          .codePoints()
          .noneMatch(
              c ->
                  c != '\n'
                      && c != '\r'
                      && c != '\t'
                      && (Character.getType(c) == Character.CONTROL));
    }
  }
}
