package com.srm.mentoring.platform.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses request bodies over 64 KiB with 413: no call of this API needs more, and reading a bigger
 * one would only cost memory. A body that does not announce its length is cut off as it passes the
 * limit.
 */
@Provider
public class BodySizeLimit implements ContainerRequestFilter {

  /** The largest body any call accepts. */
  static final int MAX_BYTES = 64 * 1024;

  /**
   * How much of a refused body is read and dropped, so that the client, still sending, gets the
   * answer on a connection that stays usable; past this the connection is closed instead.
   */
  static final int DRAINED_BYTES = 1024 * 1024;

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    if (request.getLength() > MAX_BYTES) {
      boolean drained = request.getLength() <= DRAINED_BYTES && drain(request.getEntityStream());
      request.abortWith(
          drained
              ? tooLarge()
              : Response.fromResponse(tooLarge()).header("Connection", "close").build());
      return;
    }
    request.setEntityStream(new Bounded(request.getEntityStream()));
  }

  private static boolean drain(InputStream body) throws IOException {
    byte[] buffer = new byte[8192];
    long total = 0;
    for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
      total += n;
      if (total > DRAINED_BYTES) {
        return false;
      }
    }
    return true;
  }

  static Response tooLarge() {
    return Problem.of(
            Response.Status.REQUEST_ENTITY_TOO_LARGE,
            "The body is larger than "
                + MAX_BYTES / 1024
                + " KiB; no call of this API takes that much.")
        .toResponse();
  }

  /** Counts what is read and stops past the limit. */
  private static final class Bounded extends FilterInputStream {

    private long read;

    Bounded(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      count(b < 0 ? 0 : 1);
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      count(Math.max(n, 0));
      return n;
    }

    private void count(int n) {
      read += n;
      if (read > MAX_BYTES) {
        throw new WebApplicationException(tooLarge());
      }
    }
  }
}
