// The navigation folds behind a menu button on narrow screens. Without this script the navigation
// simply stays open: the "js" class is what lets the stylesheet fold it.
document.documentElement.classList.add("js");
document.addEventListener("DOMContentLoaded", function () {
  var toggle = document.getElementById("menu-toggle");
  var navigation = document.getElementById("site-nav");
  if (!toggle || !navigation) {
    return;
  }
  toggle.addEventListener("click", function () {
    var open = navigation.classList.toggle("open");
    toggle.setAttribute("aria-expanded", String(open));
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && navigation.classList.contains("open")) {
      navigation.classList.remove("open");
      toggle.setAttribute("aria-expanded", "false");
      toggle.focus();
    }
  });
});
