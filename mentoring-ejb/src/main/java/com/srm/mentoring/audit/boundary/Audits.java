package com.srm.mentoring.audit.boundary;

import com.srm.mentoring.audit.control.AccessLogCsv;
import com.srm.mentoring.audit.control.AccessLogSettings;
import com.srm.mentoring.audit.control.ChainVerifier;
import com.srm.mentoring.audit.control.LogQuery;
import com.srm.mentoring.audit.entity.AccessLogEntry;
import com.srm.mentoring.audit.entity.Anchor;
import com.srm.mentoring.audit.entity.LogFilter;
import com.srm.mentoring.audit.entity.LogOrder;
import com.srm.mentoring.audit.entity.LogPage;
import com.srm.mentoring.audit.entity.Verification;
import com.srm.mentoring.identity.control.RoleCheck;
import com.srm.mentoring.identity.entity.Roles;
import com.srm.mentoring.platform.control.Audited;
import com.srm.mentoring.platform.entity.Action;
import com.srm.mentoring.platform.entity.Refusal;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;

/**
 * The access log as auditors see it: searched, paged, exported and verified. Only auditors reach
 * it, and every look at it is itself logged.
 */
@Stateless
@RolesAllowed(Roles.AUDITOR)
@Interceptors(RoleCheck.class)
public class Audits {

  /** The record type under which the log logs reads of itself. */
  public static final String RECORD_TYPE = "access-log";

  /** The most entries one page holds. */
  public static final int MAX_PAGE = 500;

  private static final int EXPORT_PAGE = 1_000;

  @PersistenceContext EntityManager em;

  @Inject AccessLogSettings settings;

  @Inject LogQuery query;

  /**
   * The entries that match, newest first, older than {@code cursor} when one is given.
   *
   * @throws Refusal when {@code size} is outside 1 to {@link #MAX_PAGE}
   */
  @Audited(action = Action.READ, recordType = RECORD_TYPE)
  public LogPage entries(LogFilter filter, Long cursor, int size) {
    if (size < 1 || size > MAX_PAGE) {
      throw Refusal.invalid("size", "refusal.audit.size", MAX_PAGE);
    }
    List<AccessLogEntry> entries = query.page(filter, cursor, size + 1);
    boolean more = entries.size() > size;
    if (more) {
      entries.remove(size);
    }
    return new LogPage(entries, more ? entries.get(size - 1).getSequence() : null);
  }

  /**
   * One page of the entries that match, in the order asked for, from position {@code first}: the
   * auditor's table in the page.
   *
   * @throws Refusal when {@code first} is negative or {@code size} is outside 1 to {@link
   *     #MAX_PAGE}
   */
  @Audited(action = Action.READ, recordType = RECORD_TYPE)
  public List<AccessLogEntry> entries(LogFilter filter, LogOrder order, int first, int size) {
    if (first < 0) {
      throw Refusal.invalid("first", "refusal.audit.first");
    }
    if (size < 1 || size > MAX_PAGE) {
      throw Refusal.invalid("size", "refusal.audit.size", MAX_PAGE);
    }
    return query.page(filter, order, first, size);
  }

  /**
   * How many entries match, for the table's paginator. Not logged by itself: it shows a number, no
   * entry, and the table reads the entries it shows through {@link #entries(LogFilter, LogOrder,
   * int, int)}, which is logged, in the same request.
   */
  public long count(LogFilter filter) {
    return query.count(filter);
  }

  /**
   * Writes every matching entry to {@code out} as CSV, newest first, a page at a time, so that
   * memory stays flat however many rows leave.
   *
   * @return how many entries were written
   */
  @Audited(action = Action.EXPORT, recordType = RECORD_TYPE)
  public long export(LogFilter filter, Writer out) throws IOException {
    AccessLogCsv csv = new AccessLogCsv(out);
    csv.header();
    long written = 0;
    Long before = null;
    while (true) {
      List<AccessLogEntry> page = query.page(filter, before, EXPORT_PAGE);
      for (AccessLogEntry entry : page) {
        csv.row(entry);
      }
      written += page.size();
      if (page.size() < EXPORT_PAGE) {
        out.flush();
        return written;
      }
      before = page.get(page.size() - 1).getSequence();
      em.clear();
    }
  }

  /**
   * Walks the whole chain and every seal, and holds them against the newest anchor outside the
   * database; see {@link ChainVerifier}.
   */
  @Audited(action = Action.VERIFY, recordType = RECORD_TYPE)
  public Verification verify() {
    return check(Optional.empty());
  }

  /** As {@link #verify()}, and also against a receipt the auditor kept. */
  @Audited(action = Action.VERIFY, recordType = RECORD_TYPE)
  public Verification verify(Anchor receipt) {
    return check(Optional.of(receipt));
  }

  /**
   * The newest anchor, to keep as a receipt: a later verification against it shows whether the log
   * still holds what it held now.
   */
  @Audited(action = Action.EXPORT, recordType = RECORD_TYPE)
  public Optional<Anchor> receipt() {
    return newestAnchor();
  }

  private Verification check(Optional<Anchor> receipt) {
    Optional<Anchor> newest = newestAnchor();
    return em.unwrap(Session.class)
        .doReturningWork(
            connection -> ChainVerifier.verify(connection, settings.keys(), newest, receipt));
  }

  private Optional<Anchor> newestAnchor() {
    try {
      return settings.anchors().newest();
    } catch (IOException e) {
      throw new IllegalStateException(
          "the access log's anchor file " + settings.anchors() + " cannot be read", e);
    }
  }
}
