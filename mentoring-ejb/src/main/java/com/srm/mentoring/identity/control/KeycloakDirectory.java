package com.srm.mentoring.identity.control;

import com.srm.mentoring.platform.entity.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The corporate directory, read and written through Keycloak's admin API with the service account
 * of the {@code mentoring-directory} client. Failures, time-outs and an open circuit breaker all
 * surface as a {@link Refusal} of kind {@code UNAVAILABLE}, so that a dead Keycloak costs a caller
 * a few seconds at most and then an immediate, clear refusal.
 */
@ApplicationScoped
public class KeycloakDirectory {

  private static final Logger LOG = Logger.getLogger(KeycloakDirectory.class.getName());

  @Inject KeycloakAdmin admin;

  /** Everybody in the directory, with their attributes and role groups. */
  public List<DirectoryPerson> everyone() {
    return guarded(admin::everyone);
  }

  /**
   * The mailbox and the language of the person's directory profile, looked up for a person whose
   * record lacks either.
   *
   * @param subject the person's id in the directory
   * @return what the profile names, or empty when the directory does not know the person
   * @throws Refusal when the directory cannot be reached
   */
  public Optional<ContactDetails> contact(String subject) {
    return guarded(() -> admin.contact(subject));
  }

  /** Adds the person to the role's group. */
  public void join(String username, String role) {
    guarded(
        () -> {
          admin.join(username, role);
          return null;
        });
  }

  /** Takes the person out of the role's group. */
  public void leave(String username, String role) {
    guarded(
        () -> {
          admin.leave(username, role);
          return null;
        });
  }

  private static <T> T guarded(Supplier<T> call) {
    try {
      return call.get();
    } catch (IllegalArgumentException | Refusal e) {
      throw e;
    } catch (RuntimeException e) {
      // one line per failed call: the circuit breaker keeps the count of these low while it is open
      LOG.log(Level.WARNING, "The Keycloak admin API did not answer: {0}", e.toString());
      throw Refusal.unavailable("refusal.directory.unavailable", e);
    }
  }
}
