package com.srm.mentoring.earlywarning.web;

import com.srm.mentoring.earlywarning.boundary.EarlyWarnings;
import com.srm.mentoring.earlywarning.entity.CohortWarnings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** HR's view of the early warnings: how many stand per cohort, never which pairing. */
@Named
@RequestScoped
public class HrEarlyWarnings {

  @Inject EarlyWarnings warnings;

  private List<CohortWarnings> counts = List.of();

  public void load() {
    counts = warnings.countsByCohort();
  }

  public List<CohortWarnings> getCounts() {
    return counts;
  }
}
