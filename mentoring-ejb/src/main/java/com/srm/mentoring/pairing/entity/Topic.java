package com.srm.mentoring.pairing.entity;

import com.srm.mentoring.platform.entity.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/**
 * A free tag a person entered: a topic a senior wants to learn or a junior offers. Tags are kept in
 * lower case, trimmed, so that "Cloud " and "cloud" match.
 */
@Entity
@Table(name = "program_topic")
@NamedQuery(
    name = Topic.OF_SUBJECTS,
    query = "SELECT t FROM Topic t WHERE t.key.subject IN :subjects AND t.key.kind = :kind")
@NamedQuery(name = Topic.OF_SUBJECT, query = "SELECT t FROM Topic t WHERE t.key.subject = :subject")
@NamedQuery(
    name = Topic.SUGGESTIONS,
    query = "SELECT DISTINCT t.key.tag FROM Topic t ORDER BY t.key.tag")
public class Topic {

  public static final String OF_SUBJECTS = "Topic.ofSubjects";
  public static final String OF_SUBJECT = "Topic.ofSubject";
  public static final String SUGGESTIONS = "Topic.suggestions";
  public static final int TAG_LENGTH = 60;

  /** Whether the person offers the topic (a junior) or wants to learn it (a senior). */
  public enum Kind {
    OFFERS,
    WANTS
  }

  @EmbeddedId private Key key;

  protected Topic() {
    // for JPA
  }

  public Topic(String subject, Kind kind, String tag) {
    this.key = new Key(Objects.requireNonNull(subject), Objects.requireNonNull(kind), normal(tag));
  }

  /** The tag as stored: trimmed, lower case, inner spaces collapsed. */
  public static String normal(String tag) {
    if (tag == null || tag.isBlank()) {
      throw Refusal.invalid("topics", "refusal.topics.empty");
    }
    String normal = tag.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    if (normal.length() > TAG_LENGTH) {
      throw Refusal.invalid("topics", "refusal.topics.tooLong", TAG_LENGTH);
    }
    return normal;
  }

  public String getSubject() {
    return key.subject;
  }

  public Kind getKind() {
    return key.kind;
  }

  public String getTag() {
    return key.tag;
  }

  /** One person, one kind, one tag. */
  @Embeddable
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    @Column(length = 64)
    String subject;

    @Enumerated(EnumType.STRING)
    @Column(length = 8)
    Kind kind;

    @Column(length = TAG_LENGTH)
    String tag;

    protected Key() {}

    Key(String subject, Kind kind, String tag) {
      this.subject = subject;
      this.kind = kind;
      this.tag = tag;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && subject.equals(k.subject) && kind == k.kind && tag.equals(k.tag);
    }

    @Override
    public int hashCode() {
      return Objects.hash(subject, kind, tag);
    }
  }
}
