package com.srm.mentoring.identity.entity;

/**
 * A CDI event: the directory sync marked a person inactive (disabled in or removed from the
 * directory). Features holding the person's active work, such as pairings, end it.
 *
 * @param subject the person's OIDC subject
 */
public record PersonDeactivated(String subject) {}
