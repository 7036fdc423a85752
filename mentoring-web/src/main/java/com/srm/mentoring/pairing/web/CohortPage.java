package com.srm.mentoring.pairing.web;

import com.srm.mentoring.identity.boundary.Directory;
import com.srm.mentoring.identity.entity.Person;
import com.srm.mentoring.identity.entity.PersonName;
import com.srm.mentoring.pairing.boundary.CohortOverviews;
import com.srm.mentoring.pairing.boundary.Cohorts;
import com.srm.mentoring.pairing.boundary.Pairings;
import com.srm.mentoring.pairing.entity.Cohort;
import com.srm.mentoring.pairing.entity.CohortDetail;
import com.srm.mentoring.pairing.entity.CohortOverview;
import com.srm.mentoring.pairing.entity.PairingDetail;
import com.srm.mentoring.platform.web.Refusals;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A cohort's page: its dates and state, its facilitators and its escalation contacts by name (the
 * charter promises contacts named on the cohort's page), and the pairings the reader may see. HR
 * activates and closes it and forms pairings here.
 */
@Named
@ViewScoped
public class CohortPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Cohorts cohorts;

  @Inject Pairings pairings;

  @Inject Directory directory;

  @Inject CohortOverviews overviews;

  @Inject FacesContext faces;

  private String id;
  private CohortDetail cohort;
  private String name;
  private LocalDate startsOn;
  private LocalDate endsOn;
  private String state;
  private List<String> facilitatorNames = new ArrayList<>();
  private List<String> contactNames = new ArrayList<>();
  private List<PersonOption> facilitatorOptions = new ArrayList<>();
  private List<PersonOption> peopleOptions = new ArrayList<>();
  private List<PairingRow> rows = new ArrayList<>();

  private String mentor;
  private String mentee;
  private String facilitator;

  private List<String> seniors = new ArrayList<>();
  private List<String> juniors = new ArrayList<>();
  private List<Proposal> proposals = new ArrayList<>();
  private List<String> contactsInPairings = List.of();

  /** A suggested pairing and why: the topics the two share. */
  public record Proposal(
      String mentor, String mentorName, String mentee, String menteeName, String sharedTopics)
      implements Serializable {}

  /** Loads the cohort named in the address, or answers "not found". */
  public void load() {
    Optional<UUID> cohortId = ProgramFaces.id(id);
    if (cohortId.isEmpty()) {
      Refusals.notFound(faces);
      return;
    }
    try {
      CohortOverview overview = overviews.of(cohortId.get());
      cohort = overview.cohort();
      name = cohort.name();
      startsOn = cohort.startsOn();
      endsOn = cohort.endsOn();
      state = cohort.state().name();
      facilitatorNames = names(cohort.facilitators());
      contactNames = names(cohort.escalationContacts());
      rows =
          overview.pairings().stream()
              .sorted(Comparator.comparing(PairingDetail::formedAt))
              .map(PairingRow::of)
              .toList();
      contactsInPairings = overview.contactsInPairings();
      if (cohort.hr()) {
        facilitatorOptions =
            cohort.facilitators().stream()
                .map(p -> new PersonOption(p.username(), p.displayName()))
                .toList();
        peopleOptions =
            directory.people().stream()
                .filter(Person::isActive)
                .map(
                    p ->
                        new PersonOption(
                            p.getUsername(),
                            p.getDisplayName()
                                + (p.getGrade() == null ? "" : " (" + p.getGrade() + ")")))
                .toList();
      }
    } catch (RuntimeException e) {
      if (!Refusals.shown(faces, e)) {
        throw e;
      }
    }
  }

  private static List<String> names(List<PersonName> people) {
    return people.stream().map(PersonName::displayName).sorted().toList();
  }

  /**
   * For HR: usernames of the cohort's escalation contacts who are also a party of one of its
   * pairings, which the page warns about.
   */
  public List<String> getContactsInPairings() {
    return contactsInPairings;
  }

  public boolean isHr() {
    return cohort != null && cohort.hr();
  }

  /** The cohort with what the reader may do with it, as the boundary computed it. */
  public CohortDetail getCohort() {
    return cohort;
  }

  public String activate() {
    return act(() -> cohorts.activate(UUID.fromString(id)), "cohort.activated");
  }

  public String close() {
    return act(() -> cohorts.close(UUID.fromString(id)), "cohort.closed");
  }

  public String form() {
    return act(
        () -> pairings.form(UUID.fromString(id), mentor, mentee, facilitator), "cohort.paired");
  }

  private String act(Supplier<Object> change, String key) {
    try {
      change.get();
      ProgramFaces.say(faces, key);
      return "/program/cohort?faces-redirect=true&id=" + id;
    } catch (RuntimeException e) {
      if (Refusals.shown(faces, e)) {
        return null;
      }
      throw e;
    }
  }

  /** The optimal assignment among the people HR picked; shown until HR accepts some of it. */
  public String suggest() {
    try {
      proposals =
          pairings.suggest(UUID.fromString(id), seniors, juniors).stream()
              .map(
                  p ->
                      new Proposal(
                          p.mentor().getUsername(),
                          p.mentor().getDisplayName(),
                          p.mentee().getUsername(),
                          p.mentee().getDisplayName(),
                          String.join(", ", p.sharedTopics())))
              .toList();
      if (proposals.isEmpty()) {
        ProgramFaces.say(faces, "cohort.noProposals");
        faces.getExternalContext().getFlash().setKeepMessages(false);
      }
    } catch (RuntimeException e) {
      if (!Refusals.shown(faces, e)) {
        throw e;
      }
    }
    return null;
  }

  /** Forms a suggested pairing, checked against every rule once more. */
  public String accept(String junior, String senior) {
    mentor = junior;
    mentee = senior;
    if (facilitator == null && !facilitatorOptions.isEmpty()) {
      facilitator = facilitatorOptions.get(0).username();
    }
    return form();
  }

  public boolean isPilotExceeded() {
    return rows.stream().filter(PairingRow::active).count() > Cohort.PILOT_SIZE;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getName() {
    return name;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public LocalDate getEndsOn() {
    return endsOn;
  }

  public String getState() {
    return state;
  }

  public List<String> getFacilitatorNames() {
    return facilitatorNames;
  }

  public List<String> getContactNames() {
    return contactNames;
  }

  public List<PersonOption> getFacilitatorOptions() {
    return facilitatorOptions;
  }

  public List<PersonOption> getPeopleOptions() {
    return peopleOptions;
  }

  public List<PairingRow> getRows() {
    return rows;
  }

  public List<String> getSeniors() {
    return seniors;
  }

  public void setSeniors(List<String> seniors) {
    this.seniors = seniors;
  }

  public List<String> getJuniors() {
    return juniors;
  }

  public void setJuniors(List<String> juniors) {
    this.juniors = juniors;
  }

  public List<Proposal> getProposals() {
    return proposals;
  }

  public String getMentor() {
    return mentor;
  }

  public void setMentor(String mentor) {
    this.mentor = mentor;
  }

  public String getMentee() {
    return mentee;
  }

  public void setMentee(String mentee) {
    this.mentee = mentee;
  }

  public String getFacilitator() {
    return facilitator;
  }

  public void setFacilitator(String facilitator) {
    this.facilitator = facilitator;
  }
}
