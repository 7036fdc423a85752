package com.srm.mentoring.demo.control;

import com.srm.mentoring.platform.control.ShippedSecrets;
import java.util.function.UnaryOperator;

/**
 * Whether the demo program is to be seeded. It signs in as the demo people with the password every
 * one of them has in the demo realm, so a server outside the dev run refuses to start with it on
 * rather than to look for those accounts in a real directory.
 */
public final class DemoSwitch {

  /** The setting that asks for the demo program. */
  public static final String SEED = "mentoring.demo.seed";

  private DemoSwitch() {}

  /**
   * @return whether to seed
   * @throws IllegalStateException when seeding is asked for outside the dev run
   */
  public static boolean seed(UnaryOperator<String> settings) {
    boolean seed = Boolean.parseBoolean(settings.apply(SEED));
    if (seed && !Boolean.parseBoolean(settings.apply(ShippedSecrets.DEV))) {
      throw new IllegalStateException(
          "Refusing to start: "
              + SEED
              + "=true seeds the demo program with the demo realm's accounts and passwords;"
              + " only the dev run ("
              + ShippedSecrets.DEV
              + "=true) may do that. Remove the setting (see docs/configuration.md).");
    }
    return seed;
  }
}
