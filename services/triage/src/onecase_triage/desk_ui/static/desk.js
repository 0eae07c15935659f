// Times in the viewer's own time zone and language; countdowns to each promise; a draft
// that survives a crashed browser; "/" jumps to search. Runs on load and after every live swap.
(function () {
  "use strict";
  var stamp = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });
  var relative = new Intl.RelativeTimeFormat(undefined, { numeric: "auto" });

  function countdown(due) {
    var minutes = Math.round((due - Date.now()) / 60000);
    var size = Math.abs(minutes);
    if (size < 60) return relative.format(minutes, "minute");
    if (size < 48 * 60) return relative.format(Math.round(minutes / 60), "hour");
    return relative.format(Math.round(minutes / 1440), "day");
  }

  function render(root) {
    root.querySelectorAll("time[data-format]").forEach(function (el) {
      var at = new Date(el.getAttribute("datetime"));
      if (isNaN(at)) return;
      el.title = stamp.format(at);
      el.textContent = el.dataset.format === "countdown" ? "due " + countdown(at) : stamp.format(at);
    });
  }

  function keepDrafts(root) {
    root.querySelectorAll("textarea[data-draft]").forEach(function (area) {
      var key = "onecase-draft:" + area.dataset.draft;
      // A refused update (an alert on the page after it) keeps what was typed: the draft
      // goes only when the page after its own submit reports success.
      if (sessionStorage.getItem("submitted:" + key)) {
        sessionStorage.removeItem("submitted:" + key);
        if (document.querySelector("p.flash.ok[role=status]")) localStorage.removeItem(key);
      }
      if (!area.value) area.value = localStorage.getItem(key) || "";
      area.addEventListener("input", function () { localStorage.setItem(key, area.value); });
      area.form.addEventListener("submit", function () {
        sessionStorage.setItem("submitted:" + key, "1");
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () { render(document); keepDrafts(document); });
  document.addEventListener("htmx:afterSwap", function (e) { render(e.target.parentNode || document); });
  setInterval(function () { render(document); }, 30000);
  document.addEventListener("keydown", function (e) {
    var search = document.querySelector("[data-shortcut='/']");
    if (e.key === "/" && search && !/INPUT|TEXTAREA|SELECT/.test(document.activeElement.tagName)) {
      e.preventDefault();
      search.focus();
    }
  });
})();
