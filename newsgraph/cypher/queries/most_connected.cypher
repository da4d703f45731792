// Most connected actors: entities with the most relations to other entities
// (Document MENTIONS links are not counted). Parameters: $limit, e.g. 20.
MATCH (n:Entity)
OPTIONAL MATCH (n)-[r]-(:Entity)
RETURN n.name AS actor, n.type AS type, count(r) AS relations
ORDER BY relations DESC, actor
LIMIT $limit
