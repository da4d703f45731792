"""Coarse relation classes: ATTACK, KILL, MEMBER_OF, LEADS, STATEMENT, ... for predicates.

An analyst wants "all attacks" whatever the verb ("strike", "bomb", "fire_at"). The mapping
from predicate lemmas to classes lives in ``newsgraph/data/relation_classes.yaml``; users
extend it with their own YAML file (``load_classes(extra)``). Lookups go through a dict
built once, plus a memo of predicates already seen, so classifying a triple is O(1).

How a predicate is matched (case-insensitive, spaces and hyphens read as ``_``):

1. the whole predicate (``"fire_at"``, ``"part_of"``);
2. for a predicate ending in ``_of`` (role and relation nouns), the words before ``of``,
   then their shorter tails down to the head noun (``"defense_secretary_of"`` ->
   ``"defense_secretary"`` -> ``"secretary"``);
3. the first word, the governing verb (``"operate_in"`` -> ``"operate"``,
   ``"vow_to_force"`` -> ``"vow"``: the triple records a vow, not the forcing);
4. when the first word is *transparent* (passive ``be``, ``begin``, ``continue`` ...), the
   next content word (``"continue_to_attack"`` -> ``"attack"``, ``"be_kill_in"`` -> ``"kill"``);
5. for a *light verb* (``carry_out``, ``conduct``, ``impose`` ...) with no class of its own,
   the object's head noun when the caller gives it (``"conduct"`` + ``"strikes"`` -> ATTACK).

``relation_class`` uses the packaged table; a run classifies with its own table (packaged
plus ``--relation-classes FILE``), ``Lexicon.classes``. ``CLASSES`` lists the packaged classes.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from newsgraph.datafiles import read_mapping
from newsgraph.errors import NewsgraphError

__all__ = [
    "DEFAULT_CLASSES_PATH",
    "CLASSES",
    "shipped_classes",
    "RelationClasses",
    "RelationClassError",
    "load_classes",
    "relation_class",
    "normalise_predicate",
]

DEFAULT_CLASSES_PATH = Path(__file__).resolve().parent.parent / "data" / "relation_classes.yaml"

# Words that never carry a predicate's meaning on their own (skipped in step 4).
_FUNCTION_WORDS = frozenset(
    {"to", "of", "in", "on", "at", "for", "with", "by", "from", "into", "against", "as", "up",
     "out", "off", "over", "about", "have", "not"}
)


class RelationClassError(NewsgraphError):
    """A relation-class file is missing, unreadable or malformed."""


def normalise_predicate(predicate: str) -> str:
    """Lower-case a predicate and join its words with ``_`` ("Part of" -> "part_of")."""
    words = predicate.strip().lower().replace("-", " ").replace("_", " ").split()
    return "_".join(words)


@dataclass
class RelationClasses:
    """A predicate -> class table; ``classify`` answers in O(1) per predicate.

    ``table`` maps normalised predicate keys to class names, ``transparent`` holds verbs
    whose complement carries the meaning, ``descriptions`` documents each class.
    """

    table: dict[str, str] = field(default_factory=dict)
    transparent: frozenset[str] = frozenset()
    light_verbs: frozenset[str] = frozenset()
    descriptions: dict[str, str] = field(default_factory=dict)
    _memo: dict[tuple[str, str], str | None] = field(default_factory=dict, repr=False)

    def __getstate__(self) -> dict:
        """Pickled without the memo (sent to every worker; it refills there)."""
        return {**self.__dict__, "_memo": {}}

    @property
    def classes(self) -> tuple[str, ...]:
        """Every class name, sorted."""
        return tuple(sorted(set(self.descriptions) | set(self.table.values())))

    def classify(self, predicate: str, object_head: str | None = None) -> str | None:
        """The coarse class of ``predicate``, or None when no rule fits.

        ``object_head``, the head word of the triple's object, classes a light verb:
        "carry_out" + "strike" is ATTACK, "impose" + "sanctions" is SANCTION.
        """
        memo_key = (predicate, object_head or "")
        if memo_key in self._memo:
            return self._memo[memo_key]
        key = normalise_predicate(predicate)
        result = self._lookup(key)
        if result is None and object_head and self._is_light(key):
            result = self._noun_class(normalise_predicate(object_head))
        if len(self._memo) < 100_000:
            self._memo[memo_key] = result
        return result

    def _is_light(self, key: str) -> bool:
        words = key.split("_")
        return key in self.light_verbs or words[0] in self.light_verbs or (
            words[0] in self.transparent and "_".join(words[1:]) in self.light_verbs)

    def _noun_class(self, noun: str) -> str | None:
        """Class of an object noun, trying its singular ("strikes" -> "strike")."""
        forms = [noun]
        if noun.endswith("ies"):
            forms.append(noun[:-3] + "y")
        if noun.endswith("s"):
            forms.append(noun[:-1])
        if noun.endswith("es"):
            forms.append(noun[:-2])
        for form in forms:
            if form in self.table:
                return self.table[form]
        return None

    def _lookup(self, key: str) -> str | None:
        for candidate in self._candidates(key):
            found = self.table.get(candidate)
            if found is not None:
                return found
        return None

    def _candidates(self, key: str) -> Iterable[str]:
        yield key
        words = key.split("_")
        if not words or not words[0]:
            return
        if len(words) > 2 and words[1].endswith("ly") and len(words[1]) > 5:
            yield "_".join([words[0], *words[2:]])  # "work_closely_with": a manner of work_with
        if len(words) > 1 and words[-1] == "of":
            stem = words[:-1]
            for i in range(len(stem)):
                yield "_".join(stem[i:])
        yield words[0]
        if words[0] in self.transparent:
            for word in words[1:]:
                if word not in _FUNCTION_WORDS:
                    yield "_".join(words[words.index(word):])
                    yield word
                    break


def _read_yaml(path: Path) -> Mapping:
    return read_mapping(path, "relation classes", RelationClassError)


def _merge(into: RelationClasses, data: Mapping, path: Path, *, override: bool) -> None:
    classes = data.get("classes", {}) or {}
    if not isinstance(classes, Mapping):
        raise RelationClassError(f"{path}: 'classes' must map class names to entries")
    seen_here: dict[str, str] = {}
    for name, entry in classes.items():
        cls = str(name).strip().upper()
        if not cls:
            raise RelationClassError(f"{path}: empty class name")
        if isinstance(entry, list):
            entry = {"predicates": entry}
        if not isinstance(entry, Mapping):
            raise RelationClassError(f"{path}: class {cls}: expected a list or a mapping")
        preds = entry.get("predicates", []) or []
        if not isinstance(preds, list):
            raise RelationClassError(f"{path}: class {cls}: 'predicates' must be a list")
        into.descriptions.setdefault(cls, str(entry.get("description", "") or ""))
        if entry.get("description"):
            into.descriptions[cls] = str(entry["description"])
        for pred in preds:
            key = normalise_predicate(str(pred))
            if not key:
                continue
            if key in seen_here and seen_here[key] != cls:
                raise RelationClassError(
                    f"{path}: predicate {key!r} is in both {seen_here[key]} and {cls}"
                )
            seen_here[key] = cls
            if override or key not in into.table:
                into.table[key] = cls
    transparent = data.get("transparent", []) or []
    if not isinstance(transparent, list):
        raise RelationClassError(f"{path}: 'transparent' must be a list")
    into.transparent = into.transparent | {normalise_predicate(str(w)) for w in transparent}
    light = data.get("light_verbs", []) or []
    if not isinstance(light, list):
        raise RelationClassError(f"{path}: 'light_verbs' must be a list")
    into.light_verbs = into.light_verbs | {normalise_predicate(str(w)) for w in light}


def load_classes(extra: str | Path | None = None) -> RelationClasses:
    """Load the packaged class table, then ``extra`` (a user YAML file) on top of it.

    The user file has the same shape as ``relation_classes.yaml``; its classes are added
    and a predicate it lists moves to the user's class. Raises RelationClassError.
    """
    result = RelationClasses()
    _merge(result, _read_yaml(DEFAULT_CLASSES_PATH), DEFAULT_CLASSES_PATH, override=False)
    if extra is not None:
        path = Path(extra)
        _merge(result, _read_yaml(path), path, override=True)
    return result


@lru_cache(maxsize=1)
def shipped_classes() -> RelationClasses:
    """The packaged table (a run's own, with the user's file, is its ``Lexicon.classes``)."""
    return load_classes()


def relation_class(predicate: str, object_head: str | None = None) -> str | None:
    """The coarse class of ``predicate`` under :func:`shipped_classes` (None when unknown).

    Pass the object's head word so that light verbs are classed by their object
    ("carry_out" a "raid" is ATTACK).
    """
    return shipped_classes().classify(predicate, object_head)


CLASSES: tuple[str, ...] = shipped_classes().classes
