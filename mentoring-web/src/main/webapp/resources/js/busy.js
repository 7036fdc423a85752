// A long page action (a sync with the directory, a check of the whole access log) posts the whole
// page and waits for the server. Its button, marked data-busy, says that it is working, a live
// region tells screen readers the same, and a second click does not send the action again; the
// answer replaces the page with the result.
document.addEventListener("submit", function (event) {
  var button = event.submitter;
  if (!button || !button.hasAttribute("data-busy")) {
    return;
  }
  if (button.getAttribute("aria-busy") === "true") {
    event.preventDefault();
    return;
  }
  var working = button.getAttribute("data-busy");
  button.setAttribute("aria-busy", "true");
  button.classList.add("busy");
  if (button.tagName === "INPUT") {
    button.value = working;
  } else {
    button.textContent = working;
  }
  var status = document.getElementById("busy-status");
  if (status) {
    status.textContent = working;
  }
});
