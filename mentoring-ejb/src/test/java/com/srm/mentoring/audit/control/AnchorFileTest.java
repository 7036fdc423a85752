package com.srm.mentoring.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.audit.entity.Anchor;
import com.srm.mentoring.platform.entity.Refusal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnchorFileTest {

  @TempDir Path dir;

  static Anchor anchor(long number) {
    byte[] head = new byte[32];
    byte[] mac = new byte[32];
    head[0] = (byte) number;
    mac[31] = (byte) (number >> 8);
    return new Anchor(number, number * 10, head, mac, "2026-11");
  }

  @Test
  void aFileThatCannotBeOpenedForAppendingRefusesUntilItCanBe() throws Exception {
    AnchorFile anchors = AnchorFile.in(dir);
    anchors.requireWritable();
    Files.delete(dir.resolve(AnchorFile.FILE_NAME));
    // a directory in the file's place cannot be written, not even by root
    Files.createDirectory(dir.resolve(AnchorFile.FILE_NAME));
    Refusal refused = assertThrows(Refusal.class, anchors::requireWritable);
    assertEquals(Refusal.Kind.UNAVAILABLE, refused.kind());
    assertTrue(anchors.isRefusing());
    Files.delete(dir.resolve(AnchorFile.FILE_NAME));
    anchors.requireWritable();
    assertTrue(!anchors.isRefusing());
  }

  @Test
  void aLineReadsBackAsTheAnchorItWasWrittenFrom() {
    Anchor anchor = anchor(7);
    assertEquals(anchor, Anchor.parse(anchor.line()));
    assertEquals(anchor, Anchor.parse("  " + anchor.line() + "\r\n"));
    assertTrue(anchor.line().startsWith("access-log-seal number=7 sequence=70 head="));
  }

  @Test
  void somethingElseIsRefusedNamingTheReceipt() {
    for (String wrong :
        new String[] {
          null,
          "",
          "hello",
          anchor(1).line().replace("number=1", "number=-1"),
          anchor(1).line().replace("head=01", "head=zz"),
          anchor(1).line().replace(" key=2026-11", "")
        }) {
      Refusal e = assertThrows(Refusal.class, () -> Anchor.parse(wrong), wrong);
      assertTrue(e.getMessage().startsWith("receipt: "), e.getMessage());
    }
  }

  @Test
  void writersOfSeveralThreadsNeverInterleaveAndTheNewestIsTheHighestNumber() throws Exception {
    AnchorFile file = AnchorFile.in(dir);
    assertEquals(Optional.empty(), file.newest());
    ExecutorService writers = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int w = 0; w < 8; w++) {
        int writer = w;
        done.add(
            writers.submit(
                () -> {
                  for (int i = 0; i < 100; i++) {
                    file.append(anchor(1 + writer + 8L * i));
                  }
                  return null;
                }));
      }
      for (Future<?> writer : done) {
        writer.get();
      }
    } finally {
      writers.shutdownNow();
    }
    List<String> lines = Files.readAllLines(dir.resolve(AnchorFile.FILE_NAME));
    assertEquals(800, lines.size());
    Set<Long> numbers = new HashSet<>();
    lines.forEach(line -> numbers.add(Anchor.parse(line).number()));
    assertEquals(800, numbers.size(), "every line whole, none lost");
    file.append(anchor(801));
    assertEquals(801, file.newest().orElseThrow().number());
  }

  @Test
  void twoServersAppendingSealsOutOfOrderStillGiveTheHighestAsNewest() throws Exception {
    AnchorFile file = AnchorFile.in(dir);
    file.append(anchor(5));
    file.append(anchor(7));
    file.append(anchor(6));
    assertEquals(anchor(7), file.newest().orElseThrow());
  }

  @Test
  void aLineCutOffByACrashIsIgnored() throws Exception {
    AnchorFile file = AnchorFile.in(dir);
    file.append(anchor(1));
    file.append(anchor(2));
    String cut = anchor(3).line().substring(0, 40);
    Files.writeString(
        dir.resolve(AnchorFile.FILE_NAME), cut, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    assertEquals(anchor(2), file.newest().orElseThrow());
  }

  @Test
  void withoutADirectoryNothingIsWrittenAndThereIsNoAnchor() throws Exception {
    AnchorFile none = AnchorFile.none();
    none.append(anchor(1));
    assertEquals(Optional.empty(), none.newest());
  }
}
