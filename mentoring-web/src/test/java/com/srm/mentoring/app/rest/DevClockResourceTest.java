package com.srm.mentoring.app.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.srm.mentoring.platform.control.ProgramClock;
import jakarta.ws.rs.NotFoundException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DevClockResourceTest {

  @Test
  void outsideTheDevRunTheClockCannotBeMoved() {
    DevClockResource resource = new DevClockResource();
    resource.dev = false;
    resource.clock = new ProgramClock();
    Instant before = resource.clock.now();
    assertThrows(
        NotFoundException.class,
        () -> resource.travel(new DevClockResource.Moment(Instant.parse("2020-01-06T09:00:00Z"))));
    assertThrows(NotFoundException.class, resource::backToPresent);
    assertEquals(
        0,
        Duration.between(before, resource.clock.now()).toDays(),
        "the program's clock still shows the present");
  }
}
