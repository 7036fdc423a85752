package com.srm.mentoring.pairing.entity;

import java.util.List;

/**
 * Everything a cohort's page shows, read at once: the cohort, the pairings of it the reader may
 * read, and for HR the escalation contacts who are also a party of one of its pairings.
 */
public record CohortOverview(
    CohortDetail cohort, List<PairingDetail> pairings, List<String> contactsInPairings) {}
