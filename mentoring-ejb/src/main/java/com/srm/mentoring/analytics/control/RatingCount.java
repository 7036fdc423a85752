package com.srm.mentoring.analytics.control;

import com.srm.mentoring.pulse.entity.CellKey;

/**
 * The released ratings of one side in one cell as the database counted them: never shown as it is.
 *
 * @param raters how many released ratings there are; each came in a batch from at least k people
 * @param mean their mean, null when nobody rated
 */
public record RatingCount(CellKey key, long raters, Double mean) {}
