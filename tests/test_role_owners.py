"""Whose office a title names: the country written with dots before it ("the U.S.
ambassador") is its owner, a place the office deals with ("envoy for Vellia") is not, and
"who" after such a title is the person who holds it. Our own sentences, invented names."""

from __future__ import annotations

from tests.extracted import extract_rows
from tests.test_who_did_what import _facts


def test_a_country_written_with_dots_owns_the_title(tmp_path):
    """ "U.S." has no word of letters only; it was taken for a number and dropped, leaving
    only is_a "ambassador"."""
    facts = _facts(tmp_path, "The U.S. ambassador Dan Orr spoke in Kestford on Monday.\n"
                             "Ben Kerr, the U.S. ambassador to Vellia, met the mayor.\n")
    assert ("Dan Orr", "ambassador_of", "United States") in facts, facts
    assert ("Ben Kerr", "ambassador_of", "United States") in facts, facts


def test_an_envoy_for_a_place_serves_the_country_that_sends_him(tmp_path):
    facts = _facts(tmp_path, "Kestria was responding to Dan Kerr, the U.S. special representative for "
                             "Vellia.\n"
                             "Tarrow met Ana Vell, the Special Representative of the President of Kestria "
                             "for the Middle East.\n")
    assert ("Dan Kerr", "special_representative_of", "United States") in facts, facts
    assert not any(o in ("Vellia", "Middle East") and p.startswith("special_representative")
                   for _, p, o in facts), facts
    assert ("Ana Vell", "special_representative_of_president_of", "Kestria") in facts, facts


def test_a_member_of_parliament_keeps_his_chamber(tmp_path):
    """Guard: "U.S. Representative X" sits in its House, he is no envoy of the country."""
    facts = _facts(tmp_path, "Orlen thanked U.S. Representative Tom Orr on Friday.\n")
    assert ("Tom Orr", "is_a", "U.S. Representative") in facts, facts
    assert not any(s == "Tom Orr" and o == "United States" for s, _, o in facts), facts


def test_who_after_an_envoys_title_is_the_envoy(tmp_path):
    facts = _facts(tmp_path, "Kestria was responding to Dan Kerr, the U.S. special representative for "
                             "Vellia, who recently said that Washington was willing to go further.\n")
    assert ("Dan Kerr", "say", "Washington was willing to go further") in facts, facts
    assert not any(s == "Vellia" and p == "say" for s, p, _ in facts), facts


def test_a_title_in_a_list_of_titled_names_is_the_next_names(tmp_path):
    """The parser hangs "Secretary of ..." on the name before the comma; nothing stands
    between the title and the name it is written before."""
    facts = _facts(tmp_path, "The prime minister met President Tom Orr, Secretary of Supreme National "
                             "Security Council Ali Vellani and Parliament Speaker Reza Kerr.\n")
    assert ("Ali Vellani", "secretary_of", "Supreme National Security Council") in facts, facts
    assert not any(s == "Tom Orr" and p == "secretary_of" for s, p, _ in facts), facts


def test_a_title_after_a_comma_is_still_the_name_before_it(tmp_path):
    """Guard: "Ana Vell, head of the Orlen Group, Tom Kerr and ..." lists three people; the
    title is hers."""
    facts = _facts(tmp_path, "Tarrow thanked Ana Vell, head of the Orlen Group, Tom Kerr and Ben Orr.\n")
    assert ("Ana Vell", "head_of", "Orlen Group") in facts, facts


def test_who_inside_a_description_of_a_person_is_the_person(tmp_path):
    """ "who" hung on the last noun of the description ("affairs") means the person described."""
    facts = _facts(tmp_path, "Dan Kerr, an expert on international affairs who served as deputy foreign "
                             "minister for years, has said the talks failed.\n")
    assert not any(s == "international affairs" for s, _, _ in facts), facts
    assert any(s == "Dan Kerr" and o == "deputy foreign minister" for s, _, o in facts), facts


def test_an_office_named_for_its_field_has_no_body_of_that_name(tmp_path):
    """ "National Security advisor X": a title of its own (``multiword_titles``), no adviser of
    a body called "National Security"."""
    facts = _facts(tmp_path, "National Security advisor Dan Orr also said the talks failed.\n")
    assert not any(o == "National Security" for _, _, o in facts), facts
    assert ("Dan Orr", "is_a", "National Security advisor") in facts, facts


