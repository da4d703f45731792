"""newsgraph: a knowledge graph from news, every fact tied to its sentence."""

__version__ = "0.1.0"
