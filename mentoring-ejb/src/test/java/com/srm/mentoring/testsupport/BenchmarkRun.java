package com.srm.mentoring.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/** What every benchmark does around its measurements: time, print, clean up its database. */
public final class BenchmarkRun {

  private BenchmarkRun() {}

  public static double secondsSince(long started) {
    return (System.nanoTime() - started) / 1e9;
  }

  /** Prints one line, with numbers written the same way whatever the machine's locale. */
  public static void print(String format, Object... values) {
    System.out.println(String.format(Locale.ROOT, format, values));
  }

  public static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not remove " + root, e);
    }
  }
}
