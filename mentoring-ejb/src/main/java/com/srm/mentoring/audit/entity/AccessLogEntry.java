package com.srm.mentoring.audit.entity;

import com.srm.mentoring.platform.entity.HashChain;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An entry of the access log. Entries form a chain: each carries the hash of the entry before it,
 * and its own hash covers that link and its canonical bytes, so changing, removing, inserting or
 * reordering entries breaks the chain where it happened. Entries are never changed once written.
 *
 * <p>The forwarded request id and the listed record ids came later: the hash covers them only when
 * an entry has either, so that entries written before them keep verifying as they were written,
 * while removing them from a newer entry breaks its hash like any other change.
 */
@Entity
@Table(name = "access_log")
public class AccessLogEntry {

  /** The link before the first entry. */
  public static final byte[] GENESIS = HashChain.GENESIS;

  @Id private long sequence;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(length = 64)
  private String subject;

  private String username;

  @Column(nullable = false, length = 16)
  private String action;

  @Column(name = "record_type", nullable = false, length = 64)
  private String recordType;

  @Column(name = "record_id", length = 128)
  private String recordId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private Outcome outcome;

  @Column(name = "client_ip", length = 64)
  private String clientIp;

  @Column(name = "request_id", length = 64)
  private String requestId;

  @Column(name = "forwarded_request_id", length = 64)
  private String forwardedRequestId;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "record_ids", columnDefinition = "text[]")
  private String[] recordIds;

  @Column(name = "prev_hash", nullable = false)
  private byte[] prevHash;

  @Column(nullable = false)
  private byte[] hash;

  /** How the fields were written for the hash; see {@link HashChain}. */
  @Column(name = "hash_encoding", nullable = false)
  private int hashEncoding;

  protected AccessLogEntry() {
    // for JPA
  }

  /** The entry after the one whose hash is {@code prevHash}, at {@code sequence}. */
  public AccessLogEntry(long sequence, AccessEvent event, byte[] prevHash) {
    this.sequence = sequence;
    // microseconds: what PostgreSQL keeps, so that the stored entry hashes the same
    this.occurredAt = event.occurredAt().truncatedTo(ChronoUnit.MICROS);
    this.subject = event.subject();
    this.username = event.username();
    this.action = event.action();
    this.recordType = event.recordType();
    this.recordId = event.recordId();
    this.outcome = event.outcome();
    this.clientIp = event.clientIp();
    this.requestId = event.requestId();
    this.forwardedRequestId = event.forwardedRequestId();
    this.recordIds = idsOf(event);
    this.prevHash = prevHash.clone();
    this.hashEncoding = HashChain.CURRENT;
    this.hash = computeHash();
  }

  /** An entry as it was read back from the database, to be checked against its hash. */
  public static AccessLogEntry stored(
      long sequence,
      AccessEvent event,
      byte[] storedPrevHash,
      byte[] storedHash,
      int hashEncoding) {
    AccessLogEntry entry = new AccessLogEntry();
    entry.sequence = sequence;
    entry.occurredAt = event.occurredAt();
    entry.subject = event.subject();
    entry.username = event.username();
    entry.action = event.action();
    entry.recordType = event.recordType();
    entry.recordId = event.recordId();
    entry.outcome = event.outcome();
    entry.clientIp = event.clientIp();
    entry.requestId = event.requestId();
    entry.forwardedRequestId = event.forwardedRequestId();
    entry.recordIds = idsOf(event);
    entry.prevHash = storedPrevHash;
    entry.hash = storedHash;
    entry.hashEncoding = hashEncoding;
    return entry;
  }

  private static String[] idsOf(AccessEvent event) {
    return event.recordIds() == null ? null : event.recordIds().toArray(String[]::new);
  }

  /**
   * The entry's fields in a fixed order, in its encoding: what the hash covers besides the link.
   * The forwarded request id and the listed record ids follow only when the entry has either: the
   * ids as their number and then each id, so that no two lists write alike.
   */
  public byte[] canonicalBytes() {
    List<String> fields = new ArrayList<>(baseFields());
    if (forwardedRequestId != null || recordIds != null) {
      fields.add(forwardedRequestId);
      fields.add(recordIds == null ? null : String.valueOf(recordIds.length));
      if (recordIds != null) {
        fields.addAll(Arrays.asList(recordIds));
      }
    }
    return HashChain.canonical(hashEncoding, fields.toArray(String[]::new));
  }

  private List<String> baseFields() {
    return Arrays.asList(
        String.valueOf(sequence),
        HashChain.micros(occurredAt),
        subject,
        username,
        action,
        recordType,
        recordId,
        outcome.name(),
        clientIp,
        requestId);
  }

  /** SHA-256 over the previous entry's hash and this entry's canonical bytes. */
  public byte[] computeHash() {
    return HashChain.link(prevHash, canonicalBytes());
  }

  /** Whether the stored hash still matches the entry's content and link. */
  public boolean isIntact() {
    return Arrays.equals(hash, computeHash());
  }

  public long getSequence() {
    return sequence;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getSubject() {
    return subject;
  }

  public String getUsername() {
    return username;
  }

  public String getAction() {
    return action;
  }

  public String getRecordType() {
    return recordType;
  }

  public String getRecordId() {
    return recordId;
  }

  public Outcome getOutcome() {
    return outcome;
  }

  public String getClientIp() {
    return clientIp;
  }

  public String getRequestId() {
    return requestId;
  }

  /** The request id a trusted proxy passed on, or null. */
  public String getForwardedRequestId() {
    return forwardedRequestId;
  }

  /** The ids of the records a list or search showed, or null when the entry is not about a list. */
  public List<String> getRecordIds() {
    return recordIds == null ? null : List.of(recordIds);
  }

  /** The listed record ids as one text, for a table cell; empty when there are none. */
  public String getListedIds() {
    return recordIds == null ? "" : String.join(" ", recordIds);
  }

  public byte[] getPrevHash() {
    return prevHash.clone();
  }

  public byte[] getHash() {
    return hash.clone();
  }

  public int getHashEncoding() {
    return hashEncoding;
  }
}
