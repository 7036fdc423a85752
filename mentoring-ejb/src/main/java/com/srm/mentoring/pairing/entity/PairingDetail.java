package com.srm.mentoring.pairing.entity;

import com.srm.mentoring.identity.entity.PersonName;
import com.srm.mentoring.platform.entity.HasRecordId;
import java.io.Serializable;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A pairing as one reader sees it, with its people named and what the reader may do computed from
 * the program's rules (docs/rules.md, pairings). Whether it ended is shown, never why; a re-pair
 * request only to the facilitator and HR, never who asked; the reader's own rating, never the other
 * party's; since when it is paused only to HR, who paused it.
 *
 * @param you the reader's part in it, or null for HR reading a pairing they have no part in
 * @param hr whether the reader reads it as HR
 * @param repairRequested whether a re-pair was asked for; null for a party, who is not told
 * @param myRating the reader's own rating, or null
 * @param mayRate a party, the pairing ended, not rated yet: the rating form is offered
 * @param mayChangeObjective the mentee, while the pairing goes on and the objective is not locked
 * @param mayAskForRepair a party, while the pairing goes on
 * @param mayPlanSessions one of its three people, while it is active
 * @param mayWriteNotes a party: only the mentor and the mentee write feedback notes
 * @param mayPause HR, while it is active
 * @param mayResume HR, while it is paused
 * @param mayEnd HR, while it goes on
 * @param pausedAt since when it is paused; only for HR
 */
public record PairingDetail(
    UUID id,
    UUID cohortId,
    PersonName mentor,
    PersonName mentee,
    PersonName facilitator,
    PairingState state,
    Instant formedAt,
    Instant endedAt,
    Boolean repairRequested,
    String objective,
    boolean objectiveLocked,
    Integer myRating,
    Instant pausedAt,
    Instant formatChangedAt,
    String formatNote,
    long version,
    PairingPart you,
    boolean hr,
    boolean mayRate,
    boolean mayChangeObjective,
    boolean mayAskForRepair,
    boolean mayPlanSessions,
    boolean mayWriteNotes,
    boolean mayPause,
    boolean mayResume,
    boolean mayEnd)
    implements HasRecordId, Serializable {

  /**
   * The pairing as the reader {@code subject} sees it.
   *
   * @param hr whether the reader holds {@code hr-admin}
   * @param names the names of its three people, by subject
   */
  public static PairingDetail of(
      Pairing p, String subject, boolean hr, Map<String, PersonName> names) {
    PairingPart you = PairingPart.of(p, subject);
    boolean party = you != null && you.isParty();
    boolean overseer = hr || you == PairingPart.FACILITATOR;
    return new PairingDetail(
        p.getId(),
        p.getCohortId(),
        names.getOrDefault(p.getMentor(), PersonName.UNKNOWN),
        names.getOrDefault(p.getMentee(), PersonName.UNKNOWN),
        names.getOrDefault(p.getFacilitator(), PersonName.UNKNOWN),
        p.getState(),
        p.getFormedAt(),
        p.getEndedAt(),
        overseer ? p.isRepairRequested() : null,
        p.getObjective(),
        p.isObjectiveLocked(),
        p.ratingOf(subject),
        hr ? p.getPausedAt() : null,
        p.getFormatChangedAt(),
        p.getFormatNote(),
        p.getVersion(),
        you,
        hr,
        p.mayRate(subject),
        you == PairingPart.MENTEE && p.isOngoing() && !p.isObjectiveLocked(),
        party && p.isOngoing(),
        you != null && p.isActive(),
        party,
        hr && p.isActive(),
        hr && p.isPaused(),
        hr && p.isOngoing());
  }

  @Override
  public UUID getId() {
    return id;
  }

  /** Sessions are planned and held in it: neither paused nor ended. */
  public boolean active() {
    return state == PairingState.ACTIVE;
  }

  /** HR paused it; everyone reading it sees that, and only that. */
  public boolean paused() {
    return state == PairingState.PAUSED;
  }

  /** Active or paused: not ended. */
  public boolean ongoing() {
    return state.isOngoing();
  }

  /** The mentor or the mentee. */
  public boolean party() {
    return you != null && you.isParty();
  }

  /** One of its three people: they see the cohort's figures and plan its sessions. */
  public boolean involved() {
    return you != null;
  }

  /** The facilitator and HR, who see that a re-pair was asked for. */
  public boolean overseer() {
    return hr || you == PairingPart.FACILITATOR;
  }

  /** A party of an ended pairing: the rating part shows their rating, or the form. */
  public boolean ratingShown() {
    return party() && !ongoing();
  }

  /** The same reading with a text in place of the format note, as a page or the API shows it. */
  public PairingDetail withFormatNote(String shown) {
    return new PairingDetail(
        id,
        cohortId,
        mentor,
        mentee,
        facilitator,
        state,
        formedAt,
        endedAt,
        repairRequested,
        objective,
        objectiveLocked,
        myRating,
        pausedAt,
        formatChangedAt,
        shown,
        version,
        you,
        hr,
        mayRate,
        mayChangeObjective,
        mayAskForRepair,
        mayPlanSessions,
        mayWriteNotes,
        mayPause,
        mayResume,
        mayEnd);
  }
}
