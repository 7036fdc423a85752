package com.srm.mentoring.audit.control;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Where the current request came from, as the access log records it. The web layer fills it in;
 * work that no request started (timers) keeps the defaults.
 *
 * <p>The request id is always the server's own, so that no caller can make its request pose as
 * another in the log. A request id a trusted proxy passed on is kept beside it, to find the request
 * in the proxy's log too.
 */
@RequestScoped
public class RequestOrigin {

  /** A forwarded request id worth keeping: short, and safe in a log line and a CSV cell. */
  private static final Pattern USABLE_REQUEST_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  private String clientIp;
  private final String requestId = UUID.randomUUID().toString();
  private String forwardedRequestId;
  private boolean denialLogged;
  private boolean refusalsLimited;
  private String callerUsername;
  private String callerSubject;

  /**
   * Takes the caller's address, and the request id a trusted proxy passed on when there is one that
   * can be shown safely.
   *
   * @param forwardedRequestId the request id a trusted proxy sent, or null; never a header from a
   *     caller the settings do not name as a proxy
   * @return the server's request id
   */
  public String arrivedFrom(String clientIp, String forwardedRequestId) {
    this.clientIp = clientIp;
    if (forwardedRequestId != null && USABLE_REQUEST_ID.matcher(forwardedRequestId).matches()) {
      this.forwardedRequestId = forwardedRequestId;
    }
    return requestId;
  }

  /**
   * Notes who the caller is, as the web layer already knows for certain (a verified bearer token
   * names the subject its person record was refreshed from), so that the log's entries need not
   * look the subject up by name.
   */
  public void signedInAs(String username, String subject) {
    this.callerUsername = username;
    this.callerSubject = subject;
  }

  /** The subject of the caller of this request if they are {@code username} and it is known. */
  public Optional<String> subjectOf(String username) {
    return username != null && username.equals(callerUsername)
        ? Optional.ofNullable(callerSubject)
        : Optional.empty();
  }

  public String clientIp() {
    return clientIp;
  }

  /** The id the server gave this request. */
  public String requestId() {
    return requestId;
  }

  /** The request id a trusted proxy passed on, or null. */
  public String forwardedRequestId() {
    return forwardedRequestId;
  }

  public boolean denialLogged() {
    return denialLogged;
  }

  public void noteDenialLogged() {
    this.denialLogged = true;
  }

  /**
   * Whether a read of this request was refused past the caller's limit of refused reads a minute
   * ({@link RefusedReads}): the answer is then "too many requests", not "not found".
   */
  public boolean refusalsLimited() {
    return refusalsLimited;
  }

  public void noteRefusalsLimited() {
    this.refusalsLimited = true;
  }
}
