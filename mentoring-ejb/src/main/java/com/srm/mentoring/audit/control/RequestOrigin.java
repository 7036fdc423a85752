package com.srm.mentoring.audit.control;

import jakarta.enterprise.context.RequestScoped;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Where the current request came from, as the access log records it. The web layer fills it in;
 * work that no request started (timers) keeps the defaults.
 */
@RequestScoped
public class RequestOrigin {

  /** A request id a caller may pass in: short, and safe in a log line and a CSV cell. */
  private static final Pattern USABLE_REQUEST_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  private String clientIp;
  private String requestId = UUID.randomUUID().toString();
  private boolean denialLogged;
  private boolean refusalsLimited;

  /**
   * Takes the caller's address and the request id the caller sent, or keeps a fresh one when the
   * caller sent none or one that could not be shown safely.
   *
   * @return the request id in use
   */
  public String arrivedFrom(String clientIp, String requestedId) {
    this.clientIp = clientIp;
    if (requestedId != null && USABLE_REQUEST_ID.matcher(requestedId).matches()) {
      this.requestId = requestedId;
    }
    return requestId;
  }

  public String clientIp() {
    return clientIp;
  }

  public String requestId() {
    return requestId;
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
