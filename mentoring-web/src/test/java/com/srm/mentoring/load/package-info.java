/**
 * The load test of the benchmark profile: a crowd of signed-in people, each a real person of the
 * test realm who has signed the charter, using the pages at once for minutes, driven by Gatling on
 * loopback against the application started as for the integration tests. Not a test: {@code mvn -B
 * -Pbenchmark -Dbenchmark=load -pl mentoring-web -am package -DskipTests -Djacoco.skip=true}; see
 * docs/performance.md.
 */
package com.srm.mentoring.load;
