package com.srm.mentoring.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.srm.mentoring.platform.entity.HasRecordId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ListedRecordsTest {

  record Row(UUID getId) implements HasRecordId {}

  static final UUID A = UUID.fromString("00000000-0000-0000-0000-00000000000a");
  static final UUID B = UUID.fromString("00000000-0000-0000-0000-00000000000b");

  public List<Row> rows() {
    return List.of();
  }

  public List<String> names() {
    return List.of();
  }

  public Row one() {
    return null;
  }

  public long count() {
    return 0;
  }

  @Test
  void aListOfRecordsNamesTheIdsItShowed() throws Exception {
    assertEquals(
        Optional.of(List.of(A.toString(), B.toString())),
        ListedRecords.of(getClass().getMethod("rows"), List.of(new Row(A), new Row(B))));
  }

  @Test
  void anEmptyListOfRecordsShowedNone() throws Exception {
    assertEquals(Optional.of(List.of()), ListedRecords.of(getClass().getMethod("rows"), List.of()));
  }

  @Test
  void anythingElseIsNoListOfRecords() throws Exception {
    assertEquals(Optional.empty(), ListedRecords.of(getClass().getMethod("names"), List.of("jun")));
    assertEquals(Optional.empty(), ListedRecords.of(getClass().getMethod("one"), new Row(A)));
    assertEquals(Optional.empty(), ListedRecords.of(getClass().getMethod("count"), 3L));
  }
}
