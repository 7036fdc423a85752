package com.srm.mentoring.escalation.entity;

import com.srm.mentoring.platform.control.SealedText;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * A contact's legal hold on a concern: its content is kept beyond the retention period, for a
 * reason the other contacts read (docs/rules.md, concerns). A concern without a hold has none: its
 * two columns are empty. The reason is sealed with the content keys ({@link SealedText}).
 */
@Embeddable
public class LegalHold {

  public static final int REASON_LENGTH = 500;

  @Convert(converter = SealedText.class)
  @Column(name = "hold_reason", columnDefinition = "text")
  private String reason;

  @Column(name = "held_by", length = 64)
  private String heldBy;

  protected LegalHold() {
    // for JPA
  }

  private LegalHold(String contact, String reason) {
    this.heldBy = contact;
    this.reason = reason;
  }

  /**
   * A hold placed by the contact.
   *
   * @throws com.srm.mentoring.platform.entity.Refusal when the reason is missing or too long
   */
  public static LegalHold placedBy(String contact, String reason) {
    return new LegalHold(contact, ConcernText.of("reason", reason, REASON_LENGTH));
  }

  /**
   * Why a contact lifts the hold, as the other contacts read it in a note.
   *
   * @throws com.srm.mentoring.platform.entity.Refusal when the reason is missing or too long
   */
  public static String liftedBecause(String reason) {
    return "Legal hold lifted: " + ConcernText.of("reason", reason, REASON_LENGTH);
  }

  public String getReason() {
    return reason;
  }

  public String getHeldBy() {
    return heldBy;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof LegalHold that
        && Objects.equals(reason, that.reason)
        && Objects.equals(heldBy, that.heldBy);
  }

  @Override
  public int hashCode() {
    return Objects.hash(reason, heldBy);
  }
}
