package com.srm.mentoring.pairing.web;

import com.srm.mentoring.identity.boundary.People;
import com.srm.mentoring.pairing.boundary.Pairings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The reader's own pairings: as mentor, mentee or facilitator. */
@Named
@RequestScoped
public class MyPairings {

  @Inject Pairings pairings;

  @Inject People people;

  private List<PairingRow> rows;

  @PostConstruct
  void load() {
    rows = pairings.mine().stream().map(p -> PairingRow.of(p, people)).toList();
  }

  public List<PairingRow> getRows() {
    return rows;
  }
}
