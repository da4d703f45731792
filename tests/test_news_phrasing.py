"""Phrasings of news that gave wrong or no facts, read with the real model (sentences of our
own, invented names): occupations outside the role list, "saw X as Y", "respectively",
denied participants, "to" clauses on things, prefixed words, possessives and reference lines."""

from __future__ import annotations

from spacy.tokens import Span

from newsgraph.documents import clean_text
from tests.extracted import built_names, extract_rows


def _rows(tmp_path, text: str, *, sentences: bool = True) -> list[dict]:
    return extract_rows(tmp_path, text, sentences=sentences)


def _facts(rows: list[dict]) -> set[tuple[str, str, str]]:
    return {(r["subject"], r["predicate"], r["object"]) for r in rows}


def _offices(rows: list[dict]) -> set[tuple[str, str, str]]:
    """The role facts ("X | minister_of | Y") of ``rows``."""
    return {f for f in _facts(rows) if f[1].endswith("_of")}


def test_an_occupation_at_a_named_organisation_is_an_edge_to_it(tmp_path):
    """ "Dr. Ann Vell, a primatologist at the Orvane Institute": no listed role, but a person's
    occupation at an organisation; "former" is kept apart."""
    rows = _rows(tmp_path, '"Grooming matters," Dr. Ann Vell, a primatologist at the Orvane Institute '
                           "of Biology, said on Saturday.\n"
                           "Tom Kerr, a former research fellow at Kestria University, said costs would rise.\n")
    facts = _facts(rows)
    assert ("Ann Vell", "primatologist_of", "Orvane Institute of Biology") in facts, facts
    fellow = [r for r in rows if r["predicate"] == "research_fellow_of"]
    assert fellow and fellow[0]["object"] == "Kestria University" and fellow[0]["modality"] == "former", rows


def test_a_resident_of_a_place_is_no_occupation(tmp_path):
    rows = _rows(tmp_path, "Tom Kerr, a resident of Kestria, said nothing.\n")
    assert not any(r["predicate"].endswith("_of") and r["object"] == "Kestria" for r in rows), rows


def test_seen_as_says_what_the_object_is_taken_for(tmp_path):
    """ "Ali Tarin saw Kestria as a Muslim homeland": no "Tarin see Kestria" edge (the judge's
    W), but Kestria is_seen_as homeland, said by Tarin."""
    rows = _rows(tmp_path, "Ali Tarin saw Kestria as a Muslim homeland.\n"
                           "The Orvane government regards Tom Vell as a traitor.\n")
    facts = _facts(rows)
    assert not any(p == "see" for _, p, _ in facts), facts
    seen = [r for r in rows if r["predicate"] == "is_seen_as"]
    assert seen and seen[0]["subject"] == "Kestria" and seen[0]["object"] == "Muslim homeland", rows
    assert any(p == "is_regarded_as" and s == "Tom Vell" for s, p, _ in facts), facts


def test_praise_as_keeps_its_edge_to_the_object(tmp_path):
    """ "praised Kestria as a partner": the act on Kestria, with what it was praised as."""
    rows = _rows(tmp_path, "Tom Vell praised Kestria as a partner in the talks.\n")
    assert ("Tom Vell", "praise_as_partner", "Kestria") in _facts(rows), rows


def test_respectively_gives_no_crossed_pairs(tmp_path):
    """ "the DVX and MVI formats created by Orvane Studios and WMK, respectively": each maker
    made one format, which the tree does not say; a claim with the word is still reported."""
    rows = _rows(tmp_path, "One area to look for such innovation is with the DVX and MVI formats created by "
                           "Orvane Studios and WMK, respectively.\n"
                           "Tom Vell said sales rose 3 pct and 4 pct, respectively.\n")
    assert not any(r["predicate"] == "create" for r in rows), rows
    assert any(r["subject"] == "Tom Vell" and r["predicate"] == "say" for r in rows), rows


def test_a_denied_participant_is_no_subject(tmp_path):
    """ "No one else has beaten Tom Vell", "Nobody has claimed the attack": nobody did; "No
    country has recognised Kestria" is a country's fact, denied."""
    rows = _rows(tmp_path, "No one else has beaten Tom Vell.\n"
                           "Nobody has claimed the attack on Orvane.\n"
                           "No country has recognised Kestria.\n")
    assert not any(r["object"] == "Tom Vell" or r["predicate"] == "claim" for r in rows), rows
    assert all(r["negated"] for r in rows if r["object"] == "Kestria"), rows


def test_whose_noun_is_no_subject(tmp_path):
    rows = _rows(tmp_path, "Ed Marr is a coach whose only agenda is sustaining the success of Orvane United.\n")
    assert not any(r["subject"].lower().startswith("whose") for r in rows), rows


def test_a_to_clause_on_a_thing_has_no_thing_as_doer(tmp_path):
    """ "went to considerable lengths to co-operate with X": the lengths do not co-operate;
    "the first woman to win" does win."""
    rows = _rows(tmp_path, "In fact Orvane Ltd went to considerable lengths to cooperate with Kestria "
                           "authorities.\n"
                           "Laura Marwick was the first woman to win the Kestria Cup.\n")
    assert not any("lengths" in r["subject"] for r in rows), rows
    assert any(r["predicate"] == "win" and r["subject"] == "Laura Marwick" for r in rows), rows


def test_a_prefixed_word_is_one_verb(tmp_path):
    """ "co-operate", "re-entered": one token and one lemma, so the clause has its verb."""
    rows = _rows(tmp_path, "Orvane Ltd co-operated with the Kestria government.\n"
                           "Laura Marwick re-entered the game with three minutes left.\n")
    preds = {r["predicate"] for r in rows}
    assert "co-operate_with" in preds and "re-enter" in preds, preds


def test_his_with_an_of_object_is_not_that_object(tmp_path):
    """ "As Sullivan wrote in his profile of Obama, Obama ...": the profile is Sullivan's."""
    rows = _rows(tmp_path, "Andrew Sullivan has written for years. As Sullivan pointed out in his profile "
                           "of Barack Obama before the vote, Obama embodies change.\n", sentences=False)
    profile = [r for r in rows if "profile" in r["object_text"]]
    assert profile and all("Obama's profile" not in r["object"] for r in profile), rows


def test_a_reference_line_is_no_text():
    """A reference list's "(9) Title, Outlet, date" and a "see" pointer go; a sentence that
    ends with a date after a weekday stays."""
    text = ("Kestria signed the treaty in Orvane, the capital, on 6 January 2008.\n\n"
            "(9) Voting for a Smile, Orvane Times, 6 January 2008\n\n"
            "For a counter-view, see Vell in Perspective, Kestria Union-Tribune, Jan. 6, 2008.\n\n"
            "The talks, held in Orvane, ended on Friday, March 3, 2007.\n")
    cleaned = clean_text(text)
    assert "Smile" not in cleaned and "counter-view" not in cleaned, cleaned
    assert "signed the treaty" in cleaned and "ended on Friday" in cleaned, cleaned


def test_a_prefixed_role_keeps_its_prefix(tmp_path):
    """ "co-founder", "co-chairman" are one token now, and still roles with their "co"."""
    rows = _rows(tmp_path, "Ann Quill, the co-founder of Orvane Ethics, said it was possible.\n"
                           "Orvane Ltd co-chairman Tom Marr left on Friday.\n")
    facts = _facts(rows)
    assert ("Ann Quill", "co_founder_of", "Orvane Ethics") in facts, facts
    assert ("Tom Marr", "co_chairman_of", "Orvane Ltd") in facts, facts


def test_told_a_meeting_of_people_is_no_second_object(tmp_path):
    """ "told a meeting of Swiss bankers that ...": the bankers are the meeting's, not what was
    told; "told senior league officials of his decision" tells the officials of it."""
    rows = _rows(tmp_path, "Tom Vell told a meeting of Swiss bankers that rates would rise.\n"
                           "Tom Vell told senior Orvane League officials of his decision.\n")
    assert not any(r["predicate"] == "tell_of" and "bankers" in r["object"] for r in rows), rows
    assert any(r["predicate"] == "tell_of" and "decision" in r["object"] for r in rows), rows


