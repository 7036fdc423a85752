package com.srm.mentoring.pulse.entity;

import java.time.Instant;
import java.util.UUID;

/** A held session whose three questions the caller may still answer, until {@code closesAt}. */
public record WaitingQuestions(
    UUID sessionId, UUID pairingId, Instant startsAt, String place, Instant closesAt) {}
