package com.srm.mentoring.analytics.boundary;

import com.srm.mentoring.analytics.control.AnalyticsSettings;
import com.srm.mentoring.analytics.control.ProgramFigures;
import com.srm.mentoring.analytics.control.Ratings;
import com.srm.mentoring.analytics.entity.CohortFigures;
import com.srm.mentoring.analytics.entity.ParticipationCounts;
import com.srm.mentoring.analytics.entity.Period;
import com.srm.mentoring.analytics.entity.PeriodCount;
import com.srm.mentoring.analytics.entity.Rating;
import com.srm.mentoring.charter.control.CharterSigned;
import com.srm.mentoring.identity.control.RoleCheck;
import com.srm.mentoring.identity.entity.Person;
import com.srm.mentoring.identity.entity.Roles;
import com.srm.mentoring.pairing.control.PairingAccess;
import com.srm.mentoring.pairing.entity.Cohort;
import com.srm.mentoring.platform.control.Audited;
import com.srm.mentoring.platform.control.ProgramClock;
import com.srm.mentoring.platform.control.RecordId;
import com.srm.mentoring.platform.entity.Action;
import com.srm.mentoring.pulse.control.FiguresAcrossCohorts;
import com.srm.mentoring.pulse.control.Suppression;
import com.srm.mentoring.pulse.control.Tallies;
import com.srm.mentoring.pulse.entity.CellKey;
import com.srm.mentoring.pulse.entity.CohortPulse;
import com.srm.mentoring.pulse.entity.Figure;
import com.srm.mentoring.pulse.entity.RespondentRole;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.ToIntFunction;

/**
 * The program dashboard. HR sees every cohort and the figures across all of them; a cohort's
 * facilitators see that cohort, and their cohorts together; everyone else is told there is nothing,
 * and the refusal is logged. Every figure is an aggregate from PostgreSQL. Those resting on what
 * people said (micro-question answers, ratings of objectives) are shown only over at least k people
 * and never where their difference to another shown figure rests on fewer (docs/rules.md,
 * micro-questions); the participation counts are about events HR and facilitators follow by name
 * anyway.
 */
@Stateless
@RolesAllowed({Roles.HR_ADMIN, Roles.FACILITATOR})
@Interceptors(RoleCheck.class)
@CharterSigned
public class Analytics {

  public static final String ANALYTICS = "analytics";

  @PersistenceContext EntityManager em;

  @Resource SessionContext context;

  @Inject ProgramClock clock;

  @Inject PairingAccess access;

  @Inject AnalyticsSettings settings;

  @Inject ProgramFigures figures;

  @Inject FiguresAcrossCohorts figuresAcrossCohorts;

  @Inject Tallies tallies;

  /** One row per cohort the caller sees, by name, and last the row over all of them. */
  @Audited(action = Action.READ, recordType = ANALYTICS)
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<CohortFigures> cohorts() {
    View view = view();
    List<ParticipationCounts> counts =
        figures.participation(view.all, view.subject, clock.now().minus(settings.quietAfter()));
    Map<UUID, Integer> thresholds = new HashMap<>();
    int largest = Cohort.DEFAULT_THRESHOLD;
    for (ParticipationCounts row : counts) {
      if (row.cohortId() == null) {
        largest = row.threshold() == 0 ? largest : row.threshold();
      } else {
        thresholds.put(row.cohortId(), row.threshold());
      }
    }
    int acrossK = largest;
    ToIntFunction<CellKey> k =
        key -> key.cohort() == null ? acrossK : thresholds.getOrDefault(key.cohort(), acrossK);
    Map<UUID, Figure> answers = new HashMap<>();
    for (Figure figure : Suppression.apply(tallies.perCohort(view.all, view.subject), k)) {
      answers.put(figure.key().cohort(), figure);
    }
    Map<CellKey, Rating> ratings = new HashMap<>();
    for (Rating rating : Ratings.apply(figures.ratings(view.all, view.subject), k)) {
      ratings.put(rating.key(), rating);
    }
    List<CohortFigures> rows = new ArrayList<>();
    for (ParticipationCounts row : counts) {
      UUID cohort = row.cohortId();
      int threshold = k.applyAsInt(new CellKey(cohort, null, null));
      rows.add(
          new CohortFigures(
              row,
              threshold,
              answers.getOrDefault(
                  cohort, Figure.suppressed(new CellKey(cohort, null, null), threshold)),
              rating(ratings, cohort, RespondentRole.MENTEE, threshold),
              rating(ratings, cohort, RespondentRole.MENTOR, threshold)));
    }
    return rows;
  }

  /**
   * Withdrawals and re-pair requests per month or ISO week.
   *
   * @param cohortId one cohort, or null for all the caller sees
   */
  @Audited(action = Action.READ, recordType = ANALYTICS)
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<PeriodCount> overTime(@RecordId UUID cohortId, Period period) {
    View view = view();
    if (cohortId != null) {
      readable(cohortId, view);
    }
    return figures.overTime(
        view.all, view.subject, cohortId, period == null ? Period.MONTH : period);
  }

  /**
   * The micro-questions' figures of one cohort, with its weekly trend, suppressed as on the
   * cohort's own page; with a null id, HR's figures across all cohorts.
   */
  @Audited(action = Action.READ, recordType = ANALYTICS)
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public CohortPulse trend(@RecordId UUID cohortId) {
    View view = view();
    if (cohortId == null) {
      if (!view.all) {
        throw access.refuse(Action.READ, ANALYTICS, null);
      }
      return acrossCohorts();
    }
    Cohort cohort = readable(cohortId, view);
    int k = cohort.getAnonymityThreshold();
    return new CohortPulse(
        cohort.getId(),
        cohort.getName(),
        k,
        Suppression.apply(tallies.ofCohort(cohort.getId()), key -> k));
  }

  /** After how many weeks without a held session an active pairing counts as quiet. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public int quietWeeks() {
    return settings.quietWeeks();
  }

  /** Whether the caller sees every cohort, and so also the figures across all of them. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public boolean isHr() {
    return view().all;
  }

  /** The same cells as HR's page of the micro-questions across cohorts shows. */
  private CohortPulse acrossCohorts() {
    return figuresAcrossCohorts.shown();
  }

  private static Rating rating(
      Map<CellKey, Rating> ratings, UUID cohort, RespondentRole side, int threshold) {
    CellKey key = new CellKey(cohort, side, null);
    return ratings.getOrDefault(key, Rating.suppressed(key, threshold));
  }

  private Cohort readable(UUID cohortId, View view) {
    Cohort cohort = em.find(Cohort.class, cohortId);
    if (cohort == null || !(view.all || cohort.isFacilitatedBy(view.me))) {
      throw access.refuse(Action.READ, ANALYTICS, cohortId);
    }
    return cohort;
  }

  /** Whose cohorts the caller sees: all of them (HR), or those they facilitate. */
  private View view() {
    Person me = access.caller(context.getCallerPrincipal().getName());
    return new View(PairingAccess.isHr(me), me.getSubject(), me);
  }

  private record View(boolean all, String subject, Person me) {}
}
