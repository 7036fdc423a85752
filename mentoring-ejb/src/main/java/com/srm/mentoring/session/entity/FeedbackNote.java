package com.srm.mentoring.session.entity;

import com.srm.mentoring.platform.control.SealedText;
import com.srm.mentoring.platform.entity.HasRecordId;
import com.srm.mentoring.platform.entity.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.DynamicUpdate;

/**
 * A feedback note in one of the two frameworks. It is private to its author until the author shares
 * it with the other party of the pairing; the author may take the sharing back, and the other party
 * then no longer sees it. Each part is required and short; the length is checked here, as the parts
 * are sealed with the content keys ({@link SealedText}) in {@code text} columns.
 */
@Entity
@Table(name = "feedback_note")
@DynamicUpdate
@NamedQuery(
    name = FeedbackNote.READABLE_OF_PAIRING,
    query =
        "SELECT n FROM FeedbackNote n WHERE n.pairingId = :pairing AND (n.author = :me"
            + " OR (n.sharedAt IS NOT NULL AND :party = TRUE)) ORDER BY n.writtenAt")
public class FeedbackNote implements HasRecordId {

  public static final String READABLE_OF_PAIRING = "FeedbackNote.readableOfPairing";
  public static final int PART_LENGTH = 1000;

  @Id private UUID id;

  @NotNull
  @Column(name = "pairing_id", nullable = false, updatable = false)
  private UUID pairingId;

  @NotNull
  @Column(name = "author_subject", nullable = false, updatable = false)
  private String author;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8, updatable = false)
  private Framework framework;

  @Convert(converter = SealedText.class)
  @Column(name = "part_1", nullable = false, columnDefinition = "text")
  private String part1;

  @Convert(converter = SealedText.class)
  @Column(name = "part_2", nullable = false, columnDefinition = "text")
  private String part2;

  @Convert(converter = SealedText.class)
  @Column(name = "part_3", nullable = false, columnDefinition = "text")
  private String part3;

  @Convert(converter = SealedText.class)
  @Column(name = "part_4", columnDefinition = "text")
  private String part4;

  @Column(name = "written_at", nullable = false, updatable = false)
  private Instant writtenAt;

  @Column(name = "shared_at")
  private Instant sharedAt;

  @Version private long version;

  protected FeedbackNote() {
    // for JPA
  }

  /**
   * A note with every part of its framework, by name.
   *
   * @throws Refusal naming the first part that is missing, empty or too long
   */
  public FeedbackNote(
      UUID pairingId, String author, Framework framework, Map<String, String> parts, Instant at) {
    this.id = UUID.randomUUID();
    this.pairingId = Objects.requireNonNull(pairingId, "pairing is required");
    this.author = Objects.requireNonNull(author, "author is required");
    if (framework == null) {
      throw Refusal.invalid("framework", "refusal.note.framework");
    }
    this.framework = framework;
    List<String> texts = new ArrayList<>();
    for (String part : framework.parts()) {
      String text = parts == null ? null : parts.get(part);
      if (text == null || text.isBlank()) {
        throw Refusal.invalid(part, "refusal.isRequired");
      }
      String trimmed = text.strip();
      if (trimmed.length() > PART_LENGTH) {
        throw Refusal.invalid(part, "refusal.mustBeAtMostCharacters", PART_LENGTH);
      }
      texts.add(trimmed);
    }
    this.part1 = texts.get(0);
    this.part2 = texts.get(1);
    this.part3 = texts.get(2);
    this.part4 = texts.size() > 3 ? texts.get(3) : null;
    this.writtenAt = Objects.requireNonNull(at);
  }

  /** Its author reads it always; the other party of its pairing once it is shared. */
  public boolean mayBeReadBy(String subject, boolean otherPartyOfPairing) {
    return author.equals(subject) || (isShared() && otherPartyOfPairing);
  }

  /** Only the author shares a note. */
  public void share(String by, Instant at) {
    requireAuthor(by);
    if (sharedAt == null) {
      sharedAt = Objects.requireNonNull(at);
    }
  }

  /** Only the author takes the sharing back; the other party no longer sees the note. */
  public void unshare(String by) {
    requireAuthor(by);
    sharedAt = null;
  }

  private void requireAuthor(String by) {
    if (!author.equals(by)) {
      throw Refusal.conflict("note", "refusal.note.authorOnly");
    }
  }

  public boolean isShared() {
    return sharedAt != null;
  }

  /** The parts by name, in the framework's order. */
  public Map<String, String> getParts() {
    Map<String, String> parts = new LinkedHashMap<>();
    String[] texts = {part1, part2, part3, part4};
    for (int i = 0; i < framework.parts().size(); i++) {
      parts.put(framework.parts().get(i), texts[i]);
    }
    return parts;
  }

  public UUID getId() {
    return id;
  }

  public UUID getPairingId() {
    return pairingId;
  }

  public String getAuthor() {
    return author;
  }

  public Framework getFramework() {
    return framework;
  }

  public Instant getWrittenAt() {
    return writtenAt;
  }

  public Instant getSharedAt() {
    return sharedAt;
  }

  public long getVersion() {
    return version;
  }
}
