package com.srm.mentoring.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The time the program's records carry: when a session starts, is held, an answer's week, a
 * deadline. It is the wall clock, except while the dev run lays down its demo history, which has to
 * pass the same rules (no session in the past, an objective locked once held) months before today.
 * Only the dev run may move it; the access log and token checks keep the wall clock throughout.
 */
@ApplicationScoped
public class ProgramClock {

  private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

  @Inject
  @ConfigProperty(name = ShippedSecrets.DEV, defaultValue = "false")
  boolean dev;

  public Instant now() {
    return Instant.now().plus(offset.get());
  }

  public LocalDate today() {
    return LocalDate.ofInstant(now(), ZoneOffset.UTC);
  }

  /** Sets the program's time to {@code moment} until {@link #backToPresent()}; dev run only. */
  public void travelTo(Instant moment) {
    if (!dev) {
      throw new IllegalStateException("Only the dev run may move the program's clock");
    }
    offset.set(Duration.between(Instant.now(), moment));
  }

  public void backToPresent() {
    offset.set(Duration.ZERO);
  }
}
