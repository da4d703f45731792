"""Repairs of the small parser's plainest mistakes, made once on the parsed document so that
every extractor (clauses, nominal facts, coreference) reads the same corrected tree."""

from __future__ import annotations

from spacy.attrs import DEP, LOWER, ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from newsgraph.extract.clauses import ClauseRules, first_conjunct, load_rules, names_people, to_marked
from newsgraph.extract.lemmas import past_form_lemma
from newsgraph.extract.spans import UNMARKED_APPOSITIONS, spelled_title, token_indices
from newsgraph.labels import PLACE_TYPES, SUM_TYPES
from newsgraph.names import is_first_name, is_title_word
from newsgraph.names import tables as name_tables

__all__ = ["fix_parse"]

_SUBJECTS = ("nsubj", "nsubjpass")
_OF = get_string_id("of")
_OPENING_BRACKET = get_string_id("(")
_POBJ = get_string_id("pobj")
_FINITE = ("VBD", "VBZ", "VBP", "MD")
_ACTOR_TYPES = ("PERSON", "ORG", "GPE", "NORP")
_NOT_TITLE_TYPES = ("ORG", "GPE", "NORP", "LOC", "FAC")  # a conjunct of these is a body or a place
_TOWN_TYPES = ("GPE", "LOC", "FAC", "ORG")  # a town the model may type otherwise, never a person
_NOUN_CHILDREN = ("det", "amod", "compound", "poss", "nummod", "case", "punct")  # a noun's own words


def fix_parse(doc: Doc, rules: ClauseRules | None = None) -> None:
    """Mend the parse once: a root verb tagged a noun ("Kerr and Tarr plan to revive ..."),
    a fronted word taken for a second subject, an owner written
    without "'s" taken for a second subject ("Vellia next flight is due"), a subject taken for
    the apposition of a fronted phrase, a town with its state written before a noun
    taken for the noun's head, a modifier taken for the head of the name after it, a
    person's title after her name taken for a second subject, the one named by "called X a Y"
    taken for an indirect object, a preposition hung
    on an adverb of direction ("flew back to X"; ``particle_adverbs`` of the clause rules), a
    manner adverb before its preposition left out of the relation ("operate independently of X"),
    an envoy's "to" taken for the verb's ("attacked the ambassador to Kestria"),
    the small clause of a verb that names or judges ("considers Kestria a breakaway region"),
    the speaker after an inverted reporting verb taken for its object ("..., alleges the
    aid group"), the speaker before a closing reporting verb taken for an apposition ("...
    with Kestria, the head of the panel said"), the second item of a list taken for the first one's
    apposition ("held the Orlen Falcon, a light new drone, the old patrol boat and ..."), a
    participle after "having" taken for its object's adjective ("having built ties"),
    descriptions between commas after a name taken for more subjects ("Vellco, the biggest
    carmaker and Orvane's rival, posted"), the
    halves of a hyphenated word taken for two ("is an ex-model"), the
    subject of a second clause taken for a conjunct of the first clause's object ("rejected
    the offer and Tarrow has called ..."), a name set after a title's noun hung on its place
    ("the mayor of Brezna, Dan Orr"), a name after a title's coordinated portfolio taken for a
    second object ("The Minister for Lands and Mines, Dan Orr, met ..."), a title's bracketed
    acronym taken for an apposition ("General Manager (GM) Tom Orr"), a verb listed after a
    verb's objects taken for one of them ("conceal operatives ... and hide hostages"), a finite
    verb taken for a conjunct of an infinitive ("called on X to lift the ban and urged Y"), an
    "of" after two coordinated nouns hung on the first ("a lawyer and member of the party"), the
    doer of a bare infinitive taken for a clause's subject ("help Vellia get access"), a
    participle before a name taken for a second verb
    ("her uncle slain Governor Dan Vell") or after a verb that has no object ("represented
    executed smugglers"), a unit written before its figure taken for the whole amount
    ("came down to Rs. 52 crore": the amount is "Rs. 52 crore"), an owner's gerund taken for
    a subject and its verb, the past verb after it for an adjective ("Orr's sacking shocked
    Kestria"), a company after "Kestford, Ohio-based" taken for the city's apposition, "made by X"
    hung on a topic rather than on what was made ("complaints about Orlen made by X"), a past
    verb taken for its object's adjective ("Orr assailed Vell as ..."), a noun with a "whose"
    clause taken for that clause's second subject, a person named to a post taken for words of
    the post ("named Ana Lisk head of Vellco"), a description of a body hung on a person
    ("..., a Kestria-based cell"), a name after "as" or "while" with a verb of its own taken for
    the phrase's object, and the phrase that says what a sum is hung on the verb ("paid $4
    million in property taxes").
    ``rules``: the run's clause rules (default: the shipped ones)."""
    rules = rules or load_rules()
    before = [(tok.head.i, tok.dep_) for tok in doc]
    _apply_fixes(doc, rules)
    if not _is_tree(doc):
        # a fix made a cycle (two rules' reattachments meeting): run them again one by one and
        # leave out each one that breaks the tree; every later step needs a tree
        _restore(doc, before)
        _apply_fixes(doc, rules, checked=True)


def _apply_fixes(doc: Doc, rules: ClauseRules, *, checked: bool = False) -> None:
    """Every fix in order; ``checked``: undo a fix that leaves the parse no tree."""
    steps = (_fix_noun_roots, _fix_past_modifier_roots, _fix_whose_antecedents, _fix_second_subjects,
             _fix_unmarked_owners, _fix_fronted_subjects, _fix_place_heads,
             _fix_glued_appositions, _fix_title_conjuncts, _fix_joined_names, _fix_particle_objects,
             _fix_named_datives, lambda d: _fix_adverb_particles(d, rules.particle_adverbs),
             lambda d: _fix_manner_adverbs(d, rules.manner_prepositions),
             lambda d: _fix_envoy_destinations(d, rules.envoy_nouns),
             lambda d: _fix_small_clauses(d, rules.naming_verbs | frozenset(rules.as_verbs)),
             lambda d: _fix_label_appositions(d, rules.naming_verbs), _fix_named_posts,
             lambda d: _fix_inverted_speakers(d, rules.reporting_verbs | rules.finding_verbs),
             lambda d: _fix_trailing_speakers(d, rules.reporting_verbs), _fix_listed_appositions,
             _fix_perfect_participles, _fix_described_conjuncts,
             _fix_split_hyphens, _fix_conjunct_subjects, _fix_second_objects, _fix_listed_verbs, _fix_finite_conjuncts,
             _fix_far_of_phrases,
             lambda d: _fix_bare_infinitives(d, rules.bare_infinitive_verbs),
             _fix_title_acronyms,
             lambda d: _fix_role_appositions(d, rules), lambda d: _fix_listed_roles(d, rules),
             _fix_titled_place_names, _fix_listed_of_phrases,
             _fix_branch_titles, _fix_employer_conjuncts, _fix_age_origins, _fix_agent_nouns, _fix_place_appositions,
             _fix_participle_modifiers, _fix_stacked_participles,
             lambda d: _fix_leading_units(d, rules.amount_words),
             lambda d: _fix_topic_participles(d, rules.topic_prepositions, rules.uttering_participles),
             _fix_owned_verbs, _fix_title_gerunds, _fix_title_objects, _fix_relative_agreement,
             _fix_gapped_scores, _fix_possessed_gerunds, _fix_city_state_seats, _fix_body_appositions,
             lambda d: _fix_clause_prepositions(d, rules.subordinating_prepositions),
             lambda d: _fix_amount_phrases(d, rules.amount_prepositions),
             lambda d: _fix_compared_objects(d, rules.comparison_adjectives),
             lambda d: _fix_authored_documents(d, rules.document_nouns, rules.authoring_verbs))
    for step in steps:
        before = [(tok.head.i, tok.dep_) for tok in doc] if checked else []
        step(doc)
        if checked and not _is_tree(doc):
            _restore(doc, before)


def _is_tree(doc: Doc) -> bool:
    """Whether every token's chain of heads reaches a root (no cycle)."""
    state = [0] * len(doc)  # 0 unseen, 1 on the current path, 2 reaches a root
    for start in range(len(doc)):
        path, i = [], start
        while state[i] == 0:
            state[i] = 1
            path.append(i)
            head = doc[i].head.i
            if head == i:
                break
            i = head
        else:
            if state[i] == 1:
                return False
        for j in path:
            state[j] = 2
    return True


def _restore(doc: Doc, heads: list[tuple[int, str]]) -> None:
    """Put back the heads and labels of a snapshot."""
    for tok, (head, dep) in zip(doc, heads, strict=True):
        tok.head = doc[head]
        tok.dep_ = dep


def _fix_owned_verbs(doc: Doc) -> None:
    """Make a word the tagger read as a verb right after an owner's "'s" the owned noun.

    "brought Vellan's remains back to Kestford": "remains" is no verb whose subject is Vellan
    (he did not remain); nothing but a noun follows an owner's "'s". The word takes the
    owner's place in the clause, and the owner becomes its possessor."""
    for tok in doc[2:]:
        if tok.pos_ != "VERB" or doc[tok.i - 1].tag_ != "POS" or tok.dep_ in ("ROOT", "conj"):
            continue
        owner = doc[tok.i - 1].head
        if owner.i >= tok.i:
            continue
        if owner.head.i == tok.i and owner.dep_ in _SUBJECTS:  # "Vellan" the subject of "remains"
            dep = tok.dep_
        elif owner.head.i == tok.head.i and owner.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass"):
            dep = owner.dep_  # "Vellan" and "remains" two objects of "brought"
        else:
            continue
        if any(c.dep_ in _SUBJECTS and c.i != owner.i or c.dep_.startswith("aux") for c in tok.children):
            continue
        tok.dep_ = dep
        tok.pos_, tok.tag_, tok.lemma_ = "NOUN", "NNS" if tok.text.endswith("s") else "NN", tok.text.lower()
        for c in list(tok.children):
            if c.dep_ not in _NOUN_CHILDREN and c.i != owner.i:
                c.head = tok.head  # "back to Kestford", "from Kestria": the clause's
        owner.head, owner.dep_ = tok, "poss"


