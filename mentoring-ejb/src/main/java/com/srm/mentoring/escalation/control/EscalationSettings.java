package com.srm.mentoring.escalation.control;

import com.srm.mentoring.escalation.entity.Deadlines;
import com.srm.mentoring.platform.control.DeploymentSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The escalation path's settings (docs/configuration.md). */
@ApplicationScoped
public class EscalationSettings {

  @Inject
  @ConfigProperty(name = "mentoring.escalation.step-1-deadline", defaultValue = "P3D")
  String step1;

  @Inject
  @ConfigProperty(name = "mentoring.escalation.step-2-deadline", defaultValue = "P5D")
  String step2;

  @Inject
  @ConfigProperty(name = "mentoring.escalation.step-3-deadline", defaultValue = "P10D")
  String step3;

  @Inject
  @ConfigProperty(name = "mentoring.escalation.sweep-every-seconds", defaultValue = "60")
  int sweepEverySeconds;

  @Inject
  @ConfigProperty(name = "mentoring.escalation.retention-days", defaultValue = "180")
  int retentionDays;

  @Inject
  @ConfigProperty(name = "mentoring.escalation.smtp-host")
  Optional<String> smtpHost;

  @Inject
  @ConfigProperty(name = "mentoring.escalation.smtp-port", defaultValue = "25")
  int smtpPort;

  @Inject
  @ConfigProperty(name = "mentoring.escalation.mail-from", defaultValue = "mentoring@localhost")
  String mailFrom;

  @Inject
  @ConfigProperty(name = "mentoring.escalation.mail-domain", defaultValue = "example.org")
  String mailDomain;

  /** The one address setting the pages' redirects use too (docs/configuration.md, HTTP). */
  @Inject
  @ConfigProperty(name = DeploymentSettings.PUBLIC_BASE_URL)
  Optional<String> publicBaseUrl;

  @Inject
  @ConfigProperty(name = "mentoring.escalation.mail-every-seconds", defaultValue = "30")
  int mailEverySeconds;

  @Inject
  @ConfigProperty(name = "mentoring.escalation.mail-retry-first-seconds", defaultValue = "60")
  int mailRetryFirstSeconds;

  @Inject
  @ConfigProperty(name = "mentoring.escalation.mail-retry-longest-seconds", defaultValue = "3600")
  int mailRetryLongestSeconds;

  /** How often each node sends the e-mails that are due. */
  public Duration mailEvery() {
    return Duration.ofSeconds(Math.max(1, mailEverySeconds));
  }

  /** How long an e-mail waits after its first failed attempt; each further failure doubles it. */
  public Duration mailRetryFirst() {
    return Duration.ofSeconds(Math.max(1, mailRetryFirstSeconds));
  }

  /** The longest an e-mail waits between two attempts. */
  public Duration mailRetryLongest() {
    return Duration.ofSeconds(
        Math.max(Math.max(1, mailRetryFirstSeconds), mailRetryLongestSeconds));
  }

  /** How long each step may stay unattended (ISO-8601 durations such as P3D or PT10S). */
  public Deadlines deadlines() {
    return new Deadlines(Duration.parse(step1), Duration.parse(step2), Duration.parse(step3));
  }

  public Duration sweepEvery() {
    return Duration.ofSeconds(Math.max(1, sweepEverySeconds));
  }

  /** Days after its cohort closed that a concern's content is kept. */
  public Duration retention() {
    return Duration.ofDays(Math.max(0, retentionDays));
  }

  /** The SMTP server e-mails go through, or empty when none is configured: then none are sent. */
  public Optional<String> smtpHost() {
    return smtpHost.filter(h -> !h.isBlank());
  }

  public int smtpPort() {
    return smtpPort;
  }

  public String mailFrom() {
    return mailFrom;
  }

  /** The domain of people's mailboxes; the local part is their directory username. */
  public String mailDomain() {
    return mailDomain;
  }

  /**
   * The application's address as people reach it, without a trailing slash, for the links in
   * e-mails: the public base URL. Only the dev run may leave it unset (the start-up check refuses a
   * server that sends e-mail without it), and then links go to {@value #UNSET_LINK_BASE}.
   */
  public String linkBase() {
    String base =
        publicBaseUrl.map(String::strip).filter(url -> !url.isEmpty()).orElse(UNSET_LINK_BASE);
    return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  static final String UNSET_LINK_BASE = "http://localhost:8080";
}
