// The graph library of the HTML report, bundled into newsgraph/graph/assets/graphlib.min.js
// by `npm run build-graphlib`. It puts three globals on window for assets/report.js.
import Graph from "graphology";
import Sigma from "sigma";
import forceAtlas2 from "graphology-layout-forceatlas2";
import noverlap from "graphology-layout-noverlap";

window.graphology = { Graph };
window.Sigma = Sigma;
window.forceAtlas2 = forceAtlas2;
window.noverlap = noverlap;
