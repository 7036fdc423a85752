package com.srm.mentoring.identity.control;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A Keycloak that accepts connections and never answers, as a hung server or a half-open proxy
 * does: every admin call gives up after the read time-out instead of holding its caller, and the
 * sync or role change that made it fails rather than waiting for ever.
 */
class KeycloakAdminTimeoutTest {

  private ServerSocket silent;
  private final List<Socket> held = new CopyOnWriteArrayList<>();
  private KeycloakAdmin admin;

  @BeforeEach
  void silentKeycloak() throws IOException {
    silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor =
        new Thread(
            () -> {
              while (!silent.isClosed()) {
                try {
                  // accepted and kept open, never read from nor written to
                  held.add(silent.accept());
                } catch (IOException closed) {
                  return;
                }
              }
            },
            "silent-keycloak");
    acceptor.setDaemon(true);
    acceptor.start();

    IdentitySettings settings = new IdentitySettings();
    settings.keycloakUrl = "http://127.0.0.1:" + silent.getLocalPort();
    settings.realm = "mentoring";
    settings.directoryClientId = "mentoring-directory";
    settings.directoryClientSecret = "secret";
    settings.adminConnectTimeoutMillis = 1_000;
    settings.adminReadTimeoutMillis = 1_000;
    admin = new KeycloakAdmin();
    admin.settings = settings;
  }

  @AfterEach
  void close() throws IOException {
    admin.close();
    silent.close();
    for (Socket socket : held) {
      socket.close();
    }
  }

  @Test
  void readingTheDirectoryFromASilentKeycloakGivesUpAfterTheReadTimeout() {
    RuntimeException failure =
        assertTimeoutPreemptively(
            Duration.ofSeconds(20), () -> assertThrows(RuntimeException.class, admin::everyone));
    assertTrue(causedByTimeout(failure), () -> "not a read time-out: " + failure);
    assertTrue(held.size() >= 1, "the call reached the silent server");
  }

  @Test
  void aRoleChangeAgainstASilentKeycloakGivesUpAfterTheReadTimeout() {
    RuntimeException failure =
        assertTimeoutPreemptively(
            Duration.ofSeconds(20),
            () -> assertThrows(RuntimeException.class, () -> admin.join("ken", "facilitator")));
    assertTrue(causedByTimeout(failure), () -> "not a read time-out: " + failure);
  }

  private static boolean causedByTimeout(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SocketTimeoutException) {
        return true;
      }
    }
    return false;
  }
}
