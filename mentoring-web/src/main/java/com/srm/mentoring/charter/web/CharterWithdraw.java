package com.srm.mentoring.charter.web;

import com.srm.mentoring.charter.boundary.Charters;
import com.srm.mentoring.charter.entity.Withdrawal;
import com.srm.mentoring.platform.control.Causes;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Leaving the program: an optional reason and one confirmation. */
@Named
@RequestScoped
public class CharterWithdraw {

  @Inject Charters charters;

  @Inject FacesContext faces;

  private String reason;

  public String withdraw() {
    try {
      Withdrawal withdrawal = charters.withdraw(reason);
      Messages.say(
          faces,
          FacesMessage.SEVERITY_INFO,
          "withdraw.done",
          Messages.utc(withdrawal.getWithdrawnAt()));
      return "/charter?faces-redirect=true";
    } catch (EJBException failure) {
      // a value the boundary would not take arrives wrapped, its message naming the field
      IllegalArgumentException refused =
          Causes.find(failure, IllegalArgumentException.class).orElseThrow(() -> failure);
      faces.addMessage(
          null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.getMessage(), null));
      return null;
    }
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
