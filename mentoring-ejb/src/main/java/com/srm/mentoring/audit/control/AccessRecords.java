package com.srm.mentoring.audit.control;

import com.srm.mentoring.audit.entity.AccessEvent;
import com.srm.mentoring.audit.entity.Outcome;
import com.srm.mentoring.identity.control.PersonRecords;
import com.srm.mentoring.identity.entity.Person;
import com.srm.mentoring.platform.control.AccessDenied;
import com.srm.mentoring.platform.control.RecordChanged;
import com.srm.mentoring.platform.control.RecordRead;
import com.srm.mentoring.platform.entity.Action;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * The way into the access log: the {@code Audited} interceptor, {@link RecordChanged}, {@link
 * RecordRead} and {@link AccessDenied} events end here; outside the access log only {@code
 * Escalations} calls it, for the changes its timers make with nobody signed in. Writes accesses to
 * the log with who, when and from where filled in. Changes are logged in their own transaction;
 * reads, once answered, in a short one of their own, so that a long read does not hold the lock
 * every other append waits for, and together with the reads of other callers that arrive meanwhile
 * ({@link GroupCommit}): the lock is held through the commit, so reads can only be logged faster by
 * committing several at once; refusals in one of their own, since the refused call rolls back.
 *
 * <p>Refused reads are limited per person ({@link RefusedReads}): past the limit of a minute, one
 * entry says that the person's refusals were limited, and the rest of that minute's refusals of
 * theirs are not logged one by one. Every refusal would take the lock every append waits for: one
 * person could otherwise flood the log and hold everyone else up.
 */
@ApplicationScoped
public class AccessRecords {

  /** The record type of the entry that says a person's refused reads were limited. */
  public static final String REFUSALS_LIMITED = "refused reads limited";

  /** The name Payara gives a caller who has not signed in. */
  private static final String ANONYMOUS = "ANONYMOUS";

  private static final Logger LOG = Logger.getLogger(AccessRecords.class.getName());

  @PersistenceContext EntityManager em;

  @Inject SecurityContext security;

  @Inject PersonRecords people;

  @Inject AccessLogSettings settings;

  @Inject RequestOrigin origin;

  @Inject RefusedReads refusedReads;

  @Inject MetricRegistry metrics;

  @Inject BatchAppends batches;

  /** The reads' entries, written in batches (one per node). */
  private GroupCommit reads;

  @PostConstruct
  void startBatching() {
    reads = new GroupCommit(GroupCommit.MAX_BATCH, events -> batches.appendAll(events));
  }

  /** Metric: reads refused (a record the caller may not see), whether logged or past the limit. */
  public static final String REFUSED_READS = "srm_refused_reads";

  /** Logs a granted change in the transaction of the change. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void changed(Action action, String recordType, String recordId) {
    append(action, recordType, recordId, null, Outcome.GRANTED);
  }

  /**
   * Logs a granted read, once it has answered, in a short transaction of its own that it may share
   * with other reads ({@link GroupCommit}), and returns once the entry is committed. The event is
   * made here, on the caller's thread, which knows the caller and the request.
   *
   * @param listedIds the ids of the records a list or search showed, or null for any other read
   * @throws com.srm.mentoring.platform.entity.Refusal of kind {@code UNAVAILABLE} when the entry
   *     could not be written for want of the anchor file: the read is refused (fail closed)
   */
  public void read(Action action, String recordType, String recordId, List<String> listedIds) {
    reads.append(event(action, recordType, recordId, listedIds, Outcome.GRANTED));
  }

  /**
   * Logs a read made for a person without their signing in (their calendar feed, read with its
   * secret address): as their read, like any other, with the request's origin.
   */
  public void readFor(@Observes RecordRead read) {
    boolean fromRequest = isRequestActive();
    reads.append(
        new AccessEvent(
            Instant.now(),
            read.subject(),
            read.username(),
            Action.READ.label(),
            truncate(read.recordType(), 64),
            null,
            Outcome.GRANTED,
            fromRequest ? origin.clientIp() : null,
            fromRequest ? origin.requestId() : null,
            fromRequest ? origin.forwardedRequestId() : null,
            read.listedIds()));
  }

  /** Logs a change made outside any audited method, in the transaction of the change. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void recordChanged(@Observes RecordChanged change) {
    append(change.action(), change.recordType(), change.recordId(), null, Outcome.GRANTED);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void denied(@Observes AccessDenied denial) {
    boolean fromRequest = isRequestActive();
    boolean alreadyLogged = fromRequest && origin.denialLogged();
    if (denial.atTheEdge() && alreadyLogged) {
      return;
    }
    if (fromRequest) {
      origin.noteDenialLogged();
    }
    String username = callerName();
    if (!denial.action().changesData()) {
      metrics.counter(REFUSED_READS).inc();
    }
    if (!denial.action().changesData() && username != null) {
      int refusals = refusedReads.countOne(em, username);
      if (refusals > refusedReads.perMinute()) {
        limited(username, refusals, fromRequest);
        return;
      }
    }
    append(denial.action(), denial.recordType(), denial.recordId(), null, Outcome.DENIED);
    LOG.info(
        () ->
            "Refused "
                + denial.action().label()
                + " of "
                + denial.recordType()
                + (denial.recordId() == null ? "" : " " + denial.recordId())
                + " to "
                + username);
  }

  /** A refused read past the person's limit: logged once a minute, as limited. */
  private void limited(String username, int refusals, boolean fromRequest) {
    if (fromRequest) {
      origin.noteRefusalsLimited();
    }
    if (refusals == refusedReads.perMinute() + 1) {
      append(
          Action.READ,
          REFUSALS_LIMITED,
          "more than " + refusedReads.perMinute() + " in a minute",
          null,
          Outcome.DENIED);
      LOG.warning(
          () ->
              "Refused reads of "
                  + username
                  + " limited: more than "
                  + refusedReads.perMinute()
                  + " in a minute; the rest of the minute's are not logged one by one");
    }
  }

  private void append(
      Action action, String recordType, String recordId, List<String> listedIds, Outcome outcome) {
    settings.writer().append(em, event(action, recordType, recordId, listedIds, outcome));
  }

  /** The access with who, when and from where filled in, from the caller's thread. */
  private AccessEvent event(
      Action action, String recordType, String recordId, List<String> listedIds, Outcome outcome) {
    String username = callerName();
    boolean fromRequest = isRequestActive();
    String subject = username == null ? null : subjectOf(username, fromRequest);
    return new AccessEvent(
        Instant.now(),
        subject,
        username,
        action.label(),
        truncate(recordType, 64),
        truncate(recordId, 128),
        outcome,
        fromRequest ? origin.clientIp() : null,
        fromRequest ? origin.requestId() : null,
        fromRequest ? origin.forwardedRequestId() : null,
        listedIds);
  }

  /**
   * The caller's subject: the one the web layer noted for the request when it verified the caller's
   * token, else the one of the person record that holds the name (a query).
   */
  private String subjectOf(String username, boolean fromRequest) {
    Optional<String> known = fromRequest ? origin.subjectOf(username) : Optional.empty();
    return known.or(() -> people.findByUsername(username).map(Person::getSubject)).orElse(null);
  }

  private String callerName() {
    Principal caller = security.getCallerPrincipal();
    return caller == null || ANONYMOUS.equals(caller.getName()) ? null : caller.getName();
  }

  private boolean isRequestActive() {
    try {
      origin.requestId();
      return true;
    } catch (ContextNotActiveException noRequest) {
      return false;
    }
  }

  private static String truncate(String value, int length) {
    return value == null || value.length() <= length ? value : value.substring(0, length);
  }
}
