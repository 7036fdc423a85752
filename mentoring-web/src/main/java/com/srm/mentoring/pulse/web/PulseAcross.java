package com.srm.mentoring.pulse.web;

import com.srm.mentoring.pulse.boundary.PulseFigures;
import com.srm.mentoring.pulse.entity.CohortPulse;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.ResourceBundle;

/**
 * HR's figures across all cohorts: the weekly trend as a chart, the same figures as a table beside
 * it and as CSV. The boundary applies the largest k of the cohorts and checks every cell against
 * each cohort's own.
 */
@Named
@RequestScoped
public class PulseAcross {

  @Inject PulseFigures figures;

  @Inject FacesContext faces;

  private CohortPulse pulse;
  private List<PulseRows.Row> rows = List.of();

  public void load() {
    // only HR may: anyone else's refusal ends on the not-found page (PageFailures), logged
    pulse = figures.acrossCohorts();
    rows = PulseRows.of(pulse.figures(), bundle());
  }

  private ResourceBundle bundle() {
    return faces.getApplication().getResourceBundle(faces, "msg");
  }

  public String getChart() {
    return PulseChart.of(pulse.figures(), bundle());
  }

  public boolean isTrend() {
    return PulseChart.hasTrend(pulse.figures());
  }

  public CohortPulse getPulse() {
    return pulse;
  }

  public List<PulseRows.Row> getRows() {
    return rows;
  }
}
