// An actor's network as a picture (in the Neo4j browser): the paths of up to two
// relations from it through entities. Parameters: $actor (a name, an alias or an id),
// $limit (paths to draw).
// :param actor => 'Northern Liberation Front'
// :param limit => 100
MATCH (a:Entity) WHERE a.name = $actor OR a.id = $actor OR $actor IN a.aliases
MATCH p = (a)-[*1..2]-(:Entity)
WHERE all(n IN nodes(p) WHERE n:Entity)
RETURN p
LIMIT $limit
