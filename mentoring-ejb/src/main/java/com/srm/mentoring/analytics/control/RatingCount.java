package com.srm.mentoring.analytics.control;

import com.srm.mentoring.pulse.entity.CellKey;

/**
 * The raw ratings of one side in one cell as the database counted them: never shown as it is.
 *
 * @param raters how many distinct people gave the ratings
 * @param mean their mean, null when nobody rated
 */
public record RatingCount(CellKey key, long raters, Double mean) {}
