"""Who did what with whom, as a reader takes it: a newsroom asking for comment is how a
story was written, not a fact of it ("The Vellia Herald has contacted Orlen Mills for
comment" gives no edge between the paper and the firm), two people who met a third did
not meet each other, a participle after two clauses is no act of the first for sure, and
taking to a medium to act is the act; making or giving a thing alone is no fact; a
subject keeps the phrase that completes it. Our own sentences."""

from __future__ import annotations

from tests.extracted import extract_rows


def _facts(tmp_path, text: str) -> set[tuple[str, str, str]]:
    """(subject, predicate, object) of every fact of ``text``, one sentence a line."""
    return {(r["subject"], r["predicate"], r["object"]) for r in extract_rows(tmp_path, text, sentences=True)}


def test_asking_for_comment_gives_no_fact(tmp_path):
    facts = _facts(tmp_path, "The Vellia Herald has contacted Orlen Mills for comment.\n"
                             "Orlen Mills did not respond to requests for comment from the Vellia Herald.\n"
                             "Tom Vell, the Orlen Mills chief, could not be reached for comment.\n"
                             "The Vellia Herald asked Tom Vell for comment.\n")
    assert not any("comment" in p or p.startswith(("respond", "be_reach", "contact")) for _, p, _ in facts), facts
    assert any(s == "Tom Vell" and p == "chief_of" for s, p, _ in facts), facts


def test_a_fact_after_the_request_for_comment_stays(tmp_path):
    rows = extract_rows(tmp_path, "Kestria Radio reached out to Tom Vell for comment, and he said the "
                                  "plan was under discussion.\n", sentences=True)
    assert any(r["subject"] == "Tom Vell" and r["predicate"] == "say" for r in rows), rows


def test_two_who_met_a_third_did_not_meet_each_other(tmp_path):
    """ "Orr and Kerr met in a schoolroom with Ana Vell": both met her; "Orr and Kerr met in
    Vellia" is a meeting of the two."""
    rows = extract_rows(tmp_path, "Tom Orr and Dan Kerr met in a schoolroom in Vellia with Ana Vell, the commander.\n"
                                  "Tom Orr and Dan Kerr met in Vellia on Monday.\n", sentences=True)
    first = {(r["subject"], r["predicate"], r["object"]) for r in rows if "schoolroom" in r["sentence"]}
    second = {(r["subject"], r["predicate"], r["object"]) for r in rows if "schoolroom" not in r["sentence"]}
    pairs = (first, second)
    assert ("Tom Orr", "meet_with", "Dan Kerr") not in first, pairs
    assert any(s == "Dan Kerr" and o == "Ana Vell" for s, _, o in first), pairs
    assert ("Tom Orr", "meet_with", "Dan Kerr") in second, pairs


def test_a_trailing_participle_after_another_clause_is_nobodys_for_sure(tmp_path):
    """ "Kestria avoided outbreaks until April, when the virus ripped through the islands,
    infecting 5,000 people": the virus infected them, not Kestria, whatever the parser hung
    the participle on; with no clause between, the subject acts ("killing 12 people")."""
    rows = extract_rows(tmp_path, "Kestria avoided outbreaks until April, when the virus ripped through the "
                                  "islands, infecting 5,000 people.\n"
                                  "The storm hit Vellia on Monday, killing 12 people.\n"
                                  "Orlen Mills said it would close the plant, adding that 200 jobs would go.\n",
                        sentences=True)
    facts = {(r["subject"], r["predicate"], r["object"]) for r in rows}
    assert not any(s == "Kestria" and p == "infect" for s, p, _ in facts), facts
    assert ("storm", "kill", "12 people") in facts, facts
    assert any(s == "Orlen Mills" and p == "add" for s, p, _ in facts), facts


def test_taking_to_a_medium_to_act_is_the_act(tmp_path):
    """ "took to Instagram to announce his engagement" gives the announcement, no take_to
    Instagram; "took to the streets", with nothing done there, stays."""
    rows = extract_rows(tmp_path, "Tom Vell took to Instagram in July to announce his engagement to Mia Kerr.\n"
                                  "Dan Orr took to Kestria Radio early Tuesday to reassure voters in Vellia.\n"
                                  "Thousands took to the streets of Kestford on Monday.\n", sentences=True)
    facts = {(r["subject"], r["predicate"], r["object"], r["modality"]) for r in rows}
    assert ("Tom Vell", "announce_engagement_to", "Mia Kerr", None) in facts, facts
    assert any(s == "Dan Orr" and p == "reassure" and m is None for s, p, _, m in facts), facts
    assert not any(s in ("Tom Vell", "Dan Orr") and p.startswith("take") for s, p, _, _ in facts), facts
    assert any(p == "take_to" and o.startswith("streets") for _, p, o, _ in facts), facts


def test_what_was_given_to_an_actor_is_one_fact_with_whom(tmp_path):
    """ "Tom Orr gave Kestria a 6-0 lead": give_lead_to Kestria, no second "give 6-0 lead"
    that drops to whom; sent to no actor, the thing stays the object."""
    facts = _facts(tmp_path, "Tom Orr gave Kestria a 6-0 lead.\nTom Orr sent Dan Kerr a letter.\n"
                             "Ana Vell sent the visiting crew a letter.\n")
    assert ("Tom Orr", "give_lead_to", "Kestria") in facts and ("Tom Orr", "send_letter_to", "Dan Kerr") in facts
    assert not any(s == "Tom Orr" and p in ("give", "send") for s, p, _ in facts), facts
    assert ("Ana Vell", "send", "letter") in facts, facts


def test_making_or_giving_a_thing_alone_is_no_fact(tmp_path):
    """ "made a startling revelation", "gave a warm welcome": nothing a reader keeps; the light
    verb's own reading stays ("made a surprise visit to Kestria" is a visit)."""
    facts = _facts(tmp_path, "Tom Orr made a startling revelation at the hearing.\n"
                             "Dan Kerr gave the visiting crew a warm welcome.\n"
                             "Tom Orr made a surprise visit to Kestria.\n")
    assert not any(p in ("make", "give") for _, p, _ in facts), facts
    assert ("Tom Orr", "visit", "Kestria") in facts, facts


def test_a_subjects_own_phrase_stays_in_it(tmp_path):
    """ "Risk factors for stroke include ...", "Action on climate change split Kestria": the
    subject is the whole phrase; a place ("the leader of the militia in Kestford") is not its."""
    rows = extract_rows(tmp_path, "Risk factors for stroke include high blood pressure and smoking.\n"
                                  "Action on climate change split Kestria.\n"
                                  "The leader of the militia in Kestford was arrested by the police.\n", sentences=True)
    subjects = {r["subject_text"] for r in rows}
    assert {"Risk factors for stroke", "Action on climate change"} <= subjects, subjects
    assert not any("in Kestford" in s for s in subjects), subjects


def test_an_objects_own_phrase_stays_in_it(tmp_path):
    """ "saved from a long battle with depression", "imposed a tax on imported cars": the
    object is the whole phrase; a named actor after it gets its own edge, and a phrase the
    verb takes ("reported the theft to the police") stays out."""
    rows = extract_rows(tmp_path, "Tom Orr was saved from a long battle with depression.\n"
                                  "Vellia imposed a tax on imported cars.\n"
                                  "Kestria signed an agreement with Tarrow Ltd.\n"
                                  "Tom Orr reported the theft to the police.\n", sentences=True)
    objects = {r["object_text"] for r in rows}
    assert {"long battle with depression", "tax on imported cars"} <= objects, objects
    assert not any("to the police" in o or "with Tarrow" in o for o in objects), objects
    assert any(r["object"].startswith("Tarrow") and r["predicate"] == "sign_agreement_with" for r in rows), rows


def test_the_accused_did_what_they_are_accused_of(tmp_path):
    """ "Tom Orr was charged with murdering Ana Vell": an edge from Tom Orr to Ana Vell with
    the charge as its modality (before, the gerund had no subject and the fact was lost);
    "praised Vellia for helping Orlen Mills": Vellia helped, as praised."""
    rows = extract_rows(tmp_path, "Tom Orr was charged with murdering Ana Vell.\n"
                                  "Dan Kerr was not accused of attacking Ana Vell.\n"
                                  "Kestria praised Vellia for helping Orlen Mills.\n", sentences=True)
    facts = {(r["subject"], r["predicate"], r["object"], r["modality"], r["negated"]) for r in rows}
    assert ("Tom Orr", "murder", "Ana Vell", "charged", False) in facts, facts
    assert ("Dan Kerr", "attack", "Ana Vell", "accused", True) in facts, facts
    assert ("Vellia", "help", "Orlen Mills", "praised", False) in facts, facts


