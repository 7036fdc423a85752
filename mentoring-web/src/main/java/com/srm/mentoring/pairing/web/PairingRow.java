package com.srm.mentoring.pairing.web;

import com.srm.mentoring.identity.boundary.People;
import com.srm.mentoring.pairing.entity.Pairing;
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

  public static PairingRow of(Pairing p, People people) {
    return new PairingRow(
        p.getId().toString(),
        p.getCohortId().toString(),
        ProgramFaces.username(people, p.getMentor()),
        ProgramFaces.name(people, p.getMentor()),
        ProgramFaces.username(people, p.getMentee()),
        ProgramFaces.name(people, p.getMentee()),
        ProgramFaces.username(people, p.getFacilitator()),
        ProgramFaces.name(people, p.getFacilitator()),
        p.isActive(),
        p.isPaused(),
        ProgramFaces.utc(p.getEndedAt()),
        p.isRepairRequested(),
        p.getObjective(),
        p.isObjectiveLocked(),
        ProgramFaces.utc(p.getFormatChangedAt()),
        SealedTexts.shown(FacesContext.getCurrentInstance(), p.getFormatNote()),
        p.getVersion());
  }
}
