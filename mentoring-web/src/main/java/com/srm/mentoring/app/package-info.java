/**
 * The composition root of the web module: the REST application that lists every resource, the home
 * page that gathers each feature's tiles, health checks and mappers that name feature failures. It
 * stands above every feature; nothing imports it.
 */
package com.srm.mentoring.app;
