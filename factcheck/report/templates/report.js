/* Verdict and party filters: plain JS over data-verdict / data-parties, no server. */
(function () {
  "use strict";
  var form = document.getElementById("filters");
  if (!form) { return; }
  var items = document.querySelectorAll(".filterable[data-verdict]");
  var props = document.querySelectorAll(".proposition");
  var groups = document.querySelectorAll("[data-group]");
  var partyNodes = document.querySelectorAll("[data-party-node]");
  var shown = document.getElementById("shown");

  function matches(el, verdict, party) {
    if (verdict && el.getAttribute("data-verdict") !== verdict) { return false; }
    if (!party) { return true; }
    var parties = " " + (el.getAttribute("data-parties") || "") + " ";
    return parties.indexOf(" " + party + " ") >= 0;
  }

  function apply() {
    var verdict = form.elements.namedItem("verdict").value;
    var party = form.elements.namedItem("party").value;
    var i, visible = 0;
    for (i = 0; i < items.length; i++) {
      items[i].classList.toggle("is-hidden", !matches(items[i], verdict, party));
    }
    for (i = 0; i < props.length; i++) {
      if (!props[i].classList.contains("is-hidden")) { visible++; }
    }
    for (i = 0; i < groups.length; i++) {
      var inGroup = groups[i].querySelectorAll(".proposition");
      var left = 0;
      for (var j = 0; j < inGroup.length; j++) {
        if (!inGroup[j].classList.contains("is-hidden")) { left++; }
      }
      var count = groups[i].querySelector(".count");
      if (count) {
        var total = count.getAttribute("data-total");
        count.textContent = left === Number(total) ? total : left + " of " + total;
      }
      groups[i].classList.toggle("is-hidden", inGroup.length > 0 && left === 0);
    }
    for (i = 0; i < partyNodes.length; i++) {
      var key = partyNodes[i].getAttribute("data-party-node");
      partyNodes[i].classList.toggle("is-selected", !!party && key === party);
      partyNodes[i].classList.toggle("is-dim", !!party && key !== party);
    }
    var filtered = !!(verdict || party);
    shown.textContent = filtered ? visible + " of " + props.length + " shown" : "";
  }

  form.addEventListener("change", apply);
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  form.addEventListener("reset", function () { window.setTimeout(apply, 0); });
  form.hidden = false;
  apply();
})();
