/* Timeline filters: narrow the events listed on a page by year, actor, place, tag and status.
   State lives in the URL query (?actor=vladimir-putin&status=scheduled) so a filtered view can be shared.
   Without JavaScript the form stays hidden and every event is listed; chips and browse links still work. */
(function () {
  "use strict";

  var TERM_KINDS = ["actor", "place", "tag"];

  function matches(item, filters) {
    for (var kind in filters) {
      var wanted = filters[kind];
      if (!wanted) continue;
      var value = item.getAttribute("data-" + kind) || "";
      if (TERM_KINDS.indexOf(kind) >= 0) {
        if ((" " + value + " ").indexOf(" " + wanted + " ") < 0) return false;
      } else if (value !== wanted) {
        return false;
      }
    }
    return true;
  }

  function currentFilters(form) {
    var filters = {};
    Array.prototype.forEach.call(form.querySelectorAll("select"), function (select) {
      filters[select.name] = select.value;
    });
    return filters;
  }

  function hideEmptyGroups(timeline) {
    ["tl-month", "tl-year"].forEach(function (name) {
      Array.prototype.forEach.call(timeline.getElementsByClassName(name), function (group) {
        group.hidden = !group.querySelector(".tl-event:not([hidden])");
      });
    });
  }

  function apply(form, timeline) {
    var filters = currentFilters(form);
    var items = timeline.getElementsByClassName("tl-event");
    var shown = 0;
    Array.prototype.forEach.call(items, function (item) {
      var visible = matches(item, filters);
      item.hidden = !visible;
      if (visible) shown += 1;
    });
    hideEmptyGroups(timeline);
    var active = Object.keys(filters).some(function (kind) { return filters[kind]; });
    var count = form.querySelector(".tl-filters__count");
    if (count) {
      count.textContent = active ? shown + " of " + items.length + " events shown" : "";
    }
    form.classList.toggle("tl-filters--active", active);
    var chosen = 0;
    Array.prototype.forEach.call(form.querySelectorAll("select"), function (select) {
      select.classList.toggle("tl-filter--set", !!select.value);
      if (select.value) chosen += 1;
    });
    var badge = form.querySelector(".tl-filters__active");
    if (badge) badge.textContent = chosen ? String(chosen) : "";
    var toggle = form.querySelector(".tl-filters__toggle");
    if (toggle && chosen) toggle.setAttribute("aria-label", "Filter, " + chosen + " active");
    else if (toggle) toggle.removeAttribute("aria-label");
  }

  // On phones the fields fold behind a toggle button (hidden by the styles on wider screens).
  function setOpen(form, open) {
    form.classList.toggle("tl-filters--open", open);
    var toggle = form.querySelector(".tl-filters__toggle");
    if (toggle) toggle.setAttribute("aria-expanded", open ? "true" : "false");
  }

  function writeUrl(form) {
    var params = new URLSearchParams(window.location.search);
    var filters = currentFilters(form);
    Object.keys(filters).forEach(function (kind) {
      if (filters[kind]) params.set(kind, filters[kind]);
      else params.delete(kind);
    });
    var query = params.toString();
    var url = window.location.pathname + (query ? "?" + query : "") + window.location.hash;
    window.history.replaceState(null, "", url);
  }

  function readUrl(form) {
    var params = new URLSearchParams(window.location.search);
    Array.prototype.forEach.call(form.querySelectorAll("select"), function (select) {
      var value = params.get(select.name);
      var known = value && Array.prototype.some.call(select.options, function (o) { return o.value === value; });
      select.value = known ? value : "";
    });
  }

  // A deep link (#id) to an event the filters hide clears the filters, so the link always lands.
  function revealTarget(form, timeline) {
    var id = decodeURIComponent(window.location.hash.slice(1));
    var target = id && document.getElementById(id);
    if (target && target.closest("[hidden]") && timeline.contains(target)) {
      form.reset();
      apply(form, timeline);
      writeUrl(form);
      target.scrollIntoView();
    }
  }

  function init() {
    var form = document.querySelector("[data-tl-filters]");
    var timeline = document.querySelector("[data-tl-timeline]");
    if (!form || !timeline || form.getAttribute("data-tl-ready")) return;
    form.setAttribute("data-tl-ready", "true");
    form.hidden = false;
    readUrl(form);
    apply(form, timeline);
    setOpen(form, form.classList.contains("tl-filters--active"));
    var toggle = form.querySelector(".tl-filters__toggle");
    if (toggle) {
      toggle.addEventListener("click", function () {
        setOpen(form, !form.classList.contains("tl-filters--open"));
      });
    }
    form.addEventListener("change", function () {
      apply(form, timeline);
      writeUrl(form);
    });
    form.addEventListener("reset", function () {
      window.setTimeout(function () {
        apply(form, timeline);
        writeUrl(form);
      }, 0);
    });
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    window.addEventListener("hashchange", function () { revealTarget(form, timeline); });
    revealTarget(form, timeline);
  }

  // Material's instant loading swaps pages without a full load and announces each one on document$.
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(init);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
