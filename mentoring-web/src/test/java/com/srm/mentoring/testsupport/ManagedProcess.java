package com.srm.mentoring.testsupport;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A server process started by the run command or the integration tests: its output goes to a log
 * file, and stopping it stops its whole process tree, so that nothing is left running after Ctrl-C
 * or after the test run.
 */
public final class ManagedProcess {

  private final String name;
  private final Process process;

  private ManagedProcess(String name, Process process) {
    this.name = name;
    this.process = process;
  }

  public static ManagedProcess start(
      String name, List<String> command, Path log, Map<String, String> env) throws IOException {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().putAll(env);
    return new ManagedProcess(name, builder.start());
  }

  /** The operating system's id of the process, for the JDK's diagnostic tools. */
  public long pid() {
    return process.pid();
  }

  public void requireAlive() {
    if (!process.isAlive()) {
      throw new IllegalStateException(name + " stopped with exit code " + process.exitValue());
    }
  }

  /** Completes when the process has ended, for whatever reason. */
  public CompletableFuture<Process> onExit() {
    return process.onExit();
  }

  /**
   * Ends the process at once, as a crash or {@code kill -9} would, with no chance to finish what it
   * was doing; returns once it has ended.
   */
  public void kill() {
    List<ProcessHandle> descendants = process.descendants().toList();
    process.destroyForcibly();
    descendants.forEach(ProcessHandle::destroyForcibly);
    process.onExit().join();
  }

  public void stop() {
    if (!process.isAlive()) {
      return;
    }
    System.out.println("Stopping " + name);
    System.out.flush();
    List<ProcessHandle> descendants = process.descendants().toList();
    process.destroy();
    descendants.forEach(ProcessHandle::destroy);
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
    descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
  }
}