def _fix_relative_agreement(doc: Doc) -> None:
    """Hang a relative clause on the noun its verb agrees with.

    "Several groups in Kestria, which include the Vell Council, ...": the parser hangs the
    clause on Kestria, the nearest noun, and Kestria includes the council. A relative
    clause whose subject is "which", "who" or "that" and whose verb is plural ("include",
    "were") while the noun it hangs on is singular (or the other way round) belongs to the noun
    before that noun's preposition when that one agrees ("groups in Kestria"). After nouns
    joined by "and" the clause is the last one's when the verb agrees with it only ("the police
    and Vellco, which was founded by ...", "the governor and the judges, who were ...")."""
    for verb in doc:
        if verb.dep_ != "relcl" or not any(c.dep_ in _SUBJECTS and c.tag_ in ("WDT", "WP") for c in verb.children):
            continue
        number = _verb_number(verb)
        noun = verb.head
        last = _last_conjunct(noun, verb)
        if number and last is not None and _TAG_NUMBER.get(last.tag_) == number and (
                number == "sing" or _TAG_NUMBER.get(noun.tag_) == "sing"):
            verb.head = last
            continue
        outer = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else None
        if number and outer is not None and _noun_number(noun) not in ("", number) \
                and _noun_number(outer) == number and outer.i < noun.i:
            verb.head = outer


def _last_conjunct(noun: Token, verb: Token) -> Token | None:
    """The last noun joined to ``noun`` by "and", when it is written right before the relative
    clause ``verb`` heads (a comma may come between)."""
    joined = [c for c in noun.conjuncts if noun.i < c.i < verb.i]
    if not joined or joined[-1].right_edge.i + 2 < verb.left_edge.i:
        return None
    return joined[-1]


_TAG_NUMBER = {"NN": "sing", "NNP": "sing", "NNS": "plur", "NNPS": "plur"}


def _verb_number(verb: Token) -> str:
    """ "sing" or "plur" for a finite verb whose form shows it ("includes", "include", "was",
    "were", "has"), else ""."""
    finite = next((c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE), verb)
    if finite.tag_ == "VBZ" or finite.lower_ == "was":
        return "sing"
    if finite.tag_ == "VBP" or finite.lower_ == "were":
        return "plur"
    return ""


def _noun_number(noun: Token) -> str:
    """ "sing" or "plur" by a noun's tag, else "": nouns joined by "and" are plural ("Tom Vell
    and Ana Orr, who were ..."), and a name in -s may be either ("the Houthis, who support")."""
    if noun.dep_ == "conj" or any(c.dep_ == "conj" for c in noun.children):
        return "plur"
    if noun.tag_ == "NNP" and noun.lower_.endswith("s"):
        return ""
    return _TAG_NUMBER.get(noun.tag_, "")


def _fix_title_objects(doc: Doc) -> None:
    """Make a title written right before a name the name's modifier, not a second object.

    "fired pitching coach Bo Tarr": the parser hangs "coach" and "Bo Tarr" on "fired" as two
    objects, and the one fired is a "pitching coach". A title word in small letters whose
    phrase ends right before a name of the same head and role is the name's title; so is any
    singular noun before a person's name ("told host Dan Kerr": no verb has two objects)."""
    for title in doc[:-1]:
        if not title.is_lower or title.dep_ not in ("dobj", "pobj", "nsubj", "nsubjpass") or title.head.i == title.i:
            continue
        name = doc[title.i + 1]
        while name.head.i > name.i and name.dep_ == "compound":
            name = name.head
        if name.pos_ == "PROPN" and name.head.i == title.head.i and name.dep_ == title.dep_ \
                and (is_title_word(title.text) or title.tag_ == "NN" and name.ent_type_ == "PERSON"):
            title.head, title.dep_ = name, "compound"


def _fix_title_gerunds(doc: Doc) -> None:
    """Make a gerund written right before a title and a name the title's modifier.

    "joined by pitching coach Bo Tarr": the tagger reads "pitching" as a verb whose object
    is Bo Tarr, and the one joined pitches him. A word in -ing with no subject nor auxiliary,
    right before a title word (``titles`` of data/names.yaml) and a name that is its object
    is part of the title when it is one of ``title_gerunds`` (data/names.yaml): "after meeting
    minister Tom Orr" is an act. The name takes the gerund's place in the clause."""
    gerunds = name_tables().title_gerunds
    moved: dict[int, Token] = {}
    for tok in doc[:-2]:
        if tok.tag_ != "VBG" or tok.lower_ not in gerunds:
            continue
        title = doc[tok.i + 1]
        if not title.is_lower or not is_title_word(title.text) \
                or any(c.dep_ in _SUBJECTS or c.dep_.startswith("aux") for c in tok.children):
            continue
        name = next((c for c in tok.children if c.dep_ == "dobj" and c.pos_ == "PROPN"
                     and c.i > title.i and c.left_edge.i <= title.i + 1), None)
        if name is None:
            continue
        head = moved.get(tok.head.i, tok.head)
        name.head, name.dep_ = (name if head.i == tok.i else head), "pobj" if tok.dep_ == "pcomp" else tok.dep_
        if title.head.i == tok.i:
            title.head, title.dep_ = name, "compound"
        for c in list(tok.children):
            if c.i > name.i:
                c.head = name
        tok.head, tok.dep_, tok.pos_ = title, "amod", "ADJ"
        moved[tok.i] = name


