/**
 * The dev run's demo program: cohorts over several months with pairings, sessions, answers, a
 * withdrawal, a re-pair request and a concern, laid down through the product's own REST API as the
 * demo people, so that the access log and its hash chain are the real ones. It is a client of the
 * running application, not part of the product: the run command seeds it once the application is
 * ready, and the tests about the demo ask for it with {@link
 * com.srm.mentoring.demo.DemoProgramSeeded}. It signs in with the demo realm's passwords and moves
 * the program's clock through the dev run's endpoints, which answer 404 anywhere else.
 */
package com.srm.mentoring.demo;