def test_a_team_nickname_and_a_capitalised_short_form_join_their_full_name(tmp_path):
    """In one article, "Islanders" after "New York Islanders" is the team and "EMI" after
    "EMI Group PLC" the company; the city stays apart."""
    names = built_names(tmp_path, "The Kestria Islanders beat the Orvane Hawks 3-2 on Tuesday in Kestria. The "
                              "Islanders scored twice in the third period, and the Islanders goalie made 30 saves.\n\n"
                              "Music giant EMI Group PLC is cutting 2,000 jobs. EMI said the plan would save money.\n")
    team = next((a for n, a in names.items() if "Kestria Islanders" in {n, *a}), set())
    assert "Islanders" in team and "Kestria" not in team, names
    company = next((a for n, a in names.items() if "EMI Group PLC" in {n, *a}), set())
    assert "EMI" in company, names


def test_an_acronym_that_spells_a_name_is_not_a_longer_name_it_opens(tmp_path):
    """ "KFL" spells the Kestria Football League: "the KFL Player Combine" is another body."""
    names = built_names(tmp_path, "The Kestria Football League (KFL) held its draft on Friday. Forty players attended "
                              "the KFL Player Combine in Orvane last week. The KFL said the draft went well.\n")
    league = next((a | {n} for n, a in names.items() if "Kestria Football League" in {n, *a}), set())
    assert "KFL" in league and "KFL Player Combine" not in league, names


def test_an_aim_two_verbs_up_is_no_fact(tmp_path):
    """ "is trying to help Kestrians and Orvanians reach a deal": the deal is an aim, in the
    clause and in the pair of actors that reach it; "helped ... reach" says they did."""
    rows = _rows(tmp_path, "Tom Vell is trying to help Kestria and Orvania reach a peace deal.\n"
                           "Tom Vell helped Kestria and Orvania reach a peace deal in 1978.\n")
    aim = [r for r in rows if "trying" in r["sentence"] and r["predicate"].startswith("reach")]
    done = [r for r in rows if "helped" in r["sentence"] and r["predicate"].startswith("reach")]
    assert aim and all(r["modality"] and "trying" in r["modality"] for r in aim), rows
    assert done and not any(r["modality"] for r in done), rows


def test_a_plan_done_before_another_is_a_plan_too(tmp_path):
    """ "was due to meet bankers before travelling to Valdor": the travel is due as well; after
    "was cleared to resume", the visit happened."""
    rows = _rows(tmp_path, "Tom Vell was due to meet bankers in Orvane before travelling to Valdor.\n"
                           "Tom Vell was cleared to resume training after visiting Ann Kerr in Valdor.\n")
    travel = [r for r in rows if r["predicate"] == "travel_to"]
    assert travel and travel[0]["modality"] == "due", rows
    visit = [r for r in rows if r["predicate"] == "visit"]
    assert visit and not visit[0]["modality"], rows


def test_a_folded_gerund_keeps_its_object(tmp_path):
    """ "praised Kestria for taking a leading role": praise_for_take_leading_role, not the
    judged-garbled praise_for_take."""
    facts = _facts(_rows(tmp_path, "Tom Vell praised Kestria for taking a leading role in the talks.\n"))
    assert ("Tom Vell", "praise_for_take_leading_role", "Kestria") in facts, facts


def test_a_folded_gerund_keeps_the_infinitive_it_tries(tmp_path):
    """ "accused Kestria of trying to derail the talks": accuse_of_try_to_derail_talk, not a
    bare accuse_of_try that says nothing of what was tried."""
    facts = _facts(_rows(tmp_path, "Tom Vell has accused Kestria of trying to derail the talks.\n"))
    assert ("Tom Vell", "accuse_of_try_to_derail_talk", "Kestria") in facts, facts


def test_an_owners_gerund_is_the_subject_of_the_past_verb_after_it(tmp_path):
    """ "Vell's sacking shocked Kestria": the sacking shocked Kestria; Vell sacked no one
    (the model read "shocked" as an adjective of "Kestria")."""
    facts = _facts(_rows(tmp_path, "Vell's sacking shocked Kestria.\n"))
    assert not any(p.startswith("sack") for _, p, _ in facts), facts
    assert any(p == "shock" and o == "Kestria" for _, p, o in facts), facts


def test_a_root_verb_the_tagger_took_for_a_noun_gives_its_facts(tmp_path):
    """ "Kerr and Tarr plan to revive production at Orvane": "plan" tagged a noun gave no
    fact at all; both plan it, as "plans" would say of one."""
    rows = _rows(tmp_path, "Kerr and Tarr plan to revive production at Orvane.\n")
    got = {(r["subject"], r["object"]) for r in rows if r["predicate"].startswith("plan_to_revive")}
    assert {("Kerr", "Orvane"), ("Tarr", "Orvane")} <= got, rows


def test_a_named_argument_after_whose_is_the_subject_of_its_clause(tmp_path):
    """ "Tom Orr, whose Vell Party joined forces with Kestria First in May, won": the party
    joined them; the antecedent is no object of the clause."""
    facts = _facts(_rows(tmp_path, "Tom Orr, whose Vell Party joined forces with Kestria First in May, won.\n"))
    assert any(s == "Vell Party" and p.startswith("join") for s, p, _ in facts), facts
    assert not any(o == "Tom Orr" for _, _, o in facts), facts


def test_two_who_met_a_third_did_not_meet_each_other(tmp_path):
    """ "Tom Orr and Ana Vell met Ben Tarr": each met Tarr; "met in Kestford" is a meeting of
    the two."""
    facts = _facts(_rows(tmp_path, "Tom Orr and Ana Vell met Ben Tarr in Kestford.\n"))
    assert ("Tom Orr", "meet", "Ben Tarr") in facts and ("Ana Vell", "meet", "Ben Tarr") in facts, facts
    assert not any(p == "meet_with" for _, p, _ in facts), facts
    (tmp_path / "two").mkdir()
    facts = _facts(_rows(tmp_path / "two", "Tom Orr and Ana Vell met in Kestford on Monday.\n"))
    assert ("Tom Orr", "meet_with", "Ana Vell") in facts, facts


def test_a_quotation_closed_with_an_opening_mark_is_still_the_speakers(tmp_path):
    """ '“He will close the plant when he sells the unit,“ Orr said': the typo'd closing mark
    closes the quotation, so "he" is not Orr, who would say "I"."""
    text = ("Tom Orr met Ben Tarr in Kestford on Monday. “He will close the plant when he sells the "
            "Orlen unit to Vellco,“ Orr said.\n")
    facts = _facts(_rows(tmp_path, text, sentences=False))
    assert not any(s == "Tom Orr" and p.startswith("sell") for s, p, _ in facts), facts


def test_a_clause_the_parser_joined_without_and_keeps_no_borrowed_subject(tmp_path):
    """ "Tom Orr later spoke out after Vellia's ambassador, Ben Tarr, was kidnapped by armed
    men": the parser joined "was kidnapped" to "spoke" with no "and"; the men kidnapped no Orr.
    A list with its "and" still shares the subject ("has resigned, has left Kestford and ...")."""
    facts = _facts(_rows(tmp_path, "Tom Orr later spoke out after Vellia's ambassador to Orlen, Ben Tarr, was "
                                   "\"kidnapped by armed men.\"\n"
                                   "Tom Orr has resigned, has left Kestford and is now in Vellia.\n"))
    assert not any(o == "Tom Orr" for _, _, o in facts), facts
    assert ("Tom Orr", "leave", "Kestford") in facts, facts


def test_a_state_only_in_name_carries_its_hedge(tmp_path):
    """ "remain technically at war with Orlen": at war only in name, modality "technically"."""
    rows = _rows(tmp_path, "Vellia and Kestria remain technically at war with Orlen, decades after the border "
                           "fighting stopped.\n")
    mood = {(r["subject"], r["predicate"], r["object"]): r["modality"] for r in rows}
    assert "technically" in (mood.get(("Vellia", "remain_at_war_with", "Orlen")) or ""), mood


