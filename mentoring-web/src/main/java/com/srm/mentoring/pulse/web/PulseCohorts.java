package com.srm.mentoring.pulse.web;

import com.srm.mentoring.pairing.boundary.Cohorts;
import com.srm.mentoring.pairing.entity.CohortDetail;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The cohorts whose figures the caller follows: all for HR, their own for a facilitator. */
@Named
@RequestScoped
public class PulseCohorts {

  @Inject Cohorts cohorts;

  private List<CohortDetail> list = List.of();

  public void load() {
    list = cohorts.all();
  }

  public List<CohortDetail> getList() {
    return list;
  }
}