def _fix_participle_modifiers(doc: Doc) -> None:
    """Make a participle written before a name its modifier, not a verb joined to the clause.

    "laid flowers for her uncle slain Governor Dan Vell": the parser joins "slain" to "laid"
    as a second verb, and the one who laid flowers becomes the one who slew Dan Vell. Two
    verbs are joined by "and", "or", "but" or a comma; a verb joined by nothing, right after
    a noun and before the name it takes as object, describes that name: it is left loose.
    """
    for tok in doc:
        if tok.dep_ != "conj" or tok.tag_ not in ("VBD", "VBN") or tok.i == 0:
            continue
        before = doc[tok.i - 1]
        if before.pos_ not in ("NOUN", "PROPN") or any(
                c.dep_ in ("cc", "nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children):
            continue
        if any(c.dep_ == "cc" and c.i < tok.i for c in tok.head.children):
            continue
        name = next((c for c in tok.children if c.dep_ == "dobj" and c.pos_ == "PROPN"
                     and c.left_edge.i == tok.i + 1), None)
        if name is None:
            continue
        tok.dep_ = "dep"  # no longer a conjunct: it takes no subject from the first verb


def _fix_stacked_participles(doc: Doc) -> None:
    """Make a participle right after a verb that has no object the modifier of that verb's
    object: "the firm that represented executed smugglers Ana Vell" is the firm representing Ana
    Vell, who was executed; the parser takes "executed" for a verb of its own, with the
    firm's lawyer for the one who executed her. The participle has no subject nor auxiliary
    of its own, and its object starts right after it."""
    for tok in doc:
        verb = _objectless_verb_before(tok)
        if verb is None or any(c.dep_ in ("cc", "aux", "auxpass", "mark") for c in tok.children):
            continue
        subject = next((c for c in tok.children if c.dep_ in _SUBJECTS), None)
        if subject is not None and not _subject_across_relative(subject, verb, tok.head):
            continue  # a subject of its own
        obj = next((c for c in tok.children if c.dep_ == "dobj" and c.left_edge.i == tok.i + 1), None)
        if obj is None:
            continue
        if subject is not None:  # "X, of the firm that represented executed Y, says": X says
            subject.head = tok.head
        obj.head = verb
        tok.head, tok.dep_ = obj, "amod"


def _objectless_verb_before(tok: Token) -> Token | None:
    """The verb right before a past participle the parser made a clause ("represented executed
    ..."), when that verb has no object or clause of its own; else None."""
    if tok.tag_ not in ("VBD", "VBN") or tok.i == 0 or tok.dep_ not in ("ccomp", "conj", "dep"):
        return None
    verb = tok.doc[tok.i - 1]
    if verb.pos_ != "VERB" or any(c.dep_ in ("dobj", "ccomp", "xcomp") and c.i != tok.i for c in verb.children):
        return None
    return verb


def _subject_across_relative(subject: Token, verb: Token, outer: Token) -> bool:
    """Whether the participle's subject is the one before the relative clause ``verb`` is in,
    which belongs to the verb after that clause (``outer``, when it has no subject)."""
    return (verb.dep_ == "relcl" and subject.i < verb.head.i and outer.i != subject.head.i
            and not any(c.dep_ in _SUBJECTS for c in outer.children))


def _fix_title_acronyms(doc: Doc) -> None:
    """Make a title's bracketed acronym no apposition: in "Orlen's General Manager (GM) Tom
    Orr said ..." the parser makes "GM" and "Tom Orr" two appositions of the title, and "GM"
    said it. The acronym of a title (:func:`spelled_title`) hangs on the title as a plain
    dependent, and where the parser made the title and the name after the bracket two
    subjects of one verb, the title is the name's."""
    for i in token_indices(doc, ORTH, _OPENING_BRACKET):
        span = spelled_title(doc, i)
        if span is None or doc[i + 1].head.i != span.root.i:
            continue
        doc[i + 1].dep_ = "dep"
        title, name = span.root, doc[i + 3] if i + 3 < len(doc) else None
        while name is not None and name.ent_type_ == "PERSON" and name.head.i > name.i and name.dep_ == "compound":
            name = name.head
        if name is not None and name.ent_type_ == "PERSON" and title.dep_ == name.dep_ in _SUBJECTS \
                and title.head.i == name.head.i:
            title.head, title.dep_ = name, "compound"  # "Manager (GM) Tom Orr said": one subject


def _fix_second_objects(doc: Doc) -> None:
    """Make a name set off by a comma after a title's coordinated portfolio the title's
    apposition: in "The Minister for Lands and Planning, Dan Orr, met ..." the parser makes
    "Dan Orr" a second object of "for", and the minister's clause lost its subject. A person's
    name hung on a preposition that already has an object before it, right after a comma,
    when the preposition's head is a title, becomes the apposition of that first object."""
    for i in token_indices(doc, DEP, _POBJ):
        tok = doc[i]
        prep = tok.head
        if tok.ent_type_ != "PERSON" or not is_title_word(prep.head.text):
            continue
        first = next((c for c in prep.children if c.dep_ == "pobj" and c.i < tok.i), None)
        if first is not None and tok.left_edge.i > 0 and doc[tok.left_edge.i - 1].text == ",":
            tok.head, tok.dep_ = first, "appos"


def _fix_listed_verbs(doc: Doc) -> None:
    """Make a verb with its own object, listed after a verb's objects, that verb's conjunct:
    in "uses hospitals to conceal operatives, store weapons, conduct attacks and hide hostages"
    the parser hangs "hide" on the nouns, and the clause read "conceal hide hostages". A
    base-form verb that is the last conjunct of a verb's object, with an object of its own, is
    coordinated with the verb; the items between stay as parsed (a noun there may be a verb's
    object or a verb)."""
    for tok in doc:
        if tok.tag_ != "VB" or tok.dep_ != "conj" or not any(c.dep_ == "dobj" for c in tok.children):
            continue
        first = first_conjunct(tok.head)
        verb = first.head
        if first.dep_ == "dobj" and first.pos_ in ("NOUN", "PROPN") and verb.pos_ == "VERB" and verb.i < first.i:
            tok.head = verb


def _fix_far_of_phrases(doc: Doc) -> None:
    """Hang an "of" phrase written after two coordinated nouns on the nearer one: in "a lawyer
    and member of the Vell Party" the parser may hang "of" on "lawyer", and the lawyer became
    the party's. Titles that share their body still do ("president and CEO of X": the roles
    read it from the last one)."""
    for prep in doc:
        head = prep.head
        if prep.lower_ != "of" or prep.dep_ != "prep" or head.pos_ != "NOUN" or head.i > prep.i:
            continue
        nearer = [c for c in head.children if c.dep_ == "conj" and head.i < c.i < prep.i and c.pos_ == "NOUN"]
        if nearer:
            prep.head = nearer[-1]


def _fix_finite_conjuncts(doc: Doc) -> None:
    """Make a finite verb the parser coordinated with an infinitive the conjunct of that
    infinitive's governor: in "Vellia called on Kestria to lift the ban and urged Orlen to
    ..." the parser joins "urged" to "lift", and Kestria urged Orlen. A verb in the past or the
    third person present (VBD, VBZ), with no subject of its own, cannot be one more item of a
    "to" infinitive; it is the conjunct of the infinitive's governor, a verb of its own tense."""
    for tok in doc:
        inf = tok.head
        if tok.dep_ != "conj" or tok.tag_ not in ("VBD", "VBZ") or inf.tag_ != "VB" or inf.i > tok.i \
                or inf.dep_ not in ("xcomp", "advcl") or not to_marked(inf) \
                or inf.head.pos_ not in ("VERB", "AUX") or inf.head.tag_ not in ("VBD", "VBZ", "VBP") \
                or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            continue
        tok.head = inf.head


def _fix_bare_infinitives(doc: Doc, verbs: frozenset[str]) -> None:
    """Make the doer of a bare infinitive after "help" or "make" the verb's object: in
    "Kestria should help Vellia get access to the weapons" the parser makes "Vellia get access"
    a clause of its own, and Kestria helped a clause, no one. The subject of a base-form
    complement with no "to" and no auxiliary becomes the object, the complement the verb's "to"
    clause (``bare_infinitive_verbs`` of the clause rules)."""
    for tok in doc:
        if tok.dep_ not in ("ccomp", "xcomp") or tok.tag_ != "VB" or tok.head.lemma_.lower() not in verbs \
                or tok.i < tok.head.i \
                or any(c.dep_ in ("aux", "mark", "auxpass") for c in tok.children):
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), None)
        if subj is not None and subj.pos_ in ("PROPN", "NOUN") and not any(
                c.dep_ in ("dobj", "dative") for c in tok.head.children):
            subj.head, subj.dep_ = tok.head, "dobj"
            tok.dep_ = "xcomp"


def _fix_role_appositions(doc: Doc, rules: ClauseRules) -> None:
    """Hang a person's name set after "the mayor of Brezna," on the mayor, not on Brezna.

    The parser hangs the name on the nearest noun, so "slammed the mayor of Brezna, Dan Orr"
    made Brezna the one called Dan Orr and the mayor the one slammed. When the noun before
    "of", "for" or "to" names a person (a title, a person noun) and the noun after it does
    not, the name describes the person.
    """
    for tok in doc:
        if tok.dep_ != "appos" or not _person_name(tok):
            continue
        inner = tok.head
        prep = inner.head
        if inner.dep_ != "pobj" or prep.lower_ not in ("of", "for", "to") or prep.i >= inner.i:
            continue
        role = prep.head
        if role.pos_ not in ("NOUN", "PROPN") or not _person_noun(role, rules) or _person_noun(inner, rules) \
                or inner.ent_type_ == "PERSON" or tok.i <= inner.i:
            continue
        if role.dep_ == "appos" and _person_name(role.head):
            continue  # "Tom Orr, the CEO for Orvane, Dan Kerr, the counsel ...": the next item's name
        tok.head = role


def _fix_listed_roles(doc: Doc, rules: ClauseRules) -> None:
    """Make a second title in a list of one person's titles a conjunct of the first.

    "Ana Vell is the Artistic Director of Vellco Theatre, Executive Director of the Kestria
    Arts Council and Founder of Orvane Review": the parser hangs the second title on the
    first one's organisation as its apposition, so the theatre was the council's executive
    director. A title with its own "of" (or "for", "at") phrase, set off by a comma after the
    organisation of a person's title, is another title of that person.
    """
    for tok in doc:
        if tok.dep_ != "appos" or tok.pos_ not in ("NOUN", "PROPN") or not _person_noun(tok, rules) \
                or not any(c.dep_ == "prep" and c.lower_ in ("of", "for", "at") for c in tok.children):
            continue
        inner, prep = tok.head, tok.head.head
        if inner.dep_ != "pobj" or prep.lower_ not in ("of", "for", "at") or doc[tok.left_edge.i - 1].text != ",":
            continue
        role = prep.head
        if role.pos_ in ("NOUN", "PROPN") and _person_noun(role, rules) and not is_title_word(inner.text) \
                and inner.ent_type_ != "PERSON":
            tok.head, tok.dep_ = role, "conj"


def _fix_branch_titles(doc: Doc) -> None:
    """Hang a title and name written after "ORG in PLACE" on the clause, the organisation
    on the title: "Orlen Bank in Vellia Managing Partner Bo Tarr said" is said by Bo Tarr,
    managing partner of Orlen Bank in Vellia. The parser makes the name the object of "in",
    with the place and title as its compounds, so the bank said it and the partner was the
    place's. The firm's branch ("in Vellia") stays on the firm."""
    for prep in doc:
        org = prep.head
        if prep.lower_ != "in" or prep.dep_ != "prep" or org.ent_type_ != "ORG" or org.i != prep.i - 1 \
                or org.dep_ == "ROOT":
            continue  # (a root has no head for the name to take)
        person = next((c for c in prep.children if c.dep_ == "pobj" and c.ent_type_ == "PERSON"), None)
        place = doc[prep.i + 1]
        if person is None or place.ent_type_ != "GPE" or place.head.i == prep.i:
            continue
        end = place.i + 1
        while end < person.i and doc[end].ent_type_ == "GPE":
            end += 1
        first = next(i for i in range(end, person.i + 1) if doc[i].ent_type_ == "PERSON")
        title = [doc[i] for i in range(end, first)]
        if not title or not all(t.is_title and t.pos_ in ("PROPN", "NOUN") and t.head.i > t.i for t in title):
            continue
        head = title[-1]
        person.head, person.dep_ = org.head, org.dep_
        org.head, org.dep_ = head, "compound"
        for t in doc[place.i : end]:
            t.head, t.dep_ = (prep, "pobj") if t.i == end - 1 else (doc[end - 1], "compound")


def _fix_employer_conjuncts(doc: Doc) -> None:
    """Make an organisation written right before a title and a name in a list the title's
    modifier, not a member of the list: in "Tom Orr, Dan Kerr and Bank of Vellia Governor Ben
    Tarr held a meeting" the parser joins "Bank" to the list beside "Tarr", so the bank held
    the meeting and met the others. The governor did; the bank is his employer."""
    for ent in doc.ents:
        org = ent.root
        if ent.label_ != "ORG" or org.dep_ != "conj" or ent.end >= len(doc):
            continue
        first = next((t for t in doc[ent.end : ent.end + 4] if not (t.is_title and t.pos_ == "PROPN")
                      or t.ent_type_ == "PERSON"), None)
        if first is None or first.i == ent.end or first.ent_iob_ != "B" or first.ent_type_ != "PERSON":
            continue
        title = doc[first.i - 1]
        person = title.head
        if not is_title_word(title.text) or person.ent_type_ != "PERSON" or person.dep_ != "conj":
            continue
        org.head, org.dep_ = title, "compound"


