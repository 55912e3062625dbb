"""Quotation marks, statement ids and check-worthiness: the parts of extraction that need no language model."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from dossier.extract.claims import assess
from dossier.extract.ids import normalise, statement_id, unique_ids
from dossier.extract.lexicon import lexicon
from dossier.extract.quotes import find_quotes


def quoted(text: str, continued: bool = False) -> list[str]:
    return [text[q.start:q.end] for q in find_quotes(text, continued)]


def test_french_guillemets_with_and_without_nbsp():
    assert quoted("« Ne tombez pas dans le piège », a répondu Peter Navarro.") == ["Ne tombez pas dans le piège"]
    assert quoted("«\u00a0Non\u202f», a-t-il dit, «\u00a0jamais\u00a0».") == ["Non", "jamais"]
    assert quoted("considère la substance comme «probablement» cancérigène") == ["probablement"]


def test_english_curly_and_straight_quotes():
    assert quoted('“This just isn’t right,” Warren said.') == ["This just isn’t right,"]
    assert quoted('"It\'s about me." The president told them.') == ["It's about me."]


def test_apostrophes_inside_words_are_not_quotation_marks():
    assert quoted("L’Union suisse des paysans a demandé aux exploitations d’attendre l’avis de l’OFAG.") == []
    assert quoted("the Clintons' money and the players' union") == []


def test_single_quotes_nested_in_double_quotes_stay_inside():
    text = '"In my first meeting with him in 2011, he said, \'Our approach hasn\'t worked,\'" Mitchell recalled.'
    assert quoted(text) == ["In my first meeting with him in 2011, he said, 'Our approach hasn't worked,'"]


def test_wrong_closing_mark_closes_the_quote():
    text = "le président « prendrait des mesures. sont présentés par des logiciels. « "
    assert quoted(text) == ["prendrait des mesures. sont présentés par des logiciels."]


def test_a_second_curly_opening_with_one_closer_left_means_the_first_was_never_closed():
    text = ("Il a rappelé les “affres de l’instabilité vécue par le pays. Pour lui, la société est aujourd’hui "
            "“consciente de l’apport de la sécurité”.")
    assert quoted(text) == ["affres de l’instabilité vécue par le pays.", "consciente de l’apport de la sécurité"]


def test_curly_quotes_nested_in_curly_quotes_stay_inside():
    text = "“Dans certains cas, il s’agissait de “fake news”, des informations fausses”, rappelle la chercheuse."
    assert quoted(text) == ["Dans certains cas, il s’agissait de “fake news”, des informations fausses"]


def test_two_apostrophes_stand_for_a_double_mark():
    text = "He had doubts. ''Personally, I doubt it,'' she said of ''Survival Rations,'' but l''homme stays."
    assert quoted(text) == ["Personally, I doubt it,", "Survival Rations,"]


def test_a_quotation_opened_with_a_single_mark_may_close_with_a_double_one():
    assert quoted("'Eleven new cases are linked to the cluster,\" he said.") == [
        "Eleven new cases are linked to the cluster,"]
    assert quoted("'It is a good day,” she said.") == ["It is a good day,"]


def test_unclosed_quote_runs_to_the_end_of_the_paragraph():
    spans = find_quotes("« Nous irons jusqu'au bout. Le gouvernement doit reculer")
    assert [s.closed for s in spans] == [False]


def test_paragraph_that_carries_on_a_quote_without_opening_it():
    assert quoted("et nous le prouverons », a-t-il conclu.", continued=True) == ["et nous le prouverons"]
    assert quoted("et nous le prouverons », a-t-il conclu.", continued=False) == []


def test_paragraph_whose_opening_mark_is_missing():
    text = 'It\'s a different brand, different choices," says Groene. "We come from productivity."'
    assert quoted(text) == ["It's a different brand, different choices,", "We come from productivity."]
    assert quoted("Nous n'irons pas plus loin.” Le ministre s'est tu.") == ["Nous n'irons pas plus loin."]
    assert [q.continued for q in find_quotes(text)] == [False, False]


def test_subheading_in_single_curly_quotes():
    assert quoted("‘Le plus grand perdant’") == ["Le plus grand perdant"]


@given(st.text(alphabet="ab «»“”\"‘’' ,.\n\u00a0", max_size=80), st.booleans())
def test_any_marks_give_spans_inside_the_text(text, continued):
    for span in find_quotes(text, continued):
        assert 0 <= span.open <= span.start < span.end <= span.close <= len(text)
        assert text[span.start:span.end].strip() == text[span.start:span.end]


def test_ids_ignore_typography_and_keep_the_kind():
    assert normalise("«\u00a0Nous  ne prévoyons d’aller »") == normalise('"Nous ne prévoyons d\'aller"')
    assert statement_id("direct", "l’importance") == statement_id("partial", "l'importance")
    assert statement_id("direct", "x").startswith("q-") and statement_id("claim", "x").startswith("c-")
    assert unique_ids(["q-1", "q-2", "q-1", "q-1"]) == ["q-1", "q-2", "q-1-2", "q-1-3"]


def test_checkworthy_facts_and_their_reasons():
    fr, en = lexicon("fr"), lexicon("en")
    claim = "365 000 déplacements entre le 21 juin et le 15 novembre 2019, dont 61 % en trottinettes"
    worthy, score, reasons = assess(claim, fr)
    assert worthy and score > 0.5 and {"number", "date", "percent"} <= set(reasons)
    assert "money" in assess("reduced federal assistance for the poor by nearly $55 billion over six years", en)[2]
    assert "office" in assess("Donna Brazile, the interim chairwoman of the Democratic National Committee", en)[2]
    assert "ownership" in assess("Le groupe informatique possède actuellement la plateforme LinkedIn", fr)[2]
    assert not assess("Are we where we need to be?", en)[0]
    assert not assess("Cela devient bizarre.", fr)[0]


def test_lexicons_are_plain_words_users_can_extend():
    en = lexicon("en")
    assert {"say", "tell", "deny", "tweet"} <= en["speech_verbs"]
    assert "on" in en["medium_prepositions"]
    assert {"déclarer", "nier", "démentir", "marteler", "rétorquer"} <= lexicon("fr")["speech_verbs"]