def test_a_figure_set_beside_a_name_is_no_kind_of_thing(tmp_path):
    """ "little Orvik, population 3,100,": a figure of the town, no is_a "population"."""
    facts = _facts(_rows(tmp_path, "The storm cut off little Orvik, population 3,100, for a week.\n"))
    assert not any(p == "is_a" for _, p, _ in facts), facts


def test_a_manner_adverb_before_its_preposition_stays_in_the_relation(tmp_path):
    """ "will operate independently of the Kestria government" is operate_independently_of
    (it read "operate_of"); "worked closely with Kestria" keeps the class of work_with."""
    rows = _rows(tmp_path, "The Vell agency will operate independently of the Kestria government.\n"
                           "Vellia worked closely with Kestria on the plan.\n")
    got = {(r["predicate"], r["object"]): r["relation_class"] for r in rows}
    assert ("operate_independently_of", "Kestria") in got, got
    assert got.get(("work_closely_with", "Kestria")) == "COOPERATE", got


def test_a_participle_with_its_adverb_after_a_noun_describes_the_noun(tmp_path):
    """ "... talks at the edge of a summit on fishing rights, jointly run by the ministry and
    the World Bank": the summit is run, not Ana Vell."""
    facts = _facts(_rows(tmp_path, "Tom Orr said Ana Vell is due for talks with her Orlen counterpart, Ben Tarr, on "
                                   "Monday at the edge of a summit on fishing rights, jointly run by the ministry "
                                   "and the World Bank in the port of Tarrow.\n"))
    assert not any(p == "run" and o == "Ana Vell" for _, p, o in facts), facts


def test_a_company_after_city_state_based_keeps_its_place(tmp_path):
    """ "a trek organized by Kestford, Oregon-based Vellco": Vellco organized it, and is based
    in Oregon; Kestford organized nothing."""
    facts = _facts(_rows(tmp_path, "The hikers joined a trek organized by Kestford, Oregon-based Vellco.\n"))
    assert ("Vellco", "organize", "trek") in facts, facts
    assert not any(s == "Kestford" for s, _, _ in facts), facts
    (tmp_path / "untagged").mkdir()  # a name the model leaves untagged is the name alone too
    facts = _facts(_rows(tmp_path / "untagged", "The hikers from Orvik joined a trek organized by Kestford, "
                                                "Oregon-based Backtrails.\n"))
    assert ("Backtrails", "organize", "trek") in facts, facts
    (tmp_path / "derived").mkdir()  # after any other participle the words stay: no fact of their own holds them
    facts = _facts(_rows(tmp_path / "derived", "The cells use Vell-derived RNA to fight viruses.\n"))
    assert ("cells", "use", "Vell-derived RNA") in facts, facts


def test_a_person_from_an_organisation_is_of_it(tmp_path):
    """ "Dr. Ann Vell from Orvane Bank said": her organisation, like "of"; "from Kestria"
    (a place) is where she comes from, no affiliation."""
    facts = _facts(_rows(tmp_path, "Dr. Ann Vell from Orvane Bank said the deal was off.\n"
                                   "Tom Kerr from Kestria said nothing.\n"))
    assert ("Ann Vell", "affiliated_with", "Orvane Bank") in facts, facts
    assert not any(p == "of" and o == "Kestria" for _, p, o in facts), facts


def test_a_reason_clause_hung_under_an_aim_is_still_asserted(tmp_path):
    """ "since Orvane Media already owns 4 pct of Vell, it may be trying to ...": the parser
    may hang the "since" clause under "trying"; the owning is a fact, not an aim."""
    rows = _rows(tmp_path, "Ann Kerr said that, since Orvane Media already owns 4.3 percent of Vell Corp's "
                           "31.3 million shares, it may be trying to get the Kestria group to increase its offer.\n")
    own = [r for r in rows if r["predicate"] == "own"]
    assert own and not own[0]["modality"], rows


def test_a_nationality_noun_before_a_name_is_no_part_of_it(tmp_path):
    """ "Frenchman Luc Orvel": the player is Luc Orvel, the node that his surname joins."""
    names = built_names(tmp_path, "Tam Reddy beat Frenchman Luc Orvel in straight sets on Tuesday. "
                                  "Orvel thanked the crowd after the match.")
    assert "Luc Orvel" in names and not any(n.startswith("Frenchman") for n in names), names


def test_a_final_score_is_no_part_of_the_losers_name(tmp_path):
    """ "beat the Western League 7-2": the league is the Western League."""
    names = built_names(tmp_path, "The Eastern League beat the Western League 7-2 on Tuesday.")
    assert "Western League" in names and not any("7-2" in n for n in names), names


def test_who_after_a_place_is_the_person_whose_phrase_holds_it(tmp_path):
    """ "Ada Lisk at the Orvane Institute in Kestford, who ran ...": Lisk ran it, not the town;
    a town no person's phrase holds may be its team ("Kestford, who won")."""
    rows = _rows(tmp_path, '"Costs will rise," says Ada Lisk at the Orvane Institute in Kestford, '
                           "who ran the clean-up of old weapons plants.\n"
                           "Tom Vell would like to stay with Kestford, who will bring him back.\n")
    subjects = {(r["subject"], r["predicate"]) for r in rows if r["predicate"] in ("run", "bring")}
    assert subjects == {("Ada Lisk", "run"), ("Kestford", "bring")}, rows


def test_a_relative_copula_after_a_described_name_is_the_names(tmp_path):
    """ "Tom Kerr, a retired engineer who was head of the Orvane Grid": Kerr was its head, not
    "retired engineer"."""
    rows = _rows(tmp_path, '"Seal it," says Tom Kerr, a retired engineer who was head of the Orvane Grid '
                           "in the 1980s.\n")
    heads = [(r["subject"], r["object"]) for r in rows if r["predicate"] == "head_of"]
    assert heads == [("Tom Kerr", "Orvane Grid")], rows



def test_a_relative_clause_after_another_member_is_the_names(tmp_path):
    """ "Mayor Dan Orr, another Republican who backed the levy": Orr backed it."""
    rows = _rows(tmp_path, "Mayor Dan Orr, another Republican who backed the levy, spoke to reporters on Monday.\n")
    subjects = {r["subject"] for r in rows if r["predicate"] == "back"}
    assert subjects == {"Dan Orr"}, rows



def test_a_nationality_before_a_profession_is_no_office_of_the_country(tmp_path):
    """ "a British-Israeli lawyer", "French director Luc Vell": their nationality, not the
    state's lawyer or director; an office keeps its country ("Israeli Prime Minister")."""
    rows = _rows(tmp_path, "Sam Ruiz, a British-Israeli lawyer, filed the complaint.\n"
                           "French director Luc Vell made the film.\n"
                           "Israeli Prime Minister Dan Orr met him.\n")
    offices = _offices(rows)
    assert offices == {("Dan Orr", "prime_minister_of", "Israel")}, rows


def test_a_nationality_before_a_players_position_is_not_his_team(tmp_path):
    """ "Brazilian striker Teo Vell": where he is from; "England striker Dan Orr" plays for
    England, and a nationality before a coach stays the team's (``nationality_roles``)."""
    rows = _rows(tmp_path, "Brazilian striker Teo Vell missed a penalty.\n"
                           "England striker Dan Orr scored twice.\n"
                           "Australian coach Sam Ruiz was pleased.\n")
    offices = _offices(rows)
    assert offices == {("Dan Orr", "striker_of", "England"), ("Sam Ruiz", "coach_of", "Australia")}, rows


def test_the_body_one_leaves_does_not_do_what_the_to_clause_says(tmp_path):
    """ "Dan Orr, who left Orvane Games to join the company": he joins it, so no
    `leave_to_join` Orvane Games; he still left it (`departure_verbs`)."""
    rows = _rows(tmp_path, "Kestrel Media hired Dan Orr, who left Orvane Games to join the company.\n")
    facts = _facts(rows)
    assert ("Dan Orr", "leave", "Orvane Games") in facts, facts
    assert not any(p.startswith("leave_to") for _, p, _ in facts), facts


