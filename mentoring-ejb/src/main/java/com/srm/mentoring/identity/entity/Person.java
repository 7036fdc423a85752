package com.srm.mentoring.identity.entity;

import com.srm.mentoring.platform.entity.Refusal;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A person as the corporate directory knows them, keyed by the stable OIDC subject so that a
 * renamed account stays the same person. Refreshed at every sign-in and by the directory sync;
 * people disabled in the directory are kept, marked inactive, so that history stays whole. Only the
 * directory, or a token issued after the deactivation, makes them active again.
 */
@Entity
@Table(name = "person")
@NamedQuery(
    name = Person.BY_USERNAME,
    query = "SELECT p FROM Person p WHERE p.username = :username")
@NamedQuery(name = Person.ALL, query = "SELECT p FROM Person p ORDER BY p.displayName")
public class Person {

  /** The record type under which the access log names people. */
  public static final String RECORD_TYPE = "person";

  public static final String BY_USERNAME = "Person.byUsername";
  public static final String ALL = "Person.all";
  public static final int MIN_GRADE = 1;
  public static final int MAX_GRADE = 10;

  /** The name an erased person's record shows. */
  public static final String ERASED_NAME = "Erased person";

  @Id
  @Column(length = 64)
  private String subject;

  @NotBlank
  @Size(max = 255)
  @Column(nullable = false, unique = true)
  private String username;

  @NotBlank
  @Size(max = 255)
  @Column(name = "display_name", nullable = false)
  private String displayName;

  @Size(max = 100)
  private String department;

  @Min(MIN_GRADE)
  @Max(MAX_GRADE)
  private Integer grade;

  @Size(max = 255)
  @Column(name = "manager_username")
  private String managerUsername;

  /** The mailbox the directory names; null until it named one. */
  @Size(max = 255)
  private String email;

  /**
   * The language the person reads, as the directory's profile names it ("de"); null until it named
   * one.
   */
  @Size(max = 16)
  private String language;

  @Column(nullable = false)
  private boolean active;

  /**
   * When the active flag last changed. A statement older than that cannot change it back: a token
   * issued before the directory disabled the person does not make them active again.
   */
  @Column(name = "active_changed_at")
  private Instant activeChangedAt;

