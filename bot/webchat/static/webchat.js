// Meedenkers web chat: answers without a page reload, and new messages without one.
// Everything works without this file: each answer is an ordinary form post.
(function () {
  "use strict";
  var busy = false;

  function swap(html, focus) {
    var next = new DOMParser().parseFromString(html, "text/html");
    var step = next.getElementById("step");
    var list = next.getElementById("message-list");
    if (!step) { window.location.reload(); return; }
    document.getElementById("step").replaceWith(step);
    if (list) { document.getElementById("message-list").replaceWith(list); }
    document.title = next.title;
    document.documentElement.lang = next.documentElement.lang;
    document.documentElement.dir = next.documentElement.dir;
    if (focus) {
      var target = step.querySelector("[role=alert]") || step.querySelector(".say") || step;
      target.setAttribute("tabindex", "-1");
      target.focus();
    }
  }

  document.addEventListener("submit", function (event) {
    var form = event.target;
    var action = form.getAttribute("action");
    if (action !== "/chat" || busy) { return; }  // other pages load as usual
    event.preventDefault();
    busy = true;
    var data = new URLSearchParams(new FormData(form));
    if (event.submitter && event.submitter.name) {
      data.append(event.submitter.name, event.submitter.value);
    }
    fetch(action, { method: "POST", body: data, credentials: "same-origin" })
      .then(function (response) {
        return response.text();
      })
      .then(function (html) { swap(html, true); })
      .catch(function () {  // no connection to us: the ordinary post tries again
        if (event.submitter && event.submitter.name) {
          var kept = document.createElement("input");
          kept.type = "hidden";
          kept.name = event.submitter.name;
          kept.value = event.submitter.value;
          form.appendChild(kept);
        }
        form.submit();
      })
      .finally(function () { busy = false; });
  });

  // New messages (a Meedenker said yes) appear without a reload.
  window.setInterval(function () {
    if (document.hidden) { return; }
    fetch("/chat/berichten", { credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) {
        if (!html) { return; }
        var next = new DOMParser().parseFromString(html, "text/html").getElementById("message-list");
        var list = document.getElementById("message-list");
        if (next && list && next.innerHTML !== list.innerHTML) { list.replaceWith(next); }
      })
      .catch(function () {});
  }, 15000);
}());