def _fix_age_origins(doc: Doc) -> None:
    """Hang "from X" written after a person's age on the person: "lawyer Tom Vell, 27, from
    Orlen, Kestria" says where he is from, not where the meeting is from. The parser hangs
    the phrase on the verb, and the state after the town on the person or the clause, where it
    becomes a subject ("from Orlen, Kestria will be competing": Kestria competes). The state
    becomes the town's apposition; a name coordinated after it, the person's conjunct."""
    for fr in doc[4:]:
        if fr.lower_ != "from" or fr.dep_ != "prep" or doc[fr.i - 1].text != "," or doc[fr.i - 3].text != ",":
            continue
        age, person = doc[fr.i - 2], doc[fr.i - 4]
        town = next((c for c in fr.children if c.dep_ == "pobj"), None)
        if not age.like_num or person.pos_ not in ("PROPN", "NOUN") or town is None \
                or town.ent_type_ not in PLACE_TYPES or fr.is_ancestor(person):
            continue
        fr.head = person
        state = doc[town.i + 2] if town.i + 2 < len(doc) and doc[town.i + 1].text == "," else None
        if state is None or state.ent_type_ not in PLACE_TYPES or state.head.i == town.i \
                or town.is_ancestor(state) or state.is_ancestor(town) or state.is_ancestor(person):
            continue
        for c in list(state.children):
            if c.dep_ in ("conj", "cc") and c.i > state.i and not c.is_ancestor(person):
                c.head = person
        state.head, state.dep_ = town, "appos"


def _fix_agent_nouns(doc: Doc) -> None:
    """Give a passive's empty "by" the name after it: in "was set up by tiler Ana Orr" the
    tagger took "tiler" for a verb, and the parser made Ana Orr that verb's object or a loose
    noun of the clause, so the firm set up Ana Orr. A "by" with no object, before a phrase
    hung on the same verb that opens right after it and ends in a name: the phrase is the
    doer, its first word the name's title."""
    for by in doc:
        if by.dep_ != "agent" or any(True for _ in by.children) or by.i + 2 >= len(doc):
            continue
        word, verb = doc[by.i + 1], by.head
        if word.dep_ == "conj" and word.head.i == verb.i:  # "tiler" a second verb, the name its object
            name = next((c for c in word.children if c.dep_ == "dobj" and c.pos_ == "PROPN"), None)
            if name is None or name.left_edge.i != word.i + 1 or any(
                    c.dep_ in _SUBJECTS or c.dep_ == "aux" for c in word.children):
                continue
            for c in list(word.children):
                if c.i > name.i:
                    c.head = verb  # "after discovering ...": the clause's, not the title's
            word.head, word.dep_ = name, "compound"
        else:  # "tiler" a modifier of the name, the name a loose noun of the clause
            name = word
            while name.head.i not in (verb.i, name.i) and name.head.i > by.i:
                name = name.head
            if name.head.i != verb.i or name.dep_ not in ("npadvmod", "dobj", "dep") \
                    or name.left_edge.i != word.i or name.pos_ != "PROPN":
                continue
        if word.pos_ == "VERB":
            word.pos_ = "NOUN"
        name.head, name.dep_ = by, "pobj"


def _fix_place_appositions(doc: Doc) -> None:
    """Hang a name set after "in the capital," on the capital, not on the noun before "in".

    "Floods in the Vellian capital, Orlen, closed three schools": the parser hangs "Orlen" on
    "floods", and the city becomes the one that closed the schools. A proper name in apposition,
    written right after a place noun's phrase (``place_of_nouns`` of data/names.yaml: capital,
    city, town, ...) that is the object of a preposition on the apposition's head, names that
    place."""
    nouns = name_tables().place_of_nouns
    for tok in doc:
        if tok.dep_ != "appos" or tok.pos_ != "PROPN" or tok.head.lemma_.lower() in nouns:
            continue
        place = next((g for p in tok.head.children if p.dep_ == "prep" and p.i < tok.i
                      for g in p.children if g.dep_ == "pobj" and g.lemma_.lower() in nouns
                      and g.right_edge.i + 2 == tok.left_edge.i and doc[g.right_edge.i + 1].text == ","), None)
        if place is not None:
            tok.head = place


def _person_name(tok: Token) -> bool:
    return tok.ent_type_ == "PERSON" or (tok.pos_ == "PROPN" and is_first_name(tok.left_edge.text))


def _person_noun(tok: Token, rules: ClauseRules) -> bool:
    """Whether a noun names a person: a title ("mayor") or a noun of people ("spokesman")."""
    return is_title_word(tok.text) or names_people(tok, rules)


def _fix_conjunct_subjects(doc: Doc) -> None:
    """Make the subject of a second clause of the name the parser joined to the first
    clause's object: "Orlen rejected the offer and Tarrow has called it an insult" read
    "the offer and Tarrow" as what was rejected. A name conjoined to an object, with right after
    it the auxiliary or the finite form of a verb conjoined to the first verb that has no
    subject of its own, is that verb's subject.
    """
    for tok in doc:
        if tok.dep_ != "conj" or tok.pos_ != "PROPN" or tok.head.dep_ not in ("dobj", "pobj", "attr"):
            continue
        end = max((c.i for c in tok.rights), default=tok.i) + 1
        if end >= len(doc) or doc[end].tag_ not in _FINITE:
            continue
        verb = doc[end] if doc[end].pos_ == "VERB" else doc[end].head
        if verb.dep_ != "conj" or verb.i <= tok.i or any(c.dep_ in _SUBJECTS for c in verb.children):
            continue
        tok.head, tok.dep_ = verb, "nsubj"
        if tok.i > 0 and doc[tok.i - 1].dep_ == "cc":
            doc[tok.i - 1].head = verb  # "and" now joins the two clauses


def _fix_split_hyphens(doc: Doc) -> None:
    """Make the first half of a hyphenated word the second half's modifier.

    "Orr is an ex-model": the tokenizer splits "ex-model" in three and the parser may read
    "ex", "-" and "model" as three complements of "is" ("Orr is_a -"). Two halves written with
    no space around the hyphen and hung on one head with one label are one word: the first
    half (and the hyphen) then hang on the second.
    """
    for dash in doc[1:-1]:
        left, right = doc[dash.i - 1], doc[dash.i + 1]
        if dash.text not in ("-", "‐") or left.whitespace_ or dash.whitespace_:
            continue
        if left.head.i != right.head.i or left.dep_ != right.dep_ or left.head.i in (left.i, dash.i, right.i):
            continue  # hung on the hyphen itself: hanging the hyphen on a half would close a loop
        left.head, left.dep_ = right, "amod"
        dash.head, dash.dep_ = right, "punct"


def _fix_second_subjects(doc: Doc) -> None:
    """Relabel a fronted word the parser took for a second subject.

    "Offstage, though, Ada Lisk is a scold": the model gives "is" two subjects, "Offstage"
    and "Lisk". A subject set off by a comma with another subject after it, before the verb,
    is an adverbial (``npadvmod``): the clause's subject is the one next to its verb. A name
    stays a subject ("Vell, for example, a recent graduate, sent a note"): the parser more often
    took its apposition for a second subject.
    """
    for tok in doc:
        if tok.dep_ in _SUBJECTS and not _named(tok) and _set_off(tok) and any(
                o.dep_ in _SUBJECTS and tok.i < o.i < tok.head.i for o in tok.head.children if o.i != tok.i):
            tok.dep_ = "npadvmod"


def _fix_whose_antecedents(doc: Doc) -> None:
    """Hang "whose" clauses on their noun when the parser made the noun a second subject.

    "when Orr, whose Vellco fund acquired Orvane in 2019, signs": the model gives "acquired"
    two subjects, "Orr" and "fund", so the fact said Orr acquired Orvane. A subject followed by
    a comma and a subject that opens with "whose" is that clause's antecedent: the clause is
    its relative clause, and the noun is no subject of it.
    """
    for whose in doc:
        if whose.tag_ != "WP$" or whose.i == 0 or doc[whose.i - 1].lower_ != ",":
            continue
        for owned in whose.ancestors:  # the subject "whose" opens: "whose Vellco fund"
            verb = owned.head
            subjects = [c for c in verb.children if c.dep_ in _SUBJECTS and c.i < verb.i]
            if owned.left_edge != whose or len(subjects) != 2 or subjects[1] != owned \
                    or whose.i - 1 > subjects[0].right_edge.i + 1:
                continue
            _hang_on_antecedent(verb, subjects[0])
            break


def _hang_on_antecedent(verb: Token, ante: Token) -> None:
    """Make ``verb`` the relative clause of ``ante``, which takes the verb's place, and hang
    the words before ``ante`` ("when Orr, whose ...") on the outer clause."""
    ante.head, ante.dep_ = (ante if verb.head == verb else verb.head), ("ROOT" if verb.head == verb else "dep")
    for word in [c for c in verb.children if c.i < ante.i]:
        word.head = ante.head
    verb.head, verb.dep_ = ante, "relcl"


def _fix_unmarked_owners(doc: Doc) -> None:
    """Hang a name written right before a second subject on it, as its owner.

    "Vellia next scheduled flight is due from Orlen": the possessive's "'s" left out, the model
    gives "is" two subjects, "Vellia" and "flight", and the facts say Vellia is due from
    Orlen. A named subject whose phrase ends right before another subject's phrase of the same
    verb, with no comma between and no article opening it, owns that subject (``poss``).
    """
    for tok in doc:
        if tok.dep_ not in _SUBJECTS or not _named(tok):
            continue
        nxt = tok.right_edge.i + 1
        if nxt >= len(doc) or doc[nxt - 1].is_punct or doc[nxt].pos_ == "DET":
            continue  # "Ana Vell, a flight ...", "Orlen Ltd. an Australian charity": no owner
        other = next((o for o in tok.head.children if o.dep_ in _SUBJECTS and o.i > tok.i
                      and o.left_edge.i == nxt and o.pos_ == "NOUN"), None)
        if other is not None:
            tok.head, tok.dep_ = other, "poss"


