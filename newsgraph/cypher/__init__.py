"""Neo4j loading and querying, and Cypher on the store's graph without a server.

* :mod:`~newsgraph.cypher.names` - the one helper that turns text into labels and
  relationship types (``[A-Z0-9_]`` only);
* :mod:`~newsgraph.cypher.connection` - connecting, one-line errors;
* :mod:`~newsgraph.cypher.load` - idempotent batched loading (``load``, ``load_rows``);
* :mod:`~newsgraph.cypher.query` - running Cypher on the server, output formats;
* :mod:`~newsgraph.cypher.engine` - a private ArcadeDB server (the embedded engine);
* :mod:`~newsgraph.cypher.mirror` - the store's graph in that engine, beside the store,
  kept up to date by the loader; bounded read-only queries (``newsgraph query``);
* :mod:`~newsgraph.cypher.style` - the Neo4j browser's style sheet (GraSS);
* :mod:`~newsgraph.cypher.admin` - CSV files for ``neo4j-admin database import full``;
* ``queries/*.cypher`` - queries for analysts, to paste in the Neo4j browser.

Submodules are imported on use, so ``import newsgraph.cypher.names`` stays light.
"""
