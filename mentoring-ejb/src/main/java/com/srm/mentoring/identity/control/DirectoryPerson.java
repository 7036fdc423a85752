package com.srm.mentoring.identity.control;

import com.srm.mentoring.identity.entity.DirectoryEntry;

/**
 * One person as the directory lists them.
 *
 * @param subject the directory's id for the person, the same as the OIDC subject
 * @param entry what the directory says about them
 */
public record DirectoryPerson(String subject, DirectoryEntry entry) {}
