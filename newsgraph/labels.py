"""Entity-label groups: each group of spaCy/OntoNotes labels defined once, imported everywhere.

The labels are the model's (``PERSON``, ``ORG``, ``GPE`` ...) plus newsgraph's own
``CONCEPT`` (a phrase that names no actor) and ``CLAIM`` (reported content).
"""

from __future__ import annotations

__all__ = [
    "NAMED_TYPES",
    "VALUE_TYPES",
    "TIME_TYPES",
    "NUMERIC_TYPES",
    "AMOUNT_TYPES",
    "PLACE_TYPES",
    "AREA_TYPES",
    "ACTOR_TYPES",
    "GROUP_TYPES",
    "BODY_OWNER_TYPES",
    "NON_ACTOR_TYPES",
    "THING_TYPES",
    "PERSON_TYPES",
    "TYPE_ORDER",
]

#: Labels of a name: an actor, a place, a named thing (what resolution merges by spelling).
NAMED_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "EVENT", "LAW",
                         "WORK_OF_ART"})
#: Dates and times.
TIME_TYPES = frozenset({"DATE", "TIME"})
#: Amounts and counts.
NUMERIC_TYPES = frozenset({"CARDINAL", "ORDINAL", "PERCENT", "QUANTITY", "MONEY"})
#: Amounts: a sum, a count, a share, a measure (not a rank: "third").
AMOUNT_TYPES = NUMERIC_TYPES - {"ORDINAL"}
#: Sums: money, a share, a measure (not a count: "killed 10 in the attack").
SUM_TYPES = AMOUNT_TYPES - {"CARDINAL"}
#: Values, never an actor or a name: skipped as mentions and as stated aliases.
VALUE_TYPES = TIME_TYPES | NUMERIC_TYPES
#: Places, buildings included ("the Green Zone", "Ain al-Asad air base").
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
#: Areas that own roles and institutions: a country, city or region, not a building.
AREA_TYPES = frozenset({"GPE", "LOC"})
#: Who acts in news: people, organisations, states, nationalities.
ACTOR_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP"})
#: Actors that are not places.
GROUP_TYPES = frozenset({"PERSON", "ORG", "NORP"})
#: Owners of a named body ("US forces", "Iraqi security forces", "Kataib Hezbollah fighters").
BODY_OWNER_TYPES = frozenset({"GPE", "NORP", "ORG"})
#: Named things that never act: a product, a work, a law, an event ("the iPhone", "Roe v. Wade").
THING_TYPES = frozenset({"PRODUCT", "WORK_OF_ART", "LAW", "EVENT"})
#: People.
PERSON_TYPES = frozenset({"PERSON"})
#: Entity types that are not actors in the graph's reports.
NON_ACTOR_TYPES = frozenset({"CONCEPT", "CLAIM"}) | VALUE_TYPES
#: Every type an entity may have, in the order a tie between votes is broken.
TYPE_ORDER = ("ORG", "GPE", "PERSON", "NORP", "LOC", "FAC", "EVENT", "PRODUCT", "LAW",
              "WORK_OF_ART", "LANGUAGE", "DATE", "TIME", "MONEY", "QUANTITY", "PERCENT",
              "CARDINAL", "ORDINAL", "CONCEPT", "PRON")
