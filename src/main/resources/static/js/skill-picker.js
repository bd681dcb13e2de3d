// Suggests taxonomy skills for the last name typed in a comma-separated skills field.
// Each suggestion is the whole field value with that last name completed, so that the
// browser's own list for the field can offer it.
(function () {
  "use strict";
  document.querySelectorAll("input[data-skill-suggest]").forEach(function (input) {
    var list = document.getElementById(input.getAttribute("data-skill-suggest"));
    if (!list) {
      return;
    }
    var timer = null;
    var asked = "";
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(suggest, 150);
    });

    function suggest() {
      var value = input.value;
      var cut = value.lastIndexOf(",");
      var before = cut < 0 ? "" : value.slice(0, cut + 1) + " ";
      var prefix = value.slice(cut + 1).trim();
      if (prefix.length < 1 || prefix === asked) {
        return;
      }
      asked = prefix;
      fetch("/api/v1/skills?prefix=" + encodeURIComponent(prefix), { headers: { Accept: "application/json" } })
        .then(function (response) { return response.ok ? response.json() : []; })
        .then(function (skills) {
          list.replaceChildren();
          skills.slice(0, 8).forEach(function (skill) {
            var option = document.createElement("option");
            option.value = before + skill.name;
            list.appendChild(option);
          });
        })
        .catch(function () { list.replaceChildren(); });
    }
  });
})();
