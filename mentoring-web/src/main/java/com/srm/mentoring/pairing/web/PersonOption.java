package com.srm.mentoring.pairing.web;

import java.io.Serializable;

/**
 * A person to pick in a form: the username sent, the name and grade shown.
 *
 * @param username the sign-in name
 * @param label the display name, with the grade where it helps to pick
 */
public record PersonOption(String username, String label) implements Serializable {}
