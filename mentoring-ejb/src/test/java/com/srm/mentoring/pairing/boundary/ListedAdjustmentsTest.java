package com.srm.mentoring.pairing.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.srm.mentoring.pairing.entity.Adjustment;
import com.srm.mentoring.pairing.entity.AdjustmentAsked;
import com.srm.mentoring.pairing.entity.AdjustmentKind;
import com.srm.mentoring.platform.control.ListedRecords;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * HR's list of a pairing's adjustments shows what a concern asked for: the access log names each
 * adjustment the list showed, so that an auditor can tell who has seen it.
 */
class ListedAdjustmentsTest {

  @Test
  void theListOfAPairingsAdjustmentsNamesTheAdjustmentsItShowed() throws Exception {
    UUID pairing = UUID.randomUUID();
    List<Adjustment> shown =
        List.of(asked(pairing, AdjustmentKind.PAUSE), asked(pairing, AdjustmentKind.RE_PAIR));
    assertEquals(
        Optional.of(List.of(shown.get(0).getId().toString(), shown.get(1).getId().toString())),
        ListedRecords.of(Adjustments.class.getMethod("ofPairing", UUID.class), shown));
  }

  private static Adjustment asked(UUID pairing, AdjustmentKind kind) {
    return new Adjustment(
        new AdjustmentAsked(pairing, UUID.randomUUID(), kind, "a reason", "tom", Instant.now()));
  }
}
