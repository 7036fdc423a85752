package com.srm.mentoring.audit.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BinaryCopyReaderTest {

  static final Instant AT = Instant.parse("2026-12-05T06:00:00.123456Z");

  /** One row of every type the access log has, and one of NULLs where the columns allow them. */
  static byte[] twoRows() {
    return new CopyStream()
        .row(7)
        .int8(42)
        .timestamptz(AT)
        .text("grüße \u001f ok")
        .bytea(new byte[] {0, 1, (byte) 0xff})
        .int4(2)
        .textArray("c-1", "ç-2")
        .text("")
        .row(7)
        .int8(Long.MAX_VALUE)
        .timestamptz(Instant.parse("1969-12-31T23:59:59.999999Z"))
        .nul()
        .bytea(new byte[0])
        .int4(-1)
        .nul()
        .nul()
        .end();
  }

  @Test
  void readsEveryTypeOfTheLogAndNulls() throws IOException {
    BinaryCopyReader rows = new BinaryCopyReader(new ByteArrayInputStream(twoRows()));
    assertTrue(rows.next());
    assertEquals(7, rows.fields());
    assertEquals(42, rows.int8(0));
    assertEquals(1_796_450_400_123_456L, rows.timestampMicros(1));
    assertEquals("grüße \u001f ok", rows.text(2));
    assertArrayEquals(new byte[] {0, 1, (byte) 0xff}, rows.bytes(3));
    assertEquals(2, rows.int4(4));
    assertArrayEquals(new String[] {"c-1", "ç-2"}, rows.textArray(5));
    assertEquals("", rows.text(6));
    assertFalse(rows.isNull(6));
    assertEquals(0, rows.length(6));

    assertTrue(rows.next());
    assertEquals(Long.MAX_VALUE, rows.int8(0));
    assertEquals(-1, rows.timestampMicros(1));
    assertTrue(rows.isNull(2));
    assertNull(rows.text(2));
    assertEquals(-1, rows.length(2));
    assertArrayEquals(new byte[0], rows.bytes(3));
    assertEquals(-1, rows.int4(4));
    assertNull(rows.textArray(5));
    assertEquals(-1, rows.array(5));
    assertNull(rows.bytes(6));

    assertFalse(rows.next());
    assertFalse(rows.next(), "and stays at the end");
  }

  @Test
  void aFieldsBytesAreWhereTheReaderSaysInItsBuffer() throws IOException {
    BinaryCopyReader rows = new BinaryCopyReader(new ByteArrayInputStream(twoRows()));
    rows.next();
    byte[] utf8 = "grüße \u001f ok".getBytes(StandardCharsets.UTF_8);
    assertEquals(utf8.length, rows.length(2));
    assertArrayEquals(
        utf8, Arrays.copyOfRange(rows.buffer(), rows.offset(2), rows.offset(2) + rows.length(2)));
  }

  @Test
  void rowsStraddlingRefillsOfASmallBufferReadTheSame() throws IOException {
    String large = "x".repeat(1000);
    byte[] stream =
        new CopyStream(new byte[] {9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9})
            .row(2)
            .text(large)
            .int8(1)
            .row(2)
            .text("short")
            .int8(2)
            .row(2)
            .textArray("a", large, "b")
            .int8(3)
            .end();
    // a byte at a time, into a buffer of 16 bytes: every field crosses a refill
    BinaryCopyReader rows = new BinaryCopyReader(new Trickle(stream), 16);
    assertTrue(rows.next());
    assertEquals(large, rows.text(0));
    assertEquals(1, rows.int8(1));
    assertTrue(rows.next());
    assertEquals("short", rows.text(0));
    assertEquals(2, rows.int8(1));
    assertTrue(rows.next());
    assertArrayEquals(new String[] {"a", large, "b"}, rows.textArray(0));
    assertEquals(3, rows.int8(1));
    assertFalse(rows.next());
  }

  @Test
  void arraysWithNullElementsNoElementsAndMoreDimensions() throws IOException {
    byte[] stream =
        new CopyStream()
            .row(3)
            .textArray("a", null, "")
            .textArray()
            .textArray(new int[] {2, 2}, "a", "b", "c", "d")
            .end();
    BinaryCopyReader rows = new BinaryCopyReader(new ByteArrayInputStream(stream));
    assertTrue(rows.next());
    assertEquals(3, rows.array(0));
    assertEquals(1, rows.elementLength(0));
    assertEquals('a', rows.buffer()[rows.elementOffset(0)]);
    assertEquals(-1, rows.elementLength(1));
    assertEquals(0, rows.elementLength(2));
    assertArrayEquals(new String[] {"a", null, ""}, rows.textArray(0));
    assertEquals(0, rows.array(1));
    assertArrayEquals(new String[0], rows.textArray(1));
    assertArrayEquals(new String[] {"a", "b", "c", "d"}, rows.textArray(2));
    assertThrows(IndexOutOfBoundsException.class, () -> rows.elementLength(4));
  }

  @Test
  void anEmptyCopyHasNoRows() throws IOException {
    BinaryCopyReader rows = new BinaryCopyReader(new ByteArrayInputStream(new CopyStream().end()));
    assertFalse(rows.next());
  }

  @Test
  void aFieldOfTheWrongSizeOrOutsideTheRowIsRefused() throws IOException {
    byte[] stream = new CopyStream().row(2).int4(7).nul().end();
    BinaryCopyReader rows = new BinaryCopyReader(new ByteArrayInputStream(stream));
    rows.next();
    assertThrows(IllegalStateException.class, () -> rows.int8(0));
    assertThrows(IllegalStateException.class, () -> rows.int4(1));
    assertThrows(IllegalStateException.class, () -> rows.timestampMicros(1));
    assertThrows(IllegalStateException.class, () -> rows.array(0));
    assertThrows(IndexOutOfBoundsException.class, () -> rows.length(2));
  }

  @Test
  void aMalformedArrayIsRefused() throws IOException {
    byte[] claimsTwoHasOne = {
      0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 25, 0, 0, 0, 2, 0, 0, 0, 1, 0, 0, 0, 0
    };
    byte[] stream = new CopyStream().row(1).bytea(claimsTwoHasOne).end();
    BinaryCopyReader rows = new BinaryCopyReader(new ByteArrayInputStream(stream));
    rows.next();
    assertThrows(IllegalStateException.class, () -> rows.array(0));
  }

  @Test
  void aStreamThatIsNotBinaryCopyIsRefused() {
    byte[] text = "1\t2\n\\.\n".getBytes(StandardCharsets.US_ASCII);
    assertThrows(IOException.class, () -> new BinaryCopyReader(new ByteArrayInputStream(text)));
  }

  @Test
  void aStreamCutOffInARowIsRefused() throws IOException {
    byte[] whole = new CopyStream().row(2).int8(1).text("abc").end();
    byte[] cut = Arrays.copyOf(whole, whole.length - 4);
    BinaryCopyReader rows = new BinaryCopyReader(new ByteArrayInputStream(cut));
    assertThrows(EOFException.class, rows::next);
  }

  @Test
  void aStreamWithoutItsEndMarkerIsRefused() throws IOException {
    byte[] unfinished = new CopyStream().row(1).int8(1).unfinished();
    BinaryCopyReader rows = new BinaryCopyReader(new ByteArrayInputStream(unfinished));
    assertTrue(rows.next());
    assertThrows(EOFException.class, rows::next);
  }

  @Test
  void bytesAfterTheEndMarkerAreRefused() throws IOException {
    byte[] stream =
        new CopyStream().row(1).int8(1).raw(new byte[] {(byte) 0xff, (byte) 0xff, 7}).unfinished();
    BinaryCopyReader rows = new BinaryCopyReader(new ByteArrayInputStream(stream));
    assertTrue(rows.next());
    assertThrows(IOException.class, rows::next);
  }

  @Test
  void aNegativeLengthOtherThanNullIsRefused() throws IOException {
    byte[] stream =
        new CopyStream()
            .row(1)
            .raw(new byte[] {(byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xfe})
            .end();
    BinaryCopyReader rows = new BinaryCopyReader(new ByteArrayInputStream(stream));
    assertThrows(IOException.class, rows::next);
  }

  /** Hands out one byte per read, as a network might at worst. */
  static final class Trickle extends FilterInputStream {
    Trickle(byte[] bytes) {
      super(new ByteArrayInputStream(bytes));
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      return super.read(b, off, Math.min(len, 1));
    }
  }
}
