package com.srm.mentoring.pulse.entity;

import java.util.List;
import java.util.UUID;

/** What may be shown of one cohort's answers (or, with a null cohort, of all cohorts together). */
public record CohortPulse(UUID cohortId, String name, int threshold, List<Figure> figures) {}
