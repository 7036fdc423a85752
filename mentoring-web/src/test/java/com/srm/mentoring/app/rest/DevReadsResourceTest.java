package com.srm.mentoring.app.rest;

import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ws.rs.NotFoundException;
import org.junit.jupiter.api.Test;

class DevReadsResourceTest {

  @Test
  void outsideTheDevRunBothReadsAreNotFound() {
    DevReadsResource reads = new DevReadsResource();
    reads.dev = false;
    for (String how : new String[] {"audited", "unaudited"}) {
      assertThrows(NotFoundException.class, () -> reads.people(how), how);
    }
  }
}
