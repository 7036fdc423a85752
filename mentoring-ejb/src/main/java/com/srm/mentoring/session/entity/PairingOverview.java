package com.srm.mentoring.session.entity;

import com.srm.mentoring.pairing.entity.Adjustment;
import com.srm.mentoring.pairing.entity.PairingDetail;
import java.util.List;

/**
 * Everything a pairing's page shows, read at once: the pairing as the reader sees it, its sessions,
 * the feedback notes the reader may read, and for HR the program adjustments asked for on it.
 *
 * @param adjustments the adjustments, newest first; empty for anyone but HR
 */
public record PairingOverview(
    PairingDetail pairing,
    List<SessionDetail> sessions,
    List<NoteDetail> notes,
    List<Adjustment> adjustments) {}