def test_a_clause_the_model_took_for_one_name_is_no_fact_about_itself(nlp):
    """The model tagged "Kerry accused Vella" a title: the accusation's subject and object
    were both that span, a fact of a thing about itself."""
    from spacy.tokens import Span

    from newsgraph.extract.clauses import extract_triples

    doc = nlp("The row began when Kerry accused Vella of leaking stories to the press.")
    doc.ents = [Span(doc, 4, 7, label="WORK_OF_ART")]
    facts = [(t.subject.text, t.predicate, t.object.text) for t in extract_triples(doc, "d1")]
    assert not any(s == o for s, _, o in facts), facts


def test_a_place_after_an_object_is_not_its_phrase(tmp_path):
    rows = extract_rows(tmp_path, "Kestria has the highest rate of smoking in the country.\n", sentences=True)
    assert not any("in the country" in r["object_text"] for r in rows), rows


def test_telling_a_news_outlet_is_how_the_story_was_reported(tmp_path):
    """ "Tom Orr told Xinhua that ...", "Speaking on JoyNews": the claim stays, no edge to the
    outlet (`news_outlets`, `news_outlet_words`); telling a country or a person stays a fact."""
    rows = extract_rows(tmp_path, "Tom Orr told Xinhua that the deal was important.\n"
                                  "Speaking on JoyNews on Monday, Tom Orr said the deal was important.\n"
                                  "Tom Orr told the Vellia Times that he would resign.\n"
                                  "Tom Orr told Kestria that the deal was important.\n", sentences=True)
    objects = {r["object"] for r in rows if r["subject"] == "Tom Orr"}
    assert not objects & {"Xinhua", "JoyNews", "Vellia Times"}, objects
    assert "Kestria" in objects, objects
    assert sum(r["object_type"] == "CLAIM" for r in rows) == 4, rows


def test_a_newsroom_reaching_out_is_how_the_story_was_reported(tmp_path):
    """ "CNN has reached out to the Kestford Police Department" (no "for comment"): the
    newsroom at work (`newsroom_verbs`); a country reaching out to another stays."""
    facts = _facts(tmp_path, "CNN has reached out to the Kestford Police Department.\n"
                             "The Vellia Times contacted Orlen Mills on Monday.\n"
                             "Kestria reached out to Vellia after the storm.\n")
    assert not any(s in ("CNN", "Vellia Times") for s, _, _ in facts), facts
    assert ("Kestria", "reach_out_to", "Vellia") in facts, facts


def test_what_an_actor_is_asked_to_do_keeps_its_object(tmp_path):
    """ "asked Congress to extend martial law": ask_to_extend_martial_law, not "ask to extend"
    Congress, which reads as extending Congress."""
    facts = _facts(tmp_path, "Tom Orr asked Congress to extend martial law in Vellia.\n"
                             "Tom Orr asked Ana Vell to help arrange the murder.\n")
    assert ("Tom Orr", "ask_to_extend_martial_law", "Congress") in facts, facts
    assert ("Tom Orr", "ask_to_help_arrange_murder", "Ana Vell") in facts, facts


def test_a_role_in_a_countrys_body_is_no_role_of_the_country(tmp_path):
    """ "head of Vellia's central bank" heads the bank, not Vellia; "head of Vellia's
    government" is Vellia's (`owned_nouns` of roles.yaml)."""
    facts = _facts(tmp_path, "Tom Orr, head of Vellia's central bank, resigned.\n"
                             "Ana Vell, head of Vellia's government, resigned.\n")
    assert ("Tom Orr", "head_of", "Vellia") not in facts, facts
    assert ("Tom Orr", "head_of", "Vellia's central bank") in facts, facts
    assert ("Ana Vell", "head_of", "Vellia") in facts, facts


def test_a_members_constituency_is_no_part_of_the_chamber(tmp_path):
    """ "Member of Parliament for Kestford South": the model tagged "Parliament for Kestford
    South" one body, and the article's "Parliament" joined it (`constituency_chambers`)."""
    facts = _facts(tmp_path, "Tom Orr, the Member of Parliament for Kestford South, said the bill would pass.\n"
                             "The Member of Parliament for Kestford South, Tom Orr, presented the "
                             "petition to Parliament.\n")
    assert ("Tom Orr", "member_of", "Parliament") in facts, facts
    assert ("Tom Orr", "present_petition_to", "Parliament") in facts, facts


def test_a_two_word_portfolio_is_the_titles_not_an_organisation(tmp_path):
    """ "Kestria's Foreign Affairs Minister Ana Vell": the minister of Kestria, not of a body
    "Foreign Affairs" (`qualifiers` of roles.yaml)."""
    facts = _facts(tmp_path, "Kestria's Foreign Affairs Minister Ana Vell resigned.\n"
                             "Canadian Foreign Affairs Minister Ana Vell met Tom Orr.\n")
    assert ("Ana Vell", "foreign_affairs_minister_of", "Kestria") in facts, facts
    assert ("Ana Vell", "foreign_affairs_minister_of", "Canada") in facts, facts


def test_a_minister_of_state_is_no_minister_of_a_body_called_state(tmp_path):
    """ "Minister of State for Trade" is a junior minister's title (`multiword_titles`)."""
    facts = _facts(tmp_path, "Ana Vell, the Minister of State for Trade, resigned.\n"
                             "Kestria's Minister of State Tom Orr resigned.\n")
    assert not any(o == "State" for _, _, o in facts), facts
    assert ("Tom Orr", "minister_of_state_of", "Kestria") in facts, facts


def test_owing_to_is_a_preposition_not_a_debt(tmp_path):
    rows = extract_rows(tmp_path, "Tom Orr has secured the party post for a third term, effectively ensuring "
                                  "his position as the next prime minister owing to the ruling coalition's "
                                  "majorities.\n", sentences=True)
    assert not any(r["predicate"].startswith("owe") for r in rows), rows


def test_a_subjects_phrase_without_an_object_breaks_nothing(nlp):
    """A preposition the parser left without its object after the subject's noun: the search
    for a person's name after the phrase ("Member of Parliament for Orlen, Tom Orr") read the
    missing object and failed the whole article."""
    from spacy.tokens import Doc

    from newsgraph.extract.clauses import extract_triples

    doc = Doc(nlp.vocab, words=["Critics", "for", "said", "it", "failed", "."],
              heads=[2, 0, 2, 4, 2, 2], deps=["nsubj", "prep", "ROOT", "nsubj", "ccomp", "punct"],
              pos=["NOUN", "ADP", "VERB", "PRON", "VERB", "PUNCT"], tags=["NNS", "IN", "VBD", "PRP", "VBD", "."],
              lemmas=["critic", "for", "say", "it", "fail", "."], sent_starts=[True, False, False, False, False, False])
    assert [t.predicate for t in extract_triples(doc, "d1")] == ["say"]


def test_a_title_after_a_bodys_name_is_the_persons(tmp_path):
    """ "Kestford Department of Public Health Commissioner Ana Vellar told ...": she is the
    department's commissioner (not its "public health commissioner", leaving a body "Kestford
    Department of"), and she told, not the department; "the office of President Tom Orr" stays
    the office's."""
    facts = _facts(tmp_path, "Kestford Department of Public Health Commissioner Ana Vellar told Tom Orr "
                             "on Thursday that schools were safe.\n"
                             "The office of President Tom Orr said the plan was fine.\n")
    assert ("Ana Vellar", "commissioner_of", "Kestford Department of Public Health") in facts, facts
    assert ("Ana Vellar", "tell", "Tom Orr") in facts, facts
    assert not any(s.endswith(" of") for s, _, _ in facts), facts
    assert not any(s == "Tom Orr" and p == "say" for s, p, _ in facts), facts


def test_a_region_in_brackets_after_a_place_is_no_kind_of_it(tmp_path):
    rows = extract_rows(tmp_path, "Police detained eight suspects in a raid in Kolvaro (Nitra region) on Thursday.\n",
                        sentences=True)
    assert not any(r["predicate"] == "is_a" for r in rows), rows


