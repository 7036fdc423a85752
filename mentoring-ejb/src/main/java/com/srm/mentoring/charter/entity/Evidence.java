package com.srm.mentoring.charter.entity;

/**
 * What a signature proves: the text that was signed, the signature record, and whether the chain of
 * signatures still holds up to and past it.
 *
 * @param charter the signed version, with its text and hash
 * @param signature the signature record
 * @param chain the result of checking the chain
 */
public record Evidence(CharterVersion charter, Signature signature, ChainCheck chain) {}
