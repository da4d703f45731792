/* newsgraph HTML report: draws the graph from the embedded JSON into an SVG.
   Positions come precomputed (networkx spring layout), so this only draws and reacts.
   All article text is inserted with textContent, never as HTML. */
(function () {
  "use strict";
  var SVGNS = "http://www.w3.org/2000/svg";
  var data = JSON.parse(document.getElementById("graph-data").textContent);
  var svg = document.getElementById("graph");
  var panel = document.getElementById("panel");
  var tooltip = document.getElementById("tooltip");
  var legend = document.getElementById("legend");
  var W = 1000, H = 700, PAD = 40;
  var PALETTE = ["#2f6fde", "#e8590c", "#2b8a3e", "#c2255c", "#7048e8", "#0c8599",
                 "#e67700", "#5c940d", "#a61e4d", "#364fc7", "#087f5b", "#862e9c"];
  var colourBy = "community";
  var byId = {};
  var nodeEls = {};
  var edgeEls = [];

  function el(name, attrs, parent) {
    var e = document.createElementNS(SVGNS, name);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (parent) { parent.appendChild(e); }
    return e;
  }

  function html(tag, text, parent, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    if (cls) { e.className = cls; }
    if (parent) { parent.appendChild(e); }
    return e;
  }

  function typeColour(t) {
    var types = data.types;
    var i = types.indexOf(t);
    return PALETTE[(i < 0 ? types.length : i) % PALETTE.length];
  }

  function colour(n) {
    if (colourBy === "type") { return typeColour(n.type); }
    if (n.community === null || n.community === undefined) { return "#adb5bd"; }
    return PALETTE[n.community % PALETTE.length];
  }

  var EXT = data.extent || [1, 1];
  var SCALE = Math.min((W - 2 * PAD) / (EXT[0] || 1), (H - 2 * PAD) / (EXT[1] || 1));
  var OX = (W - EXT[0] * SCALE) / 2, OY = (H - EXT[1] * SCALE) / 2;
  function px(n) { return OX + n.x * SCALE; }
  function py(n) { return OY + n.y * SCALE; }
  function shortName(name) { return name.length > 28 ? name.slice(0, 27) + "\u2026" : name; }

  function curve(a, b) {
    var x1 = px(a), y1 = py(a), x2 = px(b), y2 = py(b);
    var mx = (x1 + x2) / 2, my = (y1 + y2) / 2, dx = x2 - x1, dy = y2 - y1;
    var cx = mx - dy * 0.12, cy = my + dx * 0.12;
    // stop the arrow at the target circle's edge
    var len = Math.sqrt((x2 - cx) * (x2 - cx) + (y2 - cy) * (y2 - cy)) || 1;
    var ex = x2 - (x2 - cx) / len * (b.r + 2), ey = y2 - (y2 - cy) / len * (b.r + 2);
    return { d: "M" + x1.toFixed(1) + "," + y1.toFixed(1) + " Q" + cx.toFixed(1) + "," +
                cy.toFixed(1) + " " + ex.toFixed(1) + "," + ey.toFixed(1),
             lx: (mx + cx) / 2, ly: (my + cy) / 2 };
  }

  function showTip(evt, text) {
    tooltip.textContent = text;
    tooltip.style.display = "block";
    tooltip.style.left = Math.min(evt.clientX + 14, window.innerWidth - 440) + "px";
    tooltip.style.top = (evt.clientY + 14) + "px";
  }

  function hideTip() { tooltip.style.display = "none"; }

  function evidenceBlock(rel, parent) {
    var head = rel.negated ? "not " + rel.relation : rel.relation;
    html("div", head + " \u00d7" + rel.count + (rel.relation_class ? " (" + rel.relation_class + ")" : ""),
         parent, "rel");
    html("div", "confidence " + rel.confidence + (rel.first ? " \u00b7 " + rel.first +
         (rel.last && rel.last !== rel.first ? " \u2013 " + rel.last : "") : ""), parent, "meta");
    rel.evidence.forEach(function (ev) {
      html("blockquote", ev.sentence, parent);
      var where = [ev.title, ev.source || ("doc " + ev.doc), ev.url].filter(function (x) { return x; });
      html("div", (ev.date || "undated") + " \u00b7 " + where.join(" \u00b7 "), parent, "meta");
    });
    if (rel.count > rel.evidence.length) {
      html("div", (rel.count - rel.evidence.length) + " more sentence(s) not shown", parent, "meta");
    }
  }

  function showEdge(e) {
    panel.textContent = "";
    var a = byId[e.s], b = byId[e.t];
    html("h3", a.name + " \u2192 " + b.name, panel);
    e.relations.forEach(function (rel) { evidenceBlock(rel, panel); });
  }

  function showNode(n) {
    panel.textContent = "";
    html("h3", n.name, panel);
    html("div", n.type + " \u00b7 PageRank " + n.pagerank.toFixed(4) + " \u00b7 betweenness " +
         n.betweenness.toFixed(4) + " \u00b7 community " + n.community, panel, "meta");
    if (n.aliases.length) { html("div", "also: " + n.aliases.join(", "), panel, "meta"); }
    data.edges.forEach(function (e) {
      if (e.s !== n.id && e.t !== n.id) { return; }
      var other = byId[e.s === n.id ? e.t : e.s];
      html("div", (e.s === n.id ? "\u2192 " : "\u2190 ") + other.name, panel, "rel");
      e.relations.forEach(function (rel) { evidenceBlock(rel, panel); });
    });
    highlight(n.id);
  }

  function highlight(id) {
    var near = {};
    near[id] = true;
    edgeEls.forEach(function (x) {
      var on = x.e.s === id || x.e.t === id;
      if (on) { near[x.e.s] = true; near[x.e.t] = true; }
      x.path.classList.toggle("hl", on);
      x.path.classList.toggle("dim", !on);
      if (x.label) { x.label.classList.toggle("dim", !on); }
    });
    Object.keys(nodeEls).forEach(function (k) {
      nodeEls[k].circle.classList.toggle("dim", !near[k]);
      nodeEls[k].circle.classList.toggle("hl", k === id);
      nodeEls[k].text.classList.toggle("dim", !near[k]);
    });
  }

  function clearHighlight() {
    edgeEls.forEach(function (x) {
      x.path.classList.remove("hl", "dim");
      if (x.label) { x.label.classList.remove("dim"); }
    });
    Object.keys(nodeEls).forEach(function (k) {
      nodeEls[k].circle.classList.remove("dim", "hl");
      nodeEls[k].text.classList.remove("dim");
    });
  }

  function drawLegend() {
    legend.textContent = "";
    var items = [];
    if (colourBy === "type") {
      data.types.forEach(function (t) { items.push([t, typeColour(t)]); });
    } else {
      data.communities.forEach(function (c) {
        items.push(["community " + c.id + ": " + c.label, PALETTE[c.id % PALETTE.length]]);
      });
    }
    items.forEach(function (it) {
      var span = html("span", null, legend);
      var sw = html("span", null, span, "sw");
      sw.style.background = it[1];
      span.appendChild(document.createTextNode(it[0]));
    });
  }

  function recolour() {
    data.nodes.forEach(function (n) { nodeEls[n.id].circle.setAttribute("fill", colour(n)); });
    drawLegend();
  }

  function draw() {
    svg.setAttribute("viewBox", "0 0 " + W + " " + H);
    var defs = el("defs", {}, svg);
    var marker = el("marker", { id: "arrow", viewBox: "0 0 10 10", refX: "9", refY: "5",
                                markerWidth: "7", markerHeight: "7", orient: "auto-start-reverse" }, defs);
    el("path", { d: "M0,0 L10,5 L0,10 z", fill: "#9aa3b5" }, marker);
    var view = el("g", { id: "view" }, svg);
    var edgeLayer = el("g", {}, view), labelLayer = el("g", {}, view), nodeLayer = el("g", {}, view);
    data.nodes.forEach(function (n) {
      byId[n.id] = n;
      n.r = Math.max(2.5, Math.min(n.r, SCALE * 0.42));  // small parts sit close: keep edges visible
    });
    var showLabels = data.edges.length <= data.edge_label_limit;
    data.edges.forEach(function (e) {
      var a = byId[e.s], b = byId[e.t];
      if (!a || !b) { return; }
      var c = curve(a, b);
      var path = el("path", { d: c.d, "class": "edge", "marker-end": "url(#arrow)",
                              "stroke-width": Math.min(1 + Math.log(e.count) * 1.2, 6).toFixed(2) }, edgeLayer);
      var label = null;
      if (showLabels) {
        label = el("text", { x: c.lx.toFixed(1), y: c.ly.toFixed(1), "class": "edge-label",
                             "text-anchor": "middle" }, labelLayer);
        label.textContent = e.label;
      }
      path.addEventListener("mousemove", function (evt) {
        var ev = e.relations[0].evidence[0];
        showTip(evt, a.name + " \u2192 " + e.label + " \u2192 " + b.name + " (\u00d7" + e.count + ")" +
                (ev ? "\n\u201c" + ev.sentence + "\u201d" : ""));
      });
      path.addEventListener("mouseleave", hideTip);
      path.addEventListener("click", function (evt) { evt.stopPropagation(); showEdge(e); });
      edgeEls.push({ e: e, path: path, label: label });
    });
    data.nodes.forEach(function (n, rank) {
      var circle = el("circle", { cx: px(n).toFixed(1), cy: py(n).toFixed(1), r: n.r.toFixed(1),
                                  "class": "node", "data-id": n.id }, nodeLayer);
      var text = el("text", { x: (px(n) + n.r + 2).toFixed(1), y: (py(n) + 4).toFixed(1) }, nodeLayer);
      text.textContent = rank < data.node_label_limit ? shortName(n.name) : "";
      circle.addEventListener("mousemove", function (evt) {
        showTip(evt, n.name + " (" + n.type + ")\nPageRank " + n.pagerank.toFixed(4) +
                "  betweenness " + n.betweenness.toFixed(4) + "\ncommunity " + n.community);
      });
      circle.addEventListener("mouseleave", hideTip);
      circle.addEventListener("click", function (evt) { evt.stopPropagation(); showNode(n); });
      nodeEls[n.id] = { circle: circle, text: text };
    });
    recolour();
    enablePanZoom(view);
    svg.addEventListener("click", clearHighlight);
    svg.setAttribute("data-nodes-drawn", String(data.nodes.length));
    svg.setAttribute("data-edges-drawn", String(edgeEls.length));
  }

  function enablePanZoom(view) {
    var scale = 1, tx = 0, ty = 0, drag = null;
    function apply() { view.setAttribute("transform", "translate(" + tx + "," + ty + ") scale(" + scale + ")"); }
    svg.addEventListener("wheel", function (evt) {
      evt.preventDefault();
      var f = evt.deltaY < 0 ? 1.15 : 1 / 1.15;
      var r = svg.getBoundingClientRect();
      var mx = (evt.clientX - r.left) / r.width * W, my = (evt.clientY - r.top) / r.height * H;
      tx = mx - (mx - tx) * f; ty = my - (my - ty) * f; scale *= f;
      apply();
    }, { passive: false });
    svg.addEventListener("pointerdown", function (evt) {
      if (evt.target !== svg) { return; }
      drag = { x: evt.clientX, y: evt.clientY, tx: tx, ty: ty };
      svg.classList.add("dragging");
    });
    window.addEventListener("pointermove", function (evt) {
      if (!drag) { return; }
      var r = svg.getBoundingClientRect();
      tx = drag.tx + (evt.clientX - drag.x) / r.width * W;
      ty = drag.ty + (evt.clientY - drag.y) / r.height * H;
      apply();
    });
    window.addEventListener("pointerup", function () { drag = null; svg.classList.remove("dragging"); });
  }

  document.querySelectorAll("input[name=colour]").forEach(function (input) {
    input.addEventListener("change", function () { colourBy = input.value; recolour(); });
  });
  draw();
}());
