package com.srm.mentoring.charter.boundary;

import com.srm.mentoring.audit.control.RequestOrigin;
import com.srm.mentoring.charter.control.CharterStanding;
import com.srm.mentoring.charter.control.SignatureChain;
import com.srm.mentoring.charter.control.SignatureChain.Signed;
import com.srm.mentoring.charter.entity.CharterState;
import com.srm.mentoring.charter.entity.CharterStatus;
import com.srm.mentoring.charter.entity.CharterVersion;
import com.srm.mentoring.charter.entity.Evidence;
import com.srm.mentoring.charter.entity.Signature;
import com.srm.mentoring.charter.entity.Signer;
import com.srm.mentoring.charter.entity.VersionSummary;
import com.srm.mentoring.charter.entity.Withdrawal;
import com.srm.mentoring.charter.entity.WithdrewFromProgram;
import com.srm.mentoring.identity.control.PersonRecords;
import com.srm.mentoring.identity.control.RoleCheck;
import com.srm.mentoring.identity.entity.Person;
import com.srm.mentoring.identity.entity.Roles;
import com.srm.mentoring.platform.control.Audited;
import com.srm.mentoring.platform.control.RecordId;
import com.srm.mentoring.platform.entity.Action;
import com.srm.mentoring.platform.entity.Refusal;
import jakarta.annotation.Resource;
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
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The charter: everyone signed in reads the version in force and signs it; HR drafts and publishes
 * new versions; a signature's evidence is shown to its signer, HR and auditors, and every such read
 * is logged.
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
public class Charters {

  /** The record type under which the access log names signatures. */
  public static final String SIGNATURE = "signature";

  @PersistenceContext EntityManager em;

  @Resource SessionContext session;

  @Inject RequestOrigin origin;

  @Inject Validator validator;

  @Inject Event<WithdrewFromProgram> withdrawals;

  @Inject PersonRecords people;

  @Inject CharterStanding standing;

  @Inject SignatureChain chain;

  /** The version in force. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public CharterVersion current() {
    return standing.current();
  }

  /** A published version; drafts are HR's until published. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<CharterVersion> published(int version) {
    return Optional.ofNullable(em.find(CharterVersion.class, version))
        .filter(CharterVersion::isPublished);
  }

  /** Where the caller stands: signed which version, is it the one in force, withdrawn or not. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public CharterStatus myStatus() {
    return standing.ofSubject(me().getSubject());
  }

  /**
   * Signs the version in force for the caller, once: signing it again answers the first signature.
   *
   * @param version the version the caller read
   * @param hash the hash of the text the caller read, as hex
   * @param authenticatedAt when the caller last authenticated to Keycloak, if known
   * @param userAgent the caller's browser or program
   * @throws Refusal when the version is not in force or the hash is not its own
   */
  @Audited(action = Action.SIGN, recordType = SIGNATURE)
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public Signed sign(
      @RecordId int version, String hash, Instant authenticatedAt, String userAgent) {
    CharterVersion current = current();
    if (version != current.getVersion()) {
      throw Refusal.of(
          Refusal.Kind.STALE,
          "version",
          "refusal.charter.versionNotInForce",
          String.valueOf(version),
          String.valueOf(current.getVersion()));
    }
    if (hash == null || !current.hasHash(hash)) {
      throw Refusal.invalid("hash", "refusal.charter.wrongHash", String.valueOf(version));
    }
    Person me = me();
    Signer signer =
        new Signer(
            me.getSubject(),
            me.getUsername(),
            me.getDisplayName(),
            authenticatedAt,
            origin.clientIp(),
            userAgent);
    return chain.sign(current, signer, Instant.now());
  }

  /** The evidence of the caller's newest signature. */
  @Audited(action = Action.READ, recordType = SIGNATURE)
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public Optional<Evidence> myEvidence() {
    return evidenceOfSubject(me().getSubject());
  }

  /** The evidence of a person's newest signature, for HR and auditors; each read is logged. */
  @RolesAllowed({Roles.HR_ADMIN, Roles.AUDITOR})
  @Audited(action = Action.READ, recordType = SIGNATURE)
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public Optional<Evidence> evidenceOf(@RecordId String username) {
    return people
        .findByUsername(username)
        .flatMap(person -> evidenceOfSubject(person.getSubject()));
  }