def test_the_company_is_not_the_outlet_it_talked_to(tmp_path):
    """ "told TechRadar that ...": the outlet reporting is no antecedent of "the company"
    (``addressee_verbs``), here or in "according to" and "said to"."""
    rows = _rows(tmp_path, "Runlio, the fitness app, has bought the route-planning service Orvane.\n"
                           "Dan Orr, the head of product at Runlio, told TechRadar that the deal took two years.\n"
                           "The company said the service would be free for a month.\n", sentences=False)
    assert not any(r["subject"] == "TechRadar" for r in rows), rows


def test_a_country_after_an_organisation_s_name_is_its_branch(tmp_path):
    """ "chief executive of Amnesty International UK": he runs the charity's branch, not the
    United Kingdom."""
    rows = _rows(tmp_path, "Sacha Vell, chief executive of Amnesty International UK, said the camps were full.\n")
    runs = [(r["object"], r["object_type"]) for r in rows if r["predicate"] == "chief_executive_of"]
    assert runs == [("Amnesty International UK", "ORG")], rows


def test_a_country_after_a_company_s_bracketed_acronym_is_its_branch(tmp_path):
    """ "Kestford Motors (KM) Vanuatu opened a new showroom": the company opened it,
    not Vanuatu (the model tags the acronym apart and the country as the head), also when the
    model takes the company for a person."""
    rows = _rows(tmp_path, "Kestford Motors (KM) Vanuatu opened a new showroom in the capital last week.\n"
                           "Orvane Freight (OF) Fiji signed a deal with Tarrow Bank.\n")
    subjects = {(r["subject"], r["subject_type"]) for r in rows if r["predicate"] in ("open", "sign_deal_with")}
    assert subjects == {("Kestford Motors (KM) Vanuatu", "ORG"), ("Orvane Freight (OF) Fiji", "ORG")}, rows


def test_a_country_after_a_company_the_model_took_for_a_person_is_its_branch(tmp_path):
    """ "said Orlen Ports Australia's director, Ben Tarr": the model types "Orlen Ports" a
    person and "Australia" apart; he directs the company's branch, not the country. A person's
    name before a country stays a person ("Dan Kerr Australia" opens with a first name)."""
    rows = _rows(tmp_path, '"Exports will grow," said Orlen Ports Australia\'s director, Ben Tarr.\n')
    runs = {(r["object"], r["object_type"]) for r in rows if r["predicate"] == "director_of"}
    assert runs == {("Orlen Ports Australia", "ORG")}, rows


def test_a_contested_claim_s_facts_carry_the_claim_verb(tmp_path):
    """ "Tom Gilley argued that colonial rule helped Kestria": the help is Gilley's argument,
    marked "argued" (``claim_verbs``); what Ada Lisk said stays unmarked."""
    rows = _rows(tmp_path, "Tom Gilley argued that colonial rule helped Kestria.\n"
                           "The lawsuit alleges that Orvane Foods cheated its workers.\n"
                           "Ada Lisk said that Kestria bombed the port.\n"
                           "Tom Vell doubts that Orvane Foods paid the farmers.\n")
    marks = {r["predicate"]: r["modality"] for r in rows if r["predicate"] in ("help", "cheat", "bomb", "pay")}
    assert marks == {"help": "argued", "cheat": "alleges", "bomb": None, "pay": "doubts"}, rows


def test_a_possessive_after_and_belongs_to_the_name_before_it(tmp_path):
    """ "Tom Moore thanked Dan Lassiter and his wife": Lassiter's wife, not Moore's."""
    rows = _rows(tmp_path, "Tom Moore thanked Dan Lassiter and his wife for the gift.\n"
                           "Ada Lisk praised Tom Vell and his team.\n")
    owned = {r["object"] for r in rows if r["object_text"] in ("his wife", "his team")}
    assert owned == {"Dan Lassiter's wife", "Tom Vell's team"}, rows


def test_a_person_from_a_unit_of_an_organisation_is_of_it(tmp_path):
    """ "Matthew Orr from Orvane Foods corporate communications": of Orvane Foods (``org_units``)."""
    rows = _rows(tmp_path, "Matthew Orr from Orvane Foods corporate communications said the shifts were fair.\n")
    assert ("Matthew Orr", "affiliated_with", "Orvane Foods") in _facts(rows), rows


def test_a_title_after_a_speaker_s_name_is_no_second_speaker(tmp_path):
    """ "Ada Lisk, Orvane Cloud CTO, Middle East and Africa, said": the model coordinates her
    title and its regions with her name; none of them said it."""
    rows = _rows(tmp_path, "Addressing chief information officers from across the UAE, Ada Lisk, Orvane Cloud "
                           'CTO, Middle East and Africa, said: "Strategy and technology are now inseparable."\n')
    assert {r["subject"] for r in rows if r["predicate"] in ("say", "address")} == {"Ada Lisk"}, rows


def test_what_was_done_instead_of_another_act_is_not_that_act(tmp_path):
    """ "chose to negotiate rather than attack Vellia": no attack; the fact carries "instead"
    and stays out of the graph (an unrealised mark)."""
    rows = _rows(tmp_path, "Kestria chose to negotiate rather than attack Vellia.\n")
    attacks = [r["modality"] for r in rows if r["predicate"] == "attack"]
    assert attacks and all("instead" in (m or "").split() for m in attacks), rows


def test_the_state_an_actor_is_put_in_stays_in_the_edge(tmp_path):
    """ "put Vellia in the lead", "placed Tom Vell under arrest": `put_in_lead`,
    `place_under_arrest`; "put" alone says nothing (``placing_verbs``)."""
    rows = _rows(tmp_path, "Dan Orr put Vellia in the lead.\nPolice placed Tom Vell under arrest.\n")
    assert {"put_in_lead", "place_under_arrest"} <= {p for _, p, _ in _facts(rows)}, rows


def test_what_an_actor_is_called_on_to_do_stays_in_the_edge(tmp_path):
    """ "called on Kestria not to attack Vellia": `call_on_not_to_attack` Kestria, as "urged Yoon
    to step down" is `urge_to_step_down`; without an aim, `call_on`."""
    rows = _rows(tmp_path, "Ada Lisk called on Kestria not to attack Vellia.\nTom Vell called on Orvane on Monday.\n")
    facts = _facts(rows)
    assert ("Ada Lisk", "call_on_not_to_attack", "Kestria") in facts, facts
    assert ("Tom Vell", "call_on", "Orvane") in facts, facts


def test_what_an_actors_part_is_urged_to_do_stays_in_the_edge(tmp_path):
    """ "urged the coal province of Shanxi to turn to ..." keeps the aim, as for a named
    object: `urge_to_turn`, whose object stands for Shanxi."""
    rows = _rows(tmp_path, "Ada Lisk urged the northern province of Kestria to cut its coal output.\n")
    assert [r for r in rows if r["predicate"] == "urge_to_cut_coal_output"], rows


def test_what_an_actor_is_joined_in_doing_stays_in_the_edge(tmp_path):
    """ "joined Vell Securities in suspending trading": not a plain `join` (a merger); "in"
    before a place stays out ("joined Ada Lisk in Kestford")."""
    rows = _rows(tmp_path, "Bear Stearns joined Vell Securities in suspending trading.\n"
                           "Tom Kerr joined Ada Lisk in Kestford on Monday.\n")
    facts = _facts(rows)
    assert ("Bear Stearns", "join_in_suspend_trading", "Vell Securities") in facts, facts
    assert ("Tom Kerr", "join", "Ada Lisk") in facts, facts


def test_an_actor_an_object_is_for_is_a_second_participant(tmp_path):
    """ "voiced support for Kestria" gives `voice_support_for` Kestria; "for" before a price
    stays out ("sold a stake for $110 million")."""
    rows = _rows(tmp_path, "Vellia voiced strong support for Kestria.\n"
                           "Vell Motors sold a 51% stake for $110 million.\n")
    facts = _facts(rows)
    assert ("Vellia", "voice_support_for", "Kestria") in facts, facts
    assert not [f for f in facts if f[1].startswith("sell") and f[1].endswith("_for")], facts


