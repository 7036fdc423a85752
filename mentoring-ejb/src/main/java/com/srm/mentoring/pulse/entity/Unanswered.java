package com.srm.mentoring.pulse.entity;

import java.time.Instant;
import java.util.UUID;

/**
 * For a cohort's facilitator: someone who attended a held session and has not answered for it. Read
 * from participation alone; nothing in it comes from, or leads to, an answer.
 */
public record Unanswered(
    UUID sessionId, Instant startsAt, String username, String displayName, boolean windowOpen) {}
