"""The one builder of hand-made parses for rule tests (spaCy's own tests do the same).

A rule test on a hand-built ``Doc`` means what it says whatever model is installed: a
model update cannot silently change the parse under it. Test files write their parses in
the table shape that reads best for them and hand the columns to :func:`hand_doc`, which
checks the tree (every head inside the sentence, every chain of heads ending at a ROOT)
so a typo in a table fails loudly instead of testing a different sentence.
"""

from __future__ import annotations

from collections.abc import Sequence

import spacy
from spacy.tokens import Doc

VOCAB = spacy.blank("en").vocab  # English lexical attributes (lower_, is_alpha), no model

#: A tag for each coarse POS, when a table gives only the POS.
TAGS = {"PROPN": "NNP", "NOUN": "NN", "AUX": "VBZ", "VERB": "VBD", "DET": "DT", "ADP": "IN",
        "PUNCT": ".", "ADJ": "JJ", "PART": "POS", "PRON": "PRP", "NUM": "CD", "CCONJ": "CC",
        "ADV": "RB", "SCONJ": "IN"}


def hand_doc(
    words: Sequence[str],
    heads: Sequence[int],
    deps: Sequence[str],
    *,
    pos: Sequence[str] | None = None,
    tags: Sequence[str] | None = None,
    lemmas: Sequence[str] | None = None,
    ents: Sequence[str] | None = None,
    spaces: Sequence[bool] | None = None,
    sent_starts: Sequence[bool] | None = None,
) -> Doc:
    """A parsed Doc from columns (``heads`` are absolute token indices); checks the tree."""
    n = len(words)
    assert all(len(col) == n for col in (heads, deps, pos or words, tags or words, lemmas or words,
                                          ents or words, spaces or words, sent_starts or words))
    assert all(0 <= h < n for h in heads), "head index out of range"
    for i in range(n):  # every chain of heads must end at a root
        seen, j = set(), i
        while heads[j] != j:
            assert j not in seen, f"cycle through token {j} ({words[j]})"
            seen.add(j)
            j = heads[j]
        assert deps[j] == "ROOT", f"token {j} ({words[j]}) heads itself but is {deps[j]}"
    return Doc(VOCAB, words=list(words), heads=list(heads), deps=list(deps),
               pos=list(pos) if pos else None, tags=list(tags) if tags else None,
               lemmas=list(lemmas) if lemmas else None, ents=list(ents) if ents else None,
               spaces=list(spaces) if spaces else None,
               sent_starts=list(sent_starts) if sent_starts else None)