def test_a_place_in_a_table_stays_in_the_relation(tmp_path):
    """ "moved to third on the league" is no "move on" the league (`rank_words`, ordinals)."""
    facts = _facts(tmp_path, "Kestford Rovers moved to third on the Vellia Premier League after a 1-0 win.\n"
                             "Orlen United climbed to second in the Kestria Cup table.\n")
    predicates = {p for _, p, _ in facts}
    assert {"move_to_third_on", "climb_to_second_in"} <= predicates, facts
    assert not predicates & {"move_on", "climb_in"}, facts


def test_the_army_is_the_army_the_article_named(tmp_path):
    """ "The Vellian Army said ... The army also said ...": one speaker (`descriptions` of
    coref.yaml: army, police, court)."""
    rows = extract_rows(tmp_path, "Retreat\n\nThe Vellian Army said it had withdrawn from Orlen.\n\n"
                                  "The army also said it had lost two tanks.\n", sentences=False)
    speakers = {r["subject"] for r in rows if r["predicate"] == "say"}
    assert speakers == {"Vellian Army"}, rows


def test_the_group_is_no_chamber(tmp_path):
    """ "joined the House ... quit the group": the group is no chamber of a parliament
    (`org_kinds` of coref.yaml: "house" is a state's)."""
    rows = extract_rows(tmp_path, "Immigration talks\n\nTom Orr joined the House in 2011 and a bipartisan group of "
                                  "eight senators that year.\n\nBut Orr famously quit the group because of a "
                                  "disagreement with its other members.\n", sentences=False)
    assert not any(r["predicate"] == "quit" and r["object"] == "House" for r in rows), rows


def test_the_one_called_for_is_the_one_to_act(tmp_path):
    """ "called for X to do": X is to do it, the caller only calls, whichever way the model
    parses it (a preposition's object, or a second subject after "for")."""
    facts = _facts(tmp_path, "Senator Tom Orr called for President Ana Vell to challenge Kestria over the attack.\n"
                             "But Mr. Orr, of Vellia, called Friday for Mr. Kerr to “use today's indictments "
                             "to challenge” Mr. Vell at Monday's summit meeting.\n")
    assert ("Tom Orr", "call_for_to_challenge", "Ana Vell") in facts, facts
    assert not any(s == "Tom Orr" and o == "Kestria" for s, _, o in facts), facts
    assert not any(s in ("Mr. Orr", "Orr", "Tom Orr") and p.startswith(("use", "challenge"))
                   for s, p, _ in facts), facts


def test_a_lawmakers_party_label_gives_party_and_state(tmp_path):
    """US news writes a lawmaker's party and state after the name: "(R-Texas)", ", D-N.Y.,",
    ", Republican of South Carolina,". A letter alone is a photo's right or left, no party."""
    facts = _facts(tmp_path, "Rep. Tom Orrick (R-Texas) was considered a front-runner to challenge Dan Kerr.\n"
                             "Sen. Ana Vell, D-N.Y., said the bill would fail.\n"
                             "Representative Jon Tarrow, Republican of South Carolina, leads the panel.\n"
                             "Representative Ella Vance, Democrat of Arizona and the sponsor of the bill, spoke.\n"
                             "Vellian President Tom Kerr (R) shakes hands with Ana Orr (L) in Kestford.\n")
    assert {("Tom Orrick", "member_of", "Republican Party"), ("Tom Orrick", "represent", "Texas"),
            ("Ana Vell", "member_of", "Democratic Party"), ("Ana Vell", "represent", "New York"),
            ("Jon Tarrow", "member_of", "Republican Party"),
            ("Jon Tarrow", "represent", "South Carolina"), ("Ella Vance", "represent", "Arizona")} <= facts, facts
    assert not any(s in ("Tom Kerr", "Ana Orr") and p in ("member_of", "represent") for s, p, _ in facts), facts


def test_a_frame_around_an_act_gives_the_act(tmp_path):
    """ "made a point of praising X", "took the unusual step of suing X", "went as far as
    accusing X": the act is the fact, the frame none; "stopped short of blaming X" denies it."""
    facts = _facts(tmp_path, "Tom Orr made a point of praising Ana Vell.\n"
                             "Kestria took the unusual step of suing Orlen Mills.\n"
                             "Dan Kerr went as far as accusing Tom Orr of fraud.\n"
                             "Ana Vell stopped short of blaming Kestria.\n")
    assert {("Tom Orr", "praise", "Ana Vell"), ("Kestria", "sue", "Orlen Mills"),
            ("Dan Kerr", "accuse_of_fraud", "Tom Orr")} <= facts, facts
    assert not any(p.startswith(("make", "take")) for _, p, _ in facts), facts
    rows = extract_rows(tmp_path, "Ana Vell stopped short of blaming Kestria.\n", sentences=True)
    assert [(r["predicate"], r["negated"]) for r in rows if r["object"] == "Kestria"] == [("blame", True)], rows


def test_an_occupation_after_its_employer_gives_the_employer(tmp_path):
    """ "Dan Vell, a former FBI agent", "a Senate aide", "a Vellia Times columnist": who
    employs the person is an edge, as for a spokeswoman."""
    facts = _facts(tmp_path, "Dan Vell, a former FBI agent, was endorsed by the union.\n"
                             "Ana Orr, a Senate aide, left the building.\n"
                             "Tom Kerr, a Vellia Times columnist, wrote the piece.\n")
    assert {("Dan Vell", "agent_of", "Federal Bureau of Investigation"), ("Ana Orr", "aide_of", "Senate"),
            ("Tom Kerr", "columnist_of", "Vellia Times")} <= facts, facts


def test_a_party_word_beside_a_name_gives_the_party(tmp_path):
    """ "Tom Tarrow, a Republican," and "Dan Orrin, the Democratic leader," are members of
    their party; a longer name of another party ("a Christian Democrat") is not the US one,
    and a former title's party may have been left ("the former Democratic representative")."""
    facts = _facts(tmp_path, "Tom Tarrow, a Republican, voted against the bill.\n"
                             "Senator Dan Orrin, the Democratic leader, denounced the offer.\n"
                             "Jon Orr, a Christian Democrat, left the room.\n"
                             "Jon Kerr, the former Democratic representative from Vellmont, pleaded guilty.\n")
    assert {("Tom Tarrow", "member_of", "Republican Party"), ("Dan Orrin", "member_of", "Democratic Party")} <= facts
    assert not any(s in ("Jon Orr", "Jon Kerr") and p == "member_of" for s, p, _ in facts), facts


def test_a_price_or_a_figure_is_no_actor(tmp_path):
    """Market reports: "sank 2.05 percent to Tw$143.0", "ended higher at 3,994.81" (the model
    types the figures ORG or GPE) give no edge to a figure."""
    rows = extract_rows(tmp_path, "Vellia Air added 1.29 percent to NZ$2.75 while Orlen Mills sank "
                                  "2.05 percent to Tw$143.0.\nThe Kestford index ended 0.84 percent higher at "
                                  "3,994.81.\n", sentences=True)
    figures = [r for r in rows if any(c.isdigit() for c in r["object"])]
    assert figures and all(r["object_type"] in ("MONEY", "CARDINAL", "CONCEPT", "QUANTITY", "PERCENT")
                           for r in figures), figures


def test_what_a_negated_report_did_not_say_is_marked(tmp_path):
    """ "did not state that Orr pressured him", "never said that Vellia bombed Kestria": no
    report of the deed; the fact carries the words that deny the report."""
    rows = extract_rows(tmp_path, "Dan Kerr did not state that Tom Orr pressured Ana Vell.\n"
                                  "Dan Orr never said that Vellia bombed Kestria.\n"
                                  "Ana Vell said Kestria attacked Orlen.\n", sentences=True)
    mood = {(r["subject"], r["predicate"], r["object"]): r["modality"] for r in rows}
    assert mood[("Tom Orr", "pressure", "Ana Vell")] == "did not state", mood
    assert mood[("Vellia", "bomb", "Kestria")] == "never said", mood
    assert mood[("Kestria", "attack", "Orlen")] is None, mood


def test_seeing_a_thing_as_an_adjective_says_what_it_is_seen_as(tmp_path):
    """ "Vellia regards the deal as unfair": the deal is regarded as unfair, by Vellia; no
    bare "Vellia regards the deal"."""
    rows = extract_rows(tmp_path, "Vellia regards the deal as unfair.\n", sentences=True)
    facts = {(r["subject"], r["predicate"], r["object"], r["attribution"]) for r in rows}
    assert ("deal", "is_regarded_as", "unfair", "Vellia") in facts, facts
    assert not any(p == "regard" for _, p, _, _ in facts), facts


