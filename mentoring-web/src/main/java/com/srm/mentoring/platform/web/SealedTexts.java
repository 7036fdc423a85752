package com.srm.mentoring.platform.web;

import com.srm.mentoring.platform.control.ContentCipher;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Shows sealed text on pages: {@code #{sealedText.shown(value)}}. A text whose key is not
 * configured reads "cannot be read" in the reader's language instead of failing the page; the log
 * names the key (docs/operations.md).
 */
@Named("sealedText")
@RequestScoped
public class SealedTexts {

  /** The bundle's word for a text that cannot be read. */
  public static final String UNREADABLE = "content.unreadable";

  @Inject FacesContext faces;

  public String shown(String text) {
    return shown(faces, text);
  }

  /** The text, or the bundle's "cannot be read" when its key is not configured. */
  public static String shown(FacesContext faces, String text) {
    return ContentCipher.isUnreadable(text)
        ? faces.getApplication().getResourceBundle(faces, "msg").getString(UNREADABLE)
        : text;
  }
}
