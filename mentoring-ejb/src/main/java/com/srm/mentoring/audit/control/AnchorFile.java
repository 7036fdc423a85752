package com.srm.mentoring.audit.control;

import com.srm.mentoring.audit.entity.Anchor;
import com.srm.mentoring.platform.entity.Refusal;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The access log's anchors outside the database: one line per seal, appended to a file in a
 * directory of its own, which nobody who can only rewrite the database can rewrite.
 *
 * <p>Several servers may share the directory. Each line is written with one write to a file opened
 * for appending (O_APPEND), under an exclusive lock on the file, so lines never interleave; a
 * reader ignores a last line without its line end, as a write cut off by a crash leaves it.
 */
public final class AnchorFile {

  /** The file's name inside the configured directory. */
  public static final String FILE_NAME = "access-log-anchors.txt";

  /** How much of the file's end is read to find the newest anchor: many lines' worth. */
  private static final int TAIL_BYTES = 16 * 1024;

  private static final Logger LOG = Logger.getLogger(AnchorFile.class.getName());

  /** File locks are held by the whole process; threads of one server take turns here first. */
  private static final Object THIS_PROCESS = new Object();

  private final Path file;

  private final AtomicBoolean refusing = new AtomicBoolean();

  private AnchorFile(Path file) {
    this.file = file;
  }

  /** The anchor file in {@code directory}, created on the first seal. */
  public static AnchorFile in(Path directory) {
    return new AnchorFile(directory.resolve(FILE_NAME));
  }

  /** No directory configured: anchors go to the server log only. */
  public static AnchorFile none() {
    return new AnchorFile(null);
  }

  /**
   * Whether an anchor could be appended now: the directory is created if missing and the file
   * opened for appending, and closed again without writing. Asked before every entry and seal, so
   * that nothing is written to the log that could not be anchored.
   *
   * @throws IOException naming why not, when the directory or the file cannot be written
   */
  public void checkWritable() throws IOException {
    if (file == null) {
      return;
    }
    Files.createDirectories(file.getParent());
    // opened for appending, and closed again, is all this asks
    FileChannel.open(
            file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)
        .close();
  }

  /**
   * {@link #checkWritable()} for the writer: refuses when the anchor cannot be written. The
   * operator is told once, in the server log, when refusing starts and when it ends, not at every
   * refused change.
   *
   * @throws Refusal of kind {@code UNAVAILABLE} while the anchor file cannot be written
   */
  public void requireWritable() {
    try {
      checkWritable();
      if (refusing.compareAndSet(true, false)) {
        LOG.info(() -> "The access log's anchor file " + file + " can be written again.");
      }
    } catch (IOException e) {
      if (refusing.compareAndSet(false, true)) {
        LOG.log(
            Level.SEVERE,
            "The access log's anchor file "
                + file
                + " cannot be written ("
                + e
                + "): every change and every read that is logged is refused until it can."
                + " Make the directory set as mentoring.audit.anchor.dir writable for the server.",
            e);
      }
      throw Refusal.unavailable("refusal.audit.anchor-unwritable", e);
    }
  }

  /** Whether the last change asked for was refused because the anchor file could not be written. */
  public boolean isRefusing() {
    return refusing.get();
  }

  public void append(Anchor anchor) throws IOException {
    if (file == null) {
      return;
    }
    Files.createDirectories(file.getParent());
    ByteBuffer line = ByteBuffer.wrap((anchor.line() + "\n").getBytes(StandardCharsets.UTF_8));
    synchronized (THIS_PROCESS) {
      try (FileChannel channel =
          FileChannel.open(
              file,
              StandardOpenOption.CREATE,
              StandardOpenOption.WRITE,
              StandardOpenOption.APPEND)) {
        FileLock lock = channel.lock();
        try {
          while (line.hasRemaining()) {
            channel.write(line);
          }
          channel.force(false);
        } finally {
          lock.release();
        }
      }
    }
  }

  /**
   * The newest anchor: the highest seal number among the last lines (servers sharing the file may
   * append two seals out of order).
   */
  public Optional<Anchor> newest() throws IOException {
    if (file == null || !Files.exists(file)) {
      return Optional.empty();
    }
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = channel.size();
      long from = Math.max(0, size - TAIL_BYTES);
      ByteBuffer tail = ByteBuffer.allocate((int) (size - from));
      while (tail.hasRemaining() && channel.read(tail, from + tail.position()) >= 0) {
        // read to the end
      }
      String text = new String(tail.array(), 0, tail.position(), StandardCharsets.UTF_8);
      int end = text.lastIndexOf('\n');
      if (end < 0) {
        return Optional.empty();
      }
      String[] lines = text.substring(0, end).split("\n");
      // when the tail starts mid-file, its first line may be cut
      int first = from > 0 ? 1 : 0;
      Optional<Anchor> newest = Optional.empty();
      for (int i = first; i < lines.length; i++) {
        try {
          Anchor anchor = Anchor.parse(lines[i]);
          newest = newest.isEmpty() ? Optional.of(anchor) : highest(newest.get(), anchor);
        } catch (Refusal notAnAnchor) {
          // a foreign or damaged line proves nothing; the others still do
        }
      }
      return newest;
    }
  }

  private static Optional<Anchor> highest(Anchor a, Anchor b) {
    return Optional.of(Comparator.comparingLong(Anchor::number).compare(a, b) >= 0 ? a : b);
  }

  @Override
  public String toString() {
    return file == null ? "no anchor file" : file.toString();
  }
}
