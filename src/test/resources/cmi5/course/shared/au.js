// A minimal cmi5 AU in plain JavaScript (cmi5 8 to 11): reads the launch URL's parameters, redeems the fetch URL
// once for its auth token, reads LMS.LaunchData from the state resource, and sends initialized, completed (and
// passed or failed when scored) and terminated to the LRS the LMS named, in the context template it was given.
(function () {
  "use strict";
  var CMI5 = "https://w3id.org/xapi/cmi5/context/categories/cmi5";
  var MOVE_ON = "https://w3id.org/xapi/cmi5/context/categories/moveon";
  var VERBS = "http://adlnet.gov/expapi/verbs/";
  var query = new URLSearchParams(window.location.search);
  var launch = {
    endpoint: (query.get("endpoint") || "").replace(/\/$/, ""),
    fetch: query.get("fetch"),
    actorText: query.get("actor"),
    actor: query.get("actor") && JSON.parse(query.get("actor")),
    registration: query.get("registration"),
    activityId: query.get("activityId")
  };
  var auth = null;
  var data = null;
  var started = Date.now();

  function mark(state) {
    document.body.setAttribute("data-cmi5", state);
  }

  function xapi(path, options) {
    options.headers = Object.assign({
      "Authorization": auth,
      "X-Experience-API-Version": "1.0.3"
    }, options.headers || {});
    return fetch(launch.endpoint + path, options).then(function (r) {
      if (!r.ok) { throw new Error(path + " answered " + r.status); }
      return r;
    });
  }

  function statement(verb, result, moveOn) {
    var template = data.contextTemplate || {};
    var activities = JSON.parse(JSON.stringify(template.contextActivities || {}));
    activities.category = [{ id: CMI5 }].concat(moveOn ? [{ id: MOVE_ON }] : []);
    var s = {
      actor: launch.actor,
      verb: { id: VERBS + verb, display: { "en-US": verb } },
      object: { id: launch.activityId, objectType: "Activity" },
      context: {
        registration: launch.registration,
        contextActivities: activities,
        extensions: template.extensions || {}
      },
      timestamp: new Date().toISOString()
    };
    if (result) { s.result = result; }
    return xapi("/statements", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(s)
    });
  }

  function launchData() {
    var state = "/activities/state?stateId=LMS.LaunchData"
      + "&activityId=" + encodeURIComponent(launch.activityId)
      + "&agent=" + encodeURIComponent(launch.actorText)
      + "&registration=" + encodeURIComponent(launch.registration);
    return xapi(state, { method: "GET" }).then(function (r) { return r.json(); });
  }

  function start() {
    if (!launch.fetch) {
      mark("not-launched");
      return Promise.resolve();
    }
    return fetch(launch.fetch, { method: "POST" })
      .then(function (r) { return r.json(); })
      .then(function (token) {
        if (!token["auth-token"]) { throw new Error("fetch: " + token["error-text"]); }
        auth = "Basic " + token["auth-token"];
      })
      .then(launchData)
      .then(function (launchData) { data = launchData; })
      .then(function () { return statement("initialized"); })
      .then(function () { mark("initialized"); })
      .catch(function (e) { mark("error"); document.body.setAttribute("data-cmi5-error", e.message); });
  }

  // Normal mode judges; Browse and Review only look (cmi5 10.2.2).
  function judge(score) {
    if (data.launchMode !== "Normal") { return Promise.resolve(); }
    var done = statement("completed", { completion: true, duration: duration() }, true);
    if (typeof score !== "number") { return done; }
    return done.then(function () {
      var passed = data.masteryScore === undefined || score >= data.masteryScore;
      return statement(passed ? "passed" : "failed", { success: passed, score: { scaled: score } }, true);
    });
  }

  function duration() {
    return "PT" + Math.max(1, Math.round((Date.now() - started) / 1000)) + "S";
  }

  window.cmi5Au = {
    ready: start(),
    complete: function (score) {
      return window.cmi5Au.ready
        .then(function () { return judge(score); })
        .then(function () { return statement("terminated", { duration: duration() }); })
        .then(function () {
          mark("terminated");
          // Back to the LMS, where the learner sees what the unit came to (returnURL, cmi5 10.0).
          if (data.returnURL) { window.location.assign(data.returnURL); }
        })
        .catch(function (e) { mark("error"); document.body.setAttribute("data-cmi5-error", e.message); });
    }
  };
})();
