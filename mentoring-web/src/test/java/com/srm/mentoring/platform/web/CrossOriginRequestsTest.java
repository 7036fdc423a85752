package com.srm.mentoring.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class CrossOriginRequestsTest {

  @Test
  void noOriginIsLetInByDefault() {
    assertEquals(Set.of(), CrossOriginRequests.parse(""));
    assertEquals(Set.of(), CrossOriginRequests.parse(" , "));
  }

  @Test
  void originsAreTakenAsBrowsersSendThem() {
    assertEquals(
        Set.of("https://portal.example.org", "http://127.0.0.1:8090"),
        CrossOriginRequests.parse(" https://Portal.Example.org/ ,http://127.0.0.1:8090"));
  }

  @Test
  void anEntryThatIsNoOriginStopsTheDeploymentNamingIt() {
    for (String wrong :
        new String[] {"https://portal.example.org/charter", "portal.example.org", "*", "ftp://x"}) {
      IllegalArgumentException refused =
          assertThrows(IllegalArgumentException.class, () -> CrossOriginRequests.parse(wrong));
      assertTrue(refused.getMessage().contains("mentoring.http.cors-origins"), wrong);
      assertTrue(refused.getMessage().contains(wrong), refused.getMessage());
    }
  }
}
