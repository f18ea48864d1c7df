// vaguewords serve: the page's script. Served as a file (the Content-Security-Policy forbids
// inline script). Every piece of user text reaches the page as a text node (textContent or
// document.createTextNode), never as HTML.
"use strict";

const CATEGORIES = ["reassurance", "vague_actor", "vague_timing", "vague_process",
  "vague_quantity", "soft_commitment"];
const SLOTS = ["who", "how", "when"];
const TYPES = [".txt", ".text", ".md", ".markdown", ".html", ".htm", ".docx", ".pdf"];

let maxUploadBytes = 10 * 1000 * 1000;
let loadedFile = null; // {name, text}: the text came from this file and is unchanged

function byId(id) { return document.getElementById(id); }

// An element with attributes and children; strings become text nodes.
function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name === "text") node.textContent = value;
    else node.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return node;
}

function categoryClass(category) {
  return CATEGORIES.includes(category) ? category : "other";
}

function label(category) { return category.replace(/_/g, " "); }

function setStatus(id, message, isError) {
  const status = byId(id);
  status.textContent = message;
  status.classList.toggle("error", Boolean(isError));
}

async function postJSON(path, body) {
  const response = await fetch(path, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  return readAnswer(response);
}

async function readAnswer(response) {
  let data = null;
  try { data = await response.json(); } catch (error) { data = null; }
  if (!response.ok) {
    const message = data && typeof data.error === "string" ? data.error : `the server answered ${response.status}`;
    throw new Error(message);
  }
  return data;
}

// ---------------------------------------------------------------- tabs

function setUpTabs() {
  const tabs = Array.from(document.querySelectorAll('[role="tab"]'));
  function select(tab, focus) {
    for (const other of tabs) {
      const selected = other === tab;
      other.setAttribute("aria-selected", String(selected));
      other.tabIndex = selected ? 0 : -1;
      byId(other.getAttribute("aria-controls")).hidden = !selected;
    }
    if (focus) tab.focus();
  }
  tabs.forEach((tab, index) => {
    tab.addEventListener("click", () => select(tab, false));
    tab.addEventListener("keydown", (event) => {
      let next = null;
      if (event.key === "ArrowRight") next = tabs[(index + 1) % tabs.length];
      else if (event.key === "ArrowLeft") next = tabs[(index - 1 + tabs.length) % tabs.length];
      else if (event.key === "Home") next = tabs[0];
      else if (event.key === "End") next = tabs[tabs.length - 1];
      if (next) { event.preventDefault(); select(next, true); }
    });
  });
}

// ---------------------------------------------------------------- check a text

async function checkText(event) {
  event.preventDefault();
  const text = byId("text").value;
  if (!text.trim()) {
    setStatus("check-status", "Paste a text (or open a file) first.", true);
    byId("text").focus();
    return;
  }
  const body = { text };
  if (loadedFile && loadedFile.text === text) body.source = loadedFile.name;
  const button = byId("check-button");
  button.disabled = true;
  setStatus("check-status", "Checking…", false);
  try {
    const score = await postJSON("/api/score", body);
    showScore(score, text);
    setStatus("check-status", `Done: ${plural(score.findings.length, "vague word")} found.`, false);
    byId("result-heading").focus();
  } catch (error) {
    setStatus("check-status", error.message, true);
  } finally {
    button.disabled = false;
  }
}

function plural(count, noun) { return `${count} ${noun}${count === 1 ? "" : "s"}`; }

function showScore(score, text) {
  byId("check-result").hidden = false;
  byId("result-heading").textContent = score.source === "text" ? "Result" : `Result for ${score.source}`;
  fillScoreCard(byId("score-card"), score);

  byId("checklist").replaceChildren(...score.checklist.map((item) => el("li", { text: item })));
  const empty = byId("checklist-empty");
  empty.hidden = score.checklist.length > 0;
  empty.textContent = score.findings.length === 0 ? "Nothing to fix: no vague words found."
    : score.score === null ? "See each vague word below."
    : "Nothing to fix: every vague word's clause says who, how and when.";

  const costliest = byId("costliest");
  costliest.replaceChildren(...score.costliest_sentences.map((cost) => el("li", {},
    el("span", { class: "points", text: `+${cost.points} points if fixed: ` }),
    el("q", { text: cost.sentence }),
    el("ul", { class: "questions" }, ...cost.questions.map((q) => el("li", { text: q })))
  )));
  byId("costliest-empty").hidden = score.costliest_sentences.length > 0;

  showLegend(score.findings);
  byId("marked-text").replaceChildren(...markText(text, score.findings));
  byId("findings").replaceChildren(...score.findings.map(findingPanel));
  if (score.findings.length === 0) {
    byId("findings").replaceChildren(el("p", { class: "empty", text: "No vague words found." }));
  }
}

function fillScoreCard(card, score) {
  const formula = score.formula;
  const parts = [];
  if (score.score === null) {
    parts.push(el("p", { class: "score-number" }, "–", el("small", { text: " not scored" })));
    parts.push(el("p", { class: "facts", text: score.message }));
  } else {
    parts.push(el("p", { class: "score-number", "aria-label": `Score ${score.score} out of 100` },
      String(score.score), el("small", { text: " / 100" })));
    parts.push(el("p", { class: `band ${score.band.replace(/ /g, "")}`, text: score.band }));
    parts.push(el("meter", { min: 0, max: 100, low: formula.bands["Partly specific"],
      high: formula.bands.Specific, optimum: 100, value: score.score, "aria-hidden": "true" }));
  }
  parts.push(el("p", { class: "facts", text:
    `${plural(score.words, "word")} · ${plural(formula.findings, "vague word")} · ` +
    `${formula.unresolved_findings} missing who, how or when` +
    (formula.density_per_100_words === null ? "" :
      ` · ${formula.density_per_100_words} unresolved per 100 other words`) }));
  card.replaceChildren(...parts);
}

function showLegend(findings) {
  const present = Array.from(new Set(findings.map((f) => f.category))).sort();
  byId("legend").replaceChildren(...present.map((category) =>
    el("span", {}, el("i", { class: categoryClass(category), "aria-hidden": "true" }), label(category))));
}

// The text with each finding in a <mark>. Offsets count Unicode code points (Python's str),
// so the text is indexed as an array of code points, not UTF-16 units.
function markText(text, findings) {
  const chars = Array.from(text);
  const nodes = [];
  let cursor = 0;
  const ordered = findings.map((finding, index) => ({ finding, number: index + 1 }))
    .sort((a, b) => a.finding.start - b.finding.start);
  for (const { finding, number } of ordered) {
    if (finding.start < cursor || finding.end > chars.length) continue; // overlapping: listed below
    nodes.push(document.createTextNode(chars.slice(cursor, finding.start).join("")));
    nodes.push(el("mark", {
      class: categoryClass(finding.category), id: `m-${number}`,
      title: `${label(finding.category)}: missing ${finding_missing(finding) || "nothing"}`,
    }, chars.slice(finding.start, finding.end).join(""),
    el("a", { class: "ref", href: `#f-${number}`, "aria-label": `finding ${number}: ${finding.text}` },
      String(number))));
    cursor = finding.end;
  }
  nodes.push(document.createTextNode(chars.slice(cursor).join("")));
  return nodes;
}

function finding_missing(finding) {
  return SLOTS.filter((slot) => !finding[slot].present).join(", ");
}

function findingPanel(finding, index) {
  const number = index + 1;
  const verdicts = SLOTS.map((slot) => {
    const verdict = finding[slot];
    return el("li", {},
      el("span", { class: verdict.present ? "yes" : "no",
        text: `${verdict.present ? "✓" : "✗"} ${slot}: ` }),
      verdict.present ? el("q", { text: verdict.text }) : verdict.reason,
      " ", el("code", { text: `[${verdict.rule}]` }));
  });
  return el("article", { id: `f-${number}`, class: categoryClass(finding.category), tabindex: "-1",
    "aria-labelledby": `f-${number}-title` },
    el("h4", { id: `f-${number}-title` }, `${number}. `, el("q", { text: finding.text }),
      el("span", { class: `category ${categoryClass(finding.category)}`, text: label(finding.category) })),
    finding.explanation ? el("p", { text: finding.explanation }) : null,
    el("p", {}, "Clause: ", el("span", { class: "clause", text: finding.clause })),
    el("ul", { class: "verdicts", "aria-label": "who, how and when" }, ...verdicts),
    finding.questions.length ? el("p", { text: "Questions a reader would ask:" }) : null,
    finding.questions.length ? el("ul", { class: "questions" },
      ...finding.questions.map((q) => el("li", { text: q }))) : null,
    el("a", { class: "back", href: `#m-${number}` }, "Back to the text"));
}

// ---------------------------------------------------------------- files

async function openFile() {
  const input = byId("file");
  const file = input.files && input.files[0];
  if (!file) return;
  const dot = file.name.lastIndexOf(".");
  const suffix = dot >= 0 ? file.name.slice(dot).toLowerCase() : "";
  if (!TYPES.includes(suffix)) {
    setStatus("check-status", `${file.name}: unsupported file type (use ${TYPES.join(", ")})`, true);
    return;
  }
  if (file.size > maxUploadBytes) {
    setStatus("check-status", `${file.name}: over the limit of ${megabytes(maxUploadBytes)}`, true);
    return;
  }
  setStatus("check-status", `Reading ${file.name}…`, false);
  try {
    const response = await fetch("/api/file", {
      method: "POST",
      headers: { "Content-Type": "application/octet-stream", "X-Filename": encodeURIComponent(file.name) },
      body: file,
    });
    const read = await readAnswer(response);
    byId("text").value = read.text;
    loadedFile = { name: read.source, text: read.text };
    if (read.warnings && read.warnings.length) setStatus("check-status", read.warnings.join(" "), false);
    await checkText(new Event("submit"));
  } catch (error) {
    setStatus("check-status", error.message, true);
  } finally {
    input.value = "";
  }
}

function megabytes(bytes) { return `${Math.round(bytes / 100000) / 10} MB`; }

async function loadLimits() {
  try {
    const response = await fetch("/api/limits");
    const limits = await readAnswer(response);
    maxUploadBytes = limits.max_upload_bytes;
    byId("file-hint").textContent =
      `.txt, .md, .docx, .pdf or .html, up to ${megabytes(maxUploadBytes)}; read in memory, never saved`;
  } catch (error) {
    // The default limit stays; the server checks again anyway.
  }
}

// ---------------------------------------------------------------- compare

async function compareTexts(event) {
  event.preventDefault();
  const draft = byId("draft").value;
  const revised = byId("revised").value;
  if (!draft.trim() || !revised.trim()) {
    setStatus("compare-status", "Paste both the draft and the revision.", true);
    byId(draft.trim() ? "revised" : "draft").focus();
    return;
  }
  const button = byId("compare-button");
  button.disabled = true;
  setStatus("compare-status", "Comparing…", false);
  try {
    const comparison = await postJSON("/api/compare", { draft, revised });
    showComparison(comparison);
    setStatus("compare-status", "Done.", false);
    byId("compare-heading").focus();
  } catch (error) {
    setStatus("compare-status", error.message, true);
  } finally {
    button.disabled = false;
  }
}

function showComparison(comparison) {
  byId("compare-result").hidden = false;
  const scoreText = (score) => (score.score === null ? "not scored" : `${score.score} (${score.band})`);
  const change = comparison.change;
  byId("compare-scores").replaceChildren(
    el("p", { class: "score-number" }, scoreText(comparison.before), el("small", { text: " draft" })),
    el("p", { class: "score-number" }, "→ ", scoreText(comparison.after), el("small", { text: " revision" })),
    change === null ? null : el("p", { class: `band change ${change > 0 ? "up" : change < 0 ? "down" : ""}`,
      text: `${change > 0 ? "+" : ""}${change} points` }));
  const lists = [
    ["Now specific", comparison.resolved, (item) => [el("q", { text: item.text }), ` in “${item.sentence}” now says `,
      ...Object.entries(item.now).flatMap(([slot, value], i) => [i ? "; " : "", `${slot}: `, el("q", { text: value })])]],
    ["Removed", comparison.removed, (item) => [el("q", { text: item.text }), ` (was missing ${item.missing.join(", ")})`]],
    ["Still missing something", comparison.remaining, (item) => [el("q", { text: item.text }),
      ` in “${item.sentence}”: missing ${item.missing.join(", ")}`]],
    ["New in the revision", comparison.new, (item) => [el("q", { text: item.text }),
      ` in “${item.sentence}”` + (item.missing.length ? `: missing ${item.missing.join(", ")}` : "")]],
  ];
  byId("compare-lists").replaceChildren(...lists.flatMap(([title, items, describe]) => [
    el("h3", { text: `${title} (${items.length})` }),
    items.length ? el("ul", {}, ...items.map((item) => el("li", {}, ...describe(item))))
      : el("p", { class: "empty", text: "None." }),
  ]));
}

// ---------------------------------------------------------------- start

document.addEventListener("DOMContentLoaded", () => {
  setUpTabs();
  byId("check-form").addEventListener("submit", checkText);
  byId("compare-form").addEventListener("submit", compareTexts);
  byId("file").addEventListener("change", openFile);
  loadLimits();
});
