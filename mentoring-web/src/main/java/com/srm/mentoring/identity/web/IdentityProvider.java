package com.srm.mentoring.identity.web;

import com.srm.mentoring.identity.control.IdentitySettings;
import com.srm.mentoring.platform.web.IdentityProviderAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

/** Tells the web platform where Keycloak is, for the content security policy. */
@ApplicationScoped
public class IdentityProvider {

  @Inject IdentitySettings identity;

  @Produces
  IdentityProviderAddress address() {
    return new IdentityProviderAddress(identity.getKeycloakUrl());
  }
}
