/* Injected by tests/test_graph_html.py into a copy of a report page: drives the page like a
 * reader (search a name, click the found node on the canvas) and writes what it saw as JSON
 * into <pre id="test-result">, which the test reads from Chromium's --dump-dom. */
(function () {
  var WANTED = window.__wanted;
  var out = { errors: [] };
  window.addEventListener("error", function (e) { out.errors.push(String(e.message)); });
  function finish() {
    var pre = document.createElement("pre");
    pre.id = "test-result";
    pre.textContent = JSON.stringify(out);
    document.body.appendChild(pre);
  }
  function box(e) { var r = e.getBoundingClientRect(); return [r.left, r.right, r.top, r.bottom]; }
  function clipping() {
    var clipped = [];
    document.querySelectorAll(".card").forEach(function (card) {
      var c = box(card);
      card.querySelectorAll("th").forEach(function (th) {
        var b = box(th);
        if (b[1] > c[1] + 1 || b[0] < c[0] - 1) clipped.push("column " + th.textContent + " outside its card");
      });
      card.querySelectorAll("th, td").forEach(function (cell) {
        if (cell.scrollWidth > cell.clientWidth + 1) clipped.push("cell overflows: " + cell.textContent.slice(0, 40));
      });
    });
    document.querySelectorAll("section").forEach(function (s) {
      if (s.scrollWidth > s.clientWidth + 1) clipped.push("section spills: " + s.querySelector("h2").textContent);
    });
    if (document.documentElement.scrollWidth > window.innerWidth + 1) clipped.push("page wider than the window");
    return clipped;
  }
  function click(x, y) {
    var target = document.elementFromPoint(x, y);
    ["mousedown", "mouseup", "click"].forEach(function (type) {
      target.dispatchEvent(new MouseEvent(type, { clientX: x, clientY: y, bubbles: true, cancelable: true,
                                                  button: 0, view: window }));
    });
  }
  function run() {
    try {
      var api = window.newsgraphReport;
      var container = document.getElementById("graph");
      out.nodes_drawn = +container.getAttribute("data-nodes-drawn");
      out.edges_drawn = +container.getAttribute("data-edges-drawn");
      out.canvases = container.querySelectorAll("canvas").length;
      out.clipped = clipping();
      document.getElementById("search").value = WANTED.search;
      document.getElementById("search-form").requestSubmit();
      out.search_status = document.getElementById("search-status").textContent;
      out.selected_after_search = api.renderer.getGraph().hasNode(WANTED.id) &&
        document.getElementById("panel").textContent.indexOf(WANTED.name) >= 0;
      api.select(null);
      document.getElementById("panel").textContent = "";
      api.renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
      api.renderer.refresh();
      container.scrollIntoView();
      var rect = container.getBoundingClientRect();
      var p = api.renderer.graphToViewport(api.renderer.getGraph().getNodeAttributes(WANTED.id));
      click(rect.left + p.x, rect.top + p.y);
      out.panel_after_click = document.getElementById("panel").textContent;
      out.evidence_blocks = document.querySelectorAll("#panel blockquote.evidence").length;
      out.sources = Array.prototype.map.call(document.querySelectorAll("#panel .source"),
                                             function (e) { return e.textContent; });
    } catch (e) {
      out.errors.push(String(e && e.stack || e));
    }
    finish();
  }
  window.addEventListener("load", function () { setTimeout(run, 1500); });
})();
