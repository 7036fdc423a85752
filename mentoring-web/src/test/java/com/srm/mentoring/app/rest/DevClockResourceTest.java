package com.srm.mentoring.app.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.srm.mentoring.platform.control.ProgramClock;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DevClockResourceTest {

  private static final Instant MONDAY = Instant.parse("2020-01-06T09:00:00Z");

  /** The program's clock as the resource drives it: where it was last sent. */
  static final class Clock extends ProgramClock {
    Instant movedTo;

    @Override
    public void travelTo(Instant moment) {
      movedTo = moment;
    }

    @Override
    public void backToPresent() {
      movedTo = null;
    }
  }

  private static DevClockResource resource(boolean dev, String caller) {
    DevClockResource resource = new DevClockResource();
    resource.dev = dev;
    resource.clock = new Clock();
    resource.security = caller == null ? null : signedIn(caller);
    return resource;
  }

  @Test
  void outsideTheDevRunTheClockCannotBeMoved() {
    DevClockResource resource = new DevClockResource();
    resource.dev = false;
    resource.clock = new ProgramClock();
    Instant before = resource.clock.now();
    assertThrows(
        NotFoundException.class, () -> resource.travel(new DevClockResource.Moment(MONDAY)));
    assertThrows(NotFoundException.class, resource::backToPresent);
    assertEquals(
        0,
        Duration.between(before, resource.clock.now()).toDays(),
        "the program's clock still shows the present");
  }

  @Test
  void inTheDevRunASignedInCallerMovesTheClockAndBringsItBack() {
    DevClockResource resource = resource(true, "hana");
    assertEquals(204, resource.travel(new DevClockResource.Moment(MONDAY)).getStatus());
    assertEquals(MONDAY, ((Clock) resource.clock).movedTo);
    assertEquals(204, resource.backToPresent().getStatus());
    assertNull(((Clock) resource.clock).movedTo, "back in the present");
  }

  @Test
  void inTheDevRunNobodySignedInMovesTheClock() {
    DevClockResource resource = resource(true, null);
    assertThrows(
        NotAuthorizedException.class, () -> resource.travel(new DevClockResource.Moment(MONDAY)));
    assertThrows(NotAuthorizedException.class, resource::backToPresent);
    assertNull(((Clock) resource.clock).movedTo, "the clock was not moved");
  }

  @Test
  void aMomentIsRequired() {
    DevClockResource resource = resource(true, "hana");
    assertThrows(BadRequestException.class, () -> resource.travel(null));
    assertThrows(
        BadRequestException.class, () -> resource.travel(new DevClockResource.Moment(null)));
    assertNull(((Clock) resource.clock).movedTo, "the clock was not moved");
  }

  private static SecurityContext signedIn(String name) {
    return new SecurityContext() {
      @Override
      public Principal getUserPrincipal() {
        return () -> name;
      }

      @Override
      public boolean isUserInRole(String role) {
        return false;
      }

      @Override
      public boolean isSecure() {
        return false;
      }

      @Override
      public String getAuthenticationScheme() {
        return "Bearer";
      }
    };
  }
}
