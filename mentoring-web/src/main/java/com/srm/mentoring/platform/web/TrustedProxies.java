package com.srm.mentoring.platform.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who the client of a request is when reverse proxies stand in between. A proxy names the address
 * it received a request from in {@code Forwarded} (RFC 7239) or {@code X-Forwarded-For}; anyone can
 * send those headers, so they count only when the request arrived from a proxy named in the
 * settings, and each further hop only while it too is a trusted proxy. With no proxy named, the
 * headers count for nothing.
 */
public final class TrustedProxies {

  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

  private final List<Range> ranges;

  private TrustedProxies(List<Range> ranges) {
    this.ranges = ranges;
  }

  /**
   * The proxies from a comma-separated list of addresses and CIDR ranges, such as {@code
   * 10.0.0.0/8, 192.0.2.7, ::1}.
   *
   * @throws IllegalArgumentException naming an entry that is neither
   */
  public static TrustedProxies of(String list) {
    List<Range> ranges = new ArrayList<>();
    if (list != null) {
      for (String entry : list.split(",")) {
        if (!entry.isBlank()) {
          ranges.add(Range.parse(entry.strip()));
        }
      }
    }
    return new TrustedProxies(List.copyOf(ranges));
  }

  public static TrustedProxies none() {
    return new TrustedProxies(List.of());
  }

  /**
   * The client's address: the nearest address, from the connection backwards through the forwarding
   * headers, that is not a trusted proxy.
   *
   * @param remoteAddress the address the connection came from
   * @param forwarded the {@code Forwarded} header values, in the order received
   * @param forwardedFor the {@code X-Forwarded-For} header values, used when there is no {@code
   *     Forwarded}
   */
  public String clientAddress(
      String remoteAddress, List<String> forwarded, List<String> forwardedFor) {
    Optional<InetAddress> connection = literal(remoteAddress);
    if (connection.isEmpty() || !isTrusted(connection.get())) {
      return remoteAddress;
    }
    List<String> hops = forwarded.isEmpty() ? split(forwardedFor) : forwardedFor(forwarded);
    InetAddress client = connection.get();
    for (int i = hops.size() - 1; i >= 0 && isTrusted(client); i--) {
      Optional<InetAddress> hop = literal(hops.get(i));
      if (hop.isEmpty()) {
        // an obfuscated or garbled hop: the last proxy that could be trusted is all we know
        break;
      }
      client = hop.get();
    }
    return client.getHostAddress();
  }

  /** Whether a connection from {@code remoteAddress} comes from one of the trusted proxies. */
  public boolean isProxy(String remoteAddress) {
    return literal(remoteAddress).map(this::isTrusted).orElse(false);
  }

  private boolean isTrusted(InetAddress address) {
    return ranges.stream().anyMatch(range -> range.contains(address));
  }

  private static List<String> split(List<String> values) {
    return values.stream()
        .flatMap(value -> Arrays.stream(value.split(",")))
        .map(String::strip)
        .filter(hop -> !hop.isEmpty())
        .toList();
  }

  /** The {@code for} parameter of each element of {@code Forwarded}, without quotes or port. */
  private static List<String> forwardedFor(List<String> values) {
    List<String> hops = new ArrayList<>();
    for (String element : split(values)) {
      String hop = "";
      for (String pair : element.split(";")) {
        String[] nameAndValue = pair.split("=", 2);
        if (nameAndValue.length == 2 && nameAndValue[0].strip().equalsIgnoreCase("for")) {
          hop = nameAndValue[1].strip().replace("\"", "");
        }
      }
      hops.add(withoutPort(hop));
    }
    return hops;
  }

  private static String withoutPort(String hop) {
    if (hop.startsWith("[")) {
      int end = hop.indexOf(']');
      return end < 0 ? "" : hop.substring(1, end);
    }
    int colon = hop.indexOf(':');
    return colon >= 0 && colon == hop.lastIndexOf(':') ? hop.substring(0, colon) : hop;
  }

  /** An IP address written as such; never a name, so that no lookup is ever made. */
  static Optional<InetAddress> literal(String text) {
    if (text == null || !(IPV4.matcher(text).matches() || IPV6.matcher(text).matches())) {
      return Optional.empty();
    }
    try {
      return Optional.of(InetAddress.getByName(text));
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
  }

  /** An address with the number of leading bits that must match. */
  private record Range(byte[] network, int prefix) {

    static Range parse(String entry) {
      String[] parts = entry.split("/", 2);
      byte[] network =
          literal(parts[0])
              .map(InetAddress::getAddress)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "mentoring.http.trusted-proxies: not an IP address or CIDR range: "
                              + entry));
      int prefix = network.length * 8;
      if (parts.length == 2) {
        try {
          prefix = Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
          prefix = -1;
        }
        if (prefix < 0 || prefix > network.length * 8) {
          throw new IllegalArgumentException(
              "mentoring.http.trusted-proxies: not a valid prefix length: " + entry);
        }
      }
      return new Range(network, prefix);
    }

    boolean contains(InetAddress address) {
      byte[] bytes = address.getAddress();
      if (bytes.length != network.length) {
        return false;
      }
      for (int bit = 0; bit < prefix; bit++) {
        int mask = 0x80 >> (bit % 8);
        if ((bytes[bit / 8] & mask) != (network[bit / 8] & mask)) {
          return false;
        }
      }
      return true;
    }
  }
}
