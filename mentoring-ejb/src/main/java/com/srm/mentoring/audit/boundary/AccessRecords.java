package com.srm.mentoring.audit.boundary;

import com.srm.mentoring.audit.control.AccessDenied;
import com.srm.mentoring.audit.control.AccessLogSettings;
import com.srm.mentoring.audit.control.RequestOrigin;
import com.srm.mentoring.audit.entity.AccessEvent;
import com.srm.mentoring.audit.entity.Action;
import com.srm.mentoring.audit.entity.Outcome;
import com.srm.mentoring.identity.entity.Person;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * The way into the access log for every other feature: the {@code Audited} interceptor and {@link
 * AccessDenied} events end here. Writes accesses to the log with who, when and from where filled
 * in. Changes are logged in their own transaction; reads, once answered, in a short one of their
 * own, so that a long read does not hold the lock every other append waits for; refusals in one of
 * their own, since the refused call rolls back.
 */
@Stateless
public class AccessRecords {

  /** The name Payara gives a caller who has not signed in. */
  private static final String ANONYMOUS = "ANONYMOUS";

  private static final Logger LOG = Logger.getLogger(AccessRecords.class.getName());

  @PersistenceContext EntityManager em;

  @Resource SessionContext session;

  @Inject AccessLogSettings settings;

  @Inject RequestOrigin origin;

  /** Logs a granted change in the transaction of the change. */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void changed(Action action, String recordType, String recordId) {
    append(action, recordType, recordId, Outcome.GRANTED);
  }

  /** Logs a granted read, once it has answered, in a short transaction of its own. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void read(Action action, String recordType, String recordId) {
    append(action, recordType, recordId, Outcome.GRANTED);
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void denied(@Observes AccessDenied denial) {
    boolean alreadyLogged = isRequestActive() && origin.denialLogged();
    if (denial.atTheEdge() && alreadyLogged) {
      return;
    }
    append(denial.action(), denial.recordType(), denial.recordId(), Outcome.DENIED);
    if (isRequestActive()) {
      origin.noteDenialLogged();
    }
    LOG.info(
        () ->
            "Refused "
                + denial.action().label()
                + " of "
                + denial.recordType()
                + (denial.recordId() == null ? "" : " " + denial.recordId())
                + " to "
                + callerName());
  }

  private void append(Action action, String recordType, String recordId, Outcome outcome) {
    String username = callerName();
    String subject =
        username == null
            ? null
            : em.createNamedQuery(Person.BY_USERNAME, Person.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst()
                .map(Person::getSubject)
                .orElse(null);
    boolean fromRequest = isRequestActive();
    settings
        .writer()
        .append(
            em,
            new AccessEvent(
                Instant.now(),
                subject,
                username,
                action.label(),
                truncate(recordType, 64),
                truncate(recordId, 128),
                outcome,
                fromRequest ? origin.clientIp() : null,
                fromRequest ? origin.requestId() : null));
  }

  private String callerName() {
    Principal caller = session.getCallerPrincipal();
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
