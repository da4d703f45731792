// An actor's community: the entities within two relations of it (through entities
// only), nearest first. Parameters: $actor (a name, an alias or an id).
// :param actor => 'Northern Liberation Front'
MATCH (a:Entity) WHERE a.name = $actor OR a.id = $actor OR $actor IN a.aliases
MATCH p = (a)-[*1..2]-(b:Entity)
WHERE b <> a AND all(n IN nodes(p) WHERE n:Entity)
RETURN b.name AS member, b.type AS type, min(length(p)) AS distance
ORDER BY distance, member
