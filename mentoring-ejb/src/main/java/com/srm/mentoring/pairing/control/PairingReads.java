package com.srm.mentoring.pairing.control;

import com.srm.mentoring.identity.control.PersonRecords;
import com.srm.mentoring.identity.entity.Person;
import com.srm.mentoring.identity.entity.PersonName;
import com.srm.mentoring.pairing.entity.Pairing;
import com.srm.mentoring.pairing.entity.PairingDetail;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Turns pairings the caller may read into what they see of them: every person named in one query
 * for the whole list, and what the caller may do computed by {@link PairingDetail}.
 */
@Dependent
public class PairingReads {

  @Inject PersonRecords people;

  public PairingDetail detail(Pairing pairing, Person caller) {
    return details(List.of(pairing), caller).get(0);
  }

  public List<PairingDetail> details(List<Pairing> pairings, Person caller) {
    Map<String, PersonName> names =
        people.names(
            pairings.stream()
                .flatMap(p -> Stream.of(p.getMentor(), p.getMentee(), p.getFacilitator()))
                .toList());
    boolean hr = PairingAccess.isHr(caller);
    return pairings.stream().map(p -> PairingDetail.of(p, caller.getSubject(), hr, names)).toList();
  }
}
