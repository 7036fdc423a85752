package com.srm.mentoring.platform.web;

/**
 * Where the identity provider is reached, such as the address signing out continues at: the
 * security headers let the browser go there. The identity feature produces it from its settings, so
 * that the platform names no feature.
 *
 * @param url the provider's base URL
 */
public record IdentityProviderAddress(String url) {}