def _fix_fronted_subjects(doc: Doc) -> None:
    """Make a verb's subject of the noun the parser hung on a fronted phrase as its apposition.

    "Beyond Orlen, the new board of the farmers' union took office": the model reads "the new
    board" as an apposition of "Orlen" and leaves "took" without a subject, so the facts say
    Orlen is the board. "Addressing officials from the UAE, Ada Lisk, Orvane Cloud CTO, Middle
    East and Africa, said ...": "Lisk" hung on "UAE", her titles taken for a list. An
    apposition of the object of a phrase fronted before the verb, written right before that
    verb (a comma may come between), when the verb has no subject of its own, is the verb's
    subject.
    """
    for tok in doc:
        if tok.dep_ != "appos" or tok.head.dep_ != "pobj" or tok.right_edge.i + 1 >= len(doc):
            continue
        nxt = tok.right_edge.i + 1
        if doc[nxt].text == "," and nxt + 1 < len(doc):
            nxt += 1
        verb = doc[nxt]
        if (verb.pos_ in ("VERB", "AUX") and verb.tag_ in _FINITE and _fronted_in(tok, verb)
                and not any(c.dep_ in _SUBJECTS for c in verb.children)):
            tok.head, tok.dep_ = verb, "nsubj"


def _fronted_in(tok: Token, verb: Token) -> bool:
    """Whether ``tok`` sits in a phrase written before ``verb`` that hangs on it: every word
    between them in the tree comes before ``tok``."""
    head = tok.head
    while head.i != verb.i:
        if head.i > tok.i or head.head.i == head.i:
            return False
        head = head.head
    return True


def _set_off(tok: Token) -> bool:
    """Whether a comma follows the word's phrase directly."""
    nxt = tok.right_edge.i + 1
    return nxt < len(tok.doc) and tok.doc[nxt].text == ","


def _named(tok: Token) -> bool:
    """Whether a word is a proper noun or part of an actor's name."""
    return tok.pos_ == "PROPN" or tok.ent_type_ in _ACTOR_TYPES


def _fix_place_heads(doc: Doc) -> None:
    """Hang a town and its state on the noun they come before.

    "shifted 12 trucks to his Fresno, California, hauling company": the model makes the
    town the object and the company an apposition, so the facts say "trucks shifted to
    Fresno". A name followed by a comma, a place in apposition (its state or country), a
    comma and a common noun in apposition without an article of its own is that noun's
    modifier: the noun takes the town's place in the tree, with the town's determiners and
    possessors. ("Fresno, California, a city of farms" describes the town: left.)
    """
    for tok in doc:
        if tok.pos_ != "PROPN" or tok.ent_type_ not in _TOWN_TYPES or tok.dep_ in ("appos", "compound", "ROOT"):
            continue
        noun = _noun_after_state(tok)
        if noun is None:
            continue
        noun.head, noun.dep_ = tok.head, tok.dep_
        for child in [c for c in tok.lefts if c.dep_ in ("poss", "det", "amod", "nummod")]:
            child.head = noun
        tok.head, tok.dep_ = noun, "compound"


def _noun_after_state(tok: Token) -> Token | None:
    """The common noun after "Town, State," when the state is the town's apposition and the
    noun (without an article) the town's or the state's, or None."""
    doc = tok.doc
    state = next((c for c in tok.rights if c.dep_ == "appos" and c.ent_type_ == "GPE"), None)
    if state is None or tok.i + 1 >= len(doc) or doc[tok.i + 1].text != "," or state.left_edge.i != tok.i + 2 \
            or doc[tok.i + 2].ent_type_ != "GPE":
        return None  # "Rep. Ada Vell, D-Ohio, author of ...": a person, her party and state
    after = state.i + 1
    if after + 1 >= len(doc) or doc[after].text != ",":
        return None
    noun = next((t for t in (*tok.rights, *state.rights) if t.dep_ == "appos" and t.pos_ == "NOUN"
                 and t.left_edge.i == after + 1), None)
    if noun is None or any(c.dep_ in ("det", "poss") for c in noun.lefts):
        return None
    return noun


def _fix_glued_appositions(doc: Doc) -> None:
    """Make the name (or the noun after a name) the head of a phrase the parser split in two.

    "leader of the main opposition Vell Unity party": the model makes "opposition" the
    object and "Vell Unity party" its apposition, so the facts say he leads "main
    opposition"; "defeated the league champion Kestford Rovers" makes "champion" the object.
    A common noun followed, with no punctuation between, by a name (or a name and a common
    noun) the parser hung on it as its apposition is that phrase's modifier: the phrase's
    head takes its place in the tree, with its determiners and adjectives.
    """
    for tok in doc:
        if tok.pos_ != "NOUN" or tok.ent_type_ or tok.i + 1 >= len(doc):
            continue
        noun = next((c for c in tok.rights if c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN")
                     and c.left_edge.i == tok.i + 1 and _named(doc[tok.i + 1])), None)
        if noun is None or tok.dep_ in ("appos", "ROOT") or is_title_word(doc[tok.i + 1].text):
            continue  # "the reform bill President Vell signed": a person, the subject of what follows
        noun.head, noun.dep_ = tok.head, tok.dep_
        for child in [c for c in tok.lefts if c.dep_ in ("poss", "det", "amod", "nummod", "compound")]:
            child.head = noun
        tok.head, tok.dep_ = noun, "compound"


def _fix_title_conjuncts(doc: Doc) -> None:
    """Make a person's title after her name her description, not a second subject.

    "Ada Lisk, Orvane Cloud CTO, Middle East and Africa, said ...": the model coordinates the
    title (and the regions it covers) with the name, so the facts say "Middle East said". A
    conjunct of a person's name set off by a comma, with no "and" or "or" before it, that
    is no other person's name (no first name), no organisation and no place, is her
    apposition; its own conjuncts go with it.
    """
    for tok in doc:
        if tok.ent_type_ != "PERSON" or tok.dep_ not in _SUBJECTS:
            continue
        for c in [c for c in tok.rights if c.dep_ == "conj"]:
            if (doc[c.left_edge.i - 1].text != "," or c.pos_ != "PROPN"
                    or any(t.dep_ == "cc" for t in doc[tok.i + 1 : c.left_edge.i])
                    or c.ent_type_ in _NOT_TITLE_TYPES or c.ent_type_ == "PERSON" and _first_named(c)):
                continue
            c.dep_ = "appos"


def _fix_joined_names(doc: Doc) -> None:
    """Make a listed name written with "and" one phrase headed by its last word.

    "Sao Tome and Principe's Parliament voted ...": the model coordinates "Sao Tome" with
    "Principe's Parliament", so the facts say Sao Tome voted, and so does "Principe's
    Parliament". A name of the gazetteer (``joined_names``, countries such as "Trinidad and
    Tobago") is one name: its last word heads it, and what the model coordinated with its
    first part takes that part's place in the tree.
    """
    for ent in doc.ents:
        if len(ent) < 3 or not ent.ent_id_ or not any(t.dep_ == "cc" for t in ent[1:-1]):
            continue
        last = ent[-1]
        tops = [t for t in ent if t.head.i < ent.start or t.head.i >= ent.end or t.head.i == t.i]
        top = next((t for t in tops if t.i != last.i), None)
        if top is None:
            continue
        outer = last.head if last.head.i not in range(ent.start, ent.end) else None
        if outer is not None and outer.dep_ == "conj" and outer.head.i == top.i:
            target = outer  # "Principe's Parliament": the noun the last word owns takes the place
        elif outer is None and last.dep_ == "conj" and last.head.i == top.i:
            target = last  # "Procter and Gamble said": the name itself
        else:
            continue
        root = top.head.i == top.i
        target.head, target.dep_ = (target if root else top.head), top.dep_
        for t in ent:
            if t.i != last.i:
                t.head, t.dep_ = last, "compound"


def _fix_particle_objects(doc: Doc) -> None:
    """Make the object the parser hung on a verb's particle the verb's direct object.

    "Israel sealed off the West Bank": the model reads "off" as a particle (``prt``) and then
    gives it "Bank" as its prepositional object, so the verb has no object and the fact is
    lost. A particle's object, when its verb has none, is the verb's.
    """
    for tok in doc:
        if tok.dep_ != "prt" or tok.head.i == tok.i:
            continue
        verb = tok.head
        pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if pobj is None or any(c.dep_ in ("dobj", "obj") for c in verb.children):
            continue
        pobj.head, pobj.dep_ = verb, "dobj"


def _fix_envoy_destinations(doc: Doc, envoys: frozenset[str]) -> None:
    """Hang "to X" on the envoy's title it follows: "attacked Vellia's High Commissioner to
    Kestria" attacks the commissioner (``envoy_nouns``); the parser gives the verb the "to"
    phrase, and the fact did something to Kestria."""
    for tok in doc:
        if tok.dep_ != "prep" or tok.lower_ != "to" or tok.i == 0:
            continue
        obj = doc[tok.i - 1]
        if obj.dep_ == "dobj" and obj.head.i == tok.head.i and obj.lemma_.lower() in envoys:
            tok.head = obj


def _fix_adverb_particles(doc: Doc, adverbs: frozenset[str]) -> None:
    """Make an adverb of direction the verb's particle, and its preposition the verb's
    (``adverbs`` holds the pairs, "back to").

    "Tarn flew back to Kestford": the parser hangs "to Kestford" on "back" (``advmod``), where
    no rule looks for a verb's participant, and the fact was lost. The adverb becomes a
    particle (``prt``: the predicate is "fly_back") and its phrase the verb's ("fly_back_to").
    """
    for tok in doc:
        if tok.dep_ != "advmod" or tok.head.pos_ not in ("VERB", "AUX"):
            continue
        preps = [c for c in tok.children if c.dep_ == "prep" and f"{tok.lower_} {c.lower_}" in adverbs]
        if not preps or any(c.dep_ == "prt" for c in tok.head.children):
            continue
        tok.dep_ = "prt"
        for prep in preps:
            prep.head = tok.head


