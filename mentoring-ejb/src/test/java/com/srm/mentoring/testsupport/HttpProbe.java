package com.srm.mentoring.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

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
    AtomicReference<HttpResponse<String>> last = new AtomicReference<>();
    try {
      Await.poll(
          () -> {
            stillStarting.run();
            try {
              last.set(get(uri));
            } catch (IOException notYet) {
              // not listening yet
            }
            return last.get();
          },
          answer -> answer != null && answer.statusCode() == status,
          patience,
          Duration.ofSeconds(1));
    } catch (InterruptedException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return Optional.ofNullable(last.get());
  }
}
