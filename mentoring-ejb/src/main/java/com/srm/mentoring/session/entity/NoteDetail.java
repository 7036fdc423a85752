package com.srm.mentoring.session.entity;

import com.srm.mentoring.identity.entity.PersonName;
import com.srm.mentoring.platform.entity.HasRecordId;
import java.io.Serializable;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A feedback note as a reader who may read it sees it, its author named.
 *
 * @param parts the parts by name, in the framework's order
 * @param mine whether the reader wrote it: only its author shares it or takes the sharing back
 */
public record NoteDetail(
    UUID id,
    UUID pairingId,
    PersonName author,
    boolean mine,
    Framework framework,
    Map<String, String> parts,
    Instant writtenAt,
    boolean shared,
    long version)
    implements HasRecordId, Serializable {

  /** The note as {@code subject} reads it, its author named from {@code names}. */
  public static NoteDetail of(FeedbackNote n, String subject, Map<String, PersonName> names) {
    return new NoteDetail(
        n.getId(),
        n.getPairingId(),
        names.getOrDefault(n.getAuthor(), PersonName.UNKNOWN),
        n.getAuthor().equals(subject),
        n.getFramework(),
        n.getParts(),
        n.getWrittenAt(),
        n.isShared(),
        n.getVersion());
  }

  @Override
  public UUID getId() {
    return id;
  }

  /** Its author may share it with the other party while it is private. */
  public boolean mayShare() {
    return mine && !shared;
  }

  /** Its author may take the sharing back while it is shared. */
  public boolean mayUnshare() {
    return mine && shared;
  }
}