def _fix_manner_adverbs(doc: Doc, prepositions: frozenset[str]) -> None:
    """Make a manner adverb written right before one of the verb's ``prepositions`` the verb's
    particle: "will operate independently of the Kestria government" is
    `operate_independently_of`; without the adverb the relation read "operate_of"."""
    for tok in doc:
        if tok.dep_ != "advmod" or tok.tag_ != "RB" or not tok.lower_.endswith("ly") or tok.i + 1 >= len(doc):
            continue
        prep = doc[tok.i + 1]
        verb = tok.head
        if prep.dep_ == "prep" and prep.head == verb and prep.lower_ in prepositions and verb.pos_ == "VERB" \
                and verb.i < tok.i and not any(c.dep_ == "prt" for c in verb.children):
            tok.dep_ = "prt"


def _fix_inverted_speakers(doc: Doc, verbs: frozenset[str]) -> None:
    """Make the speaker after an inverted reporting verb its subject.

    "Vellian jets hit a clinic, alleges the aid group": the parser reads the group as the
    object of "alleges" (coordinated with "hit"), so the strike was attributed to no one and
    "jets allege group" was a fact. A reporting verb after a comma,
    without a subject, whose object follows it, has that object for its subject; the clause
    before is what it reports (``parataxis``).
    """
    for tok in doc:
        if tok.lemma_.lower() not in verbs or tok.i == 0 or doc[tok.i - 1].text != ",":
            continue
        obj = next((c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i), None)
        if obj is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            continue
        reported = [c for c in tok.children if c.dep_ == "ccomp"]
        if tok.dep_ == "ROOT" and reported and all(c.i < tok.i for c in reported):
            obj.dep_ = "nsubj"  # "The rebels seized the town, added the spokesman"
        elif tok.head.i < tok.i and tok.dep_ in ("conj", "dep", "parataxis", "advcl") and not reported:
            obj.dep_, tok.dep_ = "nsubj", "parataxis"  # "..., alleges the aid group"


def _fix_trailing_speakers(doc: Doc, verbs: frozenset[str]) -> None:
    """Make the speaker written after a comma right before a closing reporting verb its subject.

    "Farm groups will keep working with Kestria, the head of a House panel on food said on Monday":
    the parser reads "the head" as an apposition of Kestria and "said" as a second verb
    without a subject, so Kestria was the head of the panel. A reporting verb joined to the sentence's
    main verb, without a subject or a clause after it, right after an apposition set off by a
    comma, has that apposition for its subject and the main clause for what it reports.
    """
    for tok in doc:
        root = tok.head
        if tok.lemma_.lower() not in verbs or tok.tag_ not in _FINITE or root.dep_ != "ROOT" \
                or tok.dep_ not in ("conj", "dep", "parataxis") or root.i >= tok.i \
                or any(c.dep_ in _SUBJECTS or c.dep_ == "ccomp" and c.i > tok.i for c in tok.children):
            continue
        speaker = next((t for t in doc[root.i + 1 : tok.i] if t.dep_ == "appos" and t.right_edge.i == tok.i - 1
                        and t.head.i < t.i and doc[t.left_edge.i - 1].text == ","), None)
        if speaker is None:
            continue
        speaker.head, speaker.dep_ = tok, "nsubj"
        tok.head, tok.dep_ = tok, "ROOT"
        for t in [t for t in root.children if t.i > speaker.left_edge.i - 2]:
            t.head = tok  # the comma before the speaker, the full stop
        root.head, root.dep_ = tok, "ccomp"


def _fix_listed_appositions(doc: Doc) -> None:
    """Make the second item of a list the first one's conjunct, not its apposition.

    "The shipment held the Orlen Falcon, a light new drone, the old patrol boat and the new
    radar": the parser reads "a light new drone" as the Falcon's apposition, the rest as its
    conjuncts, so the Falcon was a drone. An apposition set off by commas that two nouns or more are
    joined to, the first after a comma and with a determiner or a name of its own, opens the
    rest of the list ("Tom Orr, a lawyer and
    writer" has one conjunct, no comma: an apposition; so is any after a person's name: "Ada
    Lisk, Orvane CTO, Middle East and Africa" is her title and its regions; so is a list after
    a plural, which names its members: "the three founders, Tom Orr, Dan Kerr and Ana Vell,").
    """
    for tok in doc:
        if tok.dep_ != "appos" or tok.head.i > tok.i or tok.head.ent_type_ == "PERSON" \
                or tok.head.tag_ in ("NNS", "NNPS") or tok.head.dep_ == "appos":
            continue
        listed = [c for c in tok.conjuncts if c.i > tok.i]
        after = tok.right_edge.i + 1 if not listed else listed[0].left_edge.i - 1
        if len(listed) >= 2 and doc[after].text == "," and doc[tok.left_edge.i - 1].text == "," and (
                listed[0].pos_ == "PROPN" or any(c.dep_ in ("det", "poss") for c in listed[0].children)):
            tok.dep_ = "conj"  # not "a type, tall, grey hair, no job, etc.": what it is


def _fix_described_conjuncts(doc: Doc) -> None:
    """Make descriptions set between commas after a name its apposition, not more subjects.

    "Vellco, the second-biggest carmaker and Orvane's main rival, posted a loss": the parser
    joins the two descriptions to the name as conjuncts, so the carmaker and the rival posted
    it too. A name whose first conjunct is a common noun with "the" or an
    owner, written right after a comma, the list closed by a comma right before the name's
    verb, is described by that list ("Vellco, the bank and the union reported" has no comma
    before the verb: three subjects).
    """
    for name in doc:
        if name.pos_ != "PROPN" or name.dep_ not in _SUBJECTS or name.head.i < name.i:
            continue
        first = next((c for c in name.children if c.dep_ == "conj" and c.i > name.i), None)
        if first is None or first.pos_ != "NOUN" or doc[first.left_edge.i - 1].text != "," or not any(
                c.dep_ in ("det", "poss") for c in first.children):
            continue
        verb = name.head
        end = max(t.right_edge.i for t in [first, *first.conjuncts] if t.i > name.i)
        if end + 1 < verb.i and doc[end + 1].text == "," and all(
                t.head.i == verb.i and t.dep_ in _VERB_WORDS for t in doc[end + 2 : verb.i]):
            first.dep_ = "appos"


_VERB_WORDS = frozenset({"aux", "auxpass", "neg", "advmod"})  # "..., has not yet reported"


def _fix_perfect_participles(doc: Doc) -> None:
    """Make the participle after "having" the verb, "having" its auxiliary.

    "..., having built close trade ties with Kestria": the parser reads "built" as an
    adjective of "ties", the object of "having", so the fact was "have built close trade
    ties". A "having" the parser made a verb, whose object has the past participle written
    right after "having" as a modifier, is that participle's auxiliary; the participle takes
    its place and its other words.
    """
    for tok in doc:
        if tok.lower_ != "having" or tok.dep_ == "aux" or tok.i + 1 >= len(doc):
            continue
        verb = doc[tok.i + 1]
        obj = verb.head
        if verb.tag_ != "VBN" or verb.dep_ != "amod" or obj.head.i != tok.i or obj.dep_ != "dobj":
            continue
        _take_place(tok, verb, "aux", [c for c in tok.children if c.i != verb.i])


def _fix_small_clauses(doc: Doc, verbs: frozenset[str]) -> None:
    """Make "Vellia considers Kestria a breakaway region" an object and its label.

    The parser reads "Kestria a breakaway region" as a clause without a verb (``ccomp``
    headed by "region", "Kestria" its subject), so the fact was a claim. Under a verb that
    names or judges (``naming_verbs``, ``as_verbs``), such a clause's subject is the verb's
    object and its head the label (``oprd``), as in "called X a scandal".
    """
    for tok in doc:
        if tok.lemma_.lower() not in verbs:
            continue
        for clause in [c for c in tok.children if c.dep_ == "ccomp" and c.pos_ in ("NOUN", "PROPN")]:
            deps = [c.dep_ for c in clause.children]
            subjects = [c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i]
            if len(subjects) != 1 or any(d in deps for d in ("aux", "auxpass", "cop")):
                continue
            subjects[0].head, subjects[0].dep_ = tok, "dobj"
            clause.dep_ = "oprd"


def _fix_label_appositions(doc: Doc, verbs: frozenset[str]) -> None:
    """Make "Orr called Kerr a tyrant" an object and its label.

    The parser reads "a tyrant" as an apposition of "Kerr", so the fact was "Orr call Kerr"
    (a telephone call to a judge). Under a verb that names (``naming_verbs``), a noun with an
    indefinite article written right after the object, no comma between, is the label
    (``oprd``); "called Kerr, a lawyer, on Monday" stays an apposition.
    """
    for verb in doc:
        if verb.lemma_.lower() not in verbs or any(c.dep_ == "oprd" for c in verb.children):
            continue
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is None:
            continue
        label = next((c for c in obj.children if c.dep_ == "appos" and c.pos_ == "NOUN"), None)
        if label is None or label.left_edge.i != obj.i + 1 or not any(
                c.dep_ == "det" and c.lower_ in ("a", "an") for c in label.children):
            continue
        label.head, label.dep_ = verb, "oprd"


