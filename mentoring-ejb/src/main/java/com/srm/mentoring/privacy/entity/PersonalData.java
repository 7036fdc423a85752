package com.srm.mentoring.privacy.entity;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Everything the product holds about one person, as they may read it (docs/privacy.md, data
 * requests): their profile, signatures, withdrawals, topics, pairings with their sessions, the
 * feedback notes they wrote, the concerns they raised and their access-log entries. Other people's
 * private notes and concerns about them raised by others are not part of it.
 */
public record PersonalData(
    Instant exportedAt,
    Profile profile,
    List<SignatureRecord> signatures,
    List<WithdrawalRecord> withdrawals,
    List<TopicRecord> topics,
    List<PairingRecord> pairings,
    List<NoteRecord> notes,
    List<ConcernRecord> concerns,
    List<LogRecord> accessLog)
    implements Serializable {

  /** The person as the application keeps them, copied from the directory. */
  public record Profile(
      String subject,
      String username,
      String displayName,
      String department,
      Integer grade,
      String manager,
      String email,
      boolean active,
      List<String> roles)
      implements Serializable {}

  /** A charter signature, as the hash chain keeps it. */
  public record SignatureRecord(
      long sequence,
      int version,
      String displayName,
      Instant signedAt,
      Instant authenticatedAt,
      String clientIp,
      String userAgent,
      String hash)
      implements Serializable {}

  public record WithdrawalRecord(Instant withdrawnAt, String reason) implements Serializable {}

  public record TopicRecord(String kind, String tag) implements Serializable {}

  /**
   * A pairing the person is part of, as mentor, mentee or facilitator; the objective for its two
   * parties only.
   */
  public record PairingRecord(
      UUID id,
      String cohort,
      String role,
      String mentor,
      String mentee,
      String facilitator,
      String state,
      Instant formedAt,
      Instant endedAt,
      String objective,
      List<SessionRecord> sessions)
      implements Serializable {}

  public record SessionRecord(
      UUID id,
      Instant startsAt,
      String place,
      String state,
      boolean attended,
      List<AgendaRecord> agenda)
      implements Serializable {}

  /** An agenda item; {@code mine} when the person added it. */
  public record AgendaRecord(String text, String author, boolean mine, Instant addedAt)
      implements Serializable {}

  /** A feedback note the person wrote, opened for them. */
  public record NoteRecord(
      UUID id,
      UUID pairingId,
      String framework,
      Map<String, String> parts,
      Instant writtenAt,
      Instant sharedAt)
      implements Serializable {}

  /** A concern the person raised, opened for them, with the notes they may read. */
  public record ConcernRecord(
      UUID id,
      UUID pairingId,
      String title,
      String description,
      String state,
      Instant raisedAt,
      Instant erasedAt,
      List<ConcernNoteRecord> notes)
      implements Serializable {}

  public record ConcernNoteRecord(String author, String body, Instant writtenAt)
      implements Serializable {}

  /** An entry of the access log the person caused; the log holds no content. */
  public record LogRecord(
      long sequence,
      Instant occurredAt,
      String action,
      String recordType,
      String recordId,
      String outcome,
      String clientIp)
      implements Serializable {}
}
