package com.srm.mentoring.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

/** Calls the application's REST API as a given person (a bearer token), or as nobody (null). */
public record Api(URL base) {

  public HttpResponse<String> get(String path, String token) throws Exception {
    return HttpProbe.send(request(path, token).GET());
  }

  /**
   * A GET that claims a request id of the caller's choosing; the server gives the request its own
   * all the same.
   */
  public HttpResponse<String> getClaimingRequestId(String path, String token, String claimed)
      throws Exception {
    return HttpProbe.send(request(path, token).header("X-Request-Id", claimed).GET());
  }

  /** The id the server gave the request answered, to find it in the access log. */
  public static String requestId(HttpResponse<?> response) {
    return response.headers().firstValue("X-Request-Id").orElseThrow();
  }

  public HttpResponse<String> post(String path, String token, String json) throws Exception {
    return HttpProbe.send(
        request(path, token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** A POST from a caller who reads {@code language} first, as a browser set to it asks. */
  public HttpResponse<String> post(String path, String token, String json, String language)
      throws Exception {
    return HttpProbe.send(
        request(path, token)
            .header("Content-Type", "application/json")
            .header("Accept-Language", language)
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** A POST with a plain-text body, as an upload of a text file. */
  public HttpResponse<String> postText(String path, String token, String text) throws Exception {
    return HttpProbe.send(
        request(path, token)
            .header("Content-Type", "text/plain; charset=UTF-8")
            .POST(HttpRequest.BodyPublishers.ofString(text)));
  }

  public HttpResponse<String> put(String path, String token) throws Exception {
    return HttpProbe.send(request(path, token).PUT(HttpRequest.BodyPublishers.noBody()));
  }

  public HttpResponse<String> put(String path, String token, String json) throws Exception {
    return HttpProbe.send(
        request(path, token)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  public HttpResponse<String> delete(String path, String token) throws Exception {
    return HttpProbe.send(request(path, token).DELETE());
  }

  public static JsonStructure json(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).read();
  }

  /** The ids of a list the API answered 200 with. */
  public static List<String> ids(HttpResponse<String> response) {
    assertEquals(200, response.statusCode(), response.body());
    return json(response).asJsonArray().stream()
        .map(v -> v.asJsonObject().getString("id"))
        .toList();
  }

  private HttpRequest.Builder request(String path, String token) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base.toExternalForm()).resolve("api/" + path));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return request;
  }
}