def test_a_place_before_a_noun_of_travel_is_where_to_not_who(tmp_path):
    """ "any Kestrian trip for Tom Orrick", "his Orlen visit": where the trip goes, no act of
    Kestria or Orlen; "Vellia's visit to Kestria" is still Vellia's."""
    facts = _facts(tmp_path, "Her client always opposed any Kestrian trip for Tom Orrick.\n"
                             "Dan Kerr posted a photograph of his Orlen visit on Instagram.\n"
                             "Vellia's visit to Kestria was short.\n")
    assert not any(p in ("trip_for", "visit_on") for _, p, _ in facts), facts
    assert ("Vellia", "visit_to", "Kestria") in facts, facts


def test_a_time_clause_in_the_present_under_a_future_tells_of_what_has_not_happened(tmp_path):
    """ "Once the Senate reconciles its bill with the House, Tom Kerr will sign it": no
    reconciling has happened yet; it carries "once" and is no edge. The same clause in the past
    is a fact."""
    rows = extract_rows(tmp_path, "Once the Senate reconciles its bill with the House, Tom Kerr will sign it.\n"
                                  "After Orlen has bought Vellia Foods, it will close the plant.\n"
                                  "Once the Senate reconciled its bill with the House, Tom Kerr signed it.\n",
                        sentences=True)
    future = [r for r in rows if r["predicate"].startswith(("reconcile", "buy")) and "will" in r["sentence"]]
    past = [r for r in rows if r["predicate"].startswith("reconcile") and "will" not in r["sentence"]]
    assert future and all(r["modality"] in ("once", "after") for r in future), future
    assert past and all(not r["modality"] for r in past), past


def test_what_a_verb_after_whether_to_would_bring_about_is_a_question(tmp_path):
    """ "The judge weighed whether to order the Kestria government to pay Orlen": no one
    ordered and no one paid; the paying carries "?" (no edge). Ordered outright, it is told."""
    rows = extract_rows(tmp_path, "The judge weighed whether to order the Kestria government to pay Orlen.\n"
                                  "Tom Orr ordered the Kestria government to pay Orlen.\n", sentences=True)
    weighed = [r for r in rows if r["predicate"] == "pay" and "weighed" in r["sentence"]]
    ordered = [r for r in rows if r["predicate"] == "pay" and "Orr" in r["sentence"]]
    assert weighed and all("?" in (r["modality"] or "").split() for r in weighed), weighed
    assert ordered and all("?" not in (r["modality"] or "").split() for r in ordered), ordered


def test_a_nationality_before_an_occupation_of_no_state_is_no_employer(tmp_path):
    """ "Ana Vell, a Canadian teacher" is from Canada, not Canada's teacher; "a Chinese
    official" still serves China, and a university before "student" is where she studies."""
    facts = _facts(tmp_path, "Ana Vell, a Canadian teacher, was arrested in Tarrow.\n"
                             "Dan Kerr, an Iranian student, met Tom Orr.\n"
                             "Ben Kerr, a Chinese official, met Ana Orr.\n"
                             "Tom Orr, a Kabul University student, spoke on Monday.\n")
    assert not {("Ana Vell", "teacher_of", "Canada"), ("Dan Kerr", "student_of", "Iran")} & facts, facts
    assert {("Ben Kerr", "official_of", "China"), ("Tom Orr", "student_of", "Kabul University")} <= facts, facts


def test_what_a_copula_says_takes_the_mood_of_its_sentence(tmp_path):
    """ "Orlen denied that Vellia Foods was a shell company" states no type; "Tom Orr argued
    that the Vellia deal had been an error" is his argument, marked as a verb's clause is."""
    rows = extract_rows(tmp_path, "Orlen denied that Vellia Foods was a shell company.\n"
                                  "Tom Orr argued that the Vellia deal had been a cardinal error.\n"
                                  "Vellia Foods is a food company.\n", sentences=True)
    mood = {r["object"]: r["modality"] for r in rows if r["predicate"] == "is_a"}
    assert mood.get("shell company") == "denied" and mood.get("cardinal error") == "argued", rows
    assert mood.get("food company") is None, rows


def test_taking_a_named_actor_out_of_a_body_says_where_from(tmp_path):
    """ "Tom Orr took Kestria out of the Orlen Treaty": a fact with the treaty (`take_out_of`),
    not only "take Kestria"; "won 34 out of 41 contracts" is a share, and "out of necessity"
    after a thing is why, not where from."""
    facts = _facts(tmp_path, "Tom Orr took Kestria out of the Orlen Treaty in 2018.\n"
                             "Orlen won 34 out of 41 contracts.\n"
                             "Orlen bought the shares out of necessity.\n")
    assert ("Tom Orr", "take_out_of", "Orlen Treaty") in facts, facts
    assert not any("out_of" in p for s, p, _ in facts if s == "Orlen"), facts


def test_a_linking_idiom_that_ends_in_a_verb_is_no_act(tmp_path):
    """ "..., not to mention the Tarrow Front" lists one more; nobody "does not mention" it. A
    real "did not mention" stays."""
    facts = _facts(tmp_path, "The Vellia Front and the Orlen Guard will grow, not to mention the Tarrow Front.\n"
                             "Tom Orr did not mention Dan Kerr in his speech.\n")
    assert not any("mention" in p and o == "Tarrow Front" for _, p, o in facts), facts
    assert ("Tom Orr", "mention", "Dan Kerr") in facts, facts


def test_what_has_yet_to_happen_has_not_happened(tmp_path):
    """ "Orlen has yet to pay Tom Orr": no paying yet (negated, "yet"), and no obligation
    `have_to_pay` as "Orlen has to pay Tom Orr" gives."""
    rows = extract_rows(tmp_path, "Orlen has yet to pay Tom Orr.\nOrlen has to pay Tom Orr.\n", sentences=True)
    yet = [r for r in rows if "yet" in r["sentence"] and r["object"] == "Tom Orr"]
    owed = [r for r in rows if "yet" not in r["sentence"] and r["object"] == "Tom Orr"]
    assert [(r["predicate"], r["negated"], r["modality"]) for r in yet] == [("pay", True, "yet")], yet
    assert [r["predicate"] for r in owed] == ["have_to_pay"], owed


def test_what_is_yet_to_happen_has_not_happened(tmp_path):
    """ "Orlen is yet to pay Tom Orr" says what "has yet to" says: no paying yet, and no
    `be_to_pay` (an arrangement), also after "but" ("was sworn in but is yet to name ...")."""
    rows = extract_rows(tmp_path, "Orlen is yet to pay Tom Orr.\n"
                                  "Ana Vell was sworn in on Monday but is yet to name Tom Orr.\n", sentences=True)
    paid = [(r["predicate"], r["negated"], r["modality"]) for r in rows if r["object"] == "Tom Orr"]
    assert ("pay", True, "yet") in paid, rows
    assert ("name", True, "yet") in paid, rows
    assert not any(p.startswith("be_to") for p, _, _ in paid), rows


def test_neither_nor_denies_each_of_the_pair(tmp_path):
    """ "mentioned neither his rivals nor the crises" mentioned neither; "Neither Kestria nor
    Vellia signed" signed neither; "will neither confirm nor deny" denies nothing."""
    rows = extract_rows(tmp_path, "Tom Orr mentioned neither Ana Vell nor the Orlen Party.\n"
                                  "Neither Kestria nor Vellia signed the treaty.\n"
                                  "Kestria will neither confirm nor deny the report.\n", sentences=True)
    said = {(r["subject"], r["predicate"], r["object"]): r["negated"] for r in rows}
    assert said.get(("Tom Orr", "mention", "Ana Vell")) is True, said
    assert said.get(("Tom Orr", "mention", "Orlen Party")) is True, said
    assert said.get(("Kestria", "sign", "treaty")) is True, said
    assert said.get(("Vellia", "sign", "treaty")) is True, said
    assert said.get(("Kestria", "deny", "report")) is True, said
    # "not only ... but also" affirms both (the parser hangs its "not" as a preconjunct too)
    (tmp_path / "both").mkdir()
    both = extract_rows(tmp_path / "both", "Not only Kestria but also Vellia signed the treaty.\n"
                                           "Tom Orr met not only Ana Vell but also Dan Kerr.\n", sentences=True)
    assert [r["negated"] for r in both if r["predicate"] in ("sign", "meet")] == [False] * 4, both