  /** When the directory last changed something about this person. */
  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "person_role", joinColumns = @JoinColumn(name = "subject"))
  @Column(name = "role", length = 40, nullable = false)
  private Set<String> roles = new HashSet<>();

  /** When the roles last changed; older statements about them (a stale token) are ignored. */
  @Column(name = "roles_changed_at")
  private Instant rolesChangedAt;

  /**
   * When HR erased the person's data on their request; from then on the record keeps no profile and
   * the directory does not fill it again.
   */
  @Column(name = "erased_at")
  private Instant erasedAt;

  @Version private long version;

  protected Person() {
    // for JPA
  }

  public Person(String subject, DirectoryEntry entry) {
    this.subject = requireText(subject, "subject");
    refresh(entry);
  }

  /**
   * Takes over what the directory says now; answers whether anything changed. A grade outside 1–10
   * is not a grade: it is kept unknown rather than guessed.
   */
  public boolean refresh(DirectoryEntry entry) {
    Objects.requireNonNull(entry, "directory entry is required");
    if (isErased()) {
      // the directory may still hold the account; its copy must not come back here
      return false;
    }
    String name = requireText(entry.username(), "username");
    String display =
        entry.displayName() == null || entry.displayName().isBlank()
            ? name
            : entry.displayName().strip();
    Integer validGrade =
        entry.grade() != null && entry.grade() >= MIN_GRADE && entry.grade() <= MAX_GRADE
            ? entry.grade()
            : null;
    boolean nowActive = isNewerThan(activeChangedAt, entry) ? entry.enabled() : active;
    boolean changed =
        !name.equals(username)
            || !display.equals(displayName)
            || !Objects.equals(entry.department(), department)
            || !Objects.equals(validGrade, grade)
            || !Objects.equals(entry.managerUsername(), managerUsername)
            || active != nowActive;
    if (changed) {
      // untouched records stay untouched: a sign-in or API call that changes nothing writes nothing
      username = name;
      displayName = display;
      department = entry.department();
      grade = validGrade;
      managerUsername = entry.managerUsername();
      if (active != nowActive) {
        active = nowActive;
        activeChangedAt = entry.statedAt();
      }
      changedAt = Instant.now();
    }
    boolean mailbox = takeEmailFrom(entry.email());
    boolean spoken = takeLanguageFrom(entry.language());
    return takeRolesFrom(entry) || changed || mailbox || spoken;
  }

  /**
   * Takes over the mailbox the directory names. A statement without one (a token issued without the
   * e-mail scope) keeps the one known: only the directory names a mailbox, nobody clears it.
   *
   * @return whether it changed
   */
  public boolean takeEmailFrom(String named) {
    if (isErased() || named == null || named.isBlank() || named.strip().equals(email)) {
      return false;
    }
    email = named.strip();
    return true;
  }

  /**
   * Takes over the language the directory's profile names, kept as its language code ("de" of
   * "de-CH"). A statement without one keeps the one known, as for the mailbox.
   *
   * @return whether it changed
   */
  public boolean takeLanguageFrom(String tag) {
    if (tag == null || tag.isBlank()) {
      return false;
    }
    String code = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
    if (code.isEmpty() || code.equals(language)) {
      return false;
    }
    language = code;
    return true;
  }

  /**
   * The directory's groups become the person's roles, unless the statement is older than the last
   * change: a token issued before HR removed a role must not bring it back.
   */
  private boolean takeRolesFrom(DirectoryEntry entry) {
    if (!isNewerThan(rolesChangedAt, entry)) {
      return false;
    }
    Set<String> known = new HashSet<>(entry.roles());
    known.retainAll(Roles.ALL);
    if (known.equals(roles)) {
      return false;
    }
    roles.clear();
    roles.addAll(known);
    rolesChangedAt = entry.statedAt();
    return true;
  }

  /** Whether the entry was stated at or after the last change, or nothing changed yet. */
  private static boolean isNewerThan(Instant lastChange, DirectoryEntry entry) {
    return lastChange == null || !entry.statedAt().isBefore(lastChange);
  }

  /** HR appointed the person; the directory already holds the group. */
  public void grantRole(String role) {
    requireKnownRole(role);
    if (roles.add(role)) {
      rolesChangedAt = Instant.now();
    }
  }

  /** HR removed the role; it ends with the person's next request, whatever their token says. */
  public void revokeRole(String role) {
    requireKnownRole(role);
    if (roles.remove(role)) {
      rolesChangedAt = Instant.now();
    }
  }

  /**
   * Whether the person may act in any of these roles: active, and holding one of them without a
   * conflict of duties.
   */
  public boolean holdsAnyOf(Collection<String> wanted) {
    return active && wanted.stream().anyMatch(this::reaches);
  }

  /** Whether the person may act in this role now; see {@link #holdsAnyOf}. */
  public boolean holds(String role) {
    return active && reaches(role);
  }

  /**
   * Separation of duties: HR, escalation contacts and auditors watch each other, so one person
   * holds at most one of these roles. Someone the directory gave two of them acts in none of them
   * until HR resolves it; their other roles stay.
   */
  private boolean reaches(String role) {
    return roles.contains(role) && !(Roles.SEPARATED.contains(role) && hasRoleConflict());
  }

  /** Whether the person holds more than one of the roles kept apart ({@link Roles#SEPARATED}). */
  public boolean hasRoleConflict() {
    return Roles.SEPARATED.stream().filter(roles::contains).count() > 1;
  }

  /** The role kept apart that the person holds already, other than this one, if any. */
  public Optional<String> separatedRoleOtherThan(String role) {
    return Roles.SEPARATED.stream().filter(r -> !r.equals(role) && roles.contains(r)).findFirst();
  }

  private static void requireKnownRole(String role) {
    if (!Roles.ALL.contains(role)) {
      throw Refusal.invalid("role", "refusal.role.unknown", String.valueOf(Roles.ALL));
    }
  }

  /** The person is gone from the directory; the record stays for history. */
  public void deactivate() {
    if (active) {
      active = false;
      changedAt = Instant.now();
      activeChangedAt = changedAt;
    }
  }

  /**
   * The directory gave this person's username to another account (deleted and created again, or
   * reassigned). The record stays for history, inactive, under a name no sign-in can carry.
   */
  public void releaseUsername() {
    this.username = "~" + subject;
    this.active = false;
    this.changedAt = Instant.now();
    this.activeChangedAt = changedAt;
  }

  /**
   * HR erased the person's data on their request (GDPR Art. 17): the profile copied from the
   * directory is dropped, the sign-in name too, and the record stays, inactive and without roles,
   * only so that the records that must be kept (signatures, the access log) still name a subject.
   */
  public void erase(Instant now) {
    username = "~" + subject;
    displayName = ERASED_NAME;
    department = null;
    grade = null;
    managerUsername = null;
    email = null;
    roles.clear();
    rolesChangedAt = now;
    active = false;
    activeChangedAt = now;
    changedAt = now;
    erasedAt = now;
  }

  public boolean isErased() {
    return erasedAt != null;
  }

  private static String requireText(String value, String field) {
    if (value == null || value.isBlank()) {
      throw Refusal.invalid(field, "refusal.required", field);
    }
    return value.strip();
  }

  /**
   * The optimistic-lock version: raised in the same transaction as every change of the record, its
   * roles included, so that every node can tell by it that a record it remembers has changed.
   */
  public long getVersion() {
    return version;
  }

  public String getSubject() {
    return subject;
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getDepartment() {
    return department;
  }

  public Integer getGrade() {
    return grade;
  }

  public String getManagerUsername() {
    return managerUsername;
  }

  public boolean isActive() {
    return active;
  }

  /** The mailbox the directory named, or null when it named none yet. */
  public String getEmail() {
    return email;
  }

  /** The language the directory names for the person, if it named one. */
  public Optional<Locale> language() {
    return Optional.ofNullable(language).map(Locale::forLanguageTag);
  }

  /** The roles, in the order of {@link Roles#ALL}. */
  public List<String> getRoles() {
    return Roles.ALL.stream().filter(roles::contains).toList();
  }

  public Instant getChangedAt() {
    return changedAt;
  }
}
