package com.srm.mentoring.pairing.web;

import com.srm.mentoring.pairing.entity.PairingDetail;
import com.srm.mentoring.platform.web.SealedTexts;
import jakarta.faces.context.FacesContext;
import java.io.Serializable;

/**
 * A pairing as a page shows it: names, state, the objective, a change of format with HR's note. Why
 * it ended or was paused is never shown.
 *
 * @param active whether sessions are planned in it: neither paused nor ended
 * @param paused whether HR paused it; everyone reading it sees that, and only that
 * @param repairRequested whether a re-pair was asked for; pages show it to the facilitator and HR
 */
public record PairingRow(
    String id,
    String cohortId,
    String mentor,
    String mentorName,
    String mentee,
    String menteeName,
    String facilitator,
    String facilitatorName,
    boolean active,
    boolean paused,
    String endedAt,
    boolean repairRequested,
    String objective,
    boolean objectiveLocked,
    String formatChangedAt,
    String formatNote,
    long version)
    implements Serializable {

  /** The bundle key of its state, as its lists and its page name it. */
  public String stateKey() {
    return active ? "pairing.active" : paused ? "pairing.pausedState" : "pairing.endedState";
  }

  /** Active or paused: not ended. */
  public boolean ongoing() {
    return active || paused;
  }

  /** The pairing as the boundary read it, its format note shown in the reader's language. */
  public static PairingRow of(PairingDetail p) {
    return new PairingRow(
        p.id().toString(),
        p.cohortId().toString(),
        p.mentor().username(),
        p.mentor().displayName(),
        p.mentee().username(),
        p.mentee().displayName(),
        p.facilitator().username(),
        p.facilitator().displayName(),
        p.active(),
        p.paused(),
        ProgramFaces.utc(p.endedAt()),
        Boolean.TRUE.equals(p.repairRequested()),
        p.objective(),
        p.objectiveLocked(),
        ProgramFaces.utc(p.formatChangedAt()),
        SealedTexts.shown(FacesContext.getCurrentInstance(), p.formatNote()),
        p.version());
  }
}
