package com.srm.mentoring.escalation.web;

import com.srm.mentoring.escalation.boundary.Concerns;
import com.srm.mentoring.escalation.entity.ConcernDetail;
import com.srm.mentoring.escalation.entity.ConcernListing;
import com.srm.mentoring.escalation.entity.ReaderChoice;
import com.srm.mentoring.pairing.boundary.Pairings;
import com.srm.mentoring.pairing.entity.PairingDetail;
import com.srm.mentoring.platform.entity.Refusal;
import com.srm.mentoring.platform.web.Refusals;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The concerns page: what the caller may read, and the form to raise one about their pairing. A
 * person who may read none sees an empty list, with no hint that others exist.
 */
@Named
@RequestScoped
public class ConcernList {

  @Inject Concerns concerns;

  @Inject Pairings pairings;

  @Inject FacesContext faces;

  private List<ConcernListing> readable = List.of();
  private List<PairingDetail> mine = List.of();
  private String pairing;
  private String title;
  private String description;
  private List<String> excluded = new ArrayList<>();
  private boolean skipStepOne;
  private ReaderChoice choice;

  /** Reads before anything else, so that a postback finds the form it was sent from. */
  @PostConstruct
  public void load() {
    readable = concerns.list();
    mine = pairings.mine().stream().filter(PairingDetail::party).toList();
  }

  public String raise() {
    try {
      ConcernDetail raised = concerns.raise(pairingId(), title, description, excluded, skipStepOne);
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_INFO,
              faces.getApplication().getResourceBundle(faces, "msg").getString("concern.raised"),
              null));
      faces.getExternalContext().getFlash().setKeepMessages(true);
      return "/escalation/concern?faces-redirect=true&id=" + raised.getId();
    } catch (Refusal refused) {
      Refusals.show(faces, refused);
      load();
      return null;
    }
  }

  /**
   * Who would read the concern with the exclusions chosen so far, and whom the reporter may
   * exclude, for the pairing chosen (the first one until they choose): the form names the readers
   * before it is sent.
   */
  public ReaderChoice getChoice() {
    if (choice == null && !mine.isEmpty()) {
      UUID about = about();
      try {
        choice = concerns.readers(about, excluded);
      } catch (Refusal refused) {
        choice = concerns.readers(about, List.of());
      }
    }
    return choice;
  }

  /**
   * The pairing the form is about: the one chosen, also while the form is being validated (before
   * the choice reaches this bean), else the first.
   */
  private UUID about() {
    if (pairingId() != null) {
      return pairingId();
    }
    String submitted = faces.getExternalContext().getRequestParameterMap().get("raise:pairing");
    return mine.stream()
        .map(PairingDetail::id)
        .filter(id -> id.toString().equals(submitted))
        .findFirst()
        .orElse(mine.get(0).id());
  }

  private UUID pairingId() {
    try {
      return pairing == null || pairing.isBlank() ? null : UUID.fromString(pairing);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  public List<ConcernListing> getReadable() {
    return readable;
  }

  public List<PairingDetail> getMine() {
    return mine;
  }

  public String getPairing() {
    return pairing;
  }

  public void setPairing(String pairing) {
    this.pairing = pairing;
    this.choice = null;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  /** The usernames of the people the reporter excludes, picked from the choice offered. */
  public List<String> getExcluded() {
    return excluded;
  }

  public void setExcluded(List<String> excluded) {
    this.excluded = excluded == null ? new ArrayList<>() : new ArrayList<>(excluded);
    this.choice = null;
  }

  public boolean isSkipStepOne() {
    return skipStepOne;
  }

  public void setSkipStepOne(boolean skipStepOne) {
    this.skipStepOne = skipStepOne;
  }
}