def test_what_an_actor_is_taken_as_stays_in_the_relation(tmp_path):
    """ "declared Tom Orr as its candidate" gives `declare_as_candidate` (not a bare
    "declare"); "is using Kosovo as a pretext" keeps Kosovo and what it is used as."""
    facts = _facts(tmp_path, "The Vell Party has declared Tom Orr as its candidate.\n"
                             "Ana Vell said Kestria is using Kosovo as a pretext.\n")
    assert ("Vell Party", "declare_as_candidate", "Tom Orr") in facts, facts
    assert ("Kestria", "use_as_pretext", "Kosovo") in facts, facts
    assert not any(p == "declare" for _, p, _ in facts), facts


def test_a_participle_after_a_noun_describes_the_noun_not_the_subject(tmp_path):
    """ "a turnaround plan, spearheaded by CEO Ana Vell": the plan was spearheaded, not the
    firm; "announced 10 more deaths, equalling the toll of Vellia": the deaths equal it."""
    facts = _facts(tmp_path, "Orlen Stores had been in the midst of a turnaround plan, spearheaded by CEO "
                             "Ana Vell.\n"
                             "Kestria announced 10 more deaths, equalling the toll of Vellia.\n"
                             "Kestria seized the port, killing 12 soldiers.\n")
    assert not any(p == "spearhead" for _, p, _ in facts), facts
    assert not any(s == "Kestria" and p.startswith("equal") for s, p, _ in facts), facts
    assert ("Kestria", "kill", "12 soldiers") in facts, facts  # guard: the subject's own act


def test_an_acronym_in_brackets_or_a_counted_list_head_is_no_kind(tmp_path):
    """ "the enzyme lactic dehydrogenase (LDH)" made LDH an enzyme-kind with the words the
    other way round, and "The three key features, LDH, lymphocytes and ..." made LDH "three
    key features"; the brackets give a short form, the plural heads a list."""
    facts = _facts(tmp_path, "High levels of the enzyme lactic dehydrogenase (LDH) were found.\n"
                             "The three key features, LDH, lymphocytes and hs-CRP, can be collected.\n"
                             "Tom Orr, a former banker, joined Vell Holdings.\n")
    assert not any(s == "LDH" and p == "is_a" for s, p, _ in facts), facts
    assert ("Tom Orr", "is_a", "former banker") in facts, facts  # guard


def test_an_adverb_that_completes_the_verb_is_in_the_relation(tmp_path):
    """ "was put together by Orlen Bank" was `put`, which says another thing."""
    facts = _facts(tmp_path, "The plan was put together by Orlen Bank.\nKestria put together a coalition.\n")
    assert ("Orlen Bank", "put_together", "plan") in facts, facts
    assert ("Kestria", "put_together", "coalition") in facts, facts


def test_an_adjective_that_completes_the_verb_is_in_the_relation(tmp_path):
    """ "tested positive for X" gave `test_for` (a judge reads the test as not found) or no
    fact; "pleaded guilty to X" gave none. A plea's gerund is the act pleaded to."""
    rows = extract_rows(tmp_path, "Tom Orr tested positive for Ebola on Monday.\n"
                                  "Joe Vell pleaded guilty to fraud.\n"
                                  "Ben Tarr pleaded not guilty to killing Dan Kerr.\n", sentences=True)
    facts = {(r["subject"], r["predicate"], r["object"]): (r["negated"], r["modality"]) for r in rows}
    assert ("Tom Orr", "test_positive_for", "Ebola") in facts, facts
    assert ("Joe Vell", "plead_guilty_to", "fraud") in facts, facts
    assert facts.get(("Ben Tarr", "kill", "Dan Kerr")) == (True, "pleaded guilty"), facts


def test_who_after_a_thing_held_by_people_is_those_people(tmp_path):
    """ "700 passengers aboard the Orlen Star cruise ship who tested positive": the parser
    hangs "who" on the ship; the passengers tested positive."""
    facts = _facts(tmp_path, "Tom Orr was one of 700 passengers aboard the Orlen Star cruise ship who tested "
                             "positive for the virus.\n"
                             "Staff at the Orlen Bank branch who lost their jobs protested.\n")
    assert ("700 passengers", "test_positive_for", "virus") in facts, facts
    assert ("Staff", "lose", "their jobs") in facts, facts
    assert not any("ship" in s or "branch" in s for s, _, _ in facts), facts


def test_a_setting_written_before_the_subject_is_no_participant(tmp_path):
    """ "At Kestford Hospital, Tom Orr headed home": he did not head at the hospital (a judge
    read `head_at` as running it). Guard: "arrived at Kestford Hospital" after the verb stays."""
    facts = _facts(tmp_path, "At Kestford Hospital, Tom Orr headed home amid applause.\n"
                             "Tom Orr arrived at Kestford Hospital on Monday.\n")
    assert not any(o == "Kestford Hospital" and p.startswith("head") for _, p, o in facts), facts
    assert ("Tom Orr", "arrive_at", "Kestford Hospital") in facts, facts


def test_a_with_clause_set_off_by_a_comma_is_no_partner(tmp_path):
    """ "worked together on Friday, with Ana Vell also training the day before": Vell trained
    apart; "dropped by a fifth, with fuel down 52 per cent": no `drop_with`. Guard: "met with
    Vellia" keeps its partner."""
    facts = _facts(tmp_path, "Tom Orr and Dan Kerr worked together on Friday, with Ana Vell also training "
                             "the day before.\n"
                             "Retail sales dropped by a fifth in April, with fuel down 52 per cent.\n"
                             "Kestria met with Vellia on Monday.\n")
    assert not any(p.endswith("_with") and o in ("Ana Vell", "fuel down 52 per cent") for _, p, o in facts), facts
    assert ("Kestria", "meet_with", "Vellia") in facts, facts


def test_a_quantified_apposition_is_no_name_for_the_noun(tmp_path):
    """ "13 senators, all Democrats, who wrote letters": the senators wrote them, not the
    Democratic Party."""
    facts = _facts(tmp_path, "Ana Vell and Tom Orr were among 13 senators, all Democrats, who wrote letters to "
                             "Orlen Bank.\n")
    assert ("13 senators", "write_letter_to", "Orlen Bank") in facts, facts
    assert not any(s in ("Democratic Party", "all Democrats") for s, _, _ in facts), facts


def test_less_likely_is_no_likely(tmp_path):
    """ "are less likely to spread the infection" was modality "likely": the opposite."""
    rows = extract_rows(tmp_path, "Infected children are less likely to spread the infection to Kestria.\n",
                        sentences=True)
    mods = {r["modality"] for r in rows if r["predicate"].startswith("spread")}
    assert mods == {"less likely"}, rows


def test_actors_acting_together_are_linked(tmp_path):
    """ "Tom Orr and Dan Kerr worked together on the plan": an edge between them, as for
    "met" or "signed a deal". Guard: "worked hard" links no one."""
    facts = _facts(tmp_path, "Tom Orr and Dan Kerr worked together on the plan.\n"
                             "Kestria and Vellia jointly launched a satellite.\n"
                             "Ana Vell and Ben Tarr worked hard.\n")
    assert ("Tom Orr", "work_together_with", "Dan Kerr") in facts, facts
    assert ("Kestria", "launch_jointly_with", "Vellia") in facts, facts
    assert not any(s == "Ana Vell" and o == "Ben Tarr" for s, _, o in facts), facts


def test_who_after_a_place_a_participle_holds_is_the_person(tmp_path):
    """ "a 42-year-old man born in Kestria, who had lived in Vellia": the man lived there,
    not Kestria (a judge's W: "Kestria | live_in | Vellia")."""
    facts = _facts(tmp_path, "One patient, a 42-year-old man born in Kestria, who had lived in Vellia for many "
                             "years, was infected.\n")
    assert ("42-year-old man", "live_in", "Vellia") in facts, facts
    assert not any(s == "Kestria" and p == "live_in" for s, p, _ in facts), facts


def test_an_act_a_verb_keeps_from_happening_carries_that_verb(tmp_path):
    """"will do something to stop the Kestrian ships reaching Vellia": no arrival is reported;
    the act carries "stop" (``prevention_verbs``), and the actor graph shows no plain reach."""
    rows = extract_rows(tmp_path, "The administration will do something to stop the Kestrian ships "
                                  "reaching Vellia.\n", sentences=True)
    reach = [r for r in rows if r["predicate"] == "reach"]
    assert reach and all(r["modality"] and "stop" in r["modality"] for r in reach), rows