def _modal_facts(tmp_path, text: str) -> set[tuple[str, str, str, str | None]]:
    return {(r["subject"], r["predicate"], r["object"], r.get("modality"))
            for r in extract_rows(tmp_path, text, sentences=True)}


def test_a_post_served_in_the_simple_past_is_a_former_one(tmp_path):
    """ "served as" tells a past post; "has served as ... since" one still held."""
    facts = _modal_facts(tmp_path, "Tom Tarrow, who served as Vellia's ambassador to Kestria, died.\n"
                                   "Ana Vell has served as chief executive of Orlen Bank since 2019.\n")
    assert ("Tom Tarrow", "ambassador_of", "Vellia", "former") in facts, facts
    assert ("Ana Vell", "chief_executive_of", "Orlen Bank", None) in facts, facts


def test_a_post_a_verb_of_naming_gives_is_its_objects(tmp_path):
    """ "appointed Ana Vell as its chief executive": she holds the post; the bank does not."""
    facts = _facts(tmp_path, "Orlen Bank appointed Ana Vell as its chief executive on Monday.\n")
    assert ("Ana Vell", "chief_executive_of", "Orlen Bank") in facts, facts
    assert ("Orlen Bank", "appoint_as_chief_executive", "Ana Vell") in facts, facts


def test_making_a_living_as_a_trade_names_no_one(tmp_path):
    """Guard: "making a living as a construction worker" gives the living no post."""
    facts = _facts(tmp_path, "Tom Tarrow studied in Orlen while making a living as a construction worker.\n")
    assert not any(s == "living" for s, _, _ in facts), facts


def test_a_title_of_a_place_written_before_a_name_is_that_persons(tmp_path):
    """ "Governor of Texas Greg Abbott met ...": without the comma the parser makes the person
    the object of "of" and the title the subject, so the facts said "Governor of Texas Greg
    Abbott" (a concept) met Tom Orr, and an untagged name after the place was no actor."""
    facts = _facts(tmp_path, "Governor of Texas Greg Abbott met Tom Orr in Austin.\n"
                             "Prime Minister of Kestria Ana Vell visited Tom Orr on Monday.\n")
    assert ("Greg Abbott", "meet", "Tom Orr") in facts, facts
    assert ("Greg Abbott", "governor_of", "Texas") in facts, facts
    assert ("Ana Vell", "prime_minister_of", "Kestria") in facts, facts
    assert ("Ana Vell", "visit", "Tom Orr") in facts, facts


def test_a_country_and_a_name_run_into_one_people_are_split(tmp_path):
    """The model tags "Ukraine Volodymyr Zelensky" after "President of" as one people (NORP);
    the surname the article writes alone elsewhere shows where the person begins."""
    rows = extract_rows(tmp_path, "President of Ukraine Volodymyr Zelensky met Tom Orr on Monday. "
                                  "Zelensky later flew to Warsaw.\n", sentences=False)
    facts = {(r["subject"], r["predicate"], r["object"]) for r in rows}
    assert ("Volodymyr Zelensky", "meet", "Tom Orr") in facts, facts
    assert ("Volodymyr Zelensky", "president_of", "Ukraine") in facts, facts


def test_a_portfolio_title_before_a_name_leaves_the_name_the_actor(tmp_path):
    """ "Secretary of State Ana Vell met ...": the untagged name after the portfolio was
    read as part of the title, so the subject was a concept and the meeting no edge."""
    facts = _facts(tmp_path, "Secretary of State Ana Vell met Tom Orr in Kestford.\n")
    assert ("Ana Vell", "meet", "Tom Orr") in facts, facts
    assert not any(o == "State" for _, _, o in facts), facts


def test_a_field_after_of_is_no_employer_the_name_after_at_is(tmp_path):
    """"a professor of Economics at Kestford University": the model tags "Economics at" a
    name; the field is the role's (``academic_fields``), the university employs her, and no
    name ends in "at" (``cut_trailing_function_words``)."""
    facts = _facts(tmp_path, "The radio spoke with Ana Vell, a professor of Economics at Kestford "
                             "University, on Monday.\n")
    assert ("Ana Vell", "professor_of_economics_of", "Kestford University") in facts, facts
    assert not any(o.startswith("Economics") for _, _, o in facts), facts


