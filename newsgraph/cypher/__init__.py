"""Neo4j loading and querying, and Cypher on the local graph.

* :mod:`~newsgraph.cypher.names` - the one helper that turns text into labels and
  relationship types (``[A-Z0-9_]`` only);
* :mod:`~newsgraph.cypher.connection` - connecting, one-line errors;
* :mod:`~newsgraph.cypher.load` - idempotent batched loading (``load``, ``load_rows``);
* :mod:`~newsgraph.cypher.query` - running Cypher on the server, output formats;
* :mod:`~newsgraph.cypher.local` - read-only Cypher on the NetworkX graph;
* ``queries/*.cypher`` - queries for analysts, to paste in the Neo4j browser.

Submodules are imported on use, so ``import newsgraph.cypher.names`` stays light.
"""
