// croise's local interface: the little the pages need a script for. Every
// page works without it; it adds the copy buttons and tells the server the
// page is still open (the server stops a while after the last page closed).
"use strict";
(function () {
  function alive() {
    fetch("/vivant", { method: "POST", credentials: "same-origin" }).catch(function () {});
  }
  alive();
  setInterval(alive, 10000);
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      window.print();
    });
  });
  document.querySelectorAll("[data-copy]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      var field = document.getElementById(button.getAttribute("data-copy"));
      if (!field) return;
      field.select();
      var done = function () {
        button.textContent = button.getAttribute("data-copied");
      };
      if (navigator.clipboard) {
        navigator.clipboard.writeText(field.value).then(done, function () {
          document.execCommand("copy");
          done();
        });
      } else {
        document.execCommand("copy");
        done();
      }
    });
  });
})();