def test_a_departments_own_word_is_no_word_of_the_title(tmp_path):
    """"Homeland Security Secretary Jeh Vell": "Security" ends the department's name (the model
    tags "Homeland Security"), so the title is secretary of Homeland Security, never a
    "security secretary" of "Homeland"; "Kestria Security Minister Ana Vell" keeps hers."""
    facts = _facts(tmp_path, "On Monday, Homeland Security Secretary Jeh Vell told lawmakers that 18 states "
                             "asked for help.\n"
                             "Veterans Affairs Secretary Dan Kerr resigned on Friday.\n")
    assert ("Jeh Vell", "secretary_of", "Homeland Security") in facts, facts
    assert ("Dan Kerr", "secretary_of", "Veterans Affairs") in facts, facts


def test_then_before_a_peoples_word_makes_the_title_a_past_one(tmp_path):
    """"then-French President Nicolas Vell": a past president of France (modality "former"),
    as "former French President" is; "French President Ana Orr" is a present one."""
    rows = extract_rows(tmp_path, "On Monday, then-French President Nicolas Vell met Tom Orr.\n"
                                  "French President Ana Orr left on Friday.\n", sentences=True)
    mood = {(r["subject"], r["predicate"], r["object"]): r["modality"] for r in rows}
    assert mood[("Nicolas Vell", "president_of", "France")] == "former", mood
    assert mood[("Ana Orr", "president_of", "France")] is None, mood


def test_a_resigned_or_axed_title_is_a_past_one(tmp_path):
    """ "recently resigned Kestford Party political director Tom Orr", "axed Vellmont coach Ben
    Tarr": the title is his no longer (``former_words`` in roles.yaml), like "former"."""
    rows = extract_rows(tmp_path, "The list includes recently resigned Kestford Party political director Tom Orr.\n"
                                  "Axed Vellmont coach Ben Tarr said he was sad.\n", sentences=True)
    roles = {(r["subject"], r["predicate"]): r["modality"] for r in rows if r["predicate"].endswith("_of")}
    assert roles.get(("Tom Orr", "political_director_of")) == "former", roles
    assert roles.get(("Ben Tarr", "coach_of")) == "former", roles


def test_a_floor_office_before_a_name_and_its_state_leads_no_state(tmp_path):
    """ "Speaker Ana Vell of California", "Majority Leader Dan Kerr of Kentucky": the place is the
    member's state, not the office's (``floor_offices`` in roles.yaml); "Senator Tom Orr of New
    York", "Governor Ben Tarr of Ohio" and "Speaker Ana Vell of the Kestford Assembly" keep theirs."""
    facts = _facts(tmp_path, "Speaker Ana Vell of California and Senator Tom Orr of New York said no.\n"
                             "Majority Leader Dan Kerr of Kentucky said no.\n"
                             "Governor Ben Tarr of Ohio signed the bill.\n"
                             "Speaker Ana Vell of the Kestford Assembly spoke.\n")
    assert not any(p in ("speaker_of", "majority_leader_of") and o in ("California", "Kentucky")
                   for _, p, o in facts), facts
    assert {("Tom Orr", "senator_of", "New York"), ("Ben Tarr", "governor_of", "Ohio"),
            ("Ana Vell", "speaker_of", "Kestford Assembly")} <= facts, facts


def test_a_coordinated_title_with_an_owner_of_its_own_shares_no_other(tmp_path):
    """ "Tom Orr, a former prime minister of Kestria and ex-NATO chief": the chief's owner is
    written before it, so the chief is no chief of Kestria; "co-founder and chief executive of
    Vell Holdings" still gives both roles the holding's, and so does "the Kestford-based founder
    and managing director of Orlen Partners Group" (a place of work, no owner)."""
    facts = _facts(tmp_path, "Orlen Bank has hired Tom Orr, a former prime minister of Kestria and ex-NATO chief, "
                             "to help it.\n"
                             "Ana Vell, co-founder and chief executive of Vell Holdings, spoke.\n"
                             "The index will climb, said Ben Tarr, the Kestford-based founder and managing director "
                             "of Orlen Partners Group.\n")
    assert ("Tom Orr", "prime_minister_of", "Kestria") in facts, facts
    assert ("Tom Orr", "chief_of", "Kestria") not in facts, facts
    assert {("Ana Vell", "co_founder_of", "Vell Holdings"), ("Ana Vell", "chief_executive_of", "Vell Holdings")} \
        <= facts, facts
    assert ("Ben Tarr", "founder_of", "Orlen Partners Group") in facts, facts  # where he works, no owner