  /** Leaves the program; signing the charter again rejoins it. */
  @Audited(action = Action.WITHDRAW, recordType = "participation")
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public Withdrawal withdraw(String reason) {
    Withdrawal withdrawal = new Withdrawal(me().getSubject(), reason, Instant.now());
    em.persist(withdrawal);
    withdrawals.fire(new WithdrewFromProgram(withdrawal.getSubject(), withdrawal));
    return withdrawal;
  }

  /** Every version, newest first, with how many people signed it. */
  @RolesAllowed(Roles.HR_ADMIN)
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<VersionSummary> versions() {
    Map<Integer, Long> signatures = new HashMap<>();
    em.createNamedQuery(Signature.COUNT_BY_VERSION, Object[].class)
        .getResultList()
        .forEach(row -> signatures.put((Integer) row[0], (Long) row[1]));
    return em.createNamedQuery(CharterVersion.ALL, CharterVersion.class).getResultList().stream()
        .map(
            v ->
                new VersionSummary(
                    v.getVersion(),
                    v.getState(),
                    v.getPublishedAt(),
                    v.getHash(),
                    signatures.getOrDefault(v.getVersion(), 0L)))
        .sorted(Comparator.comparingInt(VersionSummary::version).reversed())
        .toList();
  }

  /** The draft HR is working on, if there is one; reading it never starts one. */
  @RolesAllowed(Roles.HR_ADMIN)
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<CharterVersion> currentDraft() {
    return findDraft();
  }

  /** The draft HR is working on; a new one starts from the text in force. */
  @RolesAllowed(Roles.HR_ADMIN)
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public CharterVersion draft() {
    return findDraft()
        .orElseGet(
            () -> {
              CharterVersion current = current();
              CharterVersion draft =
                  new CharterVersion(current.getVersion() + 1, current, Instant.now());
              em.persist(draft);
              return draft;
            });
  }

  /**
   * Replaces the draft's text.
   *
   * @throws Refusal naming the section that is empty or too long
   */
  @RolesAllowed(Roles.HR_ADMIN)
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public CharterVersion revise(
      String groundRules, String confidentiality, String escalationPath, String openingScript) {
    CharterVersion draft = draft();
    draft.revise(groundRules, confidentiality, escalationPath, openingScript);
    validator.validate(draft).stream()
        .sorted(Comparator.comparing(ConstraintViolation::getMessage))
        .findFirst()
        .ifPresent(
            broken -> {
              throw refusal(broken);
            });
    return draft;
  }

  /** A section's broken constraint as a refusal naming the section. */
  private static Refusal refusal(ConstraintViolation<CharterVersion> broken) {
    String section = broken.getPropertyPath().toString();
    Class<?> constraint = broken.getConstraintDescriptor().getAnnotation().annotationType();
    if (constraint == NotBlank.class) {
      return Refusal.invalid(section, "refusal.mustNotBeEmpty");
    }
    if (constraint == Size.class) {
      return Refusal.invalid(section, "refusal.atMostCharacters", CharterVersion.SECTION_LENGTH);
    }
    return Refusal.invalid(section, "refusal.plainText");
  }

  /** Publishes the draft: from now on everyone signs it before taking part again. */
  @RolesAllowed(Roles.HR_ADMIN)
  @Audited(action = Action.UPDATE, recordType = "charter")
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public CharterVersion publish() {
    CharterVersion draft =
        findDraft().orElseThrow(() -> Refusal.conflict(null, "refusal.charter.noDraft"));
    draft.publish(session.getCallerPrincipal().getName(), Instant.now());
    return draft;
  }

  private Optional<CharterVersion> findDraft() {
    return em.createNamedQuery(CharterVersion.DRAFT, CharterVersion.class)
        .setParameter("draft", CharterState.DRAFT)
        .getResultStream()
        .findFirst();
  }

  private Optional<Evidence> evidenceOfSubject(String subject) {
    return em.createNamedQuery(Signature.OF_SUBJECT, Signature.class)
        .setParameter("subject", subject)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .map(
            s ->
                new Evidence(
                    em.find(CharterVersion.class, s.getVersion()),
                    s,
                    chain.check(s.getSequence())));
  }

  private Person me() {
    return people.ofCaller(session.getCallerPrincipal().getName());
  }
}
