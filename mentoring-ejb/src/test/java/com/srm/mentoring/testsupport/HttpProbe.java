package com.srm.mentoring.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Plain HTTP for tests and the run command: one request, or polling until a server answers. */
public final class HttpProbe {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private HttpProbe() {}

  public static HttpResponse<String> send(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    return HTTP.send(
        request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** One request whose answer is kept as bytes, such as a PDF. */
  public static HttpResponse<byte[]> sendForBytes(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    return HTTP.send(
        request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  public static HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(uri));
  }

  /**
   * Asks {@code uri} once a second until it answers {@code status} or {@code patience} runs out;
   * answers the last response, empty if the server never answered. {@code stillStarting} is checked
   * before each try, so that a server that died fails the wait at once.
   */
  public static Optional<HttpResponse<String>> awaitStatus(
      URI uri, int status, Duration patience, Runnable stillStarting) throws InterruptedException {
    Instant deadline = Instant.now().plus(patience);
    HttpResponse<String> last = null;
    while (Instant.now().isBefore(deadline)) {
      stillStarting.run();
      try {
        last = get(uri);
        if (last.statusCode() == status) {
          break;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(1000);
    }
    return Optional.ofNullable(last);
  }
}
