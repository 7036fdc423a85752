/**
 * Data requests (GDPR Art. 15 and 17): a person's own data on request, and its erasure on request
 * by HR. The feature reads and changes other features' records and so stands above them; no feature
 * knows it.
 */
package com.srm.mentoring.privacy;