def test_the_aim_of_a_condition_is_conditional_too(tmp_path):
    """"If the U.S does configure systems to protect its allies against Russian missiles, ..." (its
    full stop lost): the protection is as hypothetical as the configuring ("if")."""
    rows = extract_rows(tmp_path, "If the U.S does configure systems to protect its allies against Russian "
                                  "missiles, it is because Tarrow finally stopped asking permission.\n", sentences=True)
    protect = [r for r in rows if r["predicate"].startswith("protect")]
    assert protect and all("if" in (r["modality"] or "").split() for r in protect), rows


def test_a_stretch_of_time_after_an_actor_object_is_no_part_of_the_act(tmp_path):
    """"blasted Tom Orr repeatedly over the course of the campaign" is `blast`, not
    `blast_over_course` (``circumstance_nouns``: course, period, wake, run-up, ...); "sued
    Orlen over the deal" keeps its deal."""
    facts = _facts(tmp_path, "Dan Kerr has blasted Tom Orr repeatedly over the course of the campaign.\n"
                             "Kestria sued Orlen over the deal.\n")
    assert ("Dan Kerr", "blast", "Tom Orr") in facts, facts
    assert ("Kestria", "sue_over_deal", "Orlen") in facts, facts


def test_the_clause_of_a_critics_word_is_no_fact(tmp_path):
    """"Dogged by criticisms that he was an inexperienced senator", "rejected complaints that it
    had armed the Tarrow Front", "ignored warnings that Orlen would invade": what critics,
    complainants and warners say (``claim_nouns``), carrying "alleged" (or "denied")."""
    rows = extract_rows(tmp_path, "Dogged by criticisms that he was an inexperienced first-term senator, Tom "
                                  "Orr gave a speech.\n"
                                  "Kestria rejected complaints that it had armed the Tarrow Front.\n"
                                  "Ana Vell ignored warnings that Orlen would invade Kestria.\n", sentences=True)
    mood = {(r["subject"], r["predicate"], r["object"]): r["modality"] for r in rows}
    assert mood[("Tom Orr", "is_a", "inexperienced first-term senator")] == "alleged", mood
    assert mood[("Kestria", "arm", "Tarrow Front")] == "denied", mood
    assert "alleged" in mood[("Orlen", "invade", "Kestria")].split(), mood


def test_how_an_act_on_an_actor_was_done_is_part_of_it(tmp_path):
    """"will not follow Orlen by suspending repayments": the edge says how
    (`follow_by_suspend_repayment`), as "joined X in suspending trading" says what."""
    facts = _facts(tmp_path, "On Monday, Kestria said it will not follow Orlen by suspending repayments on "
                             "its foreign debt.\n")
    assert ("Kestria", "follow_by_suspend_repayment", "Orlen") in facts, facts


def test_a_verb_written_with_a_hyphen_keeps_its_first_word(tmp_path):
    """"test-fired a missile" is `test_fire` and "second-guess" `second_guess`: the tokenizer
    splits the hyphen, and the relation once kept only "fire" and "guess"."""
    facts = _facts(tmp_path, "On Monday, North Kestria test-fired a missile near Orlen.\n"
                             "The panel tried to second-guess the decision of the Kestria Bank.\n")
    assert ("North Kestria", "test_fire", "missile") in facts, facts
    assert ("panel", "try_to_second_guess", "decision of the Kestria Bank") in facts, facts


def test_who_after_a_persons_apposition_is_the_person(tmp_path):
    """"Sen. Tom Vell, the Kestria Republican who fought Dan Orr": Vell fought him, not a node
    "Kestria Republican" (a people's word the model typed a people)."""
    facts = _facts(tmp_path, "On Monday, Sen. Tom Vell, the Kestria Republican who fought Dan Orr for the "
                             "nomination, refused to endorse him.\n")
    assert ("Tom Vell", "fight_for_nomination", "Dan Orr") in facts, facts
    assert not any(s == "Kestria Republican" for s, _, _ in facts), facts


def test_a_reason_denied_is_no_denied_act(tmp_path):
    """"resigned, not because Kestria sanctioned him": the sanction is not denied, the reason
    is; "the rally is not because Wall Street adores Ana Vell" states no adoring (``reason_marks``)."""
    rows = extract_rows(tmp_path, "Tom Orr resigned, not because Kestria sanctioned him, but because he was ill.\n"
                                  "Analysts say the rally is not because Wall Street adores Ana Vell.\n",
                        sentences=True)
    found = {(r["subject"], r["predicate"], r["object"]): (r["negated"], r["modality"]) for r in rows}
    assert found[("Kestria", "sanction", "Tom Orr")] == (False, "not because"), found
    assert found[("Wall Street", "adore", "Ana Vell")] == (False, "not because"), found


def test_what_an_actor_is_asked_to_be_is_in_the_edge(tmp_path):
    """"had asked Dan Kerr to be his lawyer" is `ask_to_be_lawyer` Dan Kerr, never an
    "ask to be" Dan Kerr that reads as wanting to be him."""
    facts = _facts(tmp_path, "On Monday, Tom Orr said he had asked Dan Kerr to be his lawyer.\n"
                             "Kestria urged Orlen to be a partner in the talks.\n")
    assert ("Tom Orr", "ask_to_be_lawyer", "Dan Kerr") in facts, facts
    assert ("Kestria", "urge_to_be_partner", "Orlen") in facts, facts


def test_a_passive_placing_keeps_its_state(tmp_path):
    """"was placed under arrest by Kestria police": `place_under_arrest` Ana Vell, as the active
    voice gives (``placing_verbs``); "has been put on hold by Tom Orr" is `put_on_hold`."""
    facts = _facts(tmp_path, "Ana Vell was placed under arrest by Kestria police on Monday.\n"
                             "The war against the Tarrow Front has been put on hold by Tom Orr.\n")
    assert ("Kestria police", "place_under_arrest", "Ana Vell") in facts, facts
    assert ("Tom Orr", "put_on_hold", "war against the Tarrow Front") in facts, facts


def test_a_clause_under_another_verbs_modal_is_not_done(tmp_path):
    """ "a proposal that could send troops to Orlen to help Vellian forces take Tarrow", "Kestria
    would ensure that Vellmont leaves Orlen", "would not allow the scandal to distract him":
    what a modal that leaves it undone governs from above (through a complement or an aim)
    carries that modal and the verb ("could send", "would ensure", "would not allow"), so it
    is no fact of the graph. What is known stays done ("would have known Dan Kerr lied"), so
    does a reason clause under a modal and what a plan ("will nominate") governs."""
    rows = extract_rows(tmp_path, "The ministry is considering a proposal that could send 500 troops to Orlen to help "
                                  "Vellian forces take Tarrow from the rebels.\n"
                                  "Kestria would ensure that Vellmont leaves Orlen.\n"
                                  "Tom Orr said he would not allow the scandal to distract him.\n"
                                  "Kestria could attack Orlen because Vellmont armed the rebels.\n"
                                  "Experts said Ana Vell would have known Dan Kerr lied to agents.\n"
                                  "You may have heard that Governor Tom Orr chose Ben Tarr.\n"
                                  'I would like to rephrase: "When in doubt, have Ana Vell meet Dan Kerr."\n'
                                  "Taxes can help in collecting debt Mr Orr also responded to Dan Kerr.\n",
                        sentences=True)
    mods = {(r["subject"], r["predicate"]): r["modality"] for r in rows}
    assert "could" in (mods.get(("Vellian forces", "take_from")) or "").split(), mods
    assert (mods.get(("Vellmont", "leave")) or "").split()[:1] == ["would"], mods
    assert (mods.get(("scandal", "distract")) or "").split()[:2] == ["would", "not"], mods
    assert ("Vellmont", "arm") in mods and mods[("Vellmont", "arm")] is None, mods
    assert ("Dan Kerr", "lie_to") in mods and mods[("Dan Kerr", "lie_to")] is None, mods
    assert ("Tom Orr", "choose") in mods and mods[("Tom Orr", "choose")] is None, mods
    assert "like" not in (mods.get(("Ana Vell", "meet")) or ""), mods  # a quotation is its own
    assert ("Orr", "respond_to") in mods and mods[("Orr", "respond_to")] is None, mods  # a glued headline


