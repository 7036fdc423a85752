package com.srm.mentoring.demo;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * Seeds the demo program into a running dev application, from outside it, unless it is there
 * already: a restart on the same data seeds nothing. One client seeds at a time (the run command,
 * or the test run before its first test about the demo), so nothing needs to be locked.
 */
public final class DemoSeeding {

  private DemoSeeding() {}

  /**
   * @param base the application's address, ending in a slash
   * @param issuer the demo realm's issuer, for the demo people's tokens
   * @param database the application's database, as the application's login
   * @param progress told how far the seeding has come, "n/m"
   * @return what was done, for the log
   * @throws IllegalStateException when an earlier seeding was cut short, or a call failed
   */
  public static String ensureSeeded(
      URI base, String issuer, DataSource database, Consumer<String> progress) {
    DemoProgram program = new DemoProgram(new DemoApi(base, issuer), database, progress);
    DemoProgram.Found found = program.seeded();
    if (found == DemoProgram.Found.ALL) {
      return "the demo program was there already";
    }
    if (found == DemoProgram.Found.PART) {
      throw new IllegalStateException(
          "an earlier start was stopped while it seeded; remove the data"
              + " directory (mentoring.data.dir) for a complete one");
    }
    return program.lay(LocalDate.now(ZoneOffset.UTC));
  }
}
