package com.srm.mentoring.audit.boundary;

import com.srm.mentoring.audit.control.AnchorFile;
import com.srm.mentoring.audit.control.ChainVerifier;
import com.srm.mentoring.audit.entity.Anchor;
import com.srm.mentoring.audit.entity.SealKeys;
import com.srm.mentoring.audit.entity.Verification;
import com.srm.mentoring.platform.entity.Refusal;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.UnaryOperator;

/**
 * Verifies the access log from the command line, with no application server: for an auditor's own
 * machine, or a job that checks the log every night. It reads the same settings as the application,
 * as system properties ({@code -Dmentoring.db.host=…}) or environment variables ({@code
 * MENTORING_DB_HOST=…}), prints the result as one line of JSON and exits with 0 when the log is
 * whole, 1 when it is damaged and 2 when it could not be checked.
 *
 * <p>The seal keys ({@code mentoring.audit.seal.keys}) are required: there is no built-in key. With
 * {@code mentoring.audit.anchor.dir} the log is held against the newest anchor there, and with
 * {@code mentoring.audit.receipt-file} against a receipt an auditor kept. A whole log's result
 * names the entries after its last seal ({@code unsealedEntries}, {@code unsealedSince}): those no
 * seal vouches for yet.
 */
public final class VerifyAccessLog {

  private VerifyAccessLog() {}

  public static void main(String[] args) {
    System.exit(run(VerifyAccessLog::setting, System.out, System.err));
  }

  public static int run(UnaryOperator<String> settings, PrintStream out, PrintStream err) {
    try {
      String keyList = settings.apply("mentoring.audit.seal.keys");
      if (keyList == null || keyList.isBlank()) {
        err.println(
            "The access log could not be checked: mentoring.audit.seal.keys is not set; give the"
                + " keys the server seals with");
        return 2;
      }
      // every configured key checks seals; which one makes new seals does not matter here
      SealKeys keys = SealKeys.parse(keyList, keyList.strip().split(":", 2)[0]);
      Optional<Anchor> newest =
          Optional.ofNullable(settings.apply("mentoring.audit.anchor.dir"))
              .filter(dir -> !dir.isBlank())
              .map(dir -> AnchorFile.in(Path.of(dir)))
              .orElse(AnchorFile.none())
              .newest();
      Optional<String> receipt =
          Optional.ofNullable(settings.apply("mentoring.audit.receipt-file"));
      Optional<Anchor> kept = Optional.empty();
      if (receipt.isPresent()) {
        kept = Optional.of(Anchor.parse(Files.readString(Path.of(receipt.get()))));
      }
      Verification result;
      try (Connection c = connect(settings)) {
        c.setAutoCommit(false);
        c.setReadOnly(true);
        result = ChainVerifier.verify(c, keys, newest, kept);
        c.rollback();
      }
      out.println(toJson(result));
      return result.ok() ? 0 : 1;
    } catch (IllegalArgumentException | Refusal | SQLException | IOException e) {
      err.println("The access log could not be checked: " + e.getMessage());
      return 2;
    }
  }

  static String toJson(Verification result) {
    String anchor =
        (result.anchorSequence() == null ? "" : ",\"anchorSequence\":" + result.anchorSequence())
            + (result.receipt() == null ? "" : ",\"receipt\":\"" + result.receipt().label() + "\"");
    // the entries no seal vouches for yet: how many, and since when
    String unsealed =
        ",\"unsealedEntries\":"
            + result.unsealedEntries()
            + (result.unsealedSince() == null
                ? ""
                : ",\"unsealedSince\":\"" + result.unsealedSince() + "\"");
    return result.ok()
        ? "{\"ok\":true,\"entries\":" + result.entries() + anchor + unsealed + "}"
        : "{\"ok\":false,\"firstBadSequence\":"
            + result.firstBadSequence()
            + ",\"damage\":\""
            + result.damage().label()
            + "\""
            + anchor
            + "}";
  }

  private static Connection connect(UnaryOperator<String> settings) throws SQLException {
    String url =
        "jdbc:postgresql://"
            + orDefault(settings, "mentoring.db.host", "127.0.0.1")
            + ":"
            + orDefault(settings, "mentoring.db.port", "5432")
            + "/"
            + orDefault(settings, "mentoring.db.name", "mentoring");
    Properties login = new Properties();
    login.putAll(
        Map.of(
            "user", orDefault(settings, "mentoring.db.user", "mentoring"),
            "password", orDefault(settings, "mentoring.db.password", ""),
            "ApplicationName", "access-log-verification"));
    return DriverManager.getConnection(url, login);
  }

  private static String orDefault(UnaryOperator<String> settings, String key, String fallback) {
    String value = settings.apply(key);
    return value == null ? fallback : value;
  }

  /** A system property, or else the environment variable MicroProfile Config would read for it. */
  private static String setting(String key) {
    String property = System.getProperty(key);
    if (property != null) {
      return property;
    }
    return System.getenv(key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_"));
  }
}
