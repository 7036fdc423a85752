/**
 * The dev run's demo program: cohorts over several months with pairings, sessions, answers, a
 * withdrawal, a re-pair request and a concern, laid down at start-up through the product's own REST
 * API as the demo people, so that the access log and its hash chain are the real ones. Only the dev
 * run may seed ({@code mentoring.demo.seed}), since it signs in with the demo realm's passwords.
 */
package com.srm.mentoring.demo;
