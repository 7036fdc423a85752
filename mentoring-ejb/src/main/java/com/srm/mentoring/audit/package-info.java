/**
 * The access log: who read or was refused which protected record, when and from where, kept
 * append-only and chained by hashes so that any later change to it can be shown.
 */
package com.srm.mentoring.audit;