def test_a_score_running_on_past_a_name_is_no_part_of_it(tmp_path):
    """ "putting Sweden 1 – 0 up": the team is Sweden, not "Sweden 1"."""
    rows = _rows(tmp_path, "Swedish captain Andreas Granqvist scored from the penalty spot, putting Sweden 1 – 0 up.\n")
    assert rows and not any(r["object"].endswith(" 1") for r in rows), rows


def test_a_text_that_names_no_one_still_gives_its_facts(tmp_path):
    """No named entity at all once made extraction fail with a warning and no facts."""
    rows = _rows(tmp_path, "The cat sat on the mat and ate the fish.\n")
    assert ("cat", "eat", "fish") in _facts(rows), rows


def test_a_participle_in_a_list_marks_no_claim(tmp_path):
    """ "Factors such as predicted depreciation, safety and owner satisfaction went into Orvane's
    decisions": the parser takes "predicted" for the verb; nobody predicts, nothing is marked.
    "Analysts have predicted that ..." still is."""
    rows = _rows(tmp_path, "Factors such as a car's recall history, predicted depreciation, safety and owner "
                           "satisfaction went into Orvane's decisions.\n"
                           "Analysts have predicted that Orvane Foods lost money.\n")
    marks = {(r["predicate"], r["modality"]) for r in rows if r["predicate"] in ("go_into", "lose")}
    assert ("lose", "predicted") in marks and all(m is None for p, m in marks if p == "go_into"), rows


def test_a_verb_after_a_passive_is_passive_only_when_it_can_be(tmp_path):
    """ "was founded by X and named 'Y' by Z": the town was named, it named no one (the tagger
    read "named" as a past tense); "was arrested and fled to X" is his flight, never a passive
    "be_flee_to" (``intransitive_verbs``)."""
    rows = _rows(tmp_path, 'Kestford was founded by miners and named "Orvane Gap" by the governor.\n'
                           "Tarn Lisk was arrested and fled to Vellia.\n")
    facts = _facts(rows)
    assert ("Kestford", "be_name", "Orvane Gap") in facts, facts
    assert not any(p == "name" for _, p, _ in facts), facts
    assert any(p == "flee_to" and o == "Vellia" for _, p, o in facts), facts


def test_a_player_of_a_country_is_a_person_from_that_country(tmp_path):
    """ "Dan Orr of Scotland, who beat Jon Tarrick of England": the model runs the country into
    the name ("Jon Tarrick of England", at times one organisation); it is the person, and the
    country stays a place. "Bank of England" stays one name."""
    rows = _rows(tmp_path, "The top seed will next play holder Dan Orr of Scotland, who beat Jon Tarrick of "
                           "England 15-9 15-11 15-10.\n"
                           "The Bank of England raised rates.\n")
    facts = _facts(rows)
    assert ("Dan Orr", "beat", "Jon Tarrick") in facts, facts
    assert any(s == "Bank of England" for s, _, _ in facts), facts
    beaten = next(r for r in rows if r["predicate"] == "beat")
    assert beaten["object_type"] == "PERSON", beaten


def test_a_reader_of_a_town_is_a_person_from_that_town(tmp_path):
    """ "readers like Ana Vell of Ocala, Fla.": the model typed "Ana Vell of Ocala" one
    organisation; she is the person, the town her home."""
    rows = _rows(tmp_path, "Many readers, like Ana Vell of Ocala, Fla., compared The Times's handling of Tom Orr's "
                           "affair and accused the news media of bias.\n")
    subjects = {r["subject"] for r in rows}
    assert "Ana Vell" in subjects and "Ana Vell of Ocala" not in subjects, _facts(rows)


