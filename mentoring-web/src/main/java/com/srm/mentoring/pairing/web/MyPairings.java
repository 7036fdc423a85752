package com.srm.mentoring.pairing.web;

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

  private List<PairingRow> rows;

  @PostConstruct
  void load() {
    rows = pairings.mine().stream().map(PairingRow::of).toList();
  }

  public List<PairingRow> getRows() {
    return rows;
  }
}