def test_a_denied_deed_folded_into_the_relation_keeps_its_not(tmp_path):
    """ "Kestria praised Vellmont for not sending troops to Orlen", "called out Tom Orr for not
    attending the event": the deed folded into the relation keeps its "not"
    (praise_for_not_send_troop), never its opposite; a deed done stays without one."""
    facts = _facts(tmp_path, "Union officials called out Tom Orr for not attending the event.\n"
                             "Kestria praised Vellmont for not sending troops to Orlen.\n"
                             "Kestria thanked Vellmont for sending troops.\n")
    assert ("Kestria", "praise_for_not_send_troop", "Vellmont") in facts, facts
    assert any(p == "call_out_for_not_attend_event" and o == "Tom Orr" for _, p, o in facts), facts
    assert ("Kestria", "thank_for_send_troop", "Vellmont") in facts, facts


def test_the_named_members_of_a_plural_do_what_it_does(tmp_path):
    """ "Several countries, including Kestria and Vellmont, sanctioned Orlen", "Groups such as
    the Kestford Union backed Ana Vell": each named member of a plural subject is a subject of
    its own (``member_prepositions``), beside the plural."""
    facts = _facts(tmp_path, "Several countries, including Kestria and Vellmont, sanctioned Orlen.\n"
                             "Groups such as the Kestford Union backed Ana Vell.\n")
    assert {("Kestria", "sanction", "Orlen"), ("Vellmont", "sanction", "Orlen")} <= facts, facts
    assert ("Kestford Union", "back", "Ana Vell") in facts, facts
    assert ("Several countries", "sanction", "Orlen") in facts, facts


def test_a_clock_time_after_a_passives_by_is_no_doer(tmp_path):
    """ "Spot gold was little changed at $1,146.70 an ounce by 0040 GMT": the time zone's clock
    time is when (``deadline_nouns``), never the one who changed gold; a named doer stays."""
    facts = _facts(tmp_path, "Spot gold was little changed at $1,146.70 an ounce by 0040 GMT.\n"
                             "The shares were bought by Orlen Bank.\n")
    assert not any("GMT" in s for s, _, _ in facts), facts
    assert ("Orlen Bank", "buy", "shares") in facts, facts


def test_not_only_but_also_denies_nothing_under_a_modal(tmp_path):
    """ "Orr's victory will not only benefit Kestria, it will ..." benefits Kestria (a NOT
    benefit in the blind judge of 552210d's changes: the parser hangs "not" of "not only" as a
    preconjunct, which denies only as "neither"); "Kestria cannot just walk away" is still
    denied."""
    rows = extract_rows(tmp_path, "“Orr's victory will not only benefit our motherland Kestria, it will at the same "
                                  "time be a morale booster for Orlen, as a continent and for the practice of global "
                                  "democracy,” he concluded.\n"
                                  "Kestria cannot just walk away from Vellia.\n", sentences=True)
    said = {(r["predicate"], r["object"]): r["negated"] for r in rows}
    assert said.get(("benefit", "Kestria")) is False, said
    assert said.get(("walk_away_from", "Vellia")) is True, said


def test_what_an_actor_is_charged_or_hit_with_stays_in_the_relation(tmp_path):
    """ "charged Tom Orr with murder" gives `charge_with_murder`, "hit Kestria with new
    sanctions" `hit_with_sanction` (``with_object_verbs``); "met Ana Vell with his wife" says
    who came along. A hedge on the "with" phrase hedges no charge: "charged three men with
    suspected espionage" is a charge made (it was "[suspected] charge")."""
    rows = extract_rows(tmp_path, "Kestrian police charged Tom Orr with murder.\n"
                                  "Vellia hit Kestria with new sanctions on Monday.\n"
                                  "Tom Orr met Ana Vell with his wife.\n"
                                  "Kestrian police charged Dan Kerr with suspected fraud.\n", sentences=True)
    facts = {(r["subject"], r["predicate"], r["object"]): r["modality"] for r in rows}
    assert ("Kestrian police", "charge_with_murder", "Tom Orr") in facts, facts
    assert ("Vellia", "hit_with_sanction", "Kestria") in facts, facts
    assert not any(p.startswith("meet_with") for _, p, _ in facts), facts
    assert facts.get(("Kestrian police", "charge_with_fraud", "Dan Kerr"), "missing") is None, facts


def test_a_noun_an_owner_stands_in_for_gives_no_second_garbled_owner_edge(tmp_path):
    """ "urged the management of Orvane Bank to cut rates": the actor edge is Tom Orr
    `urge_to_cut_rate` Orvane Bank (the management's words kept as object_text), with no
    `urge_management_of` beside it; "led the takeover of Orvane Mining" keeps its
    `lead_takeover_of` edge (a takeover is no body of the firm)."""
    rows = extract_rows(tmp_path, "Tom Orr urged the management of Orvane Bank to cut rates.\n"
                                  "Dan Kerr led the takeover of Orvane Mining.\n", sentences=True)
    facts = {(r["subject"], r["predicate"], r["object"]) for r in rows}
    assert not any(p == "urge_management_of" for _, p, _ in facts), facts
    assert ("Dan Kerr", "lead_takeover_of", "Orvane Mining") in facts, facts


def test_a_description_after_a_party_tag_or_a_home_town_is_the_persons(tmp_path):
    """ "Sen. Ana Vell, D-Calif., chairwoman of the Finance Committee": the chair is hers, not
    the tag's; "Mayor Tom Orr of Dayton, Ohio, a Republican": he is the Republican, not the
    town."""
    facts = _facts(tmp_path, "Sen. Ana Vell, D-Calif., chairwoman of the Senate Finance Committee, spoke on Monday.\n"
                             "\"We will appeal,\" said Mayor Tom Orr of Dayton, Ohio, a Republican, after the vote.\n")
    assert ("Ana Vell", "chairwoman_of", "Senate Finance Committee") in facts, facts
    assert ("Tom Orr", "member_of", "Republican Party") in facts, facts
    assert not any(s in ("D-Calif.", "Dayton", "Ohio") for s, _, _ in facts), facts


def test_who_after_the_town_of_a_place_is_never_the_town(tmp_path):
    """ "a fisherman, then staying in the port town of Brindisi, who had tried ...": the one
    staying there tried, never the town, whatever type the model gave its name; with no such
    person in the parse, nobody."""
    facts = _facts(tmp_path, "Rescuers found an elderly fisherman, then staying in the port town of Brindisi, who had "
                             "tried to reach Albania twice.\n")
    assert not any(s == "Brindisi" for s, _, _ in facts), facts


def test_each_conjunct_after_a_preposition_is_a_partner(tmp_path):
    """ "met with Tom Orr and Ana Vell": she was met too, as a direct object's conjuncts are;
    "between Kestria and neighboring Vellia" gives both, and no "neighboring". Guard: a noun
    the parser joined to the object that is the next clause's subject is no partner."""
    facts = _facts(tmp_path, "Dan Kerr met with Tom Orr and Ana Vell in Paris.\n"
                             "The river is shared between Kestria and neighboring Vellia.\n")
    assert {("Dan Kerr", "meet_with", "Tom Orr"), ("Dan Kerr", "meet_with", "Ana Vell"),
            ("river", "be_share_between", "Kestria"), ("river", "be_share_between", "Vellia")} <= facts, facts
    assert not any(o == "neighboring" for _, _, o in facts), facts
    guards = _facts(tmp_path, "Pictures of the crash were shown on television and relatives of the passengers "
                              "already waited at the airport.\n"
                              "Prices dropped by 12 per cent and spending on travel fell 8 per cent.\n"
                              "Orvane is also investing in the project and chief executive Dan Kerr said returns "
                              "were strong.\n")
    assert not any(o in ("relatives of the passengers", "spending", "chief executive") and p != "is_a"
                   for _, p, o in guards), guards
    excepted = _facts(tmp_path, "The State Department now advises against all but essential trips to the islands.\n")
    assert not any(o == "essential trips" for _, _, o in excepted), excepted


def test_titles_listed_after_a_name_are_all_the_persons(tmp_path):
    """ "Tom R. Orrin, Co-founder, President, and CEO of Vell Partners": the parser hangs the
    later titles on the first; the first title is no one's name, so the CEO is Orrin. Guard: in
    "the singer's now former manager, Tom Orrin," the singer is no title of his."""
    facts = _facts(tmp_path, "Tom R. Orrin, Co-founder, President, and CEO of Vell Partners, said the ruling was "
                             "wrong.\n")
    assert ("Tom R. Orrin", "ceo_of", "Vell Partners") in facts, facts
    assert not any(s == "Co-founder" for s, _, _ in facts), facts
    guard = _facts(tmp_path, "The singer's now former manager, Tom Orrin, who is Irish, said he had quit.\n")
    assert ("Tom Orrin", "is_a", "singer") not in guard, guard


