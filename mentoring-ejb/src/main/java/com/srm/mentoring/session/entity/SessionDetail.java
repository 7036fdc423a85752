package com.srm.mentoring.session.entity;

import com.srm.mentoring.pairing.entity.Pairing;

/**
 * A session as one reader sees it, with its pairing.
 *
 * @param session the session
 * @param pairing its pairing
 * @param openingScript the facilitator's opening script from the charter in force, for the
 *     pairing's facilitator only; null for everyone else
 */
public record SessionDetail(Session session, Pairing pairing, String openingScript) {}