def _fix_named_posts(doc: Doc) -> None:
    """Make "Vellco named Ana Lisk head of Orvane" an object and the post it was given.

    The model reads the person's name as compounds of the post ("Ana Lisk head" the
    ``oprd``), so the fact was "Vellco name" a phrase "Ana Lisk head of Orvane". A person's
    name at the start of a verb's ``oprd`` is the verb's object, the rest the post.
    """
    for post in doc:
        if post.dep_ != "oprd" or post.pos_ != "NOUN" or any(c.dep_ == "dobj" for c in post.head.children):
            continue
        span = list(doc[post.left_edge.i:post.i])
        k = next((i for i, t in enumerate(span) if t.ent_type_ != "PERSON" or t.pos_ != "PROPN"), len(span))
        person, rest = span[:k], span[k:]
        if not person or person[-1].head != post or any(t.ent_type_ == "PERSON" for t in rest) \
                or any(t.head != post and t.head not in person for t in person):
            continue
        name = person[-1]
        name.head, name.dep_ = post.head, "dobj"
        for tok in person[:-1]:
            tok.head = name


def _fix_named_datives(doc: Doc) -> None:
    """Make the one named by "called X a scandal" the verb's object.

    The parser at times reads the X of "Amnesty called Camp Delta a scandal" as an indirect
    object (``dative``) beside the label (``oprd``), so the fact lost X ("Amnesty call
    scandal"). A dative beside a label, without a direct object, is the direct object.
    """
    for tok in doc:
        if tok.dep_ != "dative":
            continue
        deps = {c.dep_ for c in tok.head.children}
        if "oprd" in deps and "dobj" not in deps:
            tok.dep_ = "dobj"


def _fix_gapped_scores(doc: Doc) -> None:
    """Take a name with its own figure out of the object: a second clause without its verb.

    "Tom Orr scored 27 and Dan Kerr 25", "Ana Vell reached 20 percent and Tom Orr 14": the
    parser made Kerr what Orr scored (the 27 his) and Orr what Vell reached. A person's name
    with a number after it, in an object, is the subject of the verb left out; it is no
    argument of this clause, and a number the parser gave it before it is the object.
    """
    for tok in doc:
        if tok.ent_type_ != "PERSON" or tok.pos_ != "PROPN" or tok.dep_ not in ("dobj", "conj", "pobj") \
                or not any(c.dep_ == "nummod" and c.i > tok.i and c.ent_type_ != "DATE" for c in tok.children):
            continue
        first = min([tok.i, *(c.i for c in tok.lefts if c.dep_ == "compound")])
        if first == 0 or doc[first - 1].lower_ not in ("and", "while", "or"):
            continue  # "beat Dan Kerr 6-3, 6-4": the score of that clause
        verb = tok.head
        for c in [c for c in tok.children if c.dep_ == "nummod" and c.i < tok.i]:
            c.head, c.dep_ = verb, tok.dep_  # "scored 27": the first score is the object
        tok.dep_ = "dep"


def _fix_authored_documents(doc: Doc, documents: frozenset[str], verbs: frozenset[str]) -> None:
    """Hang "funded by X" after "a report on school safety" on the report, not on its topic.

    The parser hangs the participle on the nearest noun, so the Association funded school
    safety and the report lost what it is about. A participle of writing or paying for
    (``authoring_verbs``) with its "by", after the topic of a document's noun
    (``document_nouns``: "report on", "study into", "survey of"), describes the document.
    """
    for tok in doc:
        if tok.dep_ != "acl" or tok.tag_ != "VBN" or tok.lemma_.lower() not in verbs \
                or not any(c.dep_ == "agent" for c in tok.children):
            continue
        topic = tok.head
        prep = topic.head
        if topic.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in ("on", "about", "into", "of") \
                and prep.head.lemma_.lower() in documents and prep.head.i < tok.i:
            tok.head = prep.head


def _fix_compared_objects(doc: Doc, adjectives: frozenset[str]) -> None:
    """Hang the "to" after an object that "similar" qualifies on "similar", not on the verb.

    "The council highlighted similar points to Tom Orr": the points are like Orr's, and the
    council highlighted nothing to him. A "to" phrase right after an object qualified by a
    word of comparison (``comparison_adjectives``) completes that word.
    """
    for tok in doc:
        if tok.dep_ != "prep" or tok.lower_ != "to" or tok.head.pos_ not in ("VERB", "AUX"):
            continue
        obj = doc[tok.i - 1] if tok.i > 0 else None
        if obj is None or obj.dep_ != "dobj" or obj.head.i != tok.head.i:
            continue
        compared = next((c for c in obj.lefts if c.dep_ == "amod" and c.lower_ in adjectives), None)
        if compared is not None:
            tok.head = compared


def _fix_leading_units(doc: Doc, units: frozenset[str]) -> None:
    """Make a unit written before its figure ("Rs. 52.36 crore", ``amount_words``) a modifier
    of the amount, which takes the unit's place: the parser hung the figure elsewhere, and the
    fact's object was "Rs." alone. Left as parsed when the unit already hangs on the amount
    or the amount governs the unit's head (no loop)."""
    for unit in doc[:-1]:
        if unit.lower_ not in units or unit.pos_ not in ("NOUN", "PROPN") or not doc[unit.i + 1].like_num:
            continue
        amount = doc[unit.i + 1]
        if unit.i + 2 < len(doc) and doc[unit.i + 2].lower_ in units and amount.head.i == unit.i + 2:
            amount = doc[unit.i + 2]  # "52.36 crore"
        if (unit.head.i == amount.i or amount.is_ancestor(unit.head)
                or unit.is_ancestor(amount) and amount.head.i != unit.i):
            continue
        head, dep = (amount, "ROOT") if unit.head.i == unit.i else (unit.head, unit.dep_)
        if dep == "dative" and not any(c.dep_ == "dobj" for c in head.children):
            dep = "dobj"  # "paid Rs. 40 lakh to X": the amount is what was paid
        amount.head, amount.dep_ = head, dep
        unit.head, unit.dep_ = amount, "nmod"


def _fix_topic_participles(doc: Doc, prepositions: frozenset[str], verbs: frozenset[str]) -> None:
    """Hang "made by X" on what was made, not on its topic: in "dismissed complaints about
    Orlen made by Vell traders" the parser hangs "made" on Orlen, so the fact said the
    traders made Orlen. A participle of saying or putting out (``uttering_participles``) with
    its "by" agent, on the object of a topic's preposition (``topic_prepositions``: "about",
    "regarding", "on") after a noun, describes that noun: the complaints were made."""
    for tok in doc:
        if tok.dep_ != "acl" or tok.tag_ != "VBN" or tok.lemma_.lower() not in verbs:
            continue
        if not any(c.dep_ == "agent" for c in tok.children):
            continue
        topic = tok.head
        prep = topic.head
        noun = prep.head
        if (topic.dep_ != "pobj" or prep.lower_ not in prepositions or prep.dep_ not in ("prep", "acl")
                or noun.pos_ != "NOUN" or noun.i >= prep.i or tok.i < topic.i):
            continue
        tok.head = noun


def _first_named(tok: Token) -> bool:
    """Whether the name ``tok`` ends opens with a first name ("Tom Vell", not "Cloud CTO")."""
    start = tok.left_edge.i
    while start < tok.i and tok.doc[start].ent_type_ != tok.ent_type_:
        start += 1
    return is_first_name(tok.doc[start].text)


def _fix_titled_place_names(doc: Doc) -> None:
    """Make the name after "Governor of Texas" the title's apposition, not the object's head.

    "Governor of Texas Greg Abbott met ...", "Secretary of State Ana Vell visited ...":
    written without the comma of "the governor of Texas, Greg Abbott,", the model makes the
    person the object of "of" with the place or portfolio as a modifier, so the title met
    and the person is lost in a name. When a capitalised title's "of" takes capitalised
    words (no person's) run straight into a person's name (a PERSON entity, or a name that
    opens with a first name), the words before the name are the object of "of" and the
    name is the title's apposition, as with the comma.
    """
    for prep in (doc[i] for i in token_indices(doc, LOWER, _OF)):
        title = prep.head
        if prep.dep_ != "prep" or title.i != prep.i - 1 \
                or not (title.is_title and is_title_word(title.text)):
            continue
        name = _titled_name(title, prep)
        if name is None:
            continue
        first = next((t for t in doc[prep.i + 2 : name.i] if t.ent_type_ == "PERSON" and t.ent_iob_ == "B"
                      or t.ent_type_ != "PERSON" and is_first_name(t.text)), None)
        if first is None or not all(t.is_title for t in doc[prep.i + 1 : name.i + 1]) \
                or any(t.ent_type_ == "PERSON" for t in doc[prep.i + 1 : first.i]) \
                or any(not prep.i <= t.head.i <= name.i for t in doc[prep.i + 1 : name.i]):
            continue
        for t in doc[prep.i + 1 : first.i]:
            t.head, t.dep_ = (prep, "pobj") if t.i == first.i - 1 else (doc[first.i - 1], "compound")
        if title.head.i == name.i:  # the title hung on the name: it takes the name's place
            title.head, title.dep_ = (title if name.head.i == name.i else name.head), name.dep_
        name.head, name.dep_ = title, "appos"
        doc.user_data.setdefault(UNMARKED_APPOSITIONS, set()).add(name.i)


def _titled_name(title: Token, prep: Token) -> Token | None:
    """The head of the name written after a title's "of": the object of "of" ("Governor of
    [Texas Greg Abbott]"), the name the title modifies ("[Secretary of State] Ana Vell") or
    the title's apposition ("President of [Ukraine Volodymyr Zelensky]"), a proper noun
    whose words start right after "of"."""
    name = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if name is not None:
        name = name if any(c.dep_ == "compound" for c in name.lefts) else None
    elif title.dep_ in ("nmod", "compound") and title.head.i > prep.i:
        name = title.head
    else:  # "President of [Ukraine Volodymyr Zelensky]" hung on the title, "of" left empty
        name = next((c for c in title.rights if c.dep_ == "appos" and c.left_edge.i == prep.i + 1), None)
    return name if name is not None and name.pos_ == "PROPN" and name.i > prep.i + 1 else None