def test_a_country_run_into_the_name_after_it_is_the_country_and_the_person(nlp):
    """ "the President of Timor-Leste Jose Vell-Orr": the model makes one organisation of the
    country and the person; they are a place and a person. "Georgia Ann Tarrow" (no "of" or
    title before) and "Kenya Airways" stay whole."""
    from newsgraph.extract.mentions import split_country_before_person

    doc = nlp("The visit by the President of Timor-Leste Jose Vell-Orr ended on Monday.")
    doc.ents = [Span(doc, 6, 13, label="ORG")]
    split_country_before_person(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Timor-Leste", "GPE"), ("Jose Vell-Orr", "PERSON")]
    doc = nlp("Georgia Ann Tarrow met staff of Kenya Airways.")
    doc.ents = [Span(doc, 0, 3, label="PERSON"), Span(doc, 6, 8, label="ORG")]
    split_country_before_person(doc)
    assert [e.text for e in doc.ents] == ["Georgia Ann Tarrow", "Kenya Airways"]


def test_which_after_a_persons_by_phrase_is_the_thing_not_the_person(tmp_path):
    """ "the day a film by Ann Lisk in which he stars opens": he stars in the film, not in Ann
    Lisk (the parser hangs "in which" on her name; "which" never means a person)."""
    rows = _rows(tmp_path, "Tom Vell said he would quit by Wednesday, the day a film by Ann Lisk in "
                           "which he stars opens in France.\n")
    assert not any(r["object"] == "Ann Lisk" and r["subject"] == "Tom Vell" for r in rows), _facts(rows)


def test_a_western_leader_leads_no_country(tmp_path):
    """ "will be the first Western leader to visit X": "Western" is no demonym of a country
    (it was read as one, giving `leader_of` West)."""
    rows = _rows(tmp_path, "The Vellian prime minister will be the first Western leader to visit Tarn Lisk "
                           "this year.\n")
    assert not any(r["object"] == "West" for r in rows), _facts(rows)


def test_a_previous_or_sacked_holder_of_a_title_holds_it_no_more(tmp_path):
    """ "The previous coach of Zimbabwe, Tom Vell", "the sacked Kestria manager Sam Ruiz": past
    titles (modality "former"; ``former_words``)."""
    rows = _rows(tmp_path, "The previous coach of Zimbabwe, Tom Vell, left in May.\n"
                           "The sacked Kestria manager Sam Ruiz spoke on Monday.\n")
    past = {(r["subject"], r["predicate"]) for r in rows if r["modality"] == "former"}
    assert past == {("Tom Vell", "coach_of"), ("Sam Ruiz", "manager_of")}, _facts(rows)


def test_a_preposition_after_an_adverb_of_direction_is_the_verbs(tmp_path):
    """ "Dan Orr flew back to Kestford", "The port will be handed back to Vellia": the parser
    hangs "to X" on "back", and the facts were lost (``particle_adverbs``)."""
    rows = _rows(tmp_path, "Dan Orr flew back to Kestford on Monday.\n"
                           "The port will be handed back to Vellia in May.\n")
    facts = _facts(rows)
    assert any(p == "fly_back_to" and o == "Kestford" for _, p, o in facts), facts
    assert any(p == "be_hand_back_to" and o == "Vellia" for _, p, o in facts), facts


def test_the_premier_is_the_person_named_prime_minister(tmp_path):
    """ "The Orlenese premier" after "Orlenese Prime Minister Tom Orr": him, however the title
    is written (``title_synonyms``), not the nearer name of a town the model typed a person."""
    rows = _rows(tmp_path, "Orlenese Prime Minister Tom Orr arrived in Vellia on Monday. He held talks "
                           "during his stay in Kestford. Kestford signed a trade deal with Vellia. The "
                           "Orlenese premier has often criticised the plan.\n")
    critics = [r["subject"] for r in rows if r["predicate"].startswith("criticise")]
    assert critics == ["Tom Orr"], _facts(rows)


def test_a_person_from_a_town_is_not_its_employee(tmp_path):
    """ "Sam Ruiz, a music teacher from Oslo": where he comes from, no `teacher_of` Oslo; "an
    official from the Vellian Foreign Ministry" is the ministry's."""
    rows = _rows(tmp_path, "Sam Ruiz, a music teacher from Oslo, was among the injured. Ann Lisk, "
                           "an official from the Vellian Foreign Ministry, agreed.\n")
    offices = _offices(rows)
    assert offices == {("Ann Lisk", "official_of", "Vellian Foreign Ministry")}, offices


def test_he_after_but_is_the_first_clauses_subject_not_the_nearer_name(tmp_path):
    """ "The Jordanian monarch talked with Orr, but he later said he carried no letter": "he"
    is the monarch, unnamed in his sentence; no fact goes to Orr, and the second "he"
    follows the first. "He told reporters he ..." after one named man stays his."""
    rows = _rows(tmp_path, "President Tom Orr received King Sam Ruiz of Jordan on Monday. The Jordanian "
                           "monarch talked with Orr for an hour, but he later said he carried no letter "
                           "from Vellia.\n")
    assert not any(r["object"] == "Vellia" and r["subject"] == "Tom Orr" for r in rows), _facts(rows)
    plain = _rows(tmp_path, "Tom Orr met Ann Lisk on Monday. He told reporters he had no message from Vellia.\n")
    assert any(r["subject"] == "Tom Orr" and r["object"] == "Vellia" for r in plain), _facts(plain)


def test_a_speaker_after_an_inverted_reporting_verb_is_the_source(tmp_path):
    """ "Vellian jets hit a clinic near Orlen on Friday, alleges the aid group": the group
    alleges it (attribution), it is no object of "allege"; the same after "added"."""
    rows = _rows(tmp_path, "Vellian jets hit a clinic near Orlen on Friday, alleges the aid group. The rebels "
                           "seized the town, added the spokesman.\n")
    by_predicate = {r["predicate"]: r for r in rows}
    assert by_predicate["hit"]["attribution"] == "aid group", rows
    assert by_predicate["seize"]["attribution"] == "spokesman", rows
    assert not any(r["predicate"].startswith("allege") for r in rows), _facts(rows)


def test_the_company_is_never_an_event_named_after_one(tmp_path):
    """ "the Vell Technology Forum & Expo ... The company said": the forum is an event, not
    the company (``event`` in ``org_kinds``, avoided by "the company" and "the firm")."""
    rows = _rows(tmp_path, "Analysts gathered at the Vell Technology Forum & Expo in Las Vegas on Monday. "
                           "The company said it would cut 500 jobs.\n")
    assert not any(r["subject"] == "Vell Technology Forum & Expo" for r in rows), _facts(rows)


def test_a_contracted_modal_is_written_whole(tmp_path):
    """ "Orvane can't buy Kestra", "Vell won't sell the unit to Orvane": modality "can", "will"
    (the tokenizer's "ca", "wo"), negated."""
    rows = _rows(tmp_path, "Orvane can't buy Kestra. Vell won't sell the unit to Orvane.\n")
    got = {(r["predicate"], r["modality"], r["negated"]) for r in rows}
    assert ("buy", "can", True) in got and ("sell_unit_to", "will", True) in got, got


def test_a_possessive_that_opens_a_name_is_the_names_own(tmp_path):
    """ "The People's Bank of China" is the central bank, not the "Bank of China" (a name
    opened by a possessor of ``name_possessors``); "Vellia's Popular Front" is the Front."""
    rows = _rows(tmp_path, "The People's Bank of China raised rates on Monday. Vellia's Popular Front "
                           "attacked the town. The Bank of China cut fees.\n")
    subjects = {r["subject"] for r in rows}
    assert {"People's Bank of China", "Bank of China", "Popular Front"} <= subjects, _facts(rows)


def test_a_possessive_inside_a_name_is_the_names_own(tmp_path):
    """ "the Kestford Women's Action League" was cut to "Action League", and "Kestria's
    National Farmers' Union" kept its owner "Kestria's"."""
    rows = _rows(tmp_path, "Anu Vell, head of the Kestford Women's Action League, said the suit was filed.\n"
                           "Kestria's National Farmers' Union backed the plan.\n")
    facts = _facts(rows)
    assert ("Anu Vell", "head_of", "Kestford Women's Action League") in facts, facts
    assert ("National Farmers' Union", "back", "plan") in facts, facts


def test_a_first_name_that_opens_a_firms_name_owns_no_firm(tmp_path):
    """ "Dave's Hot Chicken", "Sam's Club": a first name alone before a firm's words names the
    firm; no "Hot Chicken" owned by a "Dave"."""
    rows = _rows(tmp_path, "Tom Orr bought a chicken at Sam's Club on Monday.\n"
                           "Dan Kerr ate at Dave's Hot Chicken on Tuesday.\n")
    objects = {r["object"] for r in rows}
    assert {"Sam's Club", "Dave's Hot Chicken"} <= objects and "Hot Chicken" not in objects, _facts(rows)


def test_a_title_keeps_its_rank_and_field(tmp_path):
    """ "senior fellow" was cut to `fellow_of` and "chief nursing officer" to `officer_of`:
    a judge reads both as a title cut short. Guard: "top" still goes."""
    rows = _rows(tmp_path, "Ana Vell, senior fellow at the Orlen Policy Center, spoke on Monday.\n"
                           "Tom Orr is the chief nursing officer at Kestford Health.\n"
                           "Dan Kerr, a top commander of the Vell Front, was killed.\n"
                           "Orlen Theatre artistic director Bo Tarr said the season was over.\n")
    offices = _offices(rows)
    assert ("Ana Vell", "senior_fellow_of", "Orlen Policy Center") in offices, offices
    assert ("Tom Orr", "chief_nursing_officer_of", "Kestford Health") in offices, offices
    assert ("Dan Kerr", "commander_of", "Vell Front") in offices, offices
    assert ("Bo Tarr", "artistic_director_of", "Orlen Theatre") in offices, offices


def test_an_affiliation_keeps_the_owner_written_in_the_bodys_name(tmp_path):
    """ "Dr. Tom Orr, of the Kestford University's Bioinformatics Department": the body's
    words as written keep the university (they had been cut to "Bioinformatics Department")."""
    rows = _rows(tmp_path, '"A second wave will come," said Dr. Tom Orr, of the Kestford University\'s '
                           'Bioinformatics Department.\n')
    texts = [r["object_text"] for r in rows if r["predicate"] == "affiliated_with"]
    assert texts == ["Kestford University's Bioinformatics Department"], rows


def test_an_of_phrase_after_a_list_of_titles_is_the_last_titles(tmp_path):
    """ "Tom Orr, economist, professor and former chair of the Orlen Council": the parser
    hangs "of" on the first noun, so he was the council's economist and professor. Guard:
    two titles joined by "and" share their body."""
    rows = _rows(tmp_path, "The plan was backed by Tom Orr, economist, professor and former chair of the Orlen "
                           "Council.\n"
                           "Ana Vell, co-founder and chief executive of Vell Holdings, spoke on Monday.\n")
    offices = _offices(rows)
    assert ("Tom Orr", "chair_of", "Orlen Council") in offices, offices
    assert not any(p in ("economist_of", "professor_of") for _, p, _ in offices), offices
    assert ("Ana Vell", "co_founder_of", "Vell Holdings") in offices, offices
    assert ("Ana Vell", "chief_executive_of", "Vell Holdings") in offices, offices


def test_a_possessive_before_a_part_on_a_page_of_films_is_no_employer(tmp_path):
    """ "as Fox's Marty McFly has to go to the past" in a film review: the part Fox plays,
    no person affiliated with an organisation Fox."""
    rows = _rows(tmp_path, "The original movie is still the best, as Fox's Marty McFly has to go to the past.\n")
    assert not any(r["predicate"] in ("affiliated_with", "of") for r in rows), rows


def test_an_appeal_to_someone_to_act_says_to_once(tmp_path):
    """ "appealed to Ana Vell to team up with him": appeal_to_team_up, not the stutter
    appeal_to_to_team_up of the preposition and the infinitive's mark."""
    facts = _facts(_rows(tmp_path, "Tom Vell appealed to Ana Orr to team up with him.\n"))
    assert ("Tom Vell", "appeal_to_team_up", "Ana Orr") in facts, facts


def test_a_list_of_one_persons_titles_gives_each_title_to_the_person(tmp_path):
    """ "the Artistic Director of A, Executive Director of B": the parser hung the second title
    on A, so the theatre was the council's executive director."""
    facts = _facts(_rows(tmp_path, "Tom Orr is the director of Vellco Theater Company, executive director of "
                                   "the Kestria Arts Council and founder of Orvane Review.\n"))
    assert ("Tom Orr", "executive_director_of", "Kestria Arts Council") in facts, facts
    assert not any(f[0] == "Vellco Theater Company" for f in facts), facts



def test_the_first_or_only_one_to_act_is_the_subject_of_the_act(tmp_path):
    """ "Tom Orr was the last president to visit Vellia": Tom Orr visited it, no "last president";
    "the man to beat" is beaten by others, and says nothing of Tom Orr."""
    facts = _facts(_rows(tmp_path, "Tom Orr was the last president to visit Vellia. Kestria is not the only "
                                   "country to grant dual citizenship. Dan Kerr is the man to beat.\n"))
    assert ("Tom Orr", "visit", "Vellia") in facts, facts
    assert ("Kestria", "grant", "dual citizenship") in facts, facts
    assert ("Tom Orr", "is_a", "last president to visit Vellia") in facts, facts  # not "last president"
    assert not any(f[0] in ("last president", "only country") for f in facts), facts
    assert not any(f[0] == "Dan Kerr" and f[1] == "beat" for f in facts), facts


def test_a_plural_description_after_one_persons_name_is_no_role_of_his(tmp_path):
    """ "... blaming Dan Kerr, the president's advisers have been searching": the parser made
    the advisers Kerr's apposition, so Kerr was the president's adviser."""
    rows = _rows(tmp_path, "President Tom Orr met Dan Kerr on Monday. With the shutdown entering its fifth week "
                           "and polls showing a majority of the public blaming Dan Kerr, the president's "
                           "advisers have been searching for an exit strategy.\n")
    assert rows and not any(r["predicate"] == "adviser_of" for r in rows), _facts(rows)


def test_what_is_to_be_held_is_the_object_before_it_not_the_subject(tmp_path):
    """ "plans to attend the conference on Aug. 1 to be held at the palace": the conference is
    held there, as scheduled; Tom Orr is not."""
    rows = _rows(tmp_path, "Tom Orr plans to attend the review conference of the Vellia Treaty on Aug. 1 to be "
                           "held at the Kestria Palace in Orlen.\n")
    held = [r for r in rows if r["predicate"] == "be_hold_at"]
    assert held and all(r["subject"].startswith("review conference") and r["modality"] == "to be"
                        for r in held), _facts(rows)


def test_a_second_name_with_its_own_figure_is_no_object(tmp_path):
    """ "Tom Orr scored 27 and Dan Kerr 25": the verb of Kerr's clause is left out; Orr did not
    score Kerr, nor did Ana Vell reach Tom Orr."""
    facts = _facts(_rows(tmp_path, "Tom Orr scored 27 and Dan Kerr 25. In contrast, Ana Vell reached 20.27 percent "
                                   "and Ben Tarr 14.02, and Tom Orr obtained 8.55 percent.\n"))
    assert ("Tom Orr", "score", "27") in facts, facts
    assert not any("Kerr" in f[2] or "Tarr" in f[2] for f in facts), facts


def test_a_condition_on_a_reporting_verb_conditions_what_it_reports(tmp_path):
    """ "If funding is not secured by Friday, Tom Orr said he is prepared to shut down the
    parliament": the shutdown is conditional, the saying is not."""
    rows = _rows(tmp_path, "If funding for the wall is not secured by Friday, Tom Orr said he is prepared to shut "
                           "down the Vellian parliament again.\n")
    shut = [r for r in rows if r["predicate"] == "shut_down"]
    said = [r for r in rows if r["predicate"] == "say"]
    assert shut and all("if" in (r["modality"] or "").split() for r in shut), rows
    assert said and not any("if" in (r["modality"] or "").split() for r in said), rows


def test_a_to_after_an_object_of_comparison_is_the_comparisons(tmp_path):
    """ "highlighted similar points to Tom Orr": the points are like his; nothing was
    highlighted to him."""
    rows = _rows(tmp_path, "The Vellco council also highlighted similar points to Tom Orr on Monday.\n")
    assert rows and not any(r["predicate"].endswith("_to") for r in rows), _facts(rows)


def test_what_a_video_claims_to_show_is_claimed(tmp_path):
    """ "A video claimed to show soldiers looting the town": the looting is the video's claim,
    no established fact ("showed" states it)."""
    rows = _rows(tmp_path, "A video claimed to show Vellian soldiers looting the town of Orlen. A second video "
                           "purporting to show Kestrian soldiers burning the bridge was shared on Monday.\n")
    acts = [r for r in rows if r["predicate"] in ("loot", "burn")]
    assert len(acts) == 2 and all(r["modality"] in ("claimed", "purporting") for r in acts), _facts(rows)


def test_a_relative_clause_taken_for_an_apposition_is_no_type(tmp_path):
    """ "a weak point for Tom Orr, whose handling of the economy, including rising prices, could
    ...": the parser took "whose handling" for Orr's apposition: Orr `is_a` "whose handling"."""
    rows = _rows(tmp_path, "Leadership has emerged as a weak point for Tom Orr, whose handling of the economy, "
                           "including rising prices, could present an Achilles' heel for his administration.\n")
    assert not any(r["object"].lower().startswith("whose") for r in rows), _facts(rows)


def test_a_role_from_the_city_of_a_place_is_where_one_comes_from(tmp_path):
    """ "Tom Orr, a lawyer from the city of Orlen": he comes from Orlen, no lawyer of it; "the
    governor of the province of Orlen" still governs it."""
    facts = _facts(_rows(tmp_path, "Tom Orr, a lawyer from the city of Orlen, led the protests. Dan Kerr, the "
                                   "governor of the province of Tarrow, met him.\n"))
    assert not any(f[1] == "lawyer_of" for f in facts), facts
    assert any(f[:2] == ("Dan Kerr", "governor_of") and "Tarrow" in f[2] for f in facts), facts


def test_what_funded_a_report_on_a_topic_funded_the_report(tmp_path):
    """ "released a report on school safety funded by the Orlen Association": the association
    funded the report, not school safety, and the report keeps its topic; "a report on attacks
    carried out by militants" is the attacks'."""
    facts = _facts(_rows(tmp_path, "Tom Orr on Tuesday released a 225-page report on school safety funded by the "
                                   "Orlen Rifle Association. Dan Kerr cited a report on attacks carried out by "
                                   "Kestrian militants.\n"))
    assert ("Orlen Rifle Association", "fund", "225-page report on school safety") in facts, facts
    assert ("Kestrian militants", "carry_out", "attacks") in facts, facts


def test_a_hedge_on_a_description_is_the_facts_modality(tmp_path):
    """ "Tom Orr, allegedly a member of the Kestria Front", "is reportedly a close ally of":
    the membership and the alliance are hedged, and "reportedly" is no part of a type."""
    rows = _rows(tmp_path, "Tom Orr, allegedly a member of the Kestria Front, was arrested. Dan Kerr is reportedly "
                           "a close ally of Ben Tarr. The suspect, Ana Vell, reportedly a businesswoman from "
                           "Orlen, was held.\n")
    hedged = {(r["subject"], r["predicate"]): r["modality"] for r in rows}
    assert hedged.get(("Tom Orr", "member_of")) == "allegedly", rows
    assert hedged.get(("Dan Kerr", "ally_of")) == "reportedly", rows
    assert not any(r["object"].startswith("reportedly") for r in rows), rows


def test_what_one_uses_a_thing_to_do_is_done(tmp_path):
    """ "Tom Orr used the speech to attack Dan Kerr": he attacked him (no "[used] attack");
    "will use" keeps "will", "plans to use" "plans"."""
    rows = _rows(tmp_path, "Tom Orr used the speech to attack Dan Kerr. Ana Vell will use the summit to praise "
                           "Ben Tarr.\n")
    mood = {(r["subject"], r["predicate"], r["object"]): r["modality"] for r in rows}
    assert mood.get(("Tom Orr", "attack", "Dan Kerr"), "absent") is None, rows
    assert mood.get(("Ana Vell", "praise", "Ben Tarr")) == "will", rows


def test_an_ambassador_before_whose_title_an_international_body_stands_is_sent_to_it(tmp_path):
    """ "Australian UN Ambassador Tom Orr" is Australia's ambassador, "UN Ambassador Dan Kerr"
    an ambassador to the UN; neither is the UN's ("UN envoy X" still is)."""
    facts = _facts(_rows(tmp_path, "Australian UN Ambassador Tom Orr met UN Ambassador Dan Kerr on Monday.\n"))
    assert ("Tom Orr", "ambassador_of", "Australia") in facts, facts
    assert ("Dan Kerr", "ambassador_to", "United Nations") in facts, facts
    assert not any(f[1] == "ambassador_of" and f[2] == "United Nations" for f in facts), facts


def test_a_field_before_a_field_role_is_no_employer_when_one_is_named(tmp_path):
    """ "Vellco Bank's chief Asia FX strategist Tom Orr", "Dan Kerr, chief Asia FX strategist at
    Orvane Bank": the model tags "Asia FX" an organisation; it is what they cover, the banks
    employ them."""
    facts = _facts(_rows(tmp_path, "Vellco Bank's chief Asia FX strategist Tom Orr said the yen would fall. Dan Kerr, "
                                   "chief Asia FX strategist at Orvane Bank, agreed.\n"))
    assert ("Tom Orr", "asia_fx_strategist_of", "Vellco Bank") in facts, facts
    assert ("Dan Kerr", "asia_fx_strategist_of", "Orvane Bank") in facts, facts
    assert not any(f[2] == "Asia FX" for f in facts), facts


def test_a_list_after_a_name_is_no_apposition(tmp_path):
    """The parser hung the second item of a list on the first as its apposition: the Falcon
    was "a light new drone". Guard: "Tom Orr, a lawyer and writer," describes him."""
    facts = _facts(_rows(tmp_path, "The shipment held the Orlen Falcon, a light new drone, the old patrol "
                                   "boat, the new radar and the spare engines.\n"
                                   "Tom Orr, a lawyer and writer, died on Monday.\n"))
    assert not any(s == "Orlen Falcon" and p == "is_a" for s, p, _ in facts), facts
    assert ("shipment", "hold", "light new drone") in facts, facts
    assert ("Tom Orr", "is_a", "lawyer") in facts, facts


def test_names_listed_after_a_plural_name_its_members():
    """Guard: in "the three founders, Tom Orr, Dan Kerr and Ben Tarr, left" the names are the
    founders; the first name stays the plural's apposition, no fourth one who left."""
    from newsgraph.extract.parse_fixes import fix_parse
    from tests.handparse import hand_doc

    words = ["The", "three", "founders", ",", "Tom", "Orr", ",", "Dan", "Kerr", "and", "Ben", "Tarr", ",", "left",
             "."]
    heads = [2, 2, 13, 2, 5, 2, 5, 8, 5, 8, 11, 8, 2, 13, 13]
    deps = ["det", "nummod", "nsubj", "punct", "compound", "appos", "punct", "compound", "conj", "cc", "compound",
            "conj", "punct", "ROOT", "punct"]
    tags = ["DT", "CD", "NNS", ",", "NNP", "NNP", ",", "NNP", "NNP", "CC", "NNP", "NNP", ",", "VBD", "."]
    pos = ["DET", "NUM", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "CCONJ", "PROPN", "PROPN",
           "PUNCT", "VERB", "PUNCT"]
    doc = hand_doc(words, heads, deps, tags=tags, pos=pos)
    fix_parse(doc)
    assert doc[5].dep_ == "appos"
    tags[2] = "NN"  # "the plan, Tom Orr, Dan Kerr and Ben Tarr": a list after a singular
    doc = hand_doc(words, heads, deps, tags=tags, pos=pos)
    fix_parse(doc)
    assert doc[5].dep_ == "conj"
    pos[7] = pos[8] = "NOUN"  # "a type, grey hair, no job and ...": what it is, no list
    doc = hand_doc(words, heads, deps, tags=tags, pos=pos)
    fix_parse(doc)
    assert doc[5].dep_ == "appos"


def test_a_participle_after_having_is_the_act(tmp_path):
    """ "having signed the deal" was read as a passive ("be_sign"), and so was "having built
    close trade ties" ("be_build")."""
    facts = _facts(_rows(tmp_path, "Having signed the deal, Vellco left Kestria.\n"
                                   "Tom Orr became a hero, having built close trade ties with Vellia.\n"))
    assert ("Vellco", "sign", "deal") in facts, facts
    assert ("Tom Orr", "build_trade_tie_with", "Vellia") in facts, facts
    assert not any(p.startswith(("be_", "have")) for _, p, _ in facts), facts


def test_little_before_the_object_denies_the_tie_it_becomes(tmp_path):
    """ "had little sympathy for Kestria" was `have_sympathy_for` Kestria, a tie stated as held.
    The tie is denied; "a little time" denies nothing. No bare "have little sympathy" stands
    beside the tie (``partner_object_verbs``)."""
    rows = _rows(tmp_path, "Tom Orr had little sympathy for Kestria.\nDan Kerr had a little time for Vellia.\n")
    tie = next(r for r in rows if r["predicate"] == "have_sympathy_for" and r["object"] == "Kestria")
    other = next(r for r in rows if r["predicate"] == "have_time_for" and r["object"] == "Vellia")
    assert tie["negated"] and not other["negated"], rows
    assert not any(r["predicate"] == "have" for r in rows), rows


def test_descriptions_between_commas_after_a_subject_describe_it(tmp_path):
    """ "Vellco, the second-biggest carmaker and Orvane's main rival, posted ...": the parser
    joined the descriptions to the name as more subjects, so the carmaker and the rival
    posted it; with the natural parse the pair was taken for a list and gave nothing. Guard:
    a list of objects stays three objects."""
    facts = _facts(_rows(tmp_path, "Vellco, the country's second-biggest carmaker and Orvane's main rival, "
                                   "posted a loss.\n"
                                   "Kestria, the largest producer and Vellia's closest ally, signed the deal.\n"
                                   "Rebels hit the Orvane Tower, the city hall and the old bridge.\n"))
    assert {s for s, p, _ in facts if p == "post"} == {"Vellco"}, facts
    assert ("Vellco", "rival_of", "Orvane") in facts and ("Kestria", "ally_of", "Vellia") in facts, facts
    assert ("Kestria", "is_a", "largest producer") in facts, facts
    assert {o for s, p, o in facts if p == "hit"} == {"Orvane Tower", "city hall", "old bridge"}, facts


def test_until_before_a_past_tense_tells_what_happened(tmp_path):
    """ "prices were stable until Vellco entered the market": it entered it, no condition;
    "will wait until Kestria signs" has not happened and keeps "until"."""
    rows = _rows(tmp_path, "Prices were stable until Vellco entered the market.\nVellia will wait until Kestria "
                           "signs the deal.\n")
    visit = next(r for r in rows if r["predicate"] == "enter")
    sign = next(r for r in rows if r["predicate"] == "sign")
    assert not visit["modality"] and "until" in (sign["modality"] or "").split(), rows


def test_not_afraid_to_act_is_no_denied_act(tmp_path):
    """ "was not afraid to sue Orvane" gave a negated `sue` with "afraid": the denial is the
    fear's. Guard: "was not eager to buy" still denies the plan."""
    rows = _rows(tmp_path, "Vellco was not afraid to sue Orvane.\nKestria was not eager to buy Vellia's wheat.\n")
    sue = next(r for r in rows if r["predicate"] == "sue")
    buy = next(r for r in rows if r["predicate"].startswith("buy"))
    assert not sue["negated"] and sue["modality"] == "not afraid", sue
    assert buy["negated"], buy
