// saidwhat viewer: hover card over highlighted contents (also shown when a highlight has the keyboard
// focus; Escape hides it), and speaker focus on click.
// Reads only data-* attributes the server escaped; writes text with textContent, never HTML.
"use strict";
(function () {
  function ready(fn) {
    if (document.readyState !== "loading") fn(); else document.addEventListener("DOMContentLoaded", fn);
  }
  ready(function () {
    var form = document.getElementById("extract-form");
    if (form) {
      form.addEventListener("submit", function () {
        var button = document.getElementById("extract-button");
        if (button) { button.disabled = true; button.textContent = "Extracting\u2026"; }
      });
    }
    var viewer = document.getElementById("viewer");
    var card = document.getElementById("hovercard");
    if (!viewer || !card) return;

    function rowOf(id) { return document.getElementById("attr-" + id); }
    function setText(sel, value) { card.querySelector(sel).textContent = value; }

    function showCard(mark, ev) {
      var row = rowOf(mark.getAttribute("data-a"));
      if (!row) return;
      setText(".hc-speaker", row.getAttribute("data-speaker-label") || "");
      setText(".hc-role", row.getAttribute("data-role") || "");
      setText(".hc-type", row.getAttribute("data-type") || "");
      setText(".hc-class", row.getAttribute("data-class") || "");
      setText(".hc-conf", row.getAttribute("data-confidence") || "");
      card.hidden = false;
      placeCard(ev, mark);
      row.classList.add("active");
    }
    function placeCard(ev, mark) {
      var x, y;
      if (ev && typeof ev.pageX === "number" && ev.type.indexOf("mouse") === 0) {
        x = ev.pageX + 14; y = ev.pageY + 16;
      } else {  // keyboard focus: under the highlight
        var box = mark.getBoundingClientRect();
        x = box.left + window.scrollX; y = box.bottom + window.scrollY + 6;
      }
      var maxX = window.scrollX + document.documentElement.clientWidth - card.offsetWidth - 8;
      card.style.left = Math.max(0, Math.min(x, maxX)) + "px";  // CSSOM writes are allowed by the CSP
      card.style.top = y + "px";
    }
    function hideCard(mark) {
      card.hidden = true;
      var row = mark && rowOf(mark.getAttribute("data-a"));
      if (row) row.classList.remove("active");
    }

    viewer.addEventListener("mouseover", function (ev) {
      var mark = ev.target.closest && ev.target.closest("mark.hl");
      if (mark) showCard(mark, ev);
    });
    viewer.addEventListener("mousemove", function (ev) {
      if (!card.hidden) placeCard(ev);
    });
    viewer.addEventListener("mouseout", function (ev) {
      var mark = ev.target.closest && ev.target.closest("mark.hl");
      if (mark && !(ev.relatedTarget && mark.contains(ev.relatedTarget)) && mark !== document.activeElement) hideCard(mark);
    });
    // The keyboard: a highlight's first part is a tab stop; focusing it shows the same card.
    viewer.addEventListener("focusin", function (ev) {
      var mark = ev.target.matches && ev.target.matches("mark.hl") ? ev.target : null;
      if (mark) showCard(mark, ev);
    });
    viewer.addEventListener("focusout", function (ev) {
      var mark = ev.target.matches && ev.target.matches("mark.hl") ? ev.target : null;
      if (mark) hideCard(mark);
    });
    document.addEventListener("keydown", function (ev) {
      if (ev.key === "Escape" && !card.hidden) {
        var mark = document.activeElement && document.activeElement.matches && document.activeElement.matches("mark.hl")
          ? document.activeElement : null;
        hideCard(mark);
      }
    });

    // Focus one speaker: clicking a legend entry, a source mention or a table speaker link
    // dims every other speaker's highlights. A legend entry linking to a corpus page navigates.
    var focused = null;
    function focus(speaker) {
      focused = focused === speaker ? null : speaker;
      viewer.classList.toggle("focus", focused !== null);
      var marks = viewer.querySelectorAll("mark.hl");
      for (var i = 0; i < marks.length; i++) {
        var row = rowOf(marks[i].getAttribute("data-a"));
        var sp = row ? row.getAttribute("data-speaker") : "";
        marks[i].classList.toggle("focused", focused !== null && sp === focused);
      }
      var items = viewer.querySelectorAll(".legend-item");
      for (var j = 0; j < items.length; j++) {
        items[j].classList.toggle("active", items[j].getAttribute("data-speaker") === focused);
      }
    }
    viewer.addEventListener("click", function (ev) {
      var el = ev.target.closest && ev.target.closest("[data-speaker]");
      if (!el || el.tagName === "TR") return;
      var href = el.getAttribute("href") || "";
      if (href.charAt(0) !== "#" && href !== "") return;  // a corpus speaker page: follow the link
      focus(el.getAttribute("data-speaker"));
    });
  });
})();
