package com.srm.mentoring.escalation.entity;

import com.srm.mentoring.identity.entity.PersonName;
import com.srm.mentoring.platform.entity.HasRecordId;
import java.io.Serializable;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A concern in a list: its title, state and owner, nothing of its path or notes. */
public record ConcernListing(
    UUID id, String title, ConcernState state, PersonName owner, Instant deadline, Instant raisedAt)
    implements HasRecordId, Serializable {

  public static ConcernListing of(Concern c, Map<String, PersonName> names) {
    return new ConcernListing(
        c.getId(),
        c.getTitle(),
        c.getState(),
        c.getOwner() == null ? null : names.getOrDefault(c.getOwner(), PersonName.UNKNOWN),
        c.getDeadline(),
        c.getRaisedAt());
  }

  @Override
  public UUID getId() {
    return id;
  }
}
