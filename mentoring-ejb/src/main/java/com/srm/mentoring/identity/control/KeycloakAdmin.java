package com.srm.mentoring.identity.control;

import com.srm.mentoring.identity.entity.DirectoryEntry;
import com.srm.mentoring.identity.entity.Roles;
import com.srm.mentoring.platform.entity.Refusal;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.client.Client;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.JacksonProvider;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.spi.ResteasyClientClassicProvider;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * The calls to Keycloak's admin API, each bounded: the HTTP client has connect and read time-outs,
 * every call a time limit, and one circuit breaker per call stops asking a Keycloak that keeps
 * failing for a while. Reads are retried once or twice, writes never (a group membership is not
 * worth a second, possibly duplicated attempt). Failures pass up as they are; {@link
 * KeycloakDirectory} turns them into refusals. Called only through its CDI proxy, which is where
 * the fault-tolerance interceptors act.
 */
@ApplicationScoped
public class KeycloakAdmin {

  private static final int PAGE = 200;

  @Inject IdentitySettings settings;

  private Keycloak keycloak;

  /** Everybody in the directory, with their attributes and role groups. */
  @Timeout(30_000)
  @Retry(maxRetries = 1, delay = 500, abortOn = Refusal.class)
  @CircuitBreaker(
      requestVolumeThreshold = 4,
      failureRatio = 0.5,
      delay = 15_000,
      skipOn = Refusal.class)
  public List<DirectoryPerson> everyone() {
    return call(
        realm -> {
          Instant now = Instant.now();
          Map<String, Set<String>> rolesById = rolesById(realm);
          List<DirectoryPerson> people = new ArrayList<>();
          for (int first = 0; ; first += PAGE) {
            List<UserRepresentation> page = realm.users().search(null, first, PAGE, false);
            for (UserRepresentation user : page) {
              if (user.getServiceAccountClientId() == null) {
                people.add(person(user, rolesById.getOrDefault(user.getId(), Set.of()), now));
              }
            }
            if (page.size() < PAGE) {
              return people;
            }
          }
        });
  }

  /**
   * The mailbox and the language of the person's profile (the {@code locale} attribute), in one
   * call; empty when there is no such person.
   */
  @Timeout(5_000)
  @Retry(maxRetries = 2, delay = 200, abortOn = Refusal.class)
  @CircuitBreaker(
      requestVolumeThreshold = 4,
      failureRatio = 0.5,
      delay = 15_000,
      skipOn = Refusal.class)
  public Optional<ContactDetails> contact(String subject) {
    return call(
        realm -> {
          try {
            UserRepresentation user = realm.users().get(subject).toRepresentation();
            return Optional.of(new ContactDetails(user.getEmail(), attribute(user, "locale")));
          } catch (NotFoundException e) {
            return Optional.<ContactDetails>empty();
          }
        });
  }

  /** Adds the person to the role's group. */
  @Timeout(5_000)
  @CircuitBreaker(
      requestVolumeThreshold = 4,
      failureRatio = 0.5,
      delay = 15_000,
      skipOn = Refusal.class)
  public void join(String username, String role) {
    call(
        realm -> {
          realm.users().get(userId(realm, username)).joinGroup(groupId(realm, role));
          return null;
        });
  }

  /** Takes the person out of the role's group. */
  @Timeout(5_000)
  @CircuitBreaker(
      requestVolumeThreshold = 4,
      failureRatio = 0.5,
      delay = 15_000,
      skipOn = Refusal.class)
  public void leave(String username, String role) {
    call(
        realm -> {
          realm.users().get(userId(realm, username)).leaveGroup(groupId(realm, role));
          return null;
        });
  }

  private Map<String, Set<String>> rolesById(RealmResource realm) {
    Map<String, Set<String>> roles = new HashMap<>();
    for (String role : Roles.ALL) {
      String group = groupId(realm, role);
      for (int first = 0; ; first += PAGE) {
        List<UserRepresentation> members = realm.groups().group(group).members(first, PAGE, true);
        members.forEach(m -> roles.computeIfAbsent(m.getId(), id -> new HashSet<>()).add(role));
        if (members.size() < PAGE) {
          break;
        }
      }
    }
    return roles;
  }

  private static DirectoryPerson person(UserRepresentation user, Set<String> roles, Instant now) {
    String name =
        String.join(" ", nonNull(user.getFirstName()), nonNull(user.getLastName())).strip();
    return new DirectoryPerson(
        user.getId(),
        new DirectoryEntry(
            user.getUsername(),
            name,
            attribute(user, "department"),
            DirectoryEntry.parseGrade(attribute(user, "grade")),
            attribute(user, "manager"),
            Boolean.TRUE.equals(user.isEnabled()),
            roles,
            now,
            user.getEmail(),
            attribute(user, "locale")));
  }

  private static String attribute(UserRepresentation user, String name) {
    Map<String, List<String>> attributes = user.getAttributes();
    if (attributes == null || attributes.get(name) == null || attributes.get(name).isEmpty()) {
      return null;
    }
    return attributes.get(name).get(0);
  }

  private static String nonNull(String text) {
    return text == null ? "" : text;
  }

  private static String userId(RealmResource realm, String username) {
    return realm.users().searchByUsername(username, true).stream()
        .findFirst()
        .map(UserRepresentation::getId)
        .orElseThrow(() -> Refusal.invalid("username", "refusal.username.unknown", username));
  }

  private static String groupId(RealmResource realm, String role) {
    return realm.groups().groups(role, true, 0, 10, true).stream()
        .filter(g -> g.getName().equals(role))
        .findFirst()
        .map(GroupRepresentation::getId)
        .orElseThrow(() -> new IllegalStateException("the directory has no group " + role));
  }

  private <T> T call(DirectoryCall<T> work) {
    return work.on(client().realm(settings.getRealm()));
  }

  private synchronized Keycloak client() {
    if (keycloak == null) {
      keycloak =
          KeycloakBuilder.builder()
              .serverUrl(settings.getKeycloakUrl())
              .realm(settings.getRealm())
              .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
              .clientId(settings.getDirectoryClientId())
              .clientSecret(settings.getDirectoryClientSecret())
              .resteasyClient(httpClient())
              .build();
    }
    return keycloak;
  }

  /**
   * Keycloak's own client set-up, plus time-outs: without them a silent Keycloak hangs a caller.
   */
  private Client httpClient() {
    return ResteasyClientClassicProvider.createClientBuilder()
        .connectTimeout(settings.getAdminConnectTimeout().toMillis(), TimeUnit.MILLISECONDS)
        .readTimeout(settings.getAdminReadTimeout().toMillis(), TimeUnit.MILLISECONDS)
        .register(JacksonProvider.class, 100)
        .build();
  }

  @PreDestroy
  synchronized void close() {
    if (keycloak != null) {
      keycloak.close();
    }
  }

  @FunctionalInterface
  interface DirectoryCall<T> {
    T on(RealmResource realm);
  }
}
