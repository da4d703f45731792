// All paths of up to 3 relations between two actors, in either direction, through
// entities only. Parameters: $from and $to (a name, an alias or an entity id), $limit.
// :param from => 'Dario Vukan'
// :param to => 'Northern Liberation Front'
// :param limit => 25
MATCH (a:Entity) WHERE a.name = $from OR a.id = $from OR $from IN a.aliases
MATCH (b:Entity) WHERE b.name = $to OR b.id = $to OR $to IN b.aliases
MATCH p = (a)-[*1..3]-(b)
WHERE a <> b AND all(n IN nodes(p) WHERE n:Entity)
RETURN [n IN nodes(p) | n.name] AS actors,
       [r IN relationships(p) | type(r)] AS relations,
       length(p) AS hops
ORDER BY hops, actors, relations
LIMIT $limit
