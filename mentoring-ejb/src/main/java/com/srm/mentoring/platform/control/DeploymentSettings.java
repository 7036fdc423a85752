package com.srm.mentoring.platform.control;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * What a server outside the dev run must be configured with before it touches the database, checked
 * at the start of the deployment: no secret the product ships with ({@link ShippedSecrets}), no
 * committed database password, an anchor directory for the access log, not the schema owner's
 * credentials, which only the migration step holds, and the public address when it sends e-mail.
 */
public final class DeploymentSettings {

  /** The application role's password. */
  static final String DB_PASSWORD = "mentoring.db.password";

  /** The passwords the product's samples and defaults once carried; anyone can read them. */
  static final List<String> COMMITTED_DB_PASSWORDS = List.of("mentoring", "mentoring_owner");

  /** The owner's password: the migration step's, never the running server's. */
  static final String MIGRATION_PASSWORD = "mentoring.db.migration-password";

  /** Where the access log's seals are anchored outside the database. */
  static final String ANCHOR_DIR = "mentoring.audit.anchor.dir";

  /** The address browsers reach the application at; links in e-mails are built from it. */
  public static final String PUBLIC_BASE_URL = "mentoring.http.public-base-url";

  /** The SMTP server: set, the application sends e-mails, which link to the public address. */
  static final String SMTP_HOST = "mentoring.escalation.smtp-host";

  private DeploymentSettings() {}

  /**
   * Refuses a configuration a production server must not run with, outside the dev run.
   *
   * @return the shipped secrets in use, which only the dev run may use
   * @throws IllegalStateException naming each setting to change, outside the dev run
   */
  public static List<String> check(UnaryOperator<String> settings) {
    boolean dev = Boolean.parseBoolean(settings.apply(ShippedSecrets.DEV));
    List<String> problems = new ArrayList<>();
    List<String> shipped = ShippedSecrets.inUse(settings);
    if (!shipped.isEmpty()) {
      problems.add(
          "set "
              + String.join(", ", shipped)
              + " to secrets of your own instead of the demo secrets the product ships with");
    }
    String password = settings.apply(DB_PASSWORD);
    if (password == null || password.isBlank()) {
      problems.add("set " + DB_PASSWORD + " (the application role's password)");
    } else if (COMMITTED_DB_PASSWORDS.contains(password.strip())) {
      problems.add(
          "set "
              + DB_PASSWORD
              + " to a password of your own: the one it holds is published with the product");
    }
    String ownerPassword = settings.apply(MIGRATION_PASSWORD);
    if (ownerPassword != null && !ownerPassword.isBlank()) {
      problems.add(
          "remove "
              + MIGRATION_PASSWORD
              + " from the server's configuration: only the migration step holds the schema"
              + " owner's credentials (docs/operations.md)");
    }
    String anchors = settings.apply(ANCHOR_DIR);
    if (anchors == null || anchors.isBlank()) {
      problems.add(
          "set "
              + ANCHOR_DIR
              + " to a directory out of the database administrators' reach, where the access"
              + " log's seals are anchored");
    }
    String smtp = settings.apply(SMTP_HOST);
    String publicBase = settings.apply(PUBLIC_BASE_URL);
    if (smtp != null && !smtp.isBlank() && (publicBase == null || publicBase.isBlank())) {
      problems.add(
          "set "
              + PUBLIC_BASE_URL
              + " to the address people reach the application at: the e-mails "
              + SMTP_HOST
              + " sends link to it");
    }
    if (!problems.isEmpty() && !dev) {
      throw new IllegalStateException(
          "Refusing to start: "
              + String.join("; ", problems)
              + ". See docs/configuration.md; only the dev run ("
              + ShippedSecrets.DEV
              + "=true) may start without.");
    }
    return shipped;
  }
}
