/**
 * What every feature stands on: the database, its schema migrations and the checks operations rely
 * on. Features never reach into each other through this package; it holds no business rules.
 */
package com.srm.mentoring.platform;
