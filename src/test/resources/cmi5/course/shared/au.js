// A minimal cmi5 AU (cmi5 runtime, sections 8 and 9): reads the launch parameters, fetches its auth token, and
// sends initialized, completed (and passed/failed when scored) and terminated to the LRS the LMS named.
(function () {
  "use strict";
  var query = new URLSearchParams(window.location.search);
  var launch = {
    endpoint: query.get("endpoint"),
    fetch: query.get("fetch"),
    actor: query.get("actor") && JSON.parse(query.get("actor")),
    registration: query.get("registration"),
    activityId: query.get("activityId")
  };
  var auth = null;
  var session = (window.crypto && crypto.randomUUID) ? crypto.randomUUID() : String(Date.now());

  function statement(verb, display, result) {
    var s = {
      actor: launch.actor,
      verb: { id: verb, display: { "en-US": display } },
      object: { id: launch.activityId, objectType: "Activity" },
      context: {
        registration: launch.registration,
        contextActivities: { category: [{ id: "https://w3id.org/xapi/cmi5/context/categories/cmi5" }] },
        extensions: { "https://w3id.org/xapi/cmi5/context/extensions/sessionid": session }
      },
      timestamp: new Date().toISOString()
    };
    if (result) { s.result = result; }
    return fetch(launch.endpoint.replace(/\/$/, "") + "/statements", {
      method: "POST",
      headers: {
        "Authorization": auth,
        "Content-Type": "application/json",
        "X-Experience-API-Version": "1.0.3"
      },
      body: JSON.stringify(s)
    });
  }

  function start() {
    if (!launch.fetch) {
      document.body.setAttribute("data-cmi5", "not-launched");
      return Promise.resolve();
    }
    return fetch(launch.fetch, { method: "POST" })
      .then(function (r) { return r.json(); })
      .then(function (token) { auth = "Basic " + token["auth-token"]; })
      .then(function () { return statement("http://adlnet.gov/expapi/verbs/initialized", "initialized"); })
      .then(function () { document.body.setAttribute("data-cmi5", "initialized"); });
  }

  window.cmi5Au = {
    ready: start(),
    complete: function (score) {
      var done = statement("http://adlnet.gov/expapi/verbs/completed", "completed", { completion: true });
      if (typeof score === "number") {
        done = done.then(function () {
          var passed = score >= Number(query.get("masteryScore") || 0);
          return statement(
            passed ? "http://adlnet.gov/expapi/verbs/passed" : "http://adlnet.gov/expapi/verbs/failed",
            passed ? "passed" : "failed",
            { success: passed, score: { scaled: score } });
        });
      }
      return done
        .then(function () { return statement("http://adlnet.gov/expapi/verbs/terminated", "terminated"); })
        .then(function () { document.body.setAttribute("data-cmi5", "terminated"); });
    }
  };
})();
