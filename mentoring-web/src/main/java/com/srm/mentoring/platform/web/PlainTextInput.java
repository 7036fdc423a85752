package com.srm.mentoring.platform.web;

import com.srm.mentoring.platform.entity.PlainText;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIViewParameter;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import java.text.MessageFormat;

/**
 * The pages' side of {@link PlainText}: registered in {@code faces-config.xml} as a default
 * validator, so every input of every page refuses control characters other than line breaks and
 * tabs before any bean sees the value, with a message naming the field.
 */
public class PlainTextInput implements Validator<Object> {

  /** The id this validator is registered under. */
  public static final String ID = "mentoring.PlainText";

  @Override
  public void validate(FacesContext faces, UIComponent component, Object value) {
    if (value instanceof CharSequence text && !PlainText.Validator.isPlain(text)) {
      String message =
          MessageFormat.format(
              faces.getApplication().getResourceBundle(faces, "msg").getString("input.plainText"),
              fieldName(component));
      throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
    }
  }

  /** The field's label where the page gives one, else its name in the URL or its id. */
  static String fieldName(UIComponent component) {
    Object label = component.getAttributes().get("label");
    if (label != null && !label.toString().isBlank()) {
      return label.toString();
    }
    if (component instanceof UIViewParameter parameter && parameter.getName() != null) {
      return parameter.getName();
    }
    return component.getId();
  }
}
