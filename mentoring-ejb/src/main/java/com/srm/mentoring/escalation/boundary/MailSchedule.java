package com.srm.mentoring.escalation.boundary;

import com.srm.mentoring.escalation.control.EscalationSettings;
import com.srm.mentoring.platform.control.ScheduledRounds;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Every {@code mentoring.escalation.mail-every-seconds}, on every node, sends the e-mails of the
 * outbox that are due. The timer is not persistent (a persistent one stops for good when its node
 * leaves a cluster); the row locks of {@link MailOutbox} make each e-mail go out once.
 */
@Singleton
@Startup
public class MailSchedule {

  /** The round's name, in the metrics, the health data and for the dev run's trigger. */
  public static final String ROUND = "mail-send";

  @Inject EscalationSettings settings;

  @Inject MailOutbox outbox;

  @Inject ScheduledRounds rounds;

  @Resource TimerService timers;

  /** Metric: e-mails waiting in the outbox, of all nodes. */
  public static final String BACKLOG = "srm_mail_backlog";

  @Inject MetricRegistry metrics;

  @PostConstruct
  void schedule() {
    metrics.gauge(BACKLOG, outbox, MailSchedule::backlogOf);
    long every = settings.mailEvery().toMillis();
    timers.createIntervalTimer(every, every, new TimerConfig("mail sending", false));
  }

  /** The backlog for the metric; -1 while the database cannot say, rather than no answer. */
  private static long backlogOf(MailOutbox outbox) {
    try {
      return outbox.waiting();
    } catch (RuntimeException e) {
      return -1;
    }
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void send() {
    rounds.run(ROUND, outbox::sendDue);
  }
}
