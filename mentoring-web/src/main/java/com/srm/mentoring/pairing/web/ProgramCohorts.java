package com.srm.mentoring.pairing.web;

import com.srm.mentoring.identity.boundary.Directory;
import com.srm.mentoring.identity.entity.Person;
import com.srm.mentoring.identity.entity.PersonName;
import com.srm.mentoring.identity.entity.Roles;
import com.srm.mentoring.pairing.boundary.Cohorts;
import com.srm.mentoring.pairing.entity.Cohort;
import com.srm.mentoring.pairing.entity.CohortDetail;
import com.srm.mentoring.platform.web.Refusals;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The cohorts page: HR sees every cohort and creates new ones with their facilitators and named
 * escalation contacts; a facilitator sees the cohorts they facilitate.
 */
@Named
@ViewScoped
public class ProgramCohorts implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A cohort in the list. */
  public record Row(
      String id, String name, LocalDate startsOn, LocalDate endsOn, String state, String contacts)
      implements Serializable {}

  @Inject Cohorts cohorts;

  @Inject Directory directory;

  @Inject FacesContext faces;

  private List<Row> rows = new ArrayList<>();
  private List<PersonOption> facilitatorOptions = new ArrayList<>();
  private List<PersonOption> contactOptions = new ArrayList<>();

  private String name;
  private LocalDate startsOn;
  private LocalDate endsOn;
  private Integer anonymityThreshold = Cohort.DEFAULT_THRESHOLD;
  private List<String> facilitators = new ArrayList<>();
  private List<String> escalationContacts = new ArrayList<>();

  @PostConstruct
  void load() {
    rows =
        cohorts.all().stream()
            .map(
                c ->
                    new Row(
                        c.id().toString(),
                        c.name(),
                        c.startsOn(),
                        c.endsOn(),
                        c.state().name(),
                        String.join(
                            ", ",
                            c.escalationContacts().stream()
                                .map(PersonName::displayName)
                                .sorted()
                                .toList())))
            .toList();
    if (faces.getExternalContext().isUserInRole(Roles.HR_ADMIN)) {
      List<Person> everyone = directory.people().stream().filter(Person::isActive).toList();
      facilitatorOptions = holding(everyone, Roles.FACILITATOR);
      contactOptions = holding(everyone, Roles.ESCALATION_CONTACT);
    }
  }

  private static List<PersonOption> holding(List<Person> everyone, String role) {
    return everyone.stream()
        .filter(p -> p.getRoles().contains(role))
        .map(p -> new PersonOption(p.getUsername(), p.getDisplayName()))
        .toList();
  }

  public String create() {
    try {
      CohortDetail cohort =
          cohorts.create(
              name,
              startsOn,
              endsOn,
              anonymityThreshold == null ? Cohort.DEFAULT_THRESHOLD : anonymityThreshold,
              facilitators,
              escalationContacts);
      ProgramFaces.say(faces, "cohorts.created", cohort.name());
      return "/program/cohort?faces-redirect=true&id=" + cohort.id();
    } catch (RuntimeException e) {
      if (Refusals.shown(faces, e)) {
        return null;
      }
      throw e;
    }
  }

  public List<Row> getRows() {
    return rows;
  }

  public List<PersonOption> getFacilitatorOptions() {
    return facilitatorOptions;
  }

  public List<PersonOption> getContactOptions() {
    return contactOptions;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public void setStartsOn(LocalDate startsOn) {
    this.startsOn = startsOn;
  }

  public LocalDate getEndsOn() {
    return endsOn;
  }

  public void setEndsOn(LocalDate endsOn) {
    this.endsOn = endsOn;
  }

  public Integer getAnonymityThreshold() {
    return anonymityThreshold;
  }

  public void setAnonymityThreshold(Integer anonymityThreshold) {
    this.anonymityThreshold = anonymityThreshold;
  }

  public List<String> getFacilitators() {
    return facilitators;
  }

  public void setFacilitators(List<String> facilitators) {
    this.facilitators = facilitators;
  }

  public List<String> getEscalationContacts() {
    return escalationContacts;
  }

  public void setEscalationContacts(List<String> escalationContacts) {
    this.escalationContacts = escalationContacts;
  }
}
