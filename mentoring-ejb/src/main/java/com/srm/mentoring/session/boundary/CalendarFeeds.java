package com.srm.mentoring.session.boundary;

import com.srm.mentoring.identity.control.PersonRecords;
import com.srm.mentoring.identity.control.RoleCheck;
import com.srm.mentoring.identity.entity.Person;
import com.srm.mentoring.identity.entity.Roles;
import com.srm.mentoring.pairing.control.PairingAccess;
import com.srm.mentoring.pairing.entity.Pairing;
import com.srm.mentoring.platform.control.AccessDenied;
import com.srm.mentoring.platform.control.Audited;
import com.srm.mentoring.platform.control.ProgramClock;
import com.srm.mentoring.platform.control.RecordRead;
import com.srm.mentoring.platform.entity.Action;
import com.srm.mentoring.session.control.SessionCalendar;
import com.srm.mentoring.session.control.SessionEvents;
import com.srm.mentoring.session.entity.CalendarFeed;
import com.srm.mentoring.session.entity.Session;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A person's private calendar feed: an address with a secret in it, which their calendar program
 * subscribes to without signing in. The person creates it (again, for a new secret) and revokes it;
 * the address is shown once, and only its SHA-256 is kept. The feed holds the sessions of the
 * pairings the person may read today (docs/rules.md, visibility): as a party, and as facilitator
 * while holding the role. An unknown or revoked secret, and the feed of a person the directory
 * disabled or who holds no role, are answered like a missing page and logged as refused reads; a
 * feed served is logged as the person's read of the sessions it lists.
 */
@Stateless
@RolesAllowed({
  Roles.EMPLOYEE,
  Roles.FACILITATOR,
  Roles.HR_ADMIN,
  Roles.ESCALATION_CONTACT,
  Roles.AUDITOR
})
@Interceptors(RoleCheck.class)
public class CalendarFeeds {

  public static final String FEED = "calendar feed";

  /** What {@link CalendarFeed#newSecret()} gives: anything else cannot be a feed's secret. */
  private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{43}");

  @PersistenceContext EntityManager em;

  @Resource SessionContext context;

  @Inject PersonRecords people;

  @Inject ProgramClock clock;

  @Inject SessionEvents events;

  @Inject Event<AccessDenied> denials;

  @Inject Event<RecordRead> reads;

  /**
   * Creates the caller's feed, or gives it a new secret, which ends the old address; answers the
   * secret, which is never shown again.
   */
  @Audited(action = Action.CREATE, recordType = FEED)
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public String create() {
    Person me = me();
    String secret = CalendarFeed.newSecret();
    Instant now = Instant.now();
    CalendarFeed feed = em.find(CalendarFeed.class, me.getSubject());
    if (feed == null) {
      em.persist(new CalendarFeed(me.getSubject(), secret, now));
    } else {
      feed.rotate(secret, now);
    }
    return secret;
  }

  /** Ends the caller's feed: its address answers nothing from now on. */
  @Audited(action = Action.DELETE, recordType = FEED)
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public boolean revoke() {
    CalendarFeed feed = em.find(CalendarFeed.class, me().getSubject());
    if (feed == null) {
      return false;
    }
    em.remove(feed);
    return true;
  }

  /** When the caller's current feed address was made, if they have one. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<Instant> mine() {
    return Optional.ofNullable(em.find(CalendarFeed.class, me().getSubject()))
        .map(CalendarFeed::getCreatedAt);
  }

  /**
   * The feed the secret opens, as iCalendar text; empty, and logged as refused, when it opens none.
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<String> read(String secret) {
    Optional<Person> person =
        Optional.ofNullable(secret)
            .filter(s -> SECRET.matcher(s).matches())
            .flatMap(
                s ->
                    em.createNamedQuery(CalendarFeed.BY_HASH, CalendarFeed.class)
                        .setParameter("hash", CalendarFeed.hash(s))
                        .getResultStream()
                        .findFirst())
            .flatMap(feed -> people.find(feed.getSubject()))
            .filter(p -> p.isActive() && !p.isErased() && !p.getRoles().isEmpty());
    if (person.isEmpty()) {
      denials.fire(AccessDenied.of(Action.READ, FEED, null));
      return Optional.empty();
    }
    Person me = person.get();
    List<Pairing> pairings =
        em.createNamedQuery(Pairing.MINE, Pairing.class)
            .setParameter("me", me.getSubject())
            .setParameter("facilitating", PairingAccess.facilitates(me))
            .getResultList();
    Map<UUID, Pairing> byId = new HashMap<>();
    pairings.forEach(p -> byId.put(p.getId(), p));
    List<Session> sessions =
        byId.isEmpty()
            ? List.of()
            : em.createNamedQuery(Session.OF_PAIRINGS, Session.class)
                .setParameter("pairings", byId.keySet())
                .getResultList();
    Map<String, Person> named = named(pairings);
    List<SessionCalendar.Event> listed =
        sessions.stream()
            .map(
                s ->
                    events.of(
                        s, byId.get(s.getPairingId()), named, SessionEvents.languageOf(me), false))
            .toList();
    String name = SessionEvents.texts(SessionEvents.languageOf(me)).getString("calendar.feed");
    String calendar = SessionCalendar.feed(name, listed, clock.now());
    reads.fire(
        new RecordRead(
            me.getSubject(),
            me.getUsername(),
            Sessions.SESSION,
            sessions.stream().map(s -> s.getId().toString()).toList()));
    return Optional.of(calendar);
  }

  /** The people of these pairings by subject, in one query. */
  private Map<String, Person> named(List<Pairing> pairings) {
    List<String> subjects =
        pairings.stream()
            .flatMap(p -> Stream.of(p.getMentor(), p.getMentee(), p.getFacilitator()))
            .distinct()
            .toList();
    Map<String, Person> named = new HashMap<>();
    if (!subjects.isEmpty()) {
      em.createQuery("SELECT p FROM Person p WHERE p.subject IN :subjects", Person.class)
          .setParameter("subjects", subjects)
          .getResultStream()
          .forEach(p -> named.put(p.getSubject(), p));
    }
    return named;
  }

  private Person me() {
    return people.ofCaller(context.getCallerPrincipal().getName());
  }
}
