/* postcheck web page: sends the draft to POST /v1/check and shows the report.
   No libraries, no network beyond this server. The user's text is only ever
   inserted with textContent, never as HTML. */
(function () {
  "use strict";

  var DEBOUNCE_MS = 900;
  var SEVERITY_NAMES = { block: "Block", review: "Review", advice: "Advice", ok: "No problems found" };
  var VERDICT_TEXT = {
    block: ["Do not publish this as written", "The post may break the code of conduct. Read the findings and change it first."],
    review: ["Review before publishing", "Something in the post may break the code of conduct. Read the findings."],
    advice: ["You can publish, but read the advice", "Nothing here breaks the code, but the findings may help."],
    ok: ["No problems found", "Nothing in the post raised a rule. The decision to publish is still yours."]
  };
  var RANK = { ok: 0, advice: 1, review: 2, block: 3 };

  var form = document.getElementById("check-form");
  var draft = document.getElementById("draft");
  var count = document.getElementById("draft-count");
  var statusLine = document.getElementById("status");
  var results = document.getElementById("results");
  var verdictBox = document.getElementById("verdict");
  var postView = document.getElementById("post-view");
  var findingsList = document.getElementById("findings");
  var findingsArea = document.getElementById("findings-area");
  var redaction = document.getElementById("redaction");
  var redactedText = document.getElementById("redacted-text");
  var copyButton = document.getElementById("copy-redacted");
  var copyStatus = document.getElementById("copy-status");
  var errorSummary = document.getElementById("error-summary");
  var errorMessage = document.getElementById("error-summary-message");
  var draftGroup = document.getElementById("draft-group");
  var draftError = document.getElementById("draft-error");
  var keyGroup = document.getElementById("key-group");
  var keyInput = document.getElementById("api-key");

  var timer = null;
  var controller = null;
  var sequence = 0;
  var lastChecked = null;

  try { keyInput.value = sessionStorage.getItem("postcheck-api-key") || ""; } catch (e) { /* storage off */ }
  if (keyInput.value) { keyGroup.hidden = false; }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = text; }
    return node;
  }

  /* Report offsets count Unicode code points (Python); JavaScript strings count UTF-16 units. */
  function codePointToUnit(text) {
    var map = [];
    var unit = 0;
    for (var ch of text) { map.push(unit); unit += ch.length; }
    map.push(unit);
    return function (cp) { return map[Math.max(0, Math.min(cp, map.length - 1))]; };
  }

  function updateCount() {
    var n = Array.from(draft.value).length;
    count.textContent = n.toLocaleString("en-GB") + (n === 1 ? " character" : " characters");
  }

  function showError(message, onField) {
    errorMessage.textContent = message;
    errorSummary.hidden = false;
    if (onField) {
      draftGroup.classList.add("form-group--error");
      draftError.textContent = "Error: " + message;
      draftError.hidden = false;
      draft.setAttribute("aria-invalid", "true");
    }
  }

  function clearError() {
    errorSummary.hidden = true;
    draftGroup.classList.remove("form-group--error");
    draftError.hidden = true;
    draft.removeAttribute("aria-invalid");
  }

  function headers() {
    var h = { "Content-Type": "application/json", "Accept": "application/json" };
    if (keyInput.value) { h["X-API-Key"] = keyInput.value; }
    return h;
  }

  /* Now, in the writer's own time zone: "2026-01-10T23:40:00+00:00". The checker's time-of-day
     advice (golden rule "Don't post in haste") needs to know when the draft is being written. */
  function draftingTime(now) {
    function pad(n) { return (n < 10 ? "0" : "") + n; }
    var offset = -now.getTimezoneOffset();
    var sign = offset >= 0 ? "+" : "-";
    offset = Math.abs(offset);
    return now.getFullYear() + "-" + pad(now.getMonth() + 1) + "-" + pad(now.getDate()) +
      "T" + pad(now.getHours()) + ":" + pad(now.getMinutes()) + ":" + pad(now.getSeconds()) +
      sign + pad(Math.floor(offset / 60)) + ":" + pad(offset % 60);
  }

  function clearResults() {
    statusLine.textContent = "";
    results.hidden = true;  /* findings for an earlier draft would mislead */
    results.removeAttribute("aria-busy");
    lastChecked = null;
  }

  function check(reason) {
    var text = draft.value;
    if (timer) { clearTimeout(timer); timer = null; }  /* a pending pause check would abort this one */
    if (!text.trim()) {
      if (reason === "submit") {
        if (controller) { controller.abort(); }
        sequence++;
        clearResults();
        showError("Enter the post you want to check", true);
        draft.focus();
      }
      return;
    }
    if (reason === "pause" && text === lastChecked) { return; }
    if (controller) { controller.abort(); }
    controller = new AbortController();
    var mine = ++sequence;
    results.setAttribute("aria-busy", "true");
    statusLine.textContent = "Checking your post…";
    fetch("/v1/check", { method: "POST", headers: headers(), body: JSON.stringify({ text: text, created_at: draftingTime(new Date()) }), signal: controller.signal })
      .then(function (response) {
        return response.json().catch(function () { return {}; }).then(function (body) { return { response: response, body: body }; });
      })
      .then(function (answer) {
        if (mine !== sequence) { return; }
        results.removeAttribute("aria-busy");
        if (!answer.response.ok) { return failed(answer.response, answer.body, reason); }
        lastChecked = text;
        clearError();
        render(text, answer.body);
        if (reason === "submit") { document.getElementById("results-heading").focus(); }
      })
      .catch(function (err) {
        if (err && err.name === "AbortError") { return; }
        if (mine !== sequence) { return; }
        clearResults();
        showError("The checker could not be reached. Check your connection and try again.", false);
      });
  }

  function failed(response, body, reason) {
    var error = (body && body.error) || {};
    clearResults();
    if (error.code === "missing_api_key" || error.code === "invalid_api_key") {
      keyGroup.hidden = false;
      showError(error.code === "missing_api_key" ? "Enter your API key, then press Check" : "That API key was not accepted", false);
      keyInput.focus();
      return;
    }
    if (response.status === 429) {
      var wait = response.headers.get("Retry-After") || "a few";
      showError("Too many checks in a short time. Try again in " + wait + " seconds.", false);
      return;
    }
    var onField = response.status === 422;
    showError(error.message ? capitalise(error.message) : "The check failed (" + response.status + "). Try again.", onField);
    if (reason === "submit") { errorSummary.focus(); }
  }

  function capitalise(s) { return s.charAt(0).toUpperCase() + s.slice(1); }

  function render(text, report) {
    var findings = report.findings || [];
    var verdict = report.verdict || "ok";
    var words = VERDICT_TEXT[verdict] || VERDICT_TEXT.ok;

    verdictBox.className = "verdict verdict--" + verdict;
    verdictBox.textContent = "";
    var title = el("p", "verdict__title");
    title.appendChild(el("strong", "tag tag--" + verdict, SEVERITY_NAMES[verdict] || verdict));
    title.appendChild(document.createTextNode(" " + words[0]));
    verdictBox.appendChild(title);
    verdictBox.appendChild(el("p", "verdict__body", words[1]));

    renderPost(text, findings);
    renderFindings(findings);

    if (typeof report.redacted_text === "string" && report.redacted_text) {
      redactedText.value = report.redacted_text;
      copyStatus.textContent = "";
      redaction.hidden = false;
    } else {
      redactedText.value = "";
      redaction.hidden = true;
    }
    results.hidden = false;
    var n = findings.length;
    statusLine.textContent = "Checked. " + (n === 0 ? "No findings." : n + (n === 1 ? " finding" : " findings") + ". ") +
      (n ? words[0] + "." : "");
  }

  function renderPost(text, findings) {
    postView.textContent = "";
    var toUnit = codePointToUnit(text);
    var cuts = [0, text.length];
    var ranges = [];
    findings.forEach(function (finding, index) {
      (finding.spans || []).forEach(function (span) {
        var start = toUnit(span[0]), end = toUnit(span[1]);
        if (end > start) { ranges.push({ start: start, end: end, index: index, severity: finding.severity }); cuts.push(start, end); }
      });
    });
    cuts = cuts.filter(function (v, i, a) { return a.indexOf(v) === i; }).sort(function (a, b) { return a - b; });
    for (var i = 0; i < cuts.length - 1; i++) {
      var a = cuts[i], b = cuts[i + 1];
      var piece = text.slice(a, b);
      var covering = ranges.filter(function (r) { return r.start <= a && r.end >= b; });
      if (!covering.length) { postView.appendChild(document.createTextNode(piece)); continue; }
      var top = covering.reduce(function (x, y) { return RANK[y.severity] > RANK[x.severity] ? y : x; });
      var mark = el("mark", "sev-" + top.severity, piece);
      var numbers = covering.map(function (r) { return r.index + 1; }).filter(function (v, k, arr) { return arr.indexOf(v) === k; });
      var endsHere = covering.filter(function (r) { return r.end === b; });
      if (endsHere.length) {
        numbers.forEach(function (number) {
          var link = el("a", null, String(number));
          link.href = "#finding-" + number;
          link.setAttribute("aria-label", "Finding " + number + ": " + findings[number - 1].title);
          mark.appendChild(link);
        });
      }
      postView.appendChild(mark);
    }
  }

  function renderFindings(findings) {
    findingsList.textContent = "";
    findingsArea.hidden = findings.length === 0;
    findings.forEach(function (finding, index) {
      var number = index + 1;
      var item = el("li", "finding finding--" + finding.severity);
      item.id = "finding-" + number;
      var heading = el("h4", "finding__title");
      heading.tabIndex = -1;
      heading.appendChild(el("span", null, number + ". " + finding.title));
      heading.appendChild(el("strong", "tag tag--" + finding.severity, SEVERITY_NAMES[finding.severity] || finding.severity));
      item.appendChild(heading);
      item.appendChild(el("p", null, finding.explanation));
      var quotes = finding.quotes || [];
      if (quotes.length) {
        item.appendChild(el("p", "finding__label", "What the code says"));
        quotes.forEach(function (quote) {
          var block = el("blockquote", "quote");
          block.appendChild(el("p", null, "“" + quote.text + "”"));
          var label = quote.kind === "clause" ? "Clause " + quote.id : quote.id;
          block.appendChild(el("footer", null, label + (quote.heading ? " — " + quote.heading : "")));
          item.appendChild(block);
        });
      }
      if (finding.suggestion) {
        item.appendChild(el("p", "finding__label", "What to do instead"));
        item.appendChild(el("p", "suggestion", finding.suggestion));
      }
      findingsList.appendChild(item);
    });
  }

  function copyRedacted() {
    var text = redactedText.value;
    var done = function () { copyStatus.textContent = "Copied to the clipboard"; };
    var fallback = function () {
      redactedText.focus();
      redactedText.select();
      try { document.execCommand("copy"); done(); } catch (e) { copyStatus.textContent = "Select the text and copy it"; }
    };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(done, fallback);
    } else {
      fallback();
    }
  }

  draft.addEventListener("input", function () {
    updateCount();
    if (timer) { clearTimeout(timer); }
    timer = setTimeout(function () { check("pause"); }, DEBOUNCE_MS);
  });
  draft.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) { event.preventDefault(); check("submit"); }
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    check("submit");
  });
  keyInput.addEventListener("change", function () {
    try { sessionStorage.setItem("postcheck-api-key", keyInput.value); } catch (e) { /* storage off */ }
  });
  copyButton.addEventListener("click", copyRedacted);
  postView.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a[href^='#finding-']");
    if (!link) { return; }
    var target = document.querySelector(link.getAttribute("href") + " .finding__title");
    if (target) { event.preventDefault(); target.focus(); target.scrollIntoView({ block: "start" }); }
  });
  updateCount();
  document.getElementById("results-heading").tabIndex = -1;
})();