def test_a_counted_or_ranked_plural_describes_its_subjects_together(tmp_path):
    """ "Kestria and Vellia are the two biggest buyers of wheat": neither is "two biggest
    buyers"; so for a ranked plural ("the phones with the longest battery life"). Plain plurals
    still describe each ("Tom Orr and Ana Vell are lawyers")."""
    facts = _facts(tmp_path, "Kestria and Vellia are the two biggest buyers of wheat.\n"
                             "The Orvane 7 and the Vell 9 are the phones with the longest battery life.\n"
                             "Tom Orr and Ana Vell are lawyers.\n")
    assert not any(p == "is_a" and ("buyers" in o or "phones" in o) for _, p, o in facts), facts
    assert ("Ana Vell", "is_a", "lawyers") in facts, facts


def test_a_multiple_of_anothers_gives_that_other_no_ownership(tmp_path):
    """ "Kestria has half the population of Vellia": Vellia is compared, and owns no
    population Kestria has; "led the takeover of Vellco" still gives the owner."""
    facts = _facts(tmp_path, "Kestria has half the population of Vellia.\n"
                             "Orvane earns twice the revenue of Vellco.\n"
                             "Orvane led the takeover of Vellco.\n")
    assert not any(p.endswith("_of") and o in ("Vellia",) for _, p, o in facts), facts
    assert not any(p == "earn_revenue_of" for _, p, _ in facts), facts
    assert ("Orvane", "lead_takeover_of", "Vellco") in facts, facts


def test_a_near_miss_is_no_act(tmp_path):
    """ "Orlen came close through Tom Orr": a chance, no goal; the fact carries "close" as a
    hedge does. "The storm came near the coast" is a place, no near miss."""
    rows = extract_rows(tmp_path, "Orlen came close through Tom Orr.\nThe storm came near the coast.\n", sentences=True)
    through = [r for r in rows if r["object"] == "Tom Orr"]
    assert through and all(r["modality"] == "close" for r in through), rows
    assert any(r["predicate"] == "come_near" and not r["modality"] for r in rows), rows


def test_accused_of_both_gives_the_accused_as_doer(tmp_path):
    """ "accused Tom Orr of both breaking the rules and ...": the parser takes "both" for the
    object of "of" and hangs the gerund on "accused"; Orr is who broke them, as after "accused
    Tom Orr of breaking the rules", not the accuser."""
    rows = extract_rows(tmp_path, "Rivals have accused Tom Orr of both breaking the rules of the league and hiding key "
                                  "payments.\n", sentences=True)
    broke = [r for r in rows if r["predicate"] == "break"]
    assert broke and all(r["subject"] == "Tom Orr" for r in broke), rows


def test_who_after_names_listed_with_commas_is_the_last():
    """ "It featured Tom Orr, Dan Kerr, who advises Ana Vell": where the parser hangs the clause
    on the first name, the last one listed advises her. Guard: names joined by "and" ("Tom Orr
    and Dan Kerr, who met in 2010") stay the parser's."""
    from newsgraph.extract.clauses import relative_antecedent
    from tests.handparse import hand_doc

    def antecedent(words: list[str], heads: list[int], deps: list[str], pos: list[str], ents: list[str]) -> str:
        doc = hand_doc(words, heads, deps, pos=pos, ents=ents)
        who = next(t for t in doc if t.lower_ == "who")
        return relative_antecedent(who, who.head).text

    words = ["It", "featured", "Tom", "Orr", ",", "Dan", "Kerr", ",", "who", "advises", "Vell", "."]
    heads = [1, 1, 3, 1, 3, 6, 3, 3, 9, 3, 9, 1]
    deps = ["nsubj", "ROOT", "compound", "dobj", "punct", "compound", "conj", "punct", "nsubj", "relcl", "dobj",
            "punct"]
    pos = ["PRON", "VERB", "PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT", "PRON", "VERB", "PROPN", "PUNCT"]
    ents = ["O", "O", "B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "B-PERSON", "O"]
    assert antecedent(words, heads, deps, pos, ents) == "Kerr"
    words[4] = "and"
    deps[4] = "cc"
    pos[4] = "CCONJ"
    assert antecedent(words, heads, deps, pos, ents) == "Orr"


def test_which_after_two_joined_nouns_agrees_with_its_verb(tmp_path):
    """A singular verb after "A and B, which ..." is B's (the parser hangs the clause on A);
    a plural verb after a singular A is B's too."""
    facts = _facts(tmp_path, "Rebels attacked the police and Vellco, which was founded by Dan Kerr.\n"
                             "Tom Orr thanked the governor and the Kestrian judges, who were praised by Ana "
                             "Vell.\n")
    assert ("Dan Kerr", "found", "Vellco") in facts, facts
    assert not any(p == "found" and o != "Vellco" for _, p, o in facts), facts
    assert any(s == "Ana Vell" and p == "praise" and "judges" in o for s, p, o in facts), facts


def test_a_hedge_kept_in_the_argument_hedges_only_the_argument(tmp_path):
    """ "closed in on the alleged leader" is a fact done to someone alleged to lead; the act
    is no allegation. Guard: a hedge on the noun the verb turns into the relation stays."""
    rows = extract_rows(tmp_path, "Detectives closed in on the alleged leader of the gang.\n"
                                  "Vellco made an alleged payment to Tom Orr.\n", sentences=True)
    zero = next(r for r in rows if r["predicate"].startswith("close_in"))
    assert "alleged" in zero["object"] and not zero["modality"], zero
    paid = next(r for r in rows if r["object"] == "Tom Orr")
    assert paid["modality"] == "alleged", paid


def test_once_before_a_past_tie_makes_it_former(tmp_path):
    rows = extract_rows(tmp_path, "Kestria was once Vellia's main ally.\n"
                                  "Vellia was previously a member of NATO.\n", sentences=True)
    ally = next(r for r in rows if r["predicate"] == "ally_of")
    member = next(r for r in rows if r["predicate"] == "member_of")
    assert ally["modality"] == "former" and member["modality"] == "former", rows


def test_the_speaker_before_a_closing_said_is_no_apposition(tmp_path):
    """The parser hung "the head of ..." on the country before the comma, so the country
    headed the panel and "said" had no speaker."""
    rows = extract_rows(tmp_path, "Farm groups will keep working with Kestria, the head of a House panel on "
                                  "food said on Monday.\n", sentences=True)
    assert not any(r["subject"] == "Kestria" and r["predicate"].startswith("head") for r in rows), rows
    said = next(r for r in rows if r["predicate"] == "say")
    assert said["subject"].startswith("head") and said["object"] == "Farm groups will keep working with Kestria", \
        said


def test_a_closing_said_with_its_own_clause_keeps_the_parse():
    """Guard: "said" with a clause after it ("..., the chairman said that talks go on") reports
    that clause; the one before it is no report of the chairman's."""
    from newsgraph.extract.parse_fixes import fix_parse
    from tests.handparse import hand_doc

    words = ["Markets", "rose", "with", "Kestria", ",", "the", "chairman", "said", "that", "talks", "go", "on", "."]
    heads = [1, 1, 1, 2, 3, 6, 3, 1, 10, 10, 7, 10, 1]
    deps = ["nsubj", "ROOT", "prep", "pobj", "punct", "det", "appos", "conj", "mark", "nsubj", "ccomp", "prt",
            "punct"]
    tags = ["NNS", "VBD", "IN", "NNP", ",", "DT", "NN", "VBD", "IN", "NNS", "VBP", "RP", "."]
    lemmas = ["market", "rise", "with", "Kestria", ",", "the", "chairman", "say", "that", "talk", "go", "on", "."]
    doc = hand_doc(words, heads, deps, tags=tags, lemmas=lemmas)
    fix_parse(doc)
    assert doc[1].dep_ == "ROOT" and doc[6].dep_ == "appos"


def test_which_that_judges_the_clause_before_is_no_noun(tmp_path):
    """ "..., which is good news for the club" judges the moving; Kestford is no news, and "the
    cup final" no setback."""
    facts = _facts(tmp_path, "Ana Vell will be moving with her family to Kestford, which is good news for the "
                             "club.\nKestria lost the cup final, which was a setback for the coach.\n")
    assert ("Ana Vell", "move_to", "Kestford") in facts, facts
    assert not any(p == "is_a" for _, p, _ in facts), facts
