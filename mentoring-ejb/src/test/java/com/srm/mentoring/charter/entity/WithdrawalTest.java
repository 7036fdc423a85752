package com.srm.mentoring.charter.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.platform.entity.Refusal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WithdrawalTest {

  @Test
  void aReasonWithAControlCharacterIsRefusedNamingTheField() {
    Refusal refused =
        assertThrows(
            Refusal.class, () -> new Withdrawal("subject", "over\u0000and out", Instant.now()));
    assertTrue(refused.getMessage().startsWith("reason:"), refused.getMessage());
  }

  @Test
  void lineBreaksAndTabsStay() {
    assertEquals(
        "first\n\tsecond",
        new Withdrawal("subject", " first\n\tsecond ", Instant.now()).getReason());
  }
}
