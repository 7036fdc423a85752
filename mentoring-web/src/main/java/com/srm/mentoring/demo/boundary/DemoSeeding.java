package com.srm.mentoring.demo.boundary;

import com.srm.mentoring.demo.control.DemoApi;
import com.srm.mentoring.demo.control.DemoProgram;
import com.srm.mentoring.demo.control.DemoProgress;
import com.srm.mentoring.demo.control.DemoSwitch;
import com.srm.mentoring.identity.control.IdentitySettings;
import com.srm.mentoring.platform.boundary.Database;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Seeds the demo program once the application serves, when {@value DemoSwitch#SEED} is on (dev run
 * only: otherwise the deployment stops here). It runs in the background, since it calls the
 * application's own REST API; the readiness check "demo-program" is down until it is done. A
 * restart on the same data finds the demo cohorts and seeds nothing. Of several nodes only the one
 * holding the advisory lock seeds; the others wait for it, and then find the program there.
 */
@Singleton
@Startup
public class DemoSeeding {

  private static final Logger LOG = Logger.getLogger(DemoSeeding.class.getName());

  /** Key of the session-level advisory lock the seeding node holds throughout. */
  static final long LOCK = 0x64656d6fL;

  static final String DEFAULT_URL = "http://127.0.0.1:8080/";

  /** Far longer than a seeding takes, even on a busy machine. */
  private static final Duration PATIENCE = Duration.ofMinutes(10);

  @Resource ManagedExecutorService executor;

  @Resource(lookup = Database.JNDI_NAME)
  DataSource database;

  @Inject DemoProgress progress;

  @Inject DemoProgram program;

  @Inject IdentitySettings identity;

  @PostConstruct
  void start() {
    Config config = ConfigProvider.getConfig(DemoSeeding.class.getClassLoader());
    if (!DemoSwitch.seed(key -> config.getOptionalValue(key, String.class).orElse(null))) {
      return;
    }
    URI base =
        URI.create(config.getOptionalValue("mentoring.demo.url", String.class).orElse(DEFAULT_URL));
    DemoApi api =
        new DemoApi(
            base.toString().endsWith("/") ? base : URI.create(base + "/"), identity.getIssuer());
    progress.seeding();
    executor.submit(() -> seed(api));
  }

  private void seed(DemoApi api) {
    try {
      api.awaitLive(PATIENCE);
      try (Connection connection = database.getConnection()) {
        awaitLock(connection);
        try {
          DemoProgram.Found found = program.seeded(api);
          if (found == DemoProgram.Found.ALL) {
            progress.done("the demo program was there already");
          } else if (found == DemoProgram.Found.PART) {
            fail(
                "an earlier start was stopped while it seeded; remove the data directory"
                    + " (mentoring.data.dir) for a complete one");
          } else {
            String outcome = program.lay(api, LocalDate.now(ZoneOffset.UTC));
            LOG.info(outcome);
            progress.done(outcome);
          }
        } finally {
          lock(connection, "pg_advisory_unlock");
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      fail(e);
    } catch (RuntimeException | SQLException e) {
      fail(e);
    }
  }

  private void fail(Exception e) {
    if (progress.stage() == DemoProgress.Stage.DONE) {
      // only giving the connection back failed: the demo program is there
      LOG.log(Level.FINE, "after seeding the demo program", e);
      return;
    }
    LOG.log(Level.FINE, "Demo program not seeded", e);
    fail(e.getMessage());
  }

  private void fail(String why) {
    String line = "Demo program not seeded: " + why;
    LOG.severe(line);
    progress.failed(line);
  }

  /**
   * Waits while another node seeds; it then finds the program there. Not ready meanwhile, as that
   * node is not either.
   */
  private static void awaitLock(Connection connection) throws SQLException, InterruptedException {
    Instant until = Instant.now().plus(PATIENCE);
    while (!lock(connection, "pg_try_advisory_lock")) {
      if (Instant.now().isAfter(until)) {
        throw new IllegalStateException("another node has been seeding for " + PATIENCE);
      }
      Thread.sleep(2000);
    }
  }

  private static boolean lock(Connection connection, String function) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement("SELECT " + function + "(?)")) {
      statement.setLong(1, LOCK);
      try (ResultSet result = statement.executeQuery()) {
        return result.next() && result.getBoolean(1);
      }
    }
  }
}
