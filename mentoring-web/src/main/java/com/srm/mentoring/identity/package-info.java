/**
 * Sign-in through the corporate Keycloak: OpenID Connect for pages, bearer tokens for the REST API,
 * and the person record refreshed from the token.
 */
package com.srm.mentoring.identity;
