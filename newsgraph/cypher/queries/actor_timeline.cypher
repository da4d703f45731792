// One actor's timeline: every relation it takes part in, as subject or object,
// by the first date it was reported. Parameters: $actor (a name, an alias or an id).
// :param actor => 'Northern Liberation Front'
MATCH (a:Entity) WHERE a.name = $actor OR a.id = $actor OR $actor IN a.aliases
MATCH (a)-[r]-(other:Entity)
RETURN r.first_seen AS first_seen, r.last_seen AS last_seen,
       startNode(r).name AS subject, type(r) AS relation, endNode(r).name AS object,
       r.count AS reports
ORDER BY first_seen, last_seen, relation, subject, object
