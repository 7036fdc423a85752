package com.srm.mentoring.pairing.web;

import com.srm.mentoring.pairing.boundary.Topics;
import com.srm.mentoring.pairing.entity.Topic.Kind;
import com.srm.mentoring.platform.web.Refusals;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The reader's topics for suggested pairings: what they offer as a junior, what they want to learn
 * as a senior; free tags, with the tags others entered shown to pick from.
 */
@Named
@ViewScoped
public class MyTopics implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Topics topics;

  @Inject FacesContext faces;

  private List<String> offers = new ArrayList<>();
  private List<String> wantsToLearn = new ArrayList<>();
  private List<String> suggestions = new ArrayList<>();

  @PostConstruct
  void load() {
    Map<Kind, Set<String>> mine = topics.mine();
    offers = new ArrayList<>(mine.getOrDefault(Kind.OFFERS, Set.of()));
    wantsToLearn = new ArrayList<>(mine.getOrDefault(Kind.WANTS, Set.of()));
    suggestions = topics.suggestions();
  }

  public String save() {
    try {
      topics.declare(offers, wantsToLearn);
      ProgramFaces.say(faces, "topics.saved");
      return "/program/topics?faces-redirect=true";
    } catch (RuntimeException e) {
      if (Refusals.shown(faces, e)) {
        return null;
      }
      throw e;
    }
  }

  public List<String> getOffers() {
    return offers;
  }

  public void setOffers(List<String> offers) {
    this.offers = offers;
  }

  public List<String> getWantsToLearn() {
    return wantsToLearn;
  }

  public void setWantsToLearn(List<String> wantsToLearn) {
    this.wantsToLearn = wantsToLearn;
  }

  public List<String> getSuggestions() {
    return suggestions;
  }
}
