package com.srm.mentoring.audit.control;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Writes a stream as {@code COPY ... TO STDOUT (FORMAT binary)} sends it, for tests: the header,
 * rows of fields in their binary send formats, and the end marker.
 */
final class CopyStream {

  static final int TEXT_OID = 25;

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final DataOutputStream out = new DataOutputStream(bytes);

  CopyStream() {
    this(new byte[0]);
  }

  /** With a header extension of these bytes, which a reader must skip. */
  CopyStream(byte[] extension) {
    run(
        () -> {
          out.write(BinaryCopyReader.SIGNATURE);
          out.writeInt(0);
          out.writeInt(extension.length);
          out.write(extension);
        });
  }

  CopyStream row(int fields) {
    run(() -> out.writeShort(fields));
    return this;
  }

  CopyStream nul() {
    run(() -> out.writeInt(-1));
    return this;
  }

  CopyStream int8(long value) {
    run(
        () -> {
          out.writeInt(8);
          out.writeLong(value);
        });
    return this;
  }

  CopyStream int4(int value) {
    run(
        () -> {
          out.writeInt(4);
          out.writeInt(value);
        });
    return this;
  }

  CopyStream timestamptz(Instant at) {
    long micros =
        ChronoUnit.MICROS.between(Instant.EPOCH, at) - BinaryCopyReader.POSTGRES_EPOCH_MICROS;
    return int8(micros);
  }

  CopyStream bytea(byte[] value) {
    if (value == null) {
      return nul();
    }
    run(
        () -> {
          out.writeInt(value.length);
          out.write(value);
        });
    return this;
  }

  CopyStream text(String value) {
    return bytea(value == null ? null : value.getBytes(StandardCharsets.UTF_8));
  }

  /** A one-dimensional text[] with lower bound 1, as PostgreSQL sends it; null for NULL. */
  CopyStream textArray(String... values) {
    if (values == null) {
      return nul();
    }
    return textArray(values.length == 0 ? new int[0] : new int[] {values.length}, values);
  }

  /** A text[] of the given dimensions, its elements in storage order. */
  CopyStream textArray(int[] dimensions, String... values) {
    ByteArrayOutputStream array = new ByteArrayOutputStream();
    DataOutputStream a = new DataOutputStream(array);
    run(
        () -> {
          boolean nulls = false;
          for (String value : values) {
            nulls |= value == null;
          }
          a.writeInt(dimensions.length);
          a.writeInt(nulls ? 1 : 0);
          a.writeInt(TEXT_OID);
          for (int size : dimensions) {
            a.writeInt(size);
            a.writeInt(1);
          }
          for (String value : values) {
            if (value == null) {
              a.writeInt(-1);
            } else {
              byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
              a.writeInt(utf8.length);
              a.write(utf8);
            }
          }
        });
    return bytea(array.toByteArray());
  }

  /** Any bytes, as they are. */
  CopyStream raw(byte[] value) {
    run(() -> out.write(value));
    return this;
  }

  /** The stream with its end marker. */
  byte[] end() {
    run(() -> out.writeShort(-1));
    return bytes.toByteArray();
  }

  /** The stream so far, without an end marker. */
  byte[] unfinished() {
    return bytes.toByteArray();
  }

  private interface Write {
    void run() throws IOException;
  }

  private static void run(Write write) {
    try {
      write.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
