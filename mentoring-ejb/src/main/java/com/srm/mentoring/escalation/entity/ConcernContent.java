package com.srm.mentoring.escalation.entity;

import com.srm.mentoring.platform.control.ContentCipher;
import com.srm.mentoring.platform.control.SealedText;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Locale;

/**
 * What a concern says, its title and description, sealed with the content keys ({@link
 * SealedText}), and its erasure once retention ended: both are then gone, and when it happened
 * stays.
 */
@Embeddable
public class ConcernContent {

  public static final int TITLE_LENGTH = 120;
  public static final int DESCRIPTION_LENGTH = 4000;

  @Convert(converter = SealedText.class)
  @Column(name = "title", columnDefinition = "text")
  private String title;

  @Convert(converter = SealedText.class)
  @Column(name = "description", columnDefinition = "text")
  private String description;

  @Column(name = "erased_at")
  private Instant erasedAt;

  protected ConcernContent() {
    // for JPA
  }

  /**
   * @throws com.srm.mentoring.platform.entity.Refusal naming the field of a missing or oversized
   *     value
   */
  ConcernContent(String title, String description) {
    this.title = ConcernText.of("title", title, TITLE_LENGTH);
    this.description = ConcernText.of("description", description, DESCRIPTION_LENGTH);
  }

  /**
   * Whether its title or description contains the text, ignoring case: the columns are sealed, so
   * searching looks into the opened concerns rather than the database. Erased content, or content
   * that cannot be read, matches nothing.
   */
  boolean mentions(String text) {
    String wanted = text.strip().toLowerCase(Locale.ROOT);
    return contains(title, wanted) || contains(description, wanted);
  }

  private static boolean contains(String value, String wanted) {
    return value != null
        && !ContentCipher.isUnreadable(value)
        && value.toLowerCase(Locale.ROOT).contains(wanted);
  }

  /** The check that a text does not repeat this content. */
  WordingCheck wording() {
    return new WordingCheck(title, description);
  }

  void erase(Instant now) {
    title = null;
    description = null;
    erasedAt = now;
  }

  boolean isErased() {
    return erasedAt != null;
  }

  public String getTitle() {
    return title;
  }

  public String getDescription() {
    return description;
  }

  public Instant getErasedAt() {
    return erasedAt;
  }
}
