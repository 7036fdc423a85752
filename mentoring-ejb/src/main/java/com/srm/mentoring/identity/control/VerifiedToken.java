package com.srm.mentoring.identity.control;

import com.srm.mentoring.identity.entity.DirectoryEntry;
import java.time.Instant;
import java.util.Set;

/**
 * The facts a valid Keycloak token states about its bearer.
 *
 * @param subject the stable OIDC subject
 * @param entry what the directory said about the person when the token was issued
 * @param groups the global roles from the {@code groups} claim
 * @param authenticatedAt when the bearer last authenticated to Keycloak ({@code auth_time}), or
 *     when the token was issued if it does not say
 * @param expiresAt when the token expires ({@code exp}): nothing learnt from it outlives that
 */
public record VerifiedToken(
    String subject,
    DirectoryEntry entry,
    Set<String> groups,
    Instant authenticatedAt,
    Instant expiresAt) {}
