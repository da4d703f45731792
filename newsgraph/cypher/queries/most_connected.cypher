// Most connected actors: people, organisations, places and groups with the most
// relations to other entities (Concept nodes such as "strikes" or "the attack" are left
// out as actors but their links count; Document MENTIONS links are not counted).
// Parameters: $limit, e.g. 20.
// :param limit => 20
MATCH (n:Entity)
WHERE NOT n:Concept
OPTIONAL MATCH (n)-[r]-(:Entity)
RETURN n.name AS actor, n.type AS type, count(r) AS relations
ORDER BY relations DESC, actor
LIMIT $limit
