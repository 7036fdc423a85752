package com.srm.mentoring.pairing.entity;

import java.time.Instant;
import java.util.UUID;

/**
 * An escalation contact asked HR for a program adjustment of a pairing, in the transaction that
 * records it on the concern; the pairing feature files it for HR.
 */
public record AdjustmentAsked(
    UUID pairingId,
    UUID concernId,
    AdjustmentKind kind,
    String reason,
    String requestedBy,
    Instant at) {}
