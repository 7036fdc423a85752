package com.srm.mentoring.app.health;

import com.srm.mentoring.escalation.boundary.MailOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * How many e-mails wait in the outbox, in the readiness data but never as DOWN: an SMTP server that
 * is down delays the e-mails, and the node serves everything else as before. A backlog that keeps
 * growing tells the operator to look at the SMTP server (docs/operations.md).
 */
@Readiness
@ApplicationScoped
public class MailOutboxReadiness implements HealthCheck {

  @Inject MailOutbox outbox;

  @Override
  public HealthCheckResponse call() {
    try {
      return HealthCheckResponse.named("mail-outbox")
          .up()
          .withData("waiting", outbox.waiting())
          .build();
    } catch (RuntimeException e) {
      // the database check reports the outage; this one has nothing to add then
      return HealthCheckResponse.named("mail-outbox").up().withData("waiting", "unknown").build();
    }
  }
}
