package com.srm.mentoring.audit.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;

/**
 * Counts each person's refused reads per minute, in the database, so that the limit holds across
 * every application node on one PostgreSQL. The minute is the database's, the one clock all nodes
 * share. One upsert per refusal, on a row of that person's: people do not wait for each other, and
 * two refusals of one person count one after the other.
 */
@ApplicationScoped
public class RefusedReads {

  private static final Logger LOG = Logger.getLogger(RefusedReads.class.getName());

  static final String COUNT =
      "INSERT INTO refused_read_count (username, minute, refusals)"
          + " VALUES (?, date_trunc('minute', clock_timestamp()), 1)"
          + " ON CONFLICT (username, minute)"
          + " DO UPDATE SET refusals = refused_read_count.refusals + 1"
          + " RETURNING refusals";

  /**
   * The person's rows of past minutes, with their first refusal of a minute: seldom, and never in
   * another person's way. The table holds at most a row or two for each person who was refused.
   */
  static final String FORGET_PAST =
      "DELETE FROM refused_read_count"
          + " WHERE username = ? AND minute < date_trunc('minute', clock_timestamp())";

  @Inject
  @ConfigProperty(name = "mentoring.audit.refused-reads-per-minute", defaultValue = "60")
  int perMinute;

  @PostConstruct
  void check() {
    if (perMinute < 1) {
      LOG.warning(
          "mentoring.audit.refused-reads-per-minute is "
              + perMinute
              + "; at least 1 refused read a minute is always logged.");
      perMinute = 1;
    }
  }

  /** How many refused reads of one person a minute are logged one by one. */
  public int perMinute() {
    return perMinute;
  }

  /**
   * Counts one more refused read of the person in the current minute, in the caller's transaction.
   *
   * @return how many refused reads of theirs this minute holds now, this one included
   */
  public int countOne(EntityManager em, String username) {
    return em.unwrap(Session.class)
        .doReturningWork(
            c -> {
              int count;
              try (PreparedStatement ps = c.prepareStatement(COUNT)) {
                ps.setString(1, username);
                try (ResultSet rs = ps.executeQuery()) {
                  rs.next();
                  count = rs.getInt(1);
                }
              }
              if (count == 1) {
                try (PreparedStatement ps = c.prepareStatement(FORGET_PAST)) {
                  ps.setString(1, username);
                  ps.executeUpdate();
                }
              }
              return count;
            });
  }
}
