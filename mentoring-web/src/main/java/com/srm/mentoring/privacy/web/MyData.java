package com.srm.mentoring.privacy.web;

import com.srm.mentoring.privacy.boundary.DataRequests;
import com.srm.mentoring.privacy.entity.PersonalData;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The "My data" page: a short summary of what is held, and the downloads. */
@Named
@RequestScoped
public class MyData {

  @Inject DataRequests requests;

  private PersonalData data;

  public void load() {
    data = requests.mine();
  }

  public PersonalData getData() {
    return data;
  }

  public int getSessions() {
    return data.pairings().stream().mapToInt(p -> p.sessions().size()).sum();
  }
}
