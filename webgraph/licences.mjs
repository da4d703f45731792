// Writes newsgraph/graph/assets/graphlib.LICENSE.txt: the licence of every package in the bundle.
import { readFileSync, writeFileSync, readdirSync } from "node:fs";

const packages = ["graphology", "graphology-utils", "graphology-layout-forceatlas2",
  "graphology-layout-noverlap", "sigma", "events"];
const parts = ["Third-party software bundled in graphlib.min.js (built by `npm run build-graphlib`).\n"];
for (const name of packages) {
  const dir = `node_modules/${name}`;
  const meta = JSON.parse(readFileSync(`${dir}/package.json`, "utf8"));
  const file = readdirSync(dir).find((f) => /^licen[cs]e/i.test(f));
  const text = file ? readFileSync(`${dir}/${file}`, "utf8").trim() : `${meta.license} (no licence file shipped)`;
  parts.push(`\n=== ${name} ${meta.version} (${meta.license}) ===\n\n${text}\n`);
}
writeFileSync("newsgraph/graph/assets/graphlib.LICENSE.txt", parts.join(""));
