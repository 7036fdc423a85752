package com.srm.mentoring.charter.entity;

/**
 * A CDI event: a person left the program. Features that hold their active work, such as pairings,
 * observe it and end that work gracefully.
 *
 * @param subject the person's OIDC subject
 * @param withdrawal the record of the withdrawal
 */
public record WithdrewFromProgram(String subject, Withdrawal withdrawal) {}
