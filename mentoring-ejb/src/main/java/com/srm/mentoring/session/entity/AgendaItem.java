package com.srm.mentoring.session.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** One point a party wants to talk about, with who added it. */
@Embeddable
public class AgendaItem {

  public static final int TEXT_LENGTH = 1000;

  @Column(name = "author_subject", length = 64, nullable = false)
  private String author;

  @Column(length = TEXT_LENGTH, nullable = false)
  private String text;

  @Column(name = "added_at", nullable = false)
  private Instant addedAt;

  protected AgendaItem() {
    // for JPA
  }

  AgendaItem(String author, String text, Instant addedAt) {
    this.author = author;
    this.text = text;
    this.addedAt = addedAt;
  }

  public String getAuthor() {
    return author;
  }

  public String getText() {
    return text;
  }

  public Instant getAddedAt() {
    return addedAt;
  }
}
