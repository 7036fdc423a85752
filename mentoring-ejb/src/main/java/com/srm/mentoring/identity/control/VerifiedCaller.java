package com.srm.mentoring.identity.control;

import java.util.Objects;

/**
 * A caller whose bearer token was verified, as {@link VerifiedCallers} keeps them: the token's
 * facts and what the person record said about the caller when it was last read.
 */
public final class VerifiedCaller {

  /** What the record said: its version, and whether it let the person in. */
  record Seen(long version, boolean active) {}

  private final VerifiedToken token;

  /** Written by whichever request read the record last; any of them is as good as the others. */
  volatile Seen seen;

  VerifiedCaller(VerifiedToken token) {
    this.token = Objects.requireNonNull(token);
  }

  public VerifiedToken token() {
    return token;
  }
}
