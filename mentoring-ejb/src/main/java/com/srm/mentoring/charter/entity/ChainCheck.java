package com.srm.mentoring.charter.entity;

/**
 * The result of checking the chain of signatures.
 *
 * @param ok whether every signature checked matches its hash and links to the one before
 * @param checked how many signatures were checked
 * @param firstBadSequence the first signature that does not, or null
 */
public record ChainCheck(boolean ok, long checked, Long firstBadSequence) {

  public static ChainCheck whole(long checked) {
    return new ChainCheck(true, checked, null);
  }

  public static ChainCheck brokenAt(long checked, long sequence) {
    return new ChainCheck(false, checked, sequence);
  }
}
