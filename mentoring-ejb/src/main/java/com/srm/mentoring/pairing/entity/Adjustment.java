package com.srm.mentoring.pairing.entity;

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
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.DynamicUpdate;

/**
 * A program adjustment of a pairing that an escalation contact asked HR for (docs/rules.md,
 * concerns). HR sees the kind and a short reason on the pairing, never the concern behind it: the
 * concern's id is kept only so that the concern moves on once HR carried the adjustment out. The
 * reason and HR's note are sealed with the content keys ({@link SealedText}): they say why a
 * pairing changes.
 */
@Entity
@Table(name = "pairing_adjustment")
@DynamicUpdate
@NamedQuery(
    name = Adjustment.OF_PAIRING,
    query = "SELECT a FROM Adjustment a WHERE a.pairingId = :pairing ORDER BY a.requestedAt DESC")
public class Adjustment implements HasRecordId {

  public static final String OF_PAIRING = "Adjustment.ofPairing";
  public static final int NOTE_LENGTH = 500;

  @Id private UUID id;

  @Column(name = "pairing_id", nullable = false, updatable = false)
  private UUID pairingId;

  @Column(name = "concern_id", nullable = false, updatable = false)
  private UUID concernId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 16)
  private AdjustmentKind kind;

  @Convert(converter = SealedText.class)
  @Column(nullable = false, updatable = false, columnDefinition = "text")
  private String reason;

  @Column(name = "requested_by", nullable = false, updatable = false, length = 64)
  private String requestedBy;

  @Column(name = "requested_at", nullable = false, updatable = false)
  private Instant requestedAt;

  @Column(name = "done_by", length = 64)
  private String doneBy;

  @Column(name = "done_at")
  private Instant doneAt;

  @Convert(converter = SealedText.class)
  @Column(name = "done_note", columnDefinition = "text")
  private String doneNote;

  @Version private long version;

  protected Adjustment() {
    // for JPA
  }

  public Adjustment(AdjustmentAsked asked) {
    this.id = UUID.randomUUID();
    this.pairingId = Objects.requireNonNull(asked.pairingId(), "pairing is required");
    this.concernId = Objects.requireNonNull(asked.concernId(), "concern is required");
    this.kind = Objects.requireNonNull(asked.kind(), "kind is required");
    this.reason = Objects.requireNonNull(asked.reason(), "reason is required");
    this.requestedBy = Objects.requireNonNull(asked.requestedBy(), "requester is required");
    this.requestedAt = asked.at();
  }

  /**
   * HR carried it out with the pairing tools. A pause or a change of format happens outside the
   * application, so HR says in a note what was agreed; a re-pair ends the pairing.
   *
   * @throws Refusal when it was done already
   * @throws Refusal when a pause or change of format comes without a note, or the note is too long
   */
  public void done(String hr, String note, Instant at) {
    if (isDone()) {
      throw Refusal.conflict("adjustment", "refusal.adjustment.done", String.valueOf(doneAt));
    }
    String text = note == null ? "" : note.strip();
    if (text.isEmpty() && kind != AdjustmentKind.RE_PAIR) {
      throw Refusal.invalid("note", "refusal.adjustment.note", String.valueOf(kind));
    }
    if (text.length() > NOTE_LENGTH) {
      throw Refusal.invalid("note", "refusal.atMostCharacters", NOTE_LENGTH);
    }
    this.doneNote = text.isEmpty() ? null : text;
    this.doneBy = Objects.requireNonNull(hr);
    this.doneAt = at;
  }

  public boolean isDone() {
    return doneAt != null;
  }

  public UUID getId() {
    return id;
  }

  public UUID getPairingId() {
    return pairingId;
  }

  /** The concern behind it: for moving the concern on, never for showing. */
  public UUID getConcernId() {
    return concernId;
  }

  public AdjustmentKind getKind() {
    return kind;
  }

  public String getReason() {
    return reason;
  }

  public Instant getRequestedAt() {
    return requestedAt;
  }

  public Instant getDoneAt() {
    return doneAt;
  }

  public String getDoneNote() {
    return doneNote;
  }

  public long getVersion() {
    return version;
  }
}
