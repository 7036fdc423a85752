package com.srm.mentoring.pulse.web;

import com.srm.mentoring.platform.entity.Refusal;
import com.srm.mentoring.pulse.boundary.Participations;
import com.srm.mentoring.pulse.boundary.PulseFigures;
import com.srm.mentoring.pulse.entity.CohortPulse;
import com.srm.mentoring.pulse.entity.Unanswered;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.ResourceBundle;
import java.util.UUID;

/**
 * A cohort's micro-question figures: the weekly trend as a chart, every figure as a table beside it
 * and as CSV, and for its facilitators who has not answered yet.
 */
@Named
@RequestScoped
public class PulseCohort {

  static final String[] QUESTION_KEYS = {
    "pulse.q.spokeOpenly", "pulse.q.feltHeard", "pulse.q.wouldRecommend"
  };

  @Inject PulseFigures figures;

  @Inject Participations participations;

  @Inject FacesContext faces;

  private String cohort;
  private CohortPulse pulse;
  private List<PulseRows.Row> rows = List.of();
  private List<Unanswered> unanswered = List.of();
  private boolean facilitator;

  public void load() throws IOException {
    try {
      pulse = figures.ofCohort(UUID.fromString(cohort == null ? "" : cohort));
    } catch (Refusal | IllegalArgumentException e) {
      faces.getExternalContext().responseSendError(404, "not found");
      faces.responseComplete();
      return;
    }
    rows = PulseRows.of(pulse.figures(), bundle());
    facilitator = participations.facilitates(pulse.cohortId());
    if (facilitator) {
      unanswered = participations.unanswered(pulse.cohortId());
    }
  }

  private ResourceBundle bundle() {
    return faces.getApplication().getResourceBundle(faces, "msg");
  }

  /** The weekly trend of everyone's means, as a Chart.js configuration. */
  public String getChart() {
    return pulse == null ? null : PulseChart.of(pulse.figures(), bundle());
  }

  /** True once at least one week can be shown: the chart needs a point to draw. */
  public boolean isTrend() {
    return pulse != null && PulseChart.hasTrend(pulse.figures());
  }

  public String getCohort() {
    return cohort;
  }

  public void setCohort(String cohort) {
    this.cohort = cohort;
  }

  public CohortPulse getPulse() {
    return pulse;
  }

  public List<PulseRows.Row> getRows() {
    return rows;
  }

  public List<Unanswered> getUnanswered() {
    return unanswered;
  }

  public boolean isFacilitator() {
    return facilitator;
  }
}
