package com.srm.mentoring.demo.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicReference;

/** How far the seeding has come, for the readiness check; one per application. */
@ApplicationScoped
public class DemoProgress {

  /** Where the seeding stands. */
  public enum Stage {
    /** The setting is off: nothing to do. */
    OFF,
    /** Asked for and not finished: the application is not ready yet. */
    SEEDING,
    /** Seeded now, or found seeded by an earlier start or another node. */
    DONE,
    /** Gave up; the application serves anyway, without the demo program. */
    FAILED
  }

  private final AtomicReference<Stage> stage = new AtomicReference<>(Stage.OFF);
  private final AtomicReference<String> outcome = new AtomicReference<>("");

  public Stage stage() {
    return stage.get();
  }

  /** What the seeding did, or why it failed. */
  public String outcome() {
    return outcome.get();
  }

  public void seeding() {
    stage.set(Stage.SEEDING);
  }

  public void done(String what) {
    outcome.set(what);
    stage.set(Stage.DONE);
  }

  public void failed(String why) {
    outcome.set(why);
    stage.set(Stage.FAILED);
  }
}
