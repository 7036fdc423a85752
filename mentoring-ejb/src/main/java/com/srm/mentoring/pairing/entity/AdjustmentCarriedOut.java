package com.srm.mentoring.pairing.entity;

import java.time.Instant;
import java.util.UUID;

/** HR carried out an adjustment asked for on a concern, which then moves on. */
public record AdjustmentCarriedOut(UUID concernId, AdjustmentKind kind, Instant at) {}
