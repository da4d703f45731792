/* newsgraph HTML report: draws the actor graph with sigma.js + graphology (inlined before this
 * script as graphlib.min.js). Article text is only ever inserted with textContent. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("graph-data").textContent);
  var container = document.getElementById("graph");
  var panel = document.getElementById("panel");
  var state = { colour: "community", types: {}, classes: {}, from: 0, to: data.months.length - 1,
                selected: null, hoverEdge: null };
  data.types.forEach(function (t) { state.types[t] = true; });
  data.classes.forEach(function (c) { state.classes[c] = true; });

  // twelve distinct colours (Tableau 10 and two more, no near-duplicates); other communities are grey
  var PALETTE = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2",
                 "#17becf", "#bcbd22", "#393b79", "#f6c200", "#00a087"];
  var OTHER = "#9aa0aa";
  var communityColour = {};
  data.communities.forEach(function (c, i) { communityColour[c.id] = PALETTE[i % PALETTE.length]; });
  var typeColour = {};
  data.types.forEach(function (t, i) { typeColour[t] = PALETTE[i % PALETTE.length]; });

  function colourOf(n) {
    if (state.colour === "type") return typeColour[n.type] || OTHER;
    return communityColour[n.community] || OTHER;
  }

  // a small seeded generator: the same page always lays out the same way
  var seed = 7;
  function random() {
    seed = (seed + 0x6d2b79f5) | 0;
    var t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  var graph = new window.graphology.Graph({ multi: false, type: "undirected" });
  var byId = {};
  // start each community around its own point of a circle, so the layout needs few rounds
  var groups = {};
  data.nodes.forEach(function (n) { var g = n.community === null ? "lone" : n.community; groups[g] = (groups[g] || 0) + 1; });
  var centres = {}, keys = Object.keys(groups), ring = Math.sqrt(data.nodes.length) * 10;
  keys.forEach(function (g, i) {
    var a = 2 * Math.PI * i / keys.length;
    centres[g] = [ring * Math.cos(a), ring * Math.sin(a), Math.sqrt(groups[g]) * 5];
  });
  data.nodes.forEach(function (n) {
    byId[n.id] = n;
    var c = centres[n.community === null ? "lone" : n.community];
    var a = random() * 2 * Math.PI, d = random() * c[2];
    graph.addNode(n.id, { label: n.name.length > 60 ? n.name.slice(0, 57) + "..." : n.name,
                          size: n.size, x: c[0] + d * Math.cos(a), y: c[1] + d * Math.sin(a),
                          color: colourOf(n) });
  });
  data.edges.forEach(function (e, i) {
    if (e.s === e.t || graph.hasEdge(e.s, e.t)) return;
    graph.addEdgeWithKey(String(i), e.s, e.t, { size: Math.min(1 + Math.log(e.count), 5),
                                               color: "#c3c8d2", index: i });
  });

  // ForceAtlas2, then a pass that pushes overlapping nodes apart
  // rounds shrink as the graph grows: about 300,000 node moves in all, 300 rounds at most
  var started = performance.now();
  if (graph.order > 1) {
    var settings = window.forceAtlas2.inferSettings(graph);
    settings.barnesHutOptimize = graph.order > 500;
    settings.gravity = 1;
    var rounds = Math.max(15, Math.min(300, Math.round(300000 / graph.order)));
    window.forceAtlas2.assign(graph, { iterations: rounds, settings: settings });
    if (graph.order <= 3000) window.noverlap.assign(graph, { maxIterations: 60, settings: { margin: 2, ratio: 1.1 } });
  }
  container.setAttribute("data-layout-ms", String(Math.round(performance.now() - started)));

  function edgeVisible(e) {
    var rel = e.relations.some(function (r) { return state.classes[r.relation_class || "(none)"]; });
    if (!rel) return false;
    if (!data.months.length) return true;
    if (state.from === 0 && state.to === data.months.length - 1) return true;
    var lo = data.months[state.from], hi = data.months[state.to];
    return e.months.some(function (m) { return m >= lo && m <= hi; });
  }

  function visibleNodes() {
    var seen = {};
    var filtering = state.from !== 0 || state.to !== data.months.length - 1 ||
      data.classes.some(function (c) { return !state.classes[c]; });
    data.edges.forEach(function (e) {
      if (edgeVisible(e)) { seen[e.s] = true; seen[e.t] = true; }
    });
    return { seen: seen, filtering: filtering };
  }
  var vis = visibleNodes();

  var renderer = new window.Sigma(graph, container, {
    enableEdgeEvents: true,
    labelDensity: 0.6,
    labelGridCellSize: 90,
    labelRenderedSizeThreshold: graph.order < 150 ? 0 : 7,
    zIndex: true,
    nodeReducer: function (node, attrs) {
      var n = byId[node];
      var res = Object.assign({}, attrs, { color: colourOf(n) });
      if (!state.types[n.type] || (vis.filtering && !vis.seen[node])) res.hidden = true;
      if (state.selected) {
        if (node === state.selected) { res.highlighted = true; res.zIndex = 2; res.forceLabel = true; }
        else if (graph.hasEdge(node, state.selected)) { res.zIndex = 1; res.forceLabel = true; }
        else { res.color = "#e3e6ec"; res.label = ""; res.zIndex = 0; }
      }
      return res;
    },
    edgeReducer: function (edge, attrs) {
      var e = data.edges[attrs.index];
      var res = Object.assign({}, attrs);
      if (!edgeVisible(e) || !state.types[byId[e.s].type] || !state.types[byId[e.t].type]) res.hidden = true;
      if (state.selected && e.s !== state.selected && e.t !== state.selected) res.hidden = true;
      if (state.selected && !res.hidden) res.color = "#6f7d95";
      if (edge === state.hoverEdge) { res.color = "#2f6fde"; res.size = (res.size || 1) + 2; }
      return res;
    }
  });

  function refresh() { vis = visibleNodes(); renderer.refresh(); }

  // --- the evidence panel ---------------------------------------------------------------
  function el(tag, text, cls) {
    var x = document.createElement(tag);
    if (text !== undefined && text !== null) x.textContent = String(text);
    if (cls) x.className = cls;
    return x;
  }
  function relationBlock(e, rel, fromName, toName) {
    var out = document.createDocumentFragment();
    var name = (rel.negated ? "not " : "") + rel.relation;
    out.appendChild(el("p", fromName + " \u2192 " + name + " \u2192 " + toName, "rel"));
    out.appendChild(el("p", (rel.relation_class || "no class") + " \u00b7 " + rel.count + " triple(s) \u00b7 " +
      (rel.first || "undated") + (rel.last && rel.last !== rel.first ? " to " + rel.last : ""), "meta"));
    rel.evidence.forEach(function (ev) {
      var q = el("blockquote", ev.sentence, "evidence");
      var where = [ev.title, ev.source || ev.doc || "?", ev.url].filter(function (x) { return x; });
      q.appendChild(el("div", (ev.date || "undated") + " \u00b7 source: " + where.join(" \u00b7 "), "meta source"));
      out.appendChild(q);
    });
    return out;
  }
  function showEdge(e) {
    panel.textContent = "";
    panel.appendChild(el("h3", byId[e.s].name + " \u2014 " + byId[e.t].name));
    e.relations.forEach(function (rel) {
      var forward = rel.dir !== "<-";
      panel.appendChild(relationBlock(e, rel, forward ? byId[e.s].name : byId[e.t].name,
                                      forward ? byId[e.t].name : byId[e.s].name));
    });
  }
  function showNode(id) {
    var n = byId[id];
    panel.textContent = "";
    panel.appendChild(el("h3", n.name));
    panel.appendChild(el("p", n.type + " \u00b7 " + n.facts + " facts \u00b7 " + n.partners + " partners \u00b7 " +
      n.documents + " documents \u00b7 community " + (n.community_name || "-"), "meta"));
    if (n.aliases.length) panel.appendChild(el("p", "Also: " + n.aliases.join(", "), "meta"));
    var mine = data.edges.filter(function (e) { return (e.s === id || e.t === id) && edgeVisible(e); });
    mine.sort(function (a, b) { return b.count - a.count; });
    mine.slice(0, 25).forEach(function (e) {
      e.relations.forEach(function (rel) {
        var forward = rel.dir !== "<-";
        panel.appendChild(relationBlock(e, rel, forward ? byId[e.s].name : byId[e.t].name,
                                        forward ? byId[e.t].name : byId[e.s].name));
      });
    });
    if (!mine.length) panel.appendChild(el("p", "No relation in the period and classes shown.", "note"));
  }
  function select(id) {
    state.selected = id;
    if (id) showNode(id);
    refresh();
  }
  renderer.on("clickNode", function (ev) { select(ev.node); });
  renderer.on("clickEdge", function (ev) {
    state.selected = null;
    showEdge(data.edges[graph.getEdgeAttribute(ev.edge, "index")]);
    refresh();
  });
  renderer.on("clickStage", function () { state.selected = null; refresh(); });
  renderer.on("enterEdge", function (ev) { state.hoverEdge = ev.edge; renderer.refresh(); });
  renderer.on("leaveEdge", function () { state.hoverEdge = null; renderer.refresh(); });

  // --- search ------------------------------------------------------------------------------
  var status = document.getElementById("search-status");
  var list = document.getElementById("names");
  data.nodes.slice(0, 2000).forEach(function (n) { var o = document.createElement("option"); o.value = n.name; list.appendChild(o); });
  function fold(s) { return String(s).toLowerCase().replace(/\s+/g, " ").trim(); }
  document.getElementById("search-form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    var q = fold(document.getElementById("search").value);
    if (!q) { select(null); status.textContent = ""; return; }
    var hit = data.nodes.find(function (n) { return fold(n.name) === q; }) ||
      data.nodes.find(function (n) { return fold(n.name).indexOf(q) >= 0 ||
        n.aliases.some(function (a) { return fold(a).indexOf(q) >= 0; }); });
    if (!hit) { status.textContent = "No actor named like that in the picture."; return; }
    status.textContent = "Found: " + hit.name;
    select(hit.id);
    var pos = renderer.getNodeDisplayData(hit.id);
    if (pos) renderer.getCamera().animate({ x: pos.x, y: pos.y, ratio: 0.5 }, { duration: 300 });
  });

  // --- filters -------------------------------------------------------------------------------
  function checkboxes(box, values, target, colours) {
    values.forEach(function (v) {
      var label = el("label");
      var input = document.createElement("input");
      input.type = "checkbox"; input.checked = true; input.value = v;
      input.addEventListener("change", function () { target[v] = input.checked; refresh(); });
      label.appendChild(input);
      label.appendChild(document.createTextNode(" " + v));
      box.appendChild(label);
    });
  }
  checkboxes(document.getElementById("type-filter"), data.types, state.types);
  checkboxes(document.getElementById("class-filter"), data.classes, state.classes);

  var fromInput = document.getElementById("period-from"), toInput = document.getElementById("period-to");
  var periodOut = document.getElementById("period-shown");
  function showPeriod() {
    periodOut.textContent = data.months.length ? data.months[state.from] + " to " + data.months[state.to] : "no dated relation";
  }
  [fromInput, toInput].forEach(function (input) {
    input.max = Math.max(0, data.months.length - 1);
    input.disabled = data.months.length < 2;
  });
  fromInput.value = 0; toInput.value = Math.max(0, data.months.length - 1);
  function onPeriod() {
    var a = +fromInput.value, b = +toInput.value;
    state.from = Math.min(a, b); state.to = Math.max(a, b);
    showPeriod(); refresh();
  }
  fromInput.addEventListener("input", onPeriod);
  toInput.addEventListener("input", onPeriod);
  showPeriod();

  // --- legend ------------------------------------------------------------------------------
  var legend = document.getElementById("legend");
  function drawLegend() {
    legend.textContent = "";
    var items = state.colour === "type"
      ? data.types.map(function (t) { return [typeColour[t], t]; })
      : data.communities.map(function (c) { return [communityColour[c.id], c.name]; });
    if (state.colour !== "type" && data.other_communities) items.push([OTHER, "other communities and lone actors"]);
    items.forEach(function (it) {
      var item = el("span", null, "item");
      var sw = el("span", null, "sw");
      sw.style.background = it[0];
      item.appendChild(sw);
      item.appendChild(document.createTextNode(it[1]));
      item.title = it[1];
      legend.appendChild(item);
    });
  }
  document.querySelectorAll('input[name="colour"]').forEach(function (input) {
    input.addEventListener("change", function () { state.colour = input.value; drawLegend(); refresh(); });
  });
  drawLegend();

  container.setAttribute("data-nodes-drawn", String(graph.order));
  container.setAttribute("data-edges-drawn", String(graph.size));
  window.newsgraphReport = { graph: graph, renderer: renderer, select: select };
})();
