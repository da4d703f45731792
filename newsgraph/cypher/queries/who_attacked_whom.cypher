// Who attacked whom, and when: asserted (not negated) relations of class ATTACK,
// oldest first. Parameters: $since, an ISO date such as '2024-01-01', or null for all.
// :param since => null
MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.relation_class = 'ATTACK'
  AND coalesce(r.negated, false) = false
  AND ($since IS NULL OR r.last_seen >= $since)
RETURN a.name AS attacker, type(r) AS action, b.name AS target,
       r.first_seen AS first_seen, r.last_seen AS last_seen, r.count AS reports
ORDER BY first_seen, attacker, target, action
