package com.srm.mentoring.pairing.boundary;

import com.srm.mentoring.charter.control.CharterSigned;
import com.srm.mentoring.identity.control.RoleCheck;
import com.srm.mentoring.identity.entity.Person;
import com.srm.mentoring.identity.entity.Roles;
import com.srm.mentoring.pairing.control.PairingAccess;
import com.srm.mentoring.pairing.entity.Topic;
import com.srm.mentoring.pairing.entity.Topic.Kind;
import com.srm.mentoring.platform.entity.Refusal;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The topics people enter for suggested pairings: seniors what they want to learn, juniors what
 * they offer. Free tags; the tags others entered are offered as suggestions, without who entered
 * them.
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
@CharterSigned
public class Topics {

  /** How many topics one person enters of each kind, at most. */
  public static final int MAX_PER_KIND = 20;

  @PersistenceContext EntityManager em;

  @Resource SessionContext session;

  @Inject PairingAccess access;

  /** The caller's topics, by kind. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Map<Kind, Set<String>> mine() {
    return em.createNamedQuery(Topic.OF_SUBJECT, Topic.class)
        .setParameter("subject", me().getSubject())
        .getResultStream()
        .collect(
            Collectors.groupingBy(
                Topic::getKind,
                Collectors.mapping(Topic::getTag, Collectors.toCollection(TreeSet::new))));
  }

  /** Replaces the caller's topics of both kinds. */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public Map<Kind, Set<String>> declare(Collection<String> offers, Collection<String> wants) {
    Person me = me();
    Set<String> offered = normal("offers", offers);
    Set<String> wanted = normal("wantsToLearn", wants);
    em.createNamedQuery(Topic.OF_SUBJECT, Topic.class)
        .setParameter("subject", me.getSubject())
        .getResultList()
        .forEach(em::remove);
    em.flush();
    offered.forEach(tag -> em.persist(new Topic(me.getSubject(), Kind.OFFERS, tag)));
    wanted.forEach(tag -> em.persist(new Topic(me.getSubject(), Kind.WANTS, tag)));
    return Map.of(Kind.OFFERS, offered, Kind.WANTS, wanted);
  }

  /** Every tag anyone entered, to suggest while typing. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<String> suggestions() {
    return em.createNamedQuery(Topic.SUGGESTIONS, String.class).getResultList();
  }

  private static Set<String> normal(String field, Collection<String> tags) {
    Set<String> normal = new TreeSet<>();
    for (String tag : tags == null ? List.<String>of() : tags) {
      try {
        normal.add(Topic.normal(tag));
      } catch (Refusal e) {
        throw Refusal.invalid(field, e.key(), e.args().toArray());
      }
    }
    if (normal.size() > MAX_PER_KIND) {
      throw Refusal.invalid(field, "refusal.topics.tooMany", MAX_PER_KIND);
    }
    return normal;
  }

  private Person me() {
    return access.caller(session.getCallerPrincipal().getName());
  }
}
