package com.srm.mentoring.audit.control;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads the rows of {@code COPY ... TO STDOUT (FORMAT binary)} from PostgreSQL, a row at a time.
 *
 * <p>The format: an 11-byte signature, a 32-bit flags field and a header extension of a given
 * length; then per row a 16-bit field count (-1 ends the data) and per field a 32-bit length (-1
 * for NULL) followed by that many bytes in the type's binary send format. All integers are
 * big-endian.
 *
 * <p>A row's fields stay in the reader's own buffer until the next row is read, so that a caller
 * can copy the bytes it needs from there without anything being allocated per row or per field. The
 * buffer grows only for a row larger than any before it.
 */
final class BinaryCopyReader {

  static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0};

  /** Microseconds between 1970-01-01 and PostgreSQL's epoch, 2000-01-01, both UTC. */
  static final long POSTGRES_EPOCH_MICROS = 946_684_800_000_000L;

  /** Bit 16 of the header's flags: OIDs follow each row's field count. Never asked for here. */
  private static final int WITH_OIDS = 1 << 16;

  private final InputStream in;
  private byte[] buffer;
  private int position;
  private int limit;
  private boolean ended;

  /** Where the current row starts in the buffer; field offsets are relative to it. */
  private int rowStart;

  private int fields;
  private int[] fieldOffsets = new int[16];
  private int[] fieldLengths = new int[16];

  /** The elements of the last array field read with {@link #array(int)}. */
  private int elements;

  private int[] elementOffsets = new int[16];
  private int[] elementLengths = new int[16];

  BinaryCopyReader(InputStream in) throws IOException {
    this(in, 64 * 1024);
  }

  /** With a buffer of the given starting size: small in tests, to make rows straddle refills. */
  BinaryCopyReader(InputStream in, int bufferSize) throws IOException {
    this.in = in;
    this.buffer = new byte[Math.max(bufferSize, 16)];
    readHeader();
  }

  private void readHeader() throws IOException {
    ensure(SIGNATURE.length + 8);
    if (!Arrays.equals(
        buffer, position, position + SIGNATURE.length, SIGNATURE, 0, SIGNATURE.length)) {
      throw new IOException("not a binary COPY stream: its signature is missing");
    }
    position += SIGNATURE.length;
    int flags = readInt();
    if ((flags & WITH_OIDS) != 0) {
      throw new IOException("binary COPY with OIDs is not read here");
    }
    int extension = readInt();
    if (extension < 0) {
      throw new IOException("binary COPY header extension of negative length " + extension);
    }
    skip(extension);
  }

  /**
   * Moves to the next row.
   *
   * @return false once the data has ended; the stream is then read to its end
   */
  boolean next() throws IOException {
    if (ended) {
      return false;
    }
    rowStart = position;
    ensure(2);
    int count = (short) (((buffer[position] & 0xff) << 8) | (buffer[position + 1] & 0xff));
    position += 2;
    if (count == -1) {
      ended = true;
      fields = 0;
      drain();
      return false;
    }
    if (count < 0) {
      throw new IOException("binary COPY row with " + count + " fields");
    }
    if (count > fieldOffsets.length) {
      fieldOffsets = new int[count];
      fieldLengths = new int[count];
    }
    fields = count;
    for (int i = 0; i < count; i++) {
      ensure(4);
      int length = readInt();
      if (length < -1) {
        throw new IOException("binary COPY field of length " + length);
      }
      fieldLengths[i] = length;
      fieldOffsets[i] = position - rowStart;
      if (length > 0) {
        ensure(length);
        position += length;
      }
    }
    return true;
  }

  /** What follows the end marker: nothing, but reading it lets the copy finish. */
  private void drain() throws IOException {
    byte[] rest = new byte[256];
    if (limit > position || in.read(rest) >= 0) {
      throw new IOException("binary COPY stream goes on after its end marker");
    }
  }

  int fields() {
    return fields;
  }

  boolean isNull(int field) {
    return length(field) == -1;
  }

  /** The field's length in bytes, -1 for NULL. */
  int length(int field) {
    if (field < 0 || field >= fields) {
      throw new IndexOutOfBoundsException("field " + field + " of " + fields);
    }
    return fieldLengths[field];
  }

  /** The buffer the current row's bytes are in: valid until {@link #next()} is called again. */
  byte[] buffer() {
    return buffer;
  }

  /** Where the field's bytes start in {@link #buffer()}. */
  int offset(int field) {
    length(field);
    return rowStart + fieldOffsets[field];
  }

  /** An int8 field. */
  long int8(int field) {
    return readLong(offset(notNull(field, 8)));
  }

  /** An int4 field. */
  int int4(int field) {
    return readInt(offset(notNull(field, 4)));
  }

  /** A timestamptz field, as microseconds since 1970-01-01 UTC. */
  long timestampMicros(int field) {
    return readLong(offset(notNull(field, 8))) + POSTGRES_EPOCH_MICROS;
  }

  /** A bytea field's bytes, or null. */
  byte[] bytes(int field) {
    int length = length(field);
    if (length == -1) {
      return null;
    }
    int offset = offset(field);
    return Arrays.copyOfRange(buffer, offset, offset + length);
  }

  /** A text field, or null. The connection sends text in UTF-8, as PgJDBC always asks for. */
  String text(int field) {
    int length = length(field);
    return length == -1 ? null : new String(buffer, offset(field), length, StandardCharsets.UTF_8);
  }

  /**
   * Reads a one-dimensional (or empty) array field, such as text[], of any element type. Its
   * elements' places are then {@link #elementOffset(int)} and {@link #elementLength(int)}, valid
   * until the next row or array is read. An array of more dimensions is read in storage order, as
   * one list.
   *
   * @return the number of elements, or -1 when the field is NULL
   */
  int array(int field) {
    int length = length(field);
    if (length == -1) {
      return -1;
    }
    int at = offset(field);
    int end = at + length;
    check(length >= 12, field);
    int dimensions = readInt(at);
    // the flags word says whether NULL elements are present; the elements say it anyway
    at += 12;
    check(dimensions >= 0 && at + 8L * dimensions <= end, field);
    long count = dimensions == 0 ? 0 : 1;
    for (int d = 0; d < dimensions; d++) {
      int size = readInt(at);
      check(size >= 0, field);
      count *= size;
      check(count <= length, field);
      at += 8;
    }
    int n = (int) count;
    if (n > elementOffsets.length) {
      elementOffsets = new int[n];
      elementLengths = new int[n];
    }
    for (int k = 0; k < n; k++) {
      check(at + 4 <= end, field);
      int size = readInt(at);
      at += 4;
      check(size >= -1 && (size == -1 || at + size <= end), field);
      elementLengths[k] = size;
      elementOffsets[k] = at;
      at += Math.max(size, 0);
    }
    check(at == end, field);
    elements = n;
    return n;
  }

  /** Where element {@code k} of the last array read starts in {@link #buffer()}. */
  int elementOffset(int k) {
    return elementOffsets[element(k)];
  }

  /** The length of element {@code k} of the last array read, -1 for NULL. */
  int elementLength(int k) {
    return elementLengths[element(k)];
  }

  /** A text[] field as Strings (NULL elements as null), or null. */
  String[] textArray(int field) {
    int n = array(field);
    if (n == -1) {
      return null;
    }
    String[] texts = new String[n];
    for (int k = 0; k < n; k++) {
      texts[k] =
          elementLengths[k] == -1
              ? null
              : new String(buffer, elementOffsets[k], elementLengths[k], StandardCharsets.UTF_8);
    }
    return texts;
  }

  private int element(int k) {
    if (k < 0 || k >= elements) {
      throw new IndexOutOfBoundsException("element " + k + " of " + elements);
    }
    return k;
  }

  private static void check(boolean wellFormed, int field) {
    if (!wellFormed) {
      throw new IllegalStateException("field " + field + " is not a binary array");
    }
  }

  private int notNull(int field, int size) {
    int length = length(field);
    if (length != size) {
      throw new IllegalStateException(
          "field " + field + " has " + length + " bytes where " + size + " were expected");
    }
    return field;
  }

  private int readInt() {
    int value = readInt(position);
    position += 4;
    return value;
  }

  private int readInt(int at) {
    return ((buffer[at] & 0xff) << 24)
        | ((buffer[at + 1] & 0xff) << 16)
        | ((buffer[at + 2] & 0xff) << 8)
        | (buffer[at + 3] & 0xff);
  }

  private long readLong(int at) {
    return ((long) readInt(at) << 32) | (readInt(at + 4) & 0xffffffffL);
  }

  private void skip(int count) throws IOException {
    // nothing before the current position is needed any more
    rowStart = position;
    int left = count;
    while (left > 0) {
      ensure(1);
      int step = Math.min(left, limit - position);
      position += step;
      rowStart = position;
      left -= step;
    }
  }

  /**
   * Makes {@code count} bytes from the current position available in the buffer. The current row is
   * kept whole: it is moved to the buffer's start, or the buffer grows, so that offsets relative to
   * the row stay right.
   */
  private void ensure(int count) throws IOException {
    if (limit - position >= count) {
      return;
    }
    int keepFrom = Math.min(rowStart, position);
    int kept = limit - keepFrom;
    int needed = (position - keepFrom) + count;
    if (needed > buffer.length) {
      byte[] larger = new byte[Math.max(needed, buffer.length * 2)];
      System.arraycopy(buffer, keepFrom, larger, 0, kept);
      buffer = larger;
    } else if (keepFrom > 0) {
      System.arraycopy(buffer, keepFrom, buffer, 0, kept);
    }
    position -= keepFrom;
    rowStart -= keepFrom;
    limit = kept;
    while (limit - position < count) {
      int read = in.read(buffer, limit, buffer.length - limit);
      if (read < 0) {
        throw new EOFException("binary COPY stream ended in the middle of a row");
      }
      limit += read;
    }
  }
}
