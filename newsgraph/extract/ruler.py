"""spaCy's attribute ruler, the same matches found with array tests instead of its Matcher.

The English pipelines' ``attribute_ruler`` maps tags to parts of speech and fixes some
words' morphology and lemmas with 179 token patterns. spaCy's ``Matcher`` tries every
pattern at every token, one token at a time, which made the ruler a tenth of the whole
parse of a news article. :func:`fast_attribute_ruler` makes the ruler find its matches by
testing each pattern on whole columns of the document (TAG, LOWER, DEP, IS_SPACE) with
numpy. The ruler's patterns, its ordering of the matches and its setting of the attributes
stay spaCy's; a pattern feature the tests do not know (an operator such as ``+``, another
attribute, a comparison) leaves the ruler to its Matcher.
"""

from __future__ import annotations

import re

import numpy
from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.strings import StringStore, get_string_id
from spacy.tokens import Doc

__all__ = ["IndexedAttributeRuler", "fast_attribute_ruler"]

_COLUMNS = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}
_ARRAY_ATTRS = [TAG, LOWER, DEP, IS_SPACE]

# A token test: (column, kind, value); kind "eq" (value an id), "in"/"not_in" (a set of
# ids) or "regex" (a compiled pattern searched in the string of the column's id).
_Test = tuple[int, str, object]


class _Unsupported(Exception):
    """A pattern the index cannot answer exactly as the Matcher would."""


def _value_id(key: str, value: object) -> int:
    if key == "IS_SPACE":
        if not isinstance(value, bool):
            raise _Unsupported(key)
        return int(value)
    if not isinstance(value, str):
        raise _Unsupported(key)
    return get_string_id(value)


def _token_tests(spec: dict) -> list[_Test]:
    tests: list[_Test] = []
    for key, value in spec.items():
        if key not in _COLUMNS:
            raise _Unsupported(key)  # "OP", "ORTH", "_" ... : left to spaCy
        column = _COLUMNS[key]
        if not isinstance(value, dict):
            tests.append((column, "eq", _value_id(key, value)))
            continue
        if len(value) != 1:
            raise _Unsupported(key)
        (op, arg), = value.items()
        if op in ("IN", "NOT_IN") and isinstance(arg, list) and key != "IS_SPACE":
            tests.append((column, op.lower(), frozenset(_value_id(key, v) for v in arg)))
        elif op == "REGEX" and isinstance(arg, str) and key != "IS_SPACE":
            tests.append((column, "regex", re.compile(arg)))
        else:
            raise _Unsupported(f"{key} {op}")
    return tests


class _Index:
    """The ruler's patterns compiled to column tests, in the ruler's order."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.size = len(ruler.attrs)
        self.patterns: list[tuple[int, int, list[list[_Test]]]] = []
        strings = ruler.vocab.strings
        for attr_id, entry in enumerate(ruler.patterns):
            match_id = strings[str(attr_id)]
            for pattern in entry["patterns"]:
                if not pattern:
                    raise _Unsupported("empty pattern")
                self.patterns.append((attr_id, match_id, [_token_tests(spec) for spec in pattern]))
        self.searched: dict[tuple[str, int], bool] = {}  # (regular expression, string id) -> found


def _mask(test: _Test, columns: numpy.ndarray, index: _Index, strings: StringStore) -> numpy.ndarray:
    """Which tokens pass one test, as a boolean array (a regular expression is searched
    once per distinct string, as the Matcher searches the token's string)."""
    column, kind, value = test
    values = columns[column]
    if kind == "eq":
        return values == numpy.uint64(value)
    if kind in ("in", "not_in"):
        found = numpy.isin(values, numpy.fromiter(value, dtype=numpy.uint64, count=len(value)))
        return found if kind == "in" else ~found
    searched = index.searched
    hits = []
    for v in numpy.unique(values).tolist():
        key = (value.pattern, v)
        if key not in searched:
            searched[key] = value.search(strings[v]) is not None
        if searched[key]:
            hits.append(v)
    return numpy.isin(values, numpy.array(hits, dtype=numpy.uint64))


class IndexedAttributeRuler(AttributeRuler):
    """An :class:`~spacy.pipeline.AttributeRuler` that finds its matches with array tests.

    The matches are those of the ruler's own ``Matcher`` (every pattern is a fixed run of
    single-token tests on TAG, LOWER, DEP and IS_SPACE: equality, IN, NOT_IN, REGEX), sorted
    as spaCy sorts them; rules added after loading are compiled again before the next match.
    """

    _index: _Index | None = None

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        index = self._index
        if index is None or index.size != len(self.attrs):
            try:
                index = self._index = _Index(self)
            except _Unsupported:
                return super().match(doc)
        n = len(doc)
        if not n:
            return []
        columns = doc.to_array(_ARRAY_ATTRS).T.copy()  # one row per attribute
        strings = self.vocab.strings
        matches = []
        for attr_id, match_id, tests in index.patterns:
            length = len(tests)
            if length > n:
                continue
            passed = numpy.ones(n - length + 1, dtype=bool)
            for k, token_tests in enumerate(tests):
                for test in token_tests:
                    passed &= _mask(test, columns, index, strings)[k : n - length + 1 + k]
            matches.extend((attr_id, match_id, start, start + length) for start in passed.nonzero()[0].tolist())
        matches.sort()
        return matches


def fast_attribute_ruler(nlp: Language) -> Language:
    """Make every attribute ruler of ``nlp`` an :class:`IndexedAttributeRuler` (same matches,
    same attributes set)."""
    for _, component in nlp.pipeline:
        if type(component) is AttributeRuler:
            component.__class__ = IndexedAttributeRuler
    return nlp
