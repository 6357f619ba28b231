/* Rulesmith rule index: filters the rule table by the search box and the filter menus. No network, no inline code. */
(function () {
  "use strict";
  var form = document.getElementById("filters");
  var table = document.getElementById("rules");
  var shown = document.getElementById("shown");
  if (!form || !table) {
    return;
  }
  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
  var search = document.getElementById("q");
  var selects = Array.prototype.slice.call(form.querySelectorAll("select[data-filter]"));

  function matchesFilters(row) {
    return selects.every(function (select) {
      if (!select.value) {
        return true;
      }
      var values = (row.getAttribute("data-" + select.getAttribute("data-filter")) || "").split("|");
      return values.indexOf(select.value) >= 0;
    });
  }

  function matchesSearch(row, words) {
    var text = row.getAttribute("data-search") || "";
    return words.every(function (word) {
      return text.indexOf(word) >= 0;
    });
  }

  function update() {
    var words = search.value.toLowerCase().split(/\s+/).filter(function (w) { return w.length > 0; });
    var count = 0;
    rows.forEach(function (row) {
      var visible = matchesFilters(row) && matchesSearch(row, words);
      row.hidden = !visible;
      if (visible) {
        count++;
      }
    });
    shown.textContent = "Showing " + count + " of " + rows.length + " rules.";
  }

  form.addEventListener("input", update);
  form.addEventListener("change", update);
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  update();
}());
