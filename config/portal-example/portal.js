// An example of a corporate portal page using the Safe Reverse Mentoring API: sign-in with the
// authorization code flow and PKCE (S256) at Keycloak as the public client named in config.json,
// then the charter status and signing over the API with the access token as a bearer token.
// Plain JavaScript, no library. The token stays in this page's memory only; the PKCE verifier and
// state wait in sessionStorage for the return from Keycloak and are removed there.
'use strict';

let config;
let token;

const $ = (id) => document.getElementById(id);

function base64url(bytes) {
  let text = '';
  for (const b of new Uint8Array(bytes)) {
    text += String.fromCharCode(b);
  }
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function randomText() {
  return base64url(crypto.getRandomValues(new Uint8Array(32)));
}

function redirectUri() {
  return window.location.origin + '/';
}

function openIdUrl(endpoint) {
  return config.keycloak + '/realms/' + encodeURIComponent(config.realm)
    + '/protocol/openid-connect/' + endpoint;
}

async function signIn() {
  const verifier = randomText();
  const state = randomText();
  const challenge = base64url(
    await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  sessionStorage.setItem('pkce', JSON.stringify({ verifier, state }));
  const query = new URLSearchParams({
    response_type: 'code',
    client_id: config.clientId,
    redirect_uri: redirectUri(),
    scope: 'openid',
    state,
    code_challenge: challenge,
    code_challenge_method: 'S256',
  });
  window.location.assign(openIdUrl('auth') + '?' + query);
}

/** Back from Keycloak: trades the code for tokens, with the verifier only this page knows. */
async function redeemCode(params) {
  const saved = JSON.parse(sessionStorage.getItem('pkce') || 'null');
  sessionStorage.removeItem('pkce');
  // the address bar keeps no code: a reload must not try to redeem it again
  history.replaceState(null, '', redirectUri());
  if (params.get('error')) {
    throw new Error('Sign-in failed: ' + params.get('error'));
  }
  if (!saved || saved.state !== params.get('state')) {
    throw new Error('Sign-in failed: this answer was not asked for by this page.');
  }
  const response = await fetch(openIdUrl('token'), {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: config.clientId,
      code: params.get('code'),
      redirect_uri: redirectUri(),
      code_verifier: saved.verifier,
    }),
  });
  if (!response.ok) {
    throw new Error('Sign-in failed: Keycloak answered ' + response.status + '.');
  }
  token = (await response.json()).access_token;
}

/** Calls the API as the signed-in person; a problem detail's text becomes the error shown. */
async function api(path, options = {}) {
  const response = await fetch(config.api + path, {
    ...options,
    headers: { ...(options.headers || {}), Authorization: 'Bearer ' + token },
  });
  if (!response.ok) {
    let detail = 'The API answered ' + response.status + '.';
    try {
      detail = (await response.json()).detail || detail;
    } catch (notJson) {
      // keep the status
    }
    throw new Error(detail);
  }
  return response.status === 204 ? null : response.json();
}

async function showStatus() {
  const [me, status] = await Promise.all([api('me'), api('me/status')]);
  $('person-name').textContent = me.displayName || me.username;
  const signed = status.current && !status.withdrawn;
  if (signed) {
    $('charter-status').textContent =
      'Signed: you signed version ' + status.signedVersion + ', the charter in force.';
  } else if (status.signedVersion) {
    $('charter-status').textContent = 'Not signed: you signed version ' + status.signedVersion
      + ', but version ' + status.currentVersion + ' is in force now.';
  } else {
    $('charter-status').textContent =
      'Not signed: please read and sign version ' + status.currentVersion + ' of the charter.';
  }
  $('signed-out').hidden = true;
  $('signed-in').hidden = false;
  if (signed) {
    $('signing').hidden = true;
  } else {
    const charter = await api('charter/current');
    $('charter-version').textContent = charter.version;
    $('charter-text').textContent = charter.text;
    $('sign-charter').dataset.version = charter.version;
    $('sign-charter').dataset.hash = charter.hash;
    $('signing').hidden = false;
  }
}

/** Signs exactly the version and text shown, as the API asks: their number and hash. */
async function signCharter() {
  const button = $('sign-charter');
  button.disabled = true;
  button.textContent = 'Signing…';
  try {
    await api('charter/signatures', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ version: Number(button.dataset.version), hash: button.dataset.hash }),
    });
    await showStatus();
    $('charter-status').focus();
  } finally {
    button.textContent = 'Sign the charter';
    button.disabled = !$('read-charter').checked;
  }
}

function showError(error) {
  $('error').textContent = error.message;
  $('error').hidden = false;
}

async function start() {
  config = await (await fetch('config.json')).json();
  $('sign-in').addEventListener('click', () => signIn().catch(showError));
  $('read-charter').addEventListener('change', (event) => {
    $('sign-charter').disabled = !event.target.checked;
  });
  $('sign-charter').addEventListener('click', () => {
    $('error').hidden = true;
    signCharter().catch(showError);
  });
  $('charter-status').tabIndex = -1;
  const params = new URLSearchParams(window.location.search);
  if (params.has('code') || params.has('error')) {
    await redeemCode(params);
    await showStatus();
  } else {
    $('signed-out').hidden = false;
  }
}

start().catch((error) => {
  $('signed-out').hidden = false;
  showError(error);
});
