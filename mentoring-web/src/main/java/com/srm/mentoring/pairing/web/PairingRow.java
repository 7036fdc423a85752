package com.srm.mentoring.pairing.web;

import com.srm.mentoring.identity.boundary.People;
import com.srm.mentoring.pairing.entity.Pairing;
import java.io.Serializable;

/**
 * A pairing as a page shows it: names, state, the objective. Why it ended is never shown.
 *
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
    String endedAt,
    boolean repairRequested,
    String objective,
    boolean objectiveLocked,
    long version)
    implements Serializable {

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
        ProgramFaces.utc(p.getEndedAt()),
        p.isRepairRequested(),
        p.getObjective(),
        p.isObjectiveLocked(),
        p.getVersion());
  }
}
