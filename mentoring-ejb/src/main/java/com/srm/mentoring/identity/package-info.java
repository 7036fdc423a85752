/**
 * Who is calling: people as the corporate directory (Keycloak) knows them, refreshed from the
 * signed-in token, and the global roles that come with them.
 */
package com.srm.mentoring.identity;