def test_the_name_after_two_descriptions_names_the_subject(tmp_path):
    """ "Kestria's army chief and de facto head of state, Tom Orr, has appointed Dan Kerr":
    Tom Orr appoints, no concept "Kestria's army chief"; "the president and his aide, Dan
    Kerr, met ..." names the aide only. "head of state" is an office, no head of a body
    "state"."""
    facts = _facts(tmp_path, "Kestria's army chief and de facto head of state, Tom Orr, has appointed Dan Kerr "
                             "as prime minister.\n"
                             "Ana Vell, Kestria's head of state, met Dan Kerr.\n")
    assert ("Tom Orr", "appoint_as_prime_minister", "Dan Kerr") in facts, facts
    assert not any(s.startswith("Kestria's") for s, _, _ in facts), facts
    assert ("Ana Vell", "head_of_state_of", "Kestria") in facts, facts
    assert not any(p == "head_of" for _, p, _ in facts), facts


def test_an_envoy_to_a_region_is_sent_there_by_the_country_before_it(tmp_path):
    """ "US Middle East envoy Tom Orr": sent to the Middle East (`envoy_to`) by the United
    States (`envoy_of`), no envoy of the region (it was `envoy_of` Middle East)."""
    facts = _facts(tmp_path, "US Middle East envoy Tom Orr, who was also in Doha, said talks went well.\n")
    assert ("Tom Orr", "envoy_to", "Middle East") in facts, facts
    assert ("Tom Orr", "envoy_of", "United States") in facts, facts
    assert ("Tom Orr", "envoy_of", "Middle East") not in facts, facts


def test_an_office_the_model_tagged_a_name_is_the_person_named_after_it(tmp_path):
    """ "the Takoradi Sector Commander, Walter Kerr, ordered ...": the model tags the office a
    work of art, and the order is still Walter Kerr's, not the office's; an organisation with
    a description after it stays the subject ("Orvane Bank, the lender of Tom Orr, cut rates")."""
    facts = _facts(tmp_path, "Following the suspicion, the Takoradi Sector Commander, Walter Kerr, ordered immediate "
                             "surveillance of the containers.\n"
                             "Orvane Bank, the lender of Tom Orr, cut rates.\n")
    assert any(s == "Walter Kerr" and p == "order" for s, p, _ in facts), facts
    assert not any(s == "Takoradi Sector Commander" for s, _, _ in facts), facts
    assert ("Orvane Bank", "cut", "rates") in facts, facts


def test_a_pronouns_title_before_a_name_is_the_speakers(tmp_path):
    """ "its chief executive X" gave no owner (only "X, its chief executive" did); "his
    lawyer X" gave is_a "lawyer"."""
    facts = _facts(tmp_path, "Vellco said its chief executive Tom Harris had resigned.\n"
                             "Senator Bill Tarrant said his lawyer John Miller would appeal.\n")
    assert ("Tom Harris", "chief_executive_of", "Vellco") in facts, facts
    assert ("John Miller", "lawyer_of", "Bill Tarrant") in facts, facts


def test_its_after_an_unnamed_speaker_is_no_name_before(tmp_path):
    """ "The army said its commander ..." is the army's commander, not the company of the
    sentence before; the army has no name, so the owner is left out."""
    rows = extract_rows(tmp_path, "Apple opened a plant in Texas. The army said its commander, General "
                                  "James Smith, was killed.\n", sentences=False)
    facts = {(r["subject"], r["predicate"], r["object"]) for r in rows}
    assert ("Apple", "open", "plant") in facts, facts
    assert not any(s == "James Smith" and o == "Apple" for s, _, o in facts), facts


def test_its_after_a_person_speaker_is_the_company_named_before(tmp_path):
    """Guard: "Tom Harris, Vellco's finance chief, says its factories ..." are Vellco's
    factories; the speaker is a person, so "its" is not his, and the company named stays."""
    rows = extract_rows(tmp_path, "Tom Harris, Vellco's finance chief, says its factories have been given "
                                  "time to adjust.\n", sentences=False)
    assert any(r["subject"].startswith("Vellco") and r["predicate"] == "be_give" for r in rows), rows