def _fix_listed_of_phrases(doc: Doc) -> None:
    """Hang an "of" phrase written after a list of nouns on the list's last noun: "economist,
    professor and former chair of the Orlen Council" is chair of the council; the model hangs
    the phrase on the first noun, so the facts made him the council's economist and professor.
    (Two nouns joined by "and" still share it: "co-founder and chief executive of X".)"""
    for prep in (doc[i] for i in token_indices(doc, LOWER, _OF)):
        head = prep.head
        if prep.dep_ != "prep" or head.pos_ != "NOUN" or head.i > prep.i:
            continue
        last = max((c for c in head.conjuncts if c.pos_ == "NOUN" and c.i > head.i), key=lambda c: c.i,
                   default=None)
        if last is not None and last.i < prep.i and last.right_edge.i + 1 == prep.i:
            prep.head = last


def _fix_possessed_gerunds(doc: Doc) -> None:
    """Make the verb of "Orr's sacking shocked Kestria" the one after the gerund.

    The model reads the owner as the gerund's subject and the real verb, its past form
    written right after, as an adjective of the object ("sacking" ROOT, "shocked" amod of
    "Kestria"), so the facts said Orr sacked Kestria. A subject never carries an owner's
    "'s": the gerund is the subject of the word after it, which governs the object.
    """
    for gerund in doc:
        if gerund.tag_ != "VBG" or gerund.i + 1 >= len(doc):
            continue
        owner = next((c for c in gerund.children if c.dep_ == "nsubj" and c.i < gerund.i
                      and any(m.tag_ == "POS" for m in c.children)), None)
        verb = doc[gerund.i + 1]
        if owner is None or verb.tag_ not in ("JJ", "VBN") or not verb.lower_.endswith("ed"):
            continue
        obj = verb.head if verb.dep_ == "amod" and verb.head.head == gerund else None
        if obj is None or obj.dep_ not in ("dobj", "attr"):
            continue
        _take_place(gerund, verb, "nsubj", [c for c in gerund.children if c.i > verb.i])
        verb.tag_, verb.pos_, verb.lemma_ = "VBD", "VERB", past_form_lemma(verb.lower_)
        owner.dep_ = "poss"
        obj.head, obj.dep_ = verb, "dobj"


def _take_place(old: Token, new: Token, old_dep: str, moved: list[Token]) -> None:
    """Put ``new`` where ``old`` stood in the tree (the root, if ``old`` was), hang the words
    ``moved`` on ``new`` and ``old`` itself as its ``old_dep``: "having" becomes the participle's
    "aux", a gerund the subject of the verb after it."""
    new.head, new.dep_ = (new if old.head == old else old.head), old.dep_
    for child in moved:
        child.head = new
    old.head, old.dep_ = new, old_dep


_SEATED = frozenset({"based", "headquartered"})


def _fix_city_state_seats(doc: Doc) -> None:
    """Give the name after "Kestford, Ohio-based" its place in the sentence.

    "a trek organized by Kestford, Ohio-based Vellco": the model reads the city as the
    agent and the company as its apposition, so the facts said Kestford organized the trek.
    The company takes the city's place; the city, with its state, is where it is based.
    """
    for seat in doc:
        if seat.lower_ not in _SEATED or seat.dep_ != "amod" or seat.i < 4:
            continue
        hyphen, state, comma, city = doc[seat.i - 1], doc[seat.i - 2], doc[seat.i - 3], doc[seat.i - 4]
        name = seat.head
        if (hyphen.text != "-" or comma.text != "," or state.pos_ != "PROPN" or city.pos_ != "PROPN"
                or city.ent_type_ not in ("GPE", "LOC") or name.dep_ != "appos" or name.head != city
                or city.head == city or name.pos_ != "PROPN"):
            continue
        name.head, name.dep_ = city.head, city.dep_
        city.head, city.dep_ = state, "compound"
        comma.head = state


def _fix_clause_prepositions(doc: Doc, words: frozenset[str]) -> None:
    """Read "was read as Vell, who chairs the panel, began a trip" as "as" opening a clause.

    The model hangs "as Vell" on "read" as a phrase and "began" on "read" as a second verb
    with no "and", so the verdict began the trip and was "read as" Vell. A verb with a tense
    of its own, written right after the phrase's name and set apart from it by nothing but
    the name's own words, has that name for its subject (``subordinating_prepositions``).
    """
    for prep in doc:
        if prep.lower_ not in words or prep.dep_ != "prep" or prep.head.pos_ not in ("VERB", "AUX"):
            continue
        name = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if name is None or name.pos_ not in ("PROPN", "PRON") or name.right_edge.i + 1 >= len(doc):
            continue
        verb = doc[name.right_edge.i + 1]
        if verb.lower_ == "," and verb.i + 1 < len(doc):
            verb = doc[verb.i + 1]
        if (verb.dep_ != "conj" or verb.head != prep.head or verb.tag_ not in ("VBD", "VBZ", "VBP")
                or any(c.dep_ in ("nsubj", "nsubjpass", "cc") for c in verb.children)):
            continue
        verb.head, verb.dep_ = prep.head, "advcl"
        prep.head, prep.dep_ = verb, "mark"
        name.head, name.dep_ = verb, "nsubj"


def _fix_amount_phrases(doc: Doc, words: frozenset[str]) -> None:
    """Hang the phrase that says what an amount is on the amount: "paid $4 million in property
    taxes" (``amount_prepositions``). The model hangs "in property taxes" on "paid", and the
    object was "$4 million" alone. Only a sum (money, a share, a measure; not a count) and a
    short phrase of common nouns right after it: a name or a time stays the verb's ("invested
    $5 million in Vellco", "lost $2 million in May").
    """
    for amount in doc:
        if amount.dep_ != "dobj" or amount.ent_type_ not in SUM_TYPES or amount.right_edge.i + 1 >= len(doc):
            continue
        prep = doc[amount.right_edge.i + 1]
        if prep.lower_ not in words or prep.dep_ != "prep" or prep.head != amount.head:
            continue
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if pobj is None or pobj.pos_ != "NOUN" or pobj.right_edge.i - prep.i > 4 or any(
                t.ent_type_ or t.i != pobj.i and t.dep_ in ("prep", "relcl", "acl") for t in pobj.subtree):
            continue
        prep.head = amount


def _fix_body_appositions(doc: Doc) -> None:
    """Hang a description of a body on the body named right before it, not on a person.

    "Tom Orr, who was jailed for his ties to the Vell Front in the south, a Kestria-based
    cell": the model hangs "cell" on Orr, so Orr was based in Kestria. No person is a cell, a company or a
    party (``body_kind_nouns``): the description is the organisation's whose phrase ends at
    its comma.
    """
    kinds = name_tables().body_kind_nouns
    for desc in doc:
        person = desc.head
        if desc.dep_ != "appos" or desc.pos_ != "NOUN" or desc.lemma_.lower() not in kinds \
                or person.ent_type_ != "PERSON" or desc.left_edge.i < 2:
            continue
        comma = doc[desc.left_edge.i - 1]
        if comma.lower_ != ",":
            continue
        body = next((t for t in reversed(doc[person.i + 1:comma.i]) if t.ent_type_ == "ORG" and t.pos_ == "PROPN"
                     and t.head.ent_type_ != "ORG" and t.right_edge.i == comma.i - 1), None)
        if body is not None:
            desc.head = body


def _fix_past_modifier_roots(doc: Doc) -> None:
    """Read "Orr assailed Vell as one of the Old Guard" with "assailed" as its verb.

    The model tags "assailed" a past verb but hangs it on "Vell" as an adjective, and makes
    "Vell" the root with "Orr" a word of its name, so the mention was "Orr assailed Vell".
    A past form (VBD, never an adjective's tag) between a name and the root noun it
    modifies is the verb: the name before it is its subject, the root its object, and the
    phrases of the clause (other than an "of" of the noun) are the verb's.
    """
    for sent in doc.sents:
        root = sent.root
        if root.pos_ not in ("PROPN", "NOUN"):
            continue
        verb = next((c for c in root.children if c.dep_ == "amod" and c.tag_ == "VBD" and c.i < root.i), None)
        if verb is None or verb.i == sent.start:
            continue
        subj = doc[verb.i - 1]
        if subj.pos_ != "PROPN" or subj.head != root or subj.dep_ != "compound":
            continue
        verb.head, verb.dep_ = verb, "ROOT"
        for child in [c for c in root.children if c not in (verb, subj)]:
            if child.i < verb.i:  # "Tom" of "Tom Orr assailed"; "Over the weekend,"
                child.head = subj if child.dep_ in ("compound", "det", "amod", "poss") else verb
            elif child.i > root.i and not (child.dep_ == "prep" and child.lower_ == "of"):
                child.head = verb
        root.head, root.dep_ = verb, "dobj"
        subj.head, subj.dep_ = verb, "nsubj"


def _fix_noun_roots(doc: Doc) -> None:
    """Read a sentence's root the tagger took for a noun as the verb the parse makes it:
    "Kerr and Tarr plan to revive production" has "plan" (NN) as its root, with a
    subject before it and a complement after it, and gave no fact. A noun with a
    determiner or a modifier of its own stays one."""
    for sent in doc.sents:
        root = sent.root
        if root.tag_ not in ("NN", "NNS") or not any(
                c.dep_ == "nsubj" and c.i < root.i for c in root.children):
            continue
        if any(c.dep_ in ("det", "amod", "poss", "compound", "nummod") for c in root.children):
            continue
        if not any(c.dep_ in ("xcomp", "dobj", "ccomp", "prep") and c.i > root.i for c in root.children):
            continue
        root.tag_, root.pos_ = ("VBZ" if root.tag_ == "NNS" else "VBP"), "VERB"
