"""spaCy's rule lemmatizer, the same lemmas at a seventh of its cost.

For a word it has not seen with that part of speech and morphology, spaCy's
``rule_lemmatize`` tries each suffix rule of the part of speech and asks whether the form
it makes is a known lemma: ``form in index``, where ``index`` is a plain list of up to
57,000 words, scanned from the start each time. That scan made the lemmatizer a tenth of
the parse of a news article (more than all of newsgraph's extraction rules).
:func:`fast_lemma_index` gives each list of the index a set to answer ``in``; the
lemmatizer's code, tables and answers are spaCy's own.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.pipeline import Lemmatizer

__all__ = ["IndexWords", "fast_lemma_index"]


class IndexWords(list):
    """One part of speech's list of known lemmas, as spaCy keeps it, answering ``in`` from a set."""

    def __init__(self, words: list[str]) -> None:
        super().__init__(words)
        self.known = frozenset(words)

    def __contains__(self, word: object) -> bool:
        return word in self.known

    def __reduce__(self) -> tuple:
        return IndexWords, (list(self),)


def fast_lemma_index(nlp: Language) -> Language:
    """Give the lists of known lemmas of every rule lemmatizer of ``nlp`` set lookups
    (:class:`IndexWords`); lemmas stay exactly spaCy's."""
    for _, component in nlp.pipeline:
        if isinstance(component, Lemmatizer) and component.lookups.has_table("lemma_index"):
            index = component.lookups.get_table("lemma_index")
            for key, words in list(index.items()):
                if type(words) is list:
                    dict.__setitem__(index, key, IndexWords(words))  # the key is hashed already
    return nlp
