package com.srm.mentoring.pulse.web;

import com.srm.mentoring.platform.entity.Refusal;
import com.srm.mentoring.platform.web.Refusals;
import com.srm.mentoring.pulse.boundary.Pulses;
import com.srm.mentoring.pulse.entity.Answer;
import com.srm.mentoring.pulse.entity.WaitingQuestions;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

/**
 * The three questions on the home page, for the oldest held session the signed-in person has not
 * answered yet; the next one shows after each answer.
 */
@Named
@RequestScoped
public class PulseQuestions {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  @Inject Pulses pulses;

  @Inject FacesContext faces;

  private List<WaitingQuestions> waiting = List.of();
  private String sessionId;
  private Integer spokeOpenly;
  private Integer feltHeard;
  private Integer wouldRecommend;
  private boolean checkIn;

  /** Reads what waits, for a signed-in person who may take part; nothing for anyone else. */
  public void load() {
    if (faces.getExternalContext().getUserPrincipal() == null) {
      return;
    }
    try {
      waiting = pulses.waiting();
    } catch (EJBException | Refusal notTakingPart) {
      // no role in the program, or no signature under the charter in force: nothing to ask
      waiting = List.of();
    }
    if (!waiting.isEmpty() && sessionId == null) {
      sessionId = waiting.get(0).sessionId().toString();
    }
  }

  public String submit() {
    try {
      Answer answer = Answer.of(spokeOpenly, feltHeard, wouldRecommend);
      pulses.answer(UUID.fromString(sessionId), answer, checkIn);
    } catch (Refusal refused) {
      Refusals.show(faces, refused);
      return null;
    }
    String text = bundle("pulse.thanks");
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    faces.getExternalContext().getFlash().setKeepMessages(true);
    return "/index?faces-redirect=true";
  }

  private void error(String text) {
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  private String bundle(String key, Object... args) {
    return MessageFormat.format(
        faces.getApplication().getResourceBundle(faces, "msg").getString(key), args);
  }

  public boolean isAsked() {
    return !waiting.isEmpty();
  }

  /** "The session of …, open until …" for the session asked about. */
  public String getAbout() {
    return waiting.stream()
        .filter(w -> w.sessionId().toString().equals(sessionId))
        .findFirst()
        .map(w -> bundle("pulse.about", DAY.format(w.startsAt()), DAY.format(w.closesAt())))
        .orElse("");
  }

  public int getMore() {
    return Math.max(0, waiting.size() - 1);
  }

  public List<Integer> getScale() {
    return List.of(1, 2, 3, 4, 5);
  }

  public String getSessionId() {
    return sessionId;
  }

  public void setSessionId(String sessionId) {
    this.sessionId = sessionId;
  }

  public Integer getSpokeOpenly() {
    return spokeOpenly;
  }

  public void setSpokeOpenly(Integer spokeOpenly) {
    this.spokeOpenly = spokeOpenly;
  }

  public Integer getFeltHeard() {
    return feltHeard;
  }

  public void setFeltHeard(Integer feltHeard) {
    this.feltHeard = feltHeard;
  }

  public Integer getWouldRecommend() {
    return wouldRecommend;
  }

  public void setWouldRecommend(Integer wouldRecommend) {
    this.wouldRecommend = wouldRecommend;
  }

  public boolean isCheckIn() {
    return checkIn;
  }

  public void setCheckIn(boolean checkIn) {
    this.checkIn = checkIn;
  }
}
