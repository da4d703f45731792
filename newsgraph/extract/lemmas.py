"""spaCy's rule lemmatizer, the same lemmas at a seventh of its cost, and verb forms read
by their spelling (:func:`spelled_verb_lemmas`: "riding" is ride, not rid).

For a word it has not seen with that part of speech and morphology, spaCy's
``rule_lemmatize`` tries each suffix rule of the part of speech and asks whether the form
it makes is a known lemma: ``form in index``, where ``index`` is a plain list of up to
57,000 words, scanned from the start each time. That scan made the lemmatizer a tenth of
the parse of a news article (more than all of newsgraph's extraction rules).
:func:`fast_lemma_index` gives each list of the index a set to answer ``in``; the
lemmatizer's code, tables and answers are spaCy's own.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc, Token

__all__ = ["IndexWords", "fast_lemma_index", "noun_lemmas", "past_form_lemma", "prefixed_lemmas",
           "split_prefixed", "spelled_verb_lemmas"]


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


_VOWELS = frozenset("aeiou")


def noun_lemmas(nlp: Language, lemmas: dict[str, str]) -> Language:
    """Give the rule lemmatizer one lemma for each plural noun of ``lemmas`` ("taxes": tax;
    its exception table lists "tax" and "taxis", and the parse took the second)."""
    for _, component in nlp.pipeline:
        if isinstance(component, Lemmatizer) and component.mode == "rule" and lemmas:
            table = component.lookups.get_table("lemma_exc")
            nouns = dict(table.get("noun", {}))
            nouns.update({word: [lemma] for word, lemma in lemmas.items()})
            table["noun"] = nouns
    return nlp


def spelled_verb_lemmas(nlp: Language) -> Language:
    """Read a verb's -ing, -ed and -es forms by English spelling where two lemmas fit.

    spaCy's rule lemmatizer keeps the last suffix rule that makes a known verb, so
    "riding" is *rid*, "hoped" and "hopes" *hop*, "fined" *fin*, "rated" *rat*. English
    doubles the final consonant of a short verb before -ing/-ed ("ridding", "hopped") and
    writes its third person with -s ("hops"); a single consonant after one vowel before
    -ing, -ed or -es means the verb ends in e. Where the rule gives such a stem and the stem
    plus "e" is a known verb, the lemma is that verb (ride, hope, fine, rate). Other lemmas
    stay spaCy's.
    """
    for _, component in nlp.pipeline:
        if isinstance(component, Lemmatizer) and component.mode == "rule":
            index = component.lookups.get_table("lemma_index") if component.lookups.has_table("lemma_index") else {}
            component.lemmatize = _BySpelling(component.lemmatize, list(index.values()))
    return nlp


class _BySpelling:
    """The lemmatizer's own ``lemmatize`` with the -ing/-ed/-es spelling rule on top (a class,
    so that the model still pickles for worker processes)."""

    def __init__(self, lemmatize: Callable[[Token], list[str]], lists: Sequence[Collection[str]] = ()) -> None:
        self.lemmatize = lemmatize
        self.lists = lists  # the lemmatizer's own lists of known lemmas, one a part of speech

    def _known(self, word: str) -> bool:
        """Whether any part of speech's list knows ``word`` (sets once :func:`fast_lemma_index` ran)."""
        return any(word in words for words in self.lists)

    def __call__(self, token: Token) -> list[str]:
        forms = self.lemmatize(token)
        # spaCy's answer when two suffix rules make known lemmas: the stem first, the stem +
        # "e" next; the only case to decide
        if len(forms) > 1 and forms[1] == forms[0] + "e" and token.pos_ == "VERB":
            stem = forms[0]
            if token.lower_ in (stem + "ing", stem + "ed", stem + "es") and _short_stem(stem):
                forms.insert(0, forms.pop(1))  # spaCy's cached list: corrected once
        elif len(forms) > 1 and forms[0] == forms[1] + "e" and token.pos_ == "VERB" \
                and not self._known(forms[0]) and self._known(forms[1]):
            # a verb no list knows, made of a noun: "deadlocked" is deadlock (a noun), never the
            # "deadlocke" the first suffix rule writes; "sidelined" stays sideline
            forms.insert(0, forms.pop(1))
        return forms


def split_prefixed(word: str, prefixes: frozenset[str]) -> tuple[str, str] | None:
    """(prefix, rest) of a word written with one of ``prefixes`` and a hyphen ("co-founder"
    -> ("co", "founder"); ``hyphen_prefixes`` of data/clauses.yaml), else None."""
    head, hyphen, rest = word.partition("-")
    return (head, rest) if hyphen and rest and head in prefixes else None


def prefixed_lemmas(nlp: Language, prefixes: frozenset[str]) -> Language:
    """Lemmatize a word kept whole with its prefix ("re-elected", "co-operating") as its
    prefix and the lemma of the rest (re-elect, co-operate): the rule lemmatizer, not
    knowing the whole word, cut it to "re-electe"."""
    if prefixes:
        for _, component in nlp.pipeline:
            if isinstance(component, Lemmatizer) and component.mode == "rule":
                component.lemmatize = _Prefixed(component.lemmatize, prefixes)
    return nlp


class _Prefixed:
    """The lemmatizer's ``lemmatize`` reading a prefixed word by the word after its hyphen."""

    def __init__(self, lemmatize: Callable[[Token], list[str]], prefixes: frozenset[str]) -> None:
        self.lemmatize = lemmatize
        self.prefixes = prefixes

    def __call__(self, token: Token) -> list[str]:
        parts = split_prefixed(token.lower_, self.prefixes)
        if parts is None or not parts[1].isalpha():
            return self.lemmatize(token)
        head, rest = parts
        word = Doc(token.vocab, words=[rest], pos=[token.pos_], morphs=[str(token.morph)])[0]
        return [f"{head}-{form}" for form in self.lemmatize(word)]


def past_form_lemma(word: str) -> str:
    """The verb of a regular past form, by English spelling, for a word the tagger read as an
    adjective (the lemmatizer then kept it whole): "angered" anger, "stopped" stop, "worried"
    worry, "rattled" rattle, "surprised" surprise, "frustrated" frustrate."""
    if word.endswith("ied"):
        return word[:-3] + "y"
    stem = word[:-2]
    if len(stem) < 3:
        return stem + "e"  # "used", "eyed"
    last, before = stem[-1], stem[-2]
    consonant = last not in _VOWELS and last.isalpha()
    if last == before and consonant and last not in "lsz":
        return stem[:-1]
    silent_e = (last == "l" and before not in _VOWELS and before != "l" or last in "vcz" and before != last
                or last == "g" and before != "n" or last == "s" and before in "aiu"
                or last == "t" and (before == "a" and stem[-3] not in "eo" or before == "u" and stem[-3] not in "aeo"))
    return stem + "e" if silent_e else stem


def _short_stem(stem: str) -> bool:
    """A stem ending in one vowel and one consonant ("rid", "hop"; not "rout", "sing")."""
    return (len(stem) >= 3 and stem[-1] not in _VOWELS and stem[-1] not in "wxy"
            and stem[-2] in _VOWELS and stem[-3] not in _VOWELS)
