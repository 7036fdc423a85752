package com.srm.mentoring.platform.boundary;

import com.srm.mentoring.platform.control.ContentCipher;
import com.srm.mentoring.platform.control.ScheduledRounds;
import com.srm.mentoring.platform.control.SealedTable;
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
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * At start and then every {@value #EVERY} seconds, on every node, seals stored content again with
 * the current content key: what was written before content was sealed, and what a retired key
 * sealed. This is how a key rotation completes (docs/operations.md). The timer is not persistent;
 * the row locks of {@link SealedContents} let several nodes run it at once.
 */
@Singleton
@Startup
public class ResealSchedule {

  /** The round's name, in the metrics, the health data and for the dev run's trigger. */
  public static final String ROUND = "content-reseal";

  /** How often the job runs, in seconds; a day by default. */
  public static final String EVERY = "mentoring.content.reseal-every-seconds";

  /** Rows per transaction. */
  static final int BATCH = 200;

  private static final Logger LOG = Logger.getLogger(ResealSchedule.class.getName());

  @Inject
  @ConfigProperty(name = EVERY, defaultValue = "86400")
  long everySeconds;

  @Inject SealedContents contents;

  @Inject ScheduledRounds rounds;

  @Resource TimerService timers;

  private boolean started;

  @PostConstruct
  void schedule() {
    long every = Math.max(1, everySeconds) * 1000;
    timers.createIntervalTimer(0, every, new TimerConfig("content re-sealing", false));
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void run() {
    rounds.run(
        ROUND,
        () -> {
          int sealed = 0;
          int unreadable = 0;
          long remaining = 0;
          for (SealedTable table : SealedTable.ALL) {
            UUID after = SealedContents.START;
            SealedContents.Batch batch;
            do {
              batch = contents.reseal(table, after, BATCH);
              sealed += batch.sealed();
              unreadable += batch.unreadable();
              after = batch.last();
            } while (batch.rows() == BATCH);
            remaining += contents.remaining(table);
          }
          Level level = !started || sealed > 0 || unreadable > 0 ? Level.INFO : Level.FINE;
          LOG.log(
              level,
              "Content re-sealed with the key {0}: {1} values sealed again, {2} left as they were"
                  + " because they could not be opened; {3} values not sealed with that key remain",
              new Object[] {ContentCipher.keys().currentId(), sealed, unreadable, remaining});
          started = true;
        });
  }
}
