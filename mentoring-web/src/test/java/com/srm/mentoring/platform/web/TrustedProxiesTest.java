package com.srm.mentoring.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

  private final TrustedProxies proxies = TrustedProxies.of("10.0.0.0/8, 192.0.2.7, ::1");

  @Test
  void aForwardedForFromATrustedProxyNamesTheClient() {
    assertEquals(
        "203.0.113.9", proxies.clientAddress("10.1.2.3", List.of(), List.of("203.0.113.9")));
  }

  @Test
  void aForwardedForFromAnyoneElseCountsForNothing() {
    assertEquals(
        "198.51.100.4", proxies.clientAddress("198.51.100.4", List.of(), List.of("203.0.113.9")));
  }

  @Test
  void withNoProxyConfiguredTheHeadersCountForNothing() {
    assertEquals(
        "10.1.2.3",
        TrustedProxies.none().clientAddress("10.1.2.3", List.of("for=203.0.113.9"), List.of()));
    assertEquals(
        "10.1.2.3", TrustedProxies.of("").clientAddress("10.1.2.3", List.of(), List.of("1.2.3.4")));
  }

  @Test
  void aHopThatAClientForgedBeforeTheFirstUntrustedAddressIsIgnored() {
    // the client sent "X-Forwarded-For: 1.1.1.1"; the trusted proxy appended what it saw
    assertEquals(
        "203.0.113.9",
        proxies.clientAddress("10.1.2.3", List.of(), List.of("1.1.1.1, 203.0.113.9")));
  }

  @Test
  void aChainOfTrustedProxiesIsWalkedBack() {
    assertEquals(
        "203.0.113.9",
        proxies.clientAddress(
            "10.1.2.3", List.of(), List.of("203.0.113.9", "192.0.2.7, 10.9.9.9")));
  }

  @Test
  void forwardedWinsOverXForwardedForAndLosesItsPortAndQuotes() {
    assertEquals(
        "203.0.113.9",
        proxies.clientAddress(
            "::1",
            List.of("for=\"203.0.113.9:4711\";proto=https;by=10.0.0.1"),
            List.of("198.51.100.1")));
    assertEquals(
        "2001:db8:cafe:0:0:0:0:17",
        proxies.clientAddress("10.0.0.2", List.of("For=\"[2001:db8:cafe::17]:4711\""), List.of()));
  }

  @Test
  void anObfuscatedOrGarbledHopStopsAtTheLastTrustedProxy() {
    assertEquals("10.0.0.2", proxies.clientAddress("10.0.0.2", List.of("for=_hidden"), List.of()));
    assertEquals(
        "10.0.0.2", proxies.clientAddress("10.0.0.2", List.of(), List.of("evil.example.org")));
    assertEquals("10.0.0.2", proxies.clientAddress("10.0.0.2", List.of(), List.of()));
  }

  @Test
  void aWrongEntryInTheSettingIsNamed() {
    IllegalArgumentException wrong =
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.of("10.0.0.0/33"));
    assertTrue(wrong.getMessage().contains("10.0.0.0/33"), wrong.getMessage());
    assertThrows(IllegalArgumentException.class, () -> TrustedProxies.of("proxy.example.org"));
  }

  @Test
  void rangesMatchByPrefix() {
    TrustedProxies narrow = TrustedProxies.of("192.168.4.0/22");
    assertEquals(
        "203.0.113.9", narrow.clientAddress("192.168.7.255", List.of(), List.of("203.0.113.9")));
    assertEquals(
        "192.168.8.1", narrow.clientAddress("192.168.8.1", List.of(), List.of("203.0.113.9")));
  }
}
