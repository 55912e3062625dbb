"""Reported speech: the content a cue governs (que/that clause, de + infinitive, inverted cue, selon X)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from dossier.extract.attribution import (
    NOUN_COMPLEMENT_MARKERS,
    QUOTE_MARKS,
    SUBJECT_DEPS,
    doc_text,
    fronted_gerund_subject,
    inside_quotation,
    inverted_subject,
    named_before_comma,
    norm,
    own_auxiliaries,
    quoted_tokens,
    span_text,
    subject_after,
)
from dossier.extract.lexicon import Lexicon

TRIM = " \t\n\u00a0\u202f,;:—–-"
SENTENCE_END = {".", "!", "?", "…"}
SCAN_WINDOW = 14
LOOSE_DEPS = {"advcl", "prep", "obl", "obl:mod", "advmod", "npadvmod", "nmod"}
ELABORATION_RATIO = 1.0
NOT_COMPLEMENTIZER_BEFORE = {"tandis", "alors", "bien", "parce", "ainsi", "avant", "après", "pendant", "dès", "pour",
                             "sans", "plus", "moins", "autant", "même", "si", "tant", "afin", "ce", "so", "such",
                             "now", "given", "except", "than"}
Quoted = Callable[[object], bool]
PRONOUN_ENDS = {"he", "she", "they", "il", "elle", "ils", "elles"}
DANGLING = re.compile(r"\s(?:and|but|or|et|mais|ou|que|qu'|qu’|when|while|because|if|quand|lorsque|si|car|"
                      r"he|she|they|il|elle|ils|elles)$", re.IGNORECASE)


def after_auxiliary(tok) -> bool:
    """`», a cependant tempéré le commissaire`: a past participle the tagger read as an adjective, known by the
    auxiliary `avoir` before it (adverbs aside)."""
    index = tok.i - 1
    while index >= 0 and tok.doc[index].pos_ == "ADV":
        index -= 1
    return index >= 0 and tok.doc[index].lemma_ == "avoir" and tok.doc[index].pos_ == "AUX"


def is_cue_verb(tok, lex: Lexicon, incise: bool = False) -> bool:
    """A speech verb by lemma (or by form, when the tagger or lemmatiser stumbles).

    With `incise`, verbs that are cues only right after a quotation count too (`a poursuivi`, `he continued`).
    Answers are kept on the doc, since the same token is asked about many times.
    """
    cache = tok.doc.user_data.setdefault("dossier.cues", {})
    key = (tok.i, incise, id(lex))
    if key not in cache:
        cache[key] = judged_cue_verb(tok, lex, incise)
    return cache[key]


def judged_cue_verb(tok, lex: Lexicon, incise: bool) -> bool:
    if tok.pos_ not in ("VERB", "AUX", "X", "NOUN", "ADJ"):
        return False
    incise = incise or quoted_that_clause(tok) or lex.language == "fr" and tok.pos_ == "VERB" and incise_slot(tok, lex)
    if speech_lemma(tok.lemma_, tok.text, lex, incise) is None:
        return quoted_view(tok, lex)
    if tok.pos_ in ("NOUN", "ADJ") and not tok.tag_.startswith("V"):
        following = [norm(t.text) for t in tok.doc[tok.i + 1: tok.i + 5]]
        after_determiner = tok.i > 0 and tok.doc[tok.i - 1].pos_ == "DET"
        if after_determiner or ("que" not in following and "qu'" not in following
                                and not (incise and (incise_slot(tok, lex) or final_incise(tok, lex)))
                                and not after_named_subject(tok) and not after_auxiliary(tok)
                                and not before_inverted_clitic(tok)):
            return False
    if tok.pos_ == "AUX" and tok.dep_.startswith("aux"):
        return False
    if addresses_reader(tok, lex) or generic_saying(tok, lex) or evidence_in_report(tok, lex):
        return False
    if coordinated_cue(tok, lex):
        return True
    if tok.tag_ == "VBN" and tok.dep_ in ("advcl", "acl") and not any(c.dep_.startswith("aux") for c in tok.children) \
            and not name_after_quote(tok):
        return False
    if speech_lemma(tok.lemma_, tok.text, lex, incise) in lex["reading_verbs"]:
        return impersonal_reader(tok)
    if is_bare_infinitive(tok) and not intent_infinitive(tok, lex) and not sequel_infinitive(tok, lex) \
            and narrator_subject(tok, lex) is None:
        return False
    if agentless_passive(tok):
        return False
    if "Part" in tok.morph.get("VerbForm") and tok.dep_ in ("acl", "amod") and tok.head.pos_ in ("NOUN", "PROPN") \
            and not any(c.dep_.startswith("aux") for c in tok.children) and not conjugated_form(tok, lex) \
            and not present_participle_cue(tok, lex) and not name_after_quote(tok) \
            and aux_before_locution(tok, lex) is None:
        return False
    lemma = speech_lemma(tok.lemma_, tok.text, lex, incise)
    if lemma is None:
        return False
    if is_reflexive(tok):
        return lemma not in lex["not_reflexive"] or incise and incise_slot(tok, lex)  # `», se rappelle X`
    return lemma not in lex["reflexive_verbs"] or lemma in lex["speech_verbs"]


def aux_before_locution(tok, lex: Lexicon) -> int | None:
    """`a pour sa part salué`: the auxiliary before an adverbial locution the parser took for the participle's noun."""
    from dossier.extract.attribution import AUXILIARY_FORMS, adverbial_locution_tokens

    doc = tok.doc
    locution = adverbial_locution_tokens(doc, max(0, tok.i - 5), lex)
    before = tok.i - 1
    while before >= 0 and before in locution:
        before -= 1
    found = before < tok.i - 1 and before >= 0 and norm(doc[before].text) in AUXILIARY_FORMS
    return before if found else None


def evidence_in_report(tok, lex: Lexicon) -> bool:
    """`Selon lui, un tel scénario indiquerait que …`, `Police said their information suggested …`: a verb of
    evidence whose subject is evidence, inside what someone is reported to say, belongs to that report."""
    if norm(tok.lemma_) not in lex["evidence_verbs"]:
        return False
    subject = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")), None)
    evidence = lex["evidence_nouns"] | lex["figure_nouns"]
    if subject is None or subject.pos_ != "NOUN" or subject.ent_type_ or not (
            norm(subject.lemma_) in evidence or norm(subject.text) in evidence):
        return False
    reported = any(a.pos_ == "VERB" and speech_lemma(a.lemma_, a.text, lex, False) is not None
                   and a.lemma_ not in lex["evidence_verbs"] for a in tok.ancestors)
    before = f" {norm(tok.doc[tok.sent.start:tok.i].text)} "
    return reported or any(f" {marker} " in before for marker in lex["source_markers"])


def agentless_passive(tok) -> bool:
    """A passive with no agent (`il est décrit comme …`): nobody is said to speak."""
    return any(c.dep_ in ("auxpass", "aux:pass") for c in tok.children) and not any(
        c.dep_ in ("agent", "obl:agent") for c in tok.children)


def quoted_view(tok, lex: Lexicon) -> bool:
    """`Séoul, qui y a vu une « violation »`, `voit dans les tirs « la première d'une série de violations »`:
    a verb of judging whose object is quoted and which says in what the view is seen; or a verb of labelling
    whose label is quoted (`présente Daesh comme le « suspect numéro 1 »`)."""
    if tok.pos_ != "VERB" or inside_quotation(tok):
        return False
    if agentless_passive(tok):
        return False  # `Il est décrit comme « très sociable »`: by whom, the sentence does not say
    if norm(tok.lemma_) in lex["labelling_verbs"]:
        return labelled_as_quote(tok)
    if norm(tok.lemma_) not in lex["view_verbs"]:
        return False
    seen_in = any(norm(c.text) == "y" and c.i < tok.i or any(norm(g.text) == "dans" and g.dep_ == "case"
                                                               for g in c.children)
                  for c in tok.children)
    objects = [c for c in tok.children if c.dep_ in ("obj", "obl:arg", "obl:mod", "obl", "xcomp") and c.i > tok.i]
    return seen_in and any(t.text in QUOTE_MARKS for o in objects for t in o.subtree)


def generic_saying(tok, lex: Lexicon) -> bool:
    """`on se dit que Dethier a un but caché`, `ne dit-on pas que l'appétit vient en mangeant`: the impersonal `on`
    musing or quoting a saying, with no source named for it."""
    if lex.language != "fr" or norm(tok.lemma_) != "dire":
        return False
    generic = any(norm(c.text).lstrip("-") == "on" for c in tok.children if c.dep_.startswith(("nsubj", "expl")))
    generic = generic or tok.i + 2 < len(tok.doc) and norm(tok.doc[tok.i + 1].text) in ("-t", "-t-on", "-on") \
        and "on" in norm(tok.doc[tok.i + 1].text + tok.doc[tok.i + 2].text)
    return generic and (is_reflexive(tok) or negated(tok))


def labelled_as_quote(tok) -> bool:
    """`avait présenté Daesh comme le « suspect numéro 1 »`: the label after `comme`/`as` is quoted."""
    for child in tok.children:
        if child.i < tok.i:
            continue
        words = list(child.subtree)
        marked = any(norm(t.text) in ("comme", "as") for t in words)
        if marked and any(t.text in QUOTE_MARKS for t in words):
            return True
    return False


def addresses_reader(tok, lex: Lexicon) -> bool:
    """`le site vous propose d'écouter la séquence`: the outlet speaking to its reader, outside any quotation."""
    return lex.language == "fr" and not inside_quotation(tok) and any(
        c.dep_ in ("iobj", "obj") and norm(c.text) == "vous" and c.i < tok.i for c in tok.children)


def quoted_that_clause(tok) -> bool:
    """`Le journaliste a lancé qu'il allait « revenir sur … »`: a verb that is a cue only in an incise also
    reports speech when its que-clause holds a quotation."""
    if tok.pos_ != "VERB":
        return False
    clause = next((c for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i
                   and any(m.dep_ == "mark" and norm(m.text) in ("que", "qu'", "that") for m in c.children)), None)
    return clause is not None and any(t.text in QUOTE_MARKS for t in clause.subtree)


def name_after_quote(tok) -> bool:
    """`"…!" Trump tweeted on Monday`: a past form right after a quotation and a name is the cue's past tense,
    whatever participle the tagger took it for."""
    doc = tok.doc
    return tok.i >= 2 and doc[tok.i - 1].pos_ in ("PROPN", "PRON") and doc[tok.i - 2].text in ('"', "”", "»")


def before_inverted_clitic(tok) -> bool:
    """`, note-t-on au sein de l'hôpital`: a word hyphened to an inverted subject pronoun is a verb."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and nxt.text.startswith("-") and norm(nxt.text) in INVERTED_CLITICS


def present_participle_cue(tok, lex: Lexicon) -> bool:
    """`a indiqué le porte-parole, précisant que …`, `reconnaissant toutefois que …`: a French present participle
    that opens a que-clause."""
    index = tok.i + 1
    while index < len(tok.doc) and tok.doc[index].pos_ == "ADV" and index - tok.i <= 2:
        index += 1
    nxt = tok.doc[index] if index < len(tok.doc) else None
    return lex.language == "fr" and "Pres" in tok.morph.get("Tense") and norm(tok.text).endswith("ant") \
        and nxt is not None and norm(nxt.text) in ("que", "qu'")


def incise_slot(tok, lex: Lexicon) -> bool:
    """`», note Caroline Pintat`, `», raconte-t-il`, `», complète le lieutenant-colonel Plus`: right after a
    comma, before its inverted subject, a word is the cue verb even when the tagger read a noun or an adjective;
    right after the closing mark too when a name follows (`» rembobine Karim`)."""
    doc = tok.doc
    before = tok.i - 1
    clitic = False
    while before > 0 and lex.language == "fr" and norm(doc[before].text) in INVERTED_CLITICS:
        before -= 1  # `…, a-t-il poursuivi`
        clitic = True
    while before > 0 and lex.language == "fr" and doc[before].pos_ == "AUX" and doc[before].head.i == tok.i:
        before -= 1  # `…, a poursuivi Me Herzog`
    if clitic:
        return doc[before].text == "," and before < tok.i - 2
    if before > 0 and norm(doc[before].text) in ("se", "s'") and lex.language == "fr":
        before -= 1  # `», se souvient le professeur`
    if tok.i == 0 or tok.i + 1 >= len(doc) or doc[before].text not in (",", "»", "”"):
        return False
    subject = next((t for t in doc[tok.i + 1:] if not t.is_space), doc[tok.i + 1])
    if norm(subject.text) in lex["titles"] and subject.ent_type_ == "" and subject.i + 1 < len(doc):
        subject = doc[subject.i + 1]  # `, a poursuivi Me Herzog`
    if norm(subject.text) in INVERTED_CLITICS or (
            subject.ent_type_ in ("PER", "PERSON") and subject.ent_iob_ == "B"):
        return True
    if doc[before].text != ",":
        return False
    after_quote = before > 0 and (doc[before - 1].text in ("»", "”", '"') or inside_quotation(doc[before - 1]))
    if after_quote and subject.pos_ == "PROPN" and subject.is_title and subject.ent_type_ not in ("LOC", "GPE"):
        return True  # `», soupire Fatima, 54 ans`: a first name the tagger did not take for a person
    roles = lex["role_nouns"]
    return (after_quote or clause_before(tok)) and subject.pos_ == "DET" and any(
        norm(t.text) in roles or t.ent_type_ in ("PER", "PERSON") for t in doc[tok.i + 2: tok.i + 5])


def after_named_subject(tok) -> bool:
    """`…, Élisabeth Borne, juge la réforme « indispensable »`: right after a named person (and a comma), before
    a determiner, a word the tagger read as a noun is the verb."""
    doc = tok.doc
    if tok.i < 2 or tok.i + 1 >= len(doc) or doc[tok.i + 1].pos_ != "DET" and doc[tok.i + 1].text not in "«“\"":
        return False
    before = doc[tok.i - 1]
    subject = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i and c.pos_ in ("NOUN", "PROPN")),
                   None)
    if subject is not None and not any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in doc[subject.i + 1:tok.i]):
        return True  # `Le député juge la réforme « injuste »`: the parser gave the noun-read verb its subject
    if tok.dep_ == "appos" and tok.head.i == tok.i - 1 and tok.head.pos_ == "NOUN" and tok.head.i > 0 \
            and doc[tok.head.i - 1].pos_ == "DET" and tok.head.left_edge.i == tok.sent.start:
        return True  # `Le syndicat juge la réforme « injuste »` read as one noun phrase
    if dislocated_subject(tok) is not None:
        return True  # `La direction, elle, juge les revendications « irréalistes »`
    if before.text == ",":
        before = doc[tok.i - 2]
    return before.ent_type_ in ("PER", "PERSON") and before.ent_iob_ in ("B", "I") and doc[tok.i + 1].ent_type_ == ""


STRESSED_PRONOUNS = {"lui", "elle", "eux", "elles"}


def dislocated_subject(tok):
    """`La direction, elle, juge …`, `Le gouvernement, lui, estime …`: the noun a stressed pronoun between commas
    takes up right before the verb, which is the verb's subject."""
    doc = tok.doc
    if tok.i < 4 or doc[tok.i - 1].text != "," or norm(doc[tok.i - 2].text) not in STRESSED_PRONOUNS \
            or doc[tok.i - 3].text != ",":
        return None
    noun = doc[tok.i - 4]
    while noun.head.i < noun.i and noun.dep_ in ("nmod", "amod", "flat:name", "flat", "appos"):
        noun = noun.head
    return noun if noun.pos_ in ("NOUN", "PROPN") else None


def final_incise(tok, lex: Lexicon) -> bool:
    """`," the lawsuit states.`, `," the report notes.`: in English the cue closes a sentence that opens with a
    quotation and its subject, even when the tagger read it as a plural noun."""
    doc = tok.doc
    if lex.language != "en" or tok.tag_ != "NNS" or tok.i + 1 < len(doc) and doc[tok.i + 1].text not in (".", ","):
        return False
    first = tok.i - 1
    while first > 0 and tok.i - first <= 4 and doc[first].pos_ in ("DET", "NOUN", "PROPN", "ADJ", "PART"):
        first -= 1
    return first < tok.i - 1 and doc[first].text in ('"', "”") and first > 0 and doc[first - 1].text in (",", "?", "!")


FRENCH_FINITE_ENDINGS = ("ront", "raient", "rait", "rons", "rez", "ra", "aient", "ait", "ent", "ons", "ez")


def conjugated_form(tok, lex: Lexicon) -> bool:
    """`que les marcheurs qualifieront de …`: a French form no participle has, whatever the tagger says."""
    return lex.language == "fr" and norm(tok.text).endswith(FRENCH_FINITE_ENDINGS)


def is_reflexive(verb) -> bool:
    """`s'est indigné`, `se félicite`: the verb has its reflexive clitic."""
    return any(norm(c.text) in ("se", "s'") and c.i < verb.i
               and (c.dep_.startswith("expl") or c.dep_ in ("obj", "iobj")) for c in verb.children)


def impersonal_reader(verb) -> bool:
    """`peut-on lire dans Le Monde`, `on lit sur Le Point que`: reading with `on` cites a publication."""
    holders = [verb, verb.head] if verb.dep_ == "xcomp" else [verb]
    return any(norm(c.text).lstrip("-") == "on" and c.dep_.startswith(("nsubj", "expl")) for h in holders
               for c in h.children)


def coordinated_cue(tok, lex: Lexicon) -> bool:
    """`X said A but insisted B`: a past form right after `and`/`but` inside what a speech verb reports,
    however the parser attached it."""
    if tok.i == 0:
        return False
    if lex.language == "fr":
        return french_coordinated_cue(tok, lex)
    if lex.language != "en" or tok.tag_ not in ("VBD", "VBN"):
        return False
    coordinator = tok.doc[tok.i - 1]
    if norm(coordinator.text) not in ("and", "but"):
        return False
    return any(a.pos_ == "VERB" and a.i < coordinator.i and speech_lemma(a.lemma_, a.text, lex, False)
               for a in coordinator.ancestors)


def french_coordinated_cue(tok, lex: Lexicon) -> bool:
    """`a affirmé que les prix baisseraient et a ajouté qu'…`: a speech verb with its own auxiliary right after
    `et`/`mais`, inside what an earlier speech verb reports, is that speaker's second cue."""
    if "Part" not in tok.morph.get("VerbForm") or speech_lemma(tok.lemma_, tok.text, lex, False) is None:
        return False
    index = tok.i - 1
    while index > 0 and tok.doc[index].pos_ in ("AUX", "ADV"):
        index -= 1
    coordinator = tok.doc[index]
    if index == tok.i - 1 or norm(coordinator.text) not in ("et", "mais") \
            or not any(t.pos_ == "AUX" for t in tok.doc[index + 1:tok.i]):
        return False
    return any(a.pos_ == "VERB" and a.i < coordinator.i and speech_lemma(a.lemma_, a.text, lex, False)
               and a.dep_ != "conj" for a in tok.ancestors if a.i < coordinator.i)


INFINITIVE_DEPS = ("xcomp", "advcl", "acl", "conj", "ccomp", "obl", "obl:arg", "obl:mod", "csubj", "csubj:pass")
FRENCH_ER_ENDINGS = ("erait", "eront", "aient", "ait", "ant", "ent", "era", "ées", "és", "ée", "es", "é", "e")


def intent_infinitive(tok, lex: Lexicon) -> bool:
    """`tient à préciser que`, `s'accordent à dire que`, `n'hésite pas à dire que`: the infinitive of a verb that
    only frames the saying, which the subject of that verb did say."""
    head = tok.head
    if head.i == tok.i or head.i > tok.i or head.pos_ not in ("VERB", "AUX"):
        return False
    denied = any(norm(c.text) in ("pas", "jamais", "not", "never", "n't") for c in head.children)
    framing = norm(head.lemma_) in lex["framing_verbs"] and not denied \
        or norm(head.lemma_) in lex["negated_framing_verbs"] and denied  # `n'hésite pas à dire que`
    return framing and any(c.dep_ in ("nsubj", "nsubj:pass", "expl:subj") and c.i < head.i
                           for c in head.children)  # not `, vient de juger X`; `Il n'a pas manqué de` as impersonal


def sequel_infinitive(tok, lex: Lexicon) -> bool:
    """`…, avant d'ajouter que …`, `avant de lui rappeler que …`, `non sans rappeler que …`: what the subject of the
    main clause then said."""
    if lex.language != "fr" or "Inf" not in tok.morph.get("VerbForm") or tok.head.i >= tok.i \
            or tok.head.pos_ not in ("VERB", "AUX"):
        return False
    i = tok.i - 1
    while i > 0 and norm(tok.doc[i].text) in CLITICS:
        i -= 1
    before = [norm(t.text) for t in tok.doc[max(0, i - 1):i + 1]]
    if before not in (["avant", "de"], ["avant", "d'"], ["non", "sans"]):
        return False
    after = [norm(t.text) for t in tok.doc[tok.i + 1:tok.i + 7]]
    que = next((k for k, word in enumerate(after) if word in ("que", "qu'")), None)
    return que is not None and "quoi" not in after[:que] or after[:1] == [":"]  # not `avant de dire quoi que ce soit`


def narrator_subject(tok, lex: Lexicon):
    """`Et M. Brooks d'appeler à reprendre les exercices`: the infinitive of narration with its subject named
    between `et` and `de`; that subject, or None."""
    doc = tok.doc
    if lex.language != "fr" or "Inf" not in tok.morph.get("VerbForm") or tok.i < 3:
        return None
    if norm(doc[tok.i - 1].text) not in ("de", "d'") or tok.head.i >= tok.i - 1:
        return None
    opener = tok.sent.start
    if norm(doc[opener].text) not in ("et", "puis") or tok.i - opener > 8:
        return None
    between = doc[opener + 1:tok.i - 1]
    if not between or any(t.pos_ not in ("DET", "NOUN", "PROPN", "ADJ", "ADV", "ADP") for t in between):
        return None
    return tok.head if opener < tok.head.i < tok.i - 1 else None


def is_bare_infinitive(tok) -> bool:
    """`too early to tell`, `refuse de dire`: an infinitive without its own subject is not a speech event."""
    infinitive = "Inf" in tok.morph.get("VerbForm") or tok.tag_ == "VB" and any(
        c.dep_ == "aux" and norm(c.text) == "to" for c in tok.children)
    if tok.tag_ == "VB" and tok.dep_ == "conj" and tok.head.i != tok.i and is_bare_infinitive(tok.head):
        return True
    if "Inf" in tok.morph.get("VerbForm") and tok.i == tok.sent.start:
        return True  # `Accuser les suspects de … est souvent plus simple`: the infinitive is the subject
    if "Inf" in tok.morph.get("VerbForm") and tok.i > 0 and tok.doc[tok.i - 1].lemma_ == "voir":
        return True  # `Ils se sont vu proposer une indemnité`: what they were offered, not what they said
    return infinitive and tok.dep_ in INFINITIVE_DEPS and not any(
        c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass") for c in tok.children) and not counted_holders(tok)


def counted_holders(tok) -> bool:
    """`ils sont 61 % à se dire inquiets`, `sont nombreux à estimer que`: in French, a poll's share of respondents
    (or a crowd) `à` + the infinitive of what they say."""
    head = tok.head
    counted = any(c.dep_ == "nummod" for c in head.children) or norm(head.text) in ("nombreux", "nombreuses")
    introduced = any(norm(c.text) == "à" and c.dep_ == "mark" for c in tok.children)
    return tok.dep_ in ("xcomp", "acl") and counted and introduced


@lru_cache(maxsize=65536)
def speech_lemma(lemma: str, form: str, lex: Lexicon, incise: bool) -> str | None:
    """The lexicon entry a verb form stands for, or None."""
    verbs = lex["speech_verbs"] | lex["reflexive_verbs"]
    if incise:
        verbs = verbs | lex["incise_verbs"]
    return next((c for c in lemma_candidates(lemma, form, lex.language) if c in verbs), None)


def lemma_candidates(lemma: str, form: str, language: str) -> list[str]:
    """The tagger's lemma, the form itself, and for French a regular -er infinitive rebuilt from the form."""
    text = norm(form)
    found = [norm(lemma), text]
    if language == "fr":
        if text.endswith("ait") and len(text) > 5:
            found.append(text[:-3] + "aître")  # `reconnait`, the reformed spelling the lemmatiser does not know
        for ending in FRENCH_ER_ENDINGS:
            if text.endswith(ending) and len(text) - len(ending) >= 3:
                stem = text[: len(text) - len(ending)]
                found.append(stem + "er")
                found.extend(variant + "er" for variant in stem_variants(stem))
                break
    return found


def stem_variants(stem: str) -> list[str]:
    """Regular stems of a French verb whose stem changes when conjugated: `complèt` (compléter, lever),
    `appell` (appeler, jeter)."""
    variants = []
    grave = stem.rfind("è")
    if grave >= 0:
        variants += [stem[:grave] + "é" + stem[grave + 1:], stem[:grave] + "e" + stem[grave + 1:]]
    if stem.endswith(("ll", "tt")):
        variants.append(stem[:-1])
    return variants


def cue_lemma(tok, lex: Lexicon) -> str:
    """The lexicon's lemma for a cue (`conteste` → `contester` when the lemmatiser kept the form)."""
    return speech_lemma(tok.lemma_, tok.text, lex, True) or norm(tok.lemma_)


def multiword_cues(doc, lex: Lexicon, key: str = "multiword_cues") -> list[tuple[int, int, None]]:
    """Token ranges of multi-word cues (`fait état de`, `point to`)."""
    found = []
    low = norm(doc_text(doc))
    for phrase in sorted(lex[key], key=lambda p: (-len(p), p)):  # the same order in every process
        if phrase not in low:
            continue
        for match in re.finditer(rf"(?<!\w){re.escape(phrase)}", low):
            span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            if span is not None:
                found.append((span.start, span.end, None))
    return found


GAP_LENGTH = 10


def gapped_cues(doc, lex: Lexicon) -> list[tuple[int, int, int]]:
    """`a fait état, dans un communiqué, de cinq tués`, `a fait part à plusieurs reprises de sa volonté`: a cue
    phrase whose `de` comes after an aside; (start, end, first token of the content)."""
    found = []
    for start, end, _ in multiword_cues(doc, lex, "gapped_cues"):
        if end < len(doc) and norm(doc[end].text) in NOUN_COMPLEMENT_MARKERS:
            continue  # no gap: a plain multi-word cue
        for tok in doc[end:end + GAP_LENGTH]:
            if tok.text in SENTENCE_END or tok.pos_ in ("VERB", "AUX") or norm(tok.text) in ("que", "qu'"):
                break
            if norm(tok.text) in NOUN_COMPLEMENT_MARKERS:
                first = tok.i + 1 if norm(tok.text) in ("de", "d'") else tok.i
                found.append((start, end, first))
                break
    return found


def is_complementizer(tok, lex: Lexicon) -> bool:
    if norm(tok.text) not in lex["complementizers"]:
        return False
    before = norm(tok.doc[tok.i - 1].text) if tok.i else ""
    if before in NOT_COMPLEMENTIZER_BEFORE:
        return False
    if norm(tok.text) in ("que", "qu'") and (restrictive(tok) or relative_after_noun(tok, lex)):
        return False
    if norm(tok.text) in ("que", "qu'", "that", "whether", "if"):
        return tok.pos_ == "SCONJ" or tok.dep_ == "mark" or misread_relative(tok, lex)
    nxt = first_verb_after(tok)
    return nxt is not None and ("Inf" in nxt.morph.get("VerbForm") or nxt.tag_ == "VB" or misread_verb(tok, nxt))


def relative_after_noun(que, lex: Lexicon) -> bool:
    """`témoigne de la confiance que les acteurs accordent à …`: a que-clause right after a noun that takes no
    que-clause (not `l'espoir que …`), whose verb lacks its object, is a relative clause the parser read as a
    complement."""
    if que.i == 0:
        return False
    noun = que.doc[que.i - 1]
    verb = que.head
    completive = norm(noun.lemma_) in lex["completive_nouns"] or norm(noun.text) in lex["completive_nouns"]
    if noun.pos_ != "NOUN" or completive or verb.i <= que.i or verb.pos_ != "VERB":
        return False
    cases = [norm(c.text) for c in noun.children if c.dep_ == "case"]
    if any(case not in ("de", "d'", "du", "des") for case in cases) \
            or norm(noun.text) in lex["when_words"] | lex["medium_nouns"] | lex["publication_words"]:
        return False  # `a déclaré mardi que`, `a affirmé à la radio que`
    return not any(c.dep_ in ("obj", "dobj", "ccomp", "xcomp", "iobj", "aux:pass", "cop") or c.dep_.startswith("expl")
                   for c in verb.children) and any(c.dep_ == "nsubj" and c.i > que.i for c in verb.children)


def misread_relative(que, lex: Lexicon) -> bool:
    """`a indiqué mercredi qu'elle allait fermer`, `dans un communiqué qu'elle ferait appel`: a que-clause the parser
    hung on the time or the medium before it as a relative clause, though its verb has a subject and an object."""
    if norm(que.text) not in ("que", "qu'") or que.head.dep_ not in ("acl:relcl", "acl") or que.i == 0:
        return False
    antecedent = que.head.head
    clause = que.head
    if antecedent.i != que.i - 1:
        return False
    if norm(antecedent.text) in lex["when_words"] or addressee_of_cue(antecedent, lex):
        return any(c.dep_ in ("nsubj", "nsubj:pass") for c in clause.children)
    complete = any(c.dep_ in ("nsubj", "nsubj:pass") for c in clause.children) \
        and any(c.dep_ in ("obj", "xcomp", "ccomp") and c.i != que.i for c in clause.children)
    if complete and antecedent.dep_.startswith("obl") and is_cue_verb(antecedent.head, lex):
        return True  # `a assuré devant les députés que l'État avait débloqué 45 milliards`
    return norm(antecedent.text) in lex["medium_nouns"] and norm(clause.lemma_) not in lex["authoring_verbs"] \
        and complete


def addressee_of_cue(tok, lex: Lexicon) -> bool:
    """`ont affirmé aux médias qu'ils avaient vu …`: whom a speech verb addresses (`à`, `aux`), after which a
    que-clause is what was said, not a relative clause on the addressee."""
    return tok.dep_ in ("obl:arg", "obl", "obl:mod", "iobj") and tok.head.pos_ == "VERB" \
        and speech_lemma(tok.head.lemma_, tok.head.text, lex, False) not in (None, *lex["topic_verbs"]) \
        and any(c.dep_ == "case" and norm(c.text) in ("à", "aux", "au") for c in tok.children)


def misread_verb(to, nxt) -> bool:
    """`urged him to fire feds faster`: after an infinitive `to` the parser made its auxiliary, the verb it
    tagged as a noun is still the infinitive."""
    return norm(to.text) == "to" and to.dep_ == "aux" and to.head.i == nxt.i and nxt.dep_ == "xcomp"


CLITICS = {"ne", "n'", "pas", "plus", "jamais", "rien", "guère", "not", "se", "s'", "le", "la", "les", "l'", "leur",
           "lui", "y", "en", "me", "m'", "te", "t'", "nous", "vous"}


def first_verb_after(tok):
    """The word after `tok`, past an opening quotation mark, negation and clitic pronouns (`de ne pas l'avoir` →
    `avoir`, `à « sortir de la surenchère »` → `sortir`)."""
    doc = tok.doc
    i = tok.i + 1
    while i < len(doc) and i - tok.i <= 4 and (norm(doc[i].text) in CLITICS or doc[i].text in OPENING_MARKS):
        i += 1
    return doc[i] if i < len(doc) else None


OPENING_MARKS = {"«", "“", '"'}


def governed_by(tok, verb, depth: int = 3) -> bool:
    """True when `verb` is `tok`'s head within `depth` steps."""
    for _ in range(depth):
        if tok is None or tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.i == verb.i:
            return True
    return False


TIME_OPENERS = {"ce", "cette", "this", "fin", "mi"}


def direct_infinitive(verb, lex: Lexicon) -> int | None:
    """`nie avoir été informé`, `a dit vouloir`, `denied having`: an infinitive (or -ing form) right after the cue."""
    if cue_lemma(verb, lex) not in lex["direct_infinitive_verbs"] or verb.i + 1 >= len(verb.doc):
        return None
    doc = verb.doc
    first = verb.i + 1
    times = lex["when_words"]
    while first < len(doc) and (doc[first].pos_ == "ADV" and norm(doc[first].text) not in CLITICS
                                or norm(doc[first].text) in times
                                or norm(doc[first].text) in TIME_OPENERS and first + 1 < len(doc)
                                and norm(doc[first + 1].text) in times):
        first += 1  # `a annoncé ce lundi soir avoir tué`, `a annoncé fin août poursuivre`
    if first >= len(doc):
        return None
    nxt = first_verb_after(doc[first - 1])
    if nxt is None or nxt.head.i not in (verb.i, nxt.i) and nxt.head.head.i != verb.i:
        return infinitive_after_phrase(verb, first, lex)
    if bare_final_infinitive(nxt):
        return None  # `…, a-t-il dit redouter.`: what he fears is the clause before the incise
    if "Inf" in nxt.morph.get("VerbForm") and lex.language == "fr" or nxt.tag_ == "VBG" and lex.language == "en":
        return first
    return infinitive_after_phrase(verb, first, lex) or infinitive_after_asides(verb)


def bare_final_infinitive(tok) -> bool:
    """An infinitive ending its sentence with no complement of its own (`a-t-il dit craindre.`)."""
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return "Inf" in tok.morph.get("VerbForm") and (after is None or after.text in SENTENCE_END) and not any(
        c.i > tok.i for c in tok.children if not c.is_punct)


PHRASE_WORDS = {"ADP", "DET", "NOUN", "PROPN", "ADJ", "NUM", "ADV"}
PHRASE_LENGTH = 8


def infinitive_after_phrase(verb, first: int, lex: Lexicon) -> int | None:
    """`a indiqué sur Twitter avoir pris …`, `a raconté à l'agence PA avoir vu …`, `nie en revanche soutenir …`:
    in French, the cue's infinitive complement after a prepositional phrase saying where, to whom or how."""
    doc = verb.doc
    if lex.language != "fr" or first >= len(doc) or doc[first].pos_ != "ADP":
        return None
    i = first
    while i < len(doc) and i - first < PHRASE_LENGTH and doc[i].pos_ in PHRASE_WORDS \
            and "Inf" not in doc[i].morph.get("VerbForm") and norm(doc[i].text) not in ("que", "qu'") \
            and not (norm(doc[i].text) in ("de", "d'") and not noun_phrase_after(doc, i + 1)):
        i += 1  # `lors d'une conférence de presse`, but not `de` before an infinitive
    if i == first or i >= len(doc):
        return None
    nxt = first_verb_after(doc[i - 1]) if norm(doc[i].text) in CLITICS else doc[i]
    if nxt is None or "Inf" not in nxt.morph.get("VerbForm") or not governed_by(nxt, verb, 3):
        return None
    return i - 1 if i - 1 > first and norm(doc[i - 1].text) in ("ne", "n'") else i  # `ne disposer d'aucun bilan`


def noun_phrase_after(doc, index: int) -> bool:
    return index < len(doc) and doc[index].pos_ in ("DET", "NOUN", "PROPN", "NUM", "ADJ")


def infinitive_after_asides(verb) -> int | None:
    """`a assumé devant les enquêteurs, sans aucun regret apparent, avoir produit …`: the cue's infinitive
    complement after asides between commas."""
    for child in verb.children:
        first = child.left_edge
        if child.dep_ in ("xcomp", "ccomp") and child.i > verb.i and "Inf" in first.morph.get("VerbForm") \
                and first.i > 0 and first.doc[first.i - 1].text == ",":
            return first.i
    return None


def restrictive(que) -> bool:
    """`ne relève que de la supposition`: the `que` of `ne … que` (only), not a complementizer."""
    before = [norm(t.text) for t in que.doc[max(0, que.i - 4):que.i]]
    if "ne" not in before and "n'" not in before:
        return False
    negated = before[before.index("ne" if "ne" in before else "n'") + 1:]
    return not any(w in ("pas", "plus", "jamais", "rien", "point", "guère") for w in negated)


COLON_GAP = 3


def colon_clause(verb, quoted: Quoted, lex: Lexicon) -> int | None:
    """`Les experts ont déjà averti : la stratégie vaccinale prendra du temps.`: an unquoted clause after a colon
    right after the cue, or after a time or an adverb (`l'a annoncé lundi : …`); a quotation there is the quotation
    finder's."""
    doc = verb.doc
    after = verb.i + 1
    times = lex["weekdays"] | lex["time_words"]
    while after < len(doc) and after - verb.i <= COLON_GAP and (
            doc[after].pos_ == "ADV" or norm(doc[after].text) in times):
        after += 1
    announced = announcing_phrase_end(doc, after)
    after = announced if announced is not None else after
    if after + 1 >= len(doc) or doc[after].text != ":" or quoted(doc[after + 1]) or doc[after + 1].is_quote \
            or doc[after + 1].text in "«“\"":
        return None
    clause = []
    for tok in doc[after + 1:]:
        if tok.text in SENTENCE_END or quoted(tok):
            break
        clause.append(tok)
    has_subject = any(t.dep_ in ("nsubj", "nsubj:pass", "nsubjpass", "expl:subj") for t in clause)
    finite = any("Fin" in t.morph.get("VerbForm") for t in clause)
    infinitive = announced is not None and bool(clause) and "Inf" in clause[0].morph.get("VerbForm")
    return after + 1 if (has_subject and finite or infinitive) and len(clause) >= 3 else None


ANNOUNCING_WORDS = {"suivant", "suivante", "suivants", "suivantes", "following"}


def announcing_phrase_end(doc, start: int) -> int | None:
    """`a suggéré la proposition suivante : confier …`, `said the following: …`: the colon after a phrase that
    announces what comes next."""
    if start >= len(doc) or doc[start].pos_ != "DET":
        return None
    for tok in doc[start + 1:start + 5]:
        if tok.text == ":":
            return tok.i if norm(doc[tok.i - 1].text) in ANNOUNCING_WORDS else None
    return None


def content_start(verb, lex: Lexicon, quoted: Quoted, subject=None) -> int | None:
    """Index of the first token of the clause a cue verb introduces after it, if any."""
    doc = verb.doc
    colon = colon_clause(verb, quoted, lex)
    if colon is not None:
        return colon
    aside = que_after_aside(verb, quoted)
    if aside is not None:
        return aside
    for tok in doc[verb.i + 1: verb.i + 1 + SCAN_WINDOW + addressee_length(verb, lex)]:
        if short_quote_at(tok, quoted):
            continue
        if tok.text in SENTENCE_END or tok.text == ":" or quoted(tok) or tok.text in "«“\"":
            break
        if norm(tok.text) in COORDINATORS and tok.i + 1 < len(doc) and norm(doc[tok.i + 1].text) in ("que", "qu'"):
            break  # `s'est opposé aux restrictions, mais qu'il …`: that que-clause hangs on an earlier cue
        if is_complementizer(tok, lex) and not starts_with_any(doc, tok.i, lex["locutions"]):
            infinitive = norm(tok.text) not in ("que", "qu'", "that", "whether", "if")
            witnessed = witnessed_clause(tok, lex) if infinitive else None
            if witnessed is not None:
                return witnessed  # `se félicite de voir que le Manitoba …`
            if infinitive and cue_lemma(verb, lex) not in lex["infinitive_verbs"]:
                break
            following = first_verb_after(tok) if infinitive and lex.language == "fr" else None
            if following is not None and following.pos_ not in ("VERB", "AUX"):
                continue  # `s'est dit « inquiet » de la situation`: `de` opens a noun phrase, not an infinitive
            if infinitive and not governed_by(first_verb_after(tok), verb) and not directed_object(verb, tok, lex):
                continue  # `appelé à une grève à partir de jeudi`: the infinitive belongs to something else
            if infinitive:
                return dative_before(verb, tok, lex) or tok.i + 1
            return tok.i + 1
        if tok.pos_ == "VERB" and tok.i > verb.i + 1 and not object_participle(tok, verb) and not tok.is_title \
                and not past_participle_adjunct(tok):
            break  # not `au micro de France Inter` (a name read as a verb), nor `un point de presse organisé à …`
    if cue_lemma(verb, lex) in lex["that_only_verbs"]:
        return None
    infinitive = direct_infinitive(verb, lex)
    if infinitive is not None:
        return infinitive
    nxt = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if lex.language == "en" and nxt is not None and nxt.dep_ == "expl" and nxt.i + 1 < len(doc) \
            and doc[nxt.i + 1].lemma_ == "be" and not quoted(nxt):
        return nxt.i  # "say there is growing anger"
    told = told_clause(verb, lex)
    if told is not None:
        return told
    if lex.language == "en" and nxt is not None and nxt.dep_ in ("nsubj", "nsubjpass") and nxt.head.i > nxt.i \
            and nxt.head.i != verb.i and nxt.head.pos_ in ("VERB", "AUX") and not quoted(nxt):
        return nxt.left_edge.i if nxt.left_edge.i > verb.i else nxt.i  # "insisted progress had been made"
    for child in verb.children:
        if child.dep_ == "ccomp" and child.i > verb.i and not (quoted(child) and quoted(child.left_edge)):
            marks = [c for c in child.children if c.dep_ == "mark" and (
                norm(c.text) not in lex["complementizers"] or relative_after_noun(c, lex))]
            if marks:
                continue
            subjects = [c for c in child.children if c.dep_ in ("nsubj", "nsubjpass", "nsubj:pass", "expl")]
            if not subjects or norm(subjects[0].text) in lex["relative_pronouns"]:
                continue
            if subject is not None and verb.i < subject.i < child.left_edge.i:
                continue
            start = child.left_edge.i
            own = subjects[0].left_edge.i
            if own > start and (doc[start].pos_ in ("ADP", "SCONJ") or doc[start].dep_ == "mark"):
                start = own
            return max(start, verb.i + 1)
    return None


def witnessed_clause(mark, lex: Lexicon) -> int | None:
    """`se félicite de voir que …`, `regrette de constater que …`: after `de` and a verb of witnessing, the
    que-clause is what the cue reports; where it starts, or None."""
    doc = mark.doc
    if mark.i + 2 >= len(doc) or norm(doc[mark.i + 1].lemma_) not in lex["witnessing_verbs"] \
            or norm(doc[mark.i + 2].text) not in ("que", "qu'"):
        return None
    return mark.i + 3


def told_clause(verb, lex: Lexicon) -> int | None:
    """`told the jury Roof stood over her`: in English, a clause with its own subject right after whom a cue
    addresses, which the parser hung on that noun as a relative clause, is what was said; where it starts."""
    if lex.language != "en":
        return None
    for listener in (c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i > verb.i):
        for clause in (c for c in listener.children if c.dep_ == "relcl" and c.i > listener.i):
            subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None and subject.left_edge.i == listener.i + 1 \
                    and norm(subject.text) not in lex["relative_pronouns"] | {"that", "who", "which", "whom"}:
                return subject.left_edge.i
    return None


ASIDE_WORDS = 14
ASIDE_OPENING = 6


def past_participle_adjunct(tok) -> bool:
    """`un point de presse organisé à Dakar`, `un entretien accordé au Soir`: a past participle qualifying a noun."""
    return tok.dep_ == "acl" and "Part" in tok.morph.get("VerbForm") and "Past" in tok.morph.get("Tense")


def que_after_aside(verb, quoted: Quoted) -> int | None:
    """`a affirmé jeudi, lors d'une conférence de presse à Ankara, que …`: the que-clause after an aside between
    commas, however the parser hung it."""
    doc = verb.doc
    commas = [t.i for t in doc[verb.i + 1:verb.i + 3 + ASIDE_WORDS] if t.text == ","]
    if len(commas) < 2 or commas[1] + 1 >= len(doc) or norm(doc[commas[1] + 1].text) not in ("que", "qu'", "that"):
        return None
    between = doc[verb.i + 1:commas[1]]
    if commas[0] > verb.i + ASIDE_OPENING or any(
            t.text in SENTENCE_END or t.pos_ == "SCONJ" or quoted(t)
            or t.pos_ == "VERB" and not past_participle_adjunct(t) for t in between):
        return None  # `a déclaré à la presse locale, à l'issue du conseil, que …`, `, dans un entretien accordé à …,`
    return commas[1] + 2


def directed_object(verb, mark, lex: Lexicon) -> bool:
    """`a appelé les dirigeants de Twitter, Facebook et Apple à redoubler d'efforts`: a directive verb's object
    then `à`/`de` and an infinitive, however the parser hung the infinitive."""
    doc = verb.doc
    if cue_lemma(verb, lex) not in lex["object_in_content_verbs"] or mark.i + 1 >= len(doc):
        return False
    has_object = any(c.dep_ in ("obj", "dobj") and verb.i < c.i < mark.i for c in verb.children)
    between = doc[verb.i + 1:mark.i]
    return has_object and "Inf" in doc[mark.i + 1].morph.get("VerbForm") and not any(
        t.pos_ in ("VERB", "AUX") and not object_participle(t, verb) for t in between)


def object_participle(tok, verb) -> bool:
    """`appelle les parties concernées à …`: a participle qualifying the cue's object, not a verb of its own."""
    return tok.dep_ in ("acl", "amod") and "Part" in tok.morph.get("VerbForm") and tok.head.head.i == verb.i \
        and tok.head.dep_ in ("obj", "dobj") and not any(c.dep_ in ("obj", "dobj", "ccomp") for c in tok.children)


DATIVES = {"à", "au", "aux"}


def dative_before(verb, complementizer, lex: Lexicon) -> int | None:
    """`a demandé aux résidents du quartier de rester chez eux`: whom the request addresses, right after the cue
    and before its `de`, is part of what was asked."""
    doc = verb.doc
    start = verb.i + 1
    while start < complementizer.i and (doc[start].pos_ == "ADV" or norm(doc[start].text) in lex["when_words"]):
        start += 1
    if start >= complementizer.i - 1 or norm(doc[start].text) not in DATIVES \
            or norm(complementizer.text) not in ("de", "d'"):
        return None
    between = doc[start:complementizer.i]
    if any(t.text in ",;:«»\"" or t.pos_ in ("VERB", "AUX") for t in between):
        return None
    return start


def addressee_length(verb, lex: Lexicon) -> int:
    """`a appelé les dirigeants de Twitter, Facebook, Google et Apple à …`: the words of the object of a cue
    whose object belongs to the content, which may stand between the cue and its complementizer."""
    if cue_lemma(verb, lex) not in lex["object_in_content_verbs"]:
        return 0
    target = next((c for c in verb.children if c.dep_ in ("obj", "dobj") and c.i > verb.i), None)
    return 0 if target is None else target.right_edge.i - target.left_edge.i


def negated(verb) -> bool:
    return any(c.dep_ in ("neg", "advmod") and norm(c.text) in ("not", "n't", "pas", "never", "jamais", "ne", "n'")
               for c in verb.children)


def short_quote_at(tok, quoted: Quoted, most: int = 3) -> bool:
    """True inside a quoted word or two (`« impératif »`) that stands between a cue and its que-clause."""
    doc = tok.doc
    if not (quoted(tok) or tok.text in "«»“”\""):
        return False
    first, last = tok.i, tok.i
    while first > 0 and (quoted(doc[first - 1]) or doc[first - 1].text in "«“\"") and tok.i - first <= most + 2:
        first -= 1
    while last + 1 < len(doc) and (quoted(doc[last + 1]) or doc[last + 1].text in "»”\"") and last - tok.i <= most + 2:
        last += 1
    words = [t for t in doc[first:last + 1] if not t.is_punct]
    after = doc[last + 1] if last + 1 < len(doc) else None
    return 0 < len(words) <= most and after is not None and after.text not in SENTENCE_END and after.text != ","


def object_content(verb, lex: Lexicon) -> tuple[int, int] | None:
    """`considère la substance comme « probablement » cancérigène`, `acknowledged a collaborative relationship…`,
    `a annoncé la suppression de 2 000 postes en France`."""
    labelled = norm(verb.lemma_) in lex["labelling_verbs"] and labelled_as_quote(verb)
    if cue_lemma(verb, lex) not in lex["object_content_verbs"] and not labelled or negated(verb):
        return None  # `would not disclose the actual number`: nothing was said
    when = lex["when_words"]
    objects = [c for c in verb.children if c.dep_ in ("obj", "dobj") and c.i > verb.i and c.pos_ in ("NOUN", "PROPN")
               and not all(norm(t.text) in when for t in c.subtree)]  # `a annoncé lundi soir la …`
    objects += [o for c in verb.children if c.i > verb.i and norm(c.text) in when for o in c.children
                if o.dep_ in ("obj", "dobj") and o.i > c.i and o.pos_ in ("NOUN", "PROPN")]  # hung on `jeudi`
    objects.sort(key=lambda o: o.i)
    if not objects:
        objects = object_past_aside(verb, lex)
    relative = any(c.i < verb.i and norm(c.text) in ("que", "qu'", "which", "that") for c in verb.children)
    accused = cue_lemma(verb, lex) in lex["object_in_content_verbs"]
    if not objects or relative or objects[0].ent_type_ in ("PER", "PERSON") and not accused \
            or after_boundary(verb, lex) and named_before_comma(verb, lex) is None \
            and not (described_subject(verb, lex) and not names_someone(objects[0], lex)):
        return None  # `C'est ce qu'a annoncé Éric Caldwell`, `…, a annoncé la ministre`: the noun is who spoke
    start = objects[0].left_edge.i
    end = objects[0].right_edge.i + 1
    for child in sorted(verb.children, key=lambda c: c.i):
        as_phrase = any(norm(c.text) in ("comme", "as") for c in child.subtree if c.i < child.i)
        if child.i > objects[0].i and child.dep_ in ("xcomp", "oprd", "obl", "obl:arg", "advcl") and as_phrase:
            end = max(end, child.right_edge.i + 1)
        elif child.left_edge.i in (end, past_closing_mark(verb.doc, end)) and (
                is_complement_phrase(child, lex) or misread_preposition(child)):
            end = child.right_edge.i + 1
    end = purpose_end(verb, end, lex)
    end = object_tail_end(verb, start, end, lex)
    end = before_gerund(verb.doc, start, end)
    if end - start < (2 if cue_lemma(verb, lex) in lex["denial_verbs"] else 3):
        return None
    return start, end


def names_someone(noun, lex: Lexicon) -> bool:
    """`…, estiment des experts en biosécurité`, `…, estime le conseiller régional X`: a noun phrase that names who
    speaks, inverted after the cue."""
    words = list(noun.doc[noun.left_edge.i:noun.i + 4])
    return norm(noun.lemma_) in lex["role_nouns"] | lex["source_nouns"] or norm(noun.text) in lex["role_nouns"] \
        or any(t.ent_type_ in ("PER", "PERSON") for t in words)


def object_past_aside(verb, lex: Lexicon) -> list:
    """`a critiqué, dans les médias, le refus de …`, `a confirmé mercredi, lors d'un conseil, la suppression de …`:
    the object after a prepositional aside set between commas, which the parser hung on the aside."""
    doc = verb.doc
    comma = verb.i + 1
    while comma < len(doc) and norm(doc[comma].text) in lex["when_words"]:
        comma += 1
    if comma + 1 >= len(doc) or doc[comma].text != "," or doc[comma + 1].pos_ not in ("ADP", "ADV"):
        return []  # `, dans les médias,`, `, lors d'un conseil,`
    closing = next((t for t in doc[comma + 2:comma + 2 + ASIDE_WORDS] if t.text in (",", ".", ";", ":")), None)
    if closing is None or closing.text != "," or closing.i + 2 >= len(doc) or doc[closing.i + 1].pos_ != "DET":
        return []
    noun = doc[closing.i + 1].head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.i <= closing.i or noun.left_edge.i not in (closing.i, closing.i + 1):
        return []
    return [noun]


def past_closing_mark(doc, end: int) -> int:
    """`sa « très grande émotion » face à …`: the index after a closing quotation mark at `end`, else `end`."""
    return end + 1 if end < len(doc) and doc[end].text in QUOTE_MARKS and inside_quotation(doc[end]) else end


def described_subject(verb, lex: Lexicon) -> bool:
    """`Le PDG de la SNCF, Guillaume Pépy, qui s'est rendu sur place, a exprimé …`: in French, the comma before the
    cue closes a description of the subject that opens the sentence, outside any quotation."""
    return lex.language == "fr" and any(
        c.dep_ in ("nsubj", "nsubj:pass") and c.i < verb.i and c.pos_ in ("NOUN", "PROPN")
        and opens_sentence(c.left_edge) and not inside_quotation(c)
        and not any(t.text in QUOTE_MARKS for t in verb.doc[c.left_edge.i:verb.i]) for c in verb.children)


def before_gerund(doc, start: int, end: int) -> int:
    """`a confirmé l'information sur le crash tout en précisant …`: the gerund's `tout en`, which the parser hung on
    the object, is not part of it."""
    if end < len(doc) and doc[end].pos_ == "VERB" and norm(doc[end].text).endswith("ant") \
            and end - 1 > start and norm(doc[end - 1].text) == "en":
        end -= 2 if norm(doc[end - 2].text) == "tout" and end - 2 > start else 1
    return end


def object_tail_end(verb, start: int, end: int, lex: Lexicon) -> int:
    """`a confirmé le bilan, qui inclut civils et militaires`, `annonce la fermeture de son usine, entraînant …`,
    `a mentionné six victimes, ainsi que douze blessés`: after a comma, a relative or participial clause, an
    apposition or an added item still describes what was said; a clause with its own subject does not."""
    doc = verb.doc
    sent_end = verb.sent.end
    if end - 1 > start and doc[end - 1].text == ",":
        end -= 1  # the parser hung the comma on the object
    while end + 1 < sent_end and doc[end].text == ",":
        root = doc[end + 1]
        while end < root.head.i < sent_end and root.head.i != root.i:
            root = root.head
        last = root.right_edge.i + 1
        joint = next((t.i for t in doc[end + 2:last] if norm(t.text) in COORDINATORS and second_cue(doc, t.i + 1, lex)),
                     None)
        if joint is not None:  # `…, porté par sa division batteries, et table sur …`: the second cue's own content
            last = joint - 1 if doc[joint - 1].text == "," else joint
        opener = norm(doc[end + 1].text)
        if lex.language == "fr" and starts_with_any(doc, end + 1, CONDITION_OPENERS):
            end = clause_end(doc, end + 1, lex, never, never)
            break  # `a écarté la possibilité d'une ristourne, même si le prix venait à dépasser 2 euros`
        joined = opener in lex["relative_pronouns"] | RELATIVE_OPENERS \
            or starts_with_any(doc, end + 1, ADDING_OPENERS) or starts_with_any(doc, end + 1, TREND_OPENERS)
        if root.head.i == root.i and not joined or last <= end + 1 or last > sent_end \
                or is_cue_verb(root, lex, True) or own_subject_clause(root, lex):
            break
        if not joined and not (start <= root.head.i < end or root.head.i == verb.i):
            break
        relative = any(c.dep_.startswith("nsubj") and norm(c.text) in lex["relative_pronouns"] for c in root.children)
        if root.pos_ in ("VERB", "AUX") and not relative and not joined and (
                "Part" not in root.morph.get("VerbForm") or any(c.dep_.startswith("aux") for c in root.children)):
            break  # `…, a été arrêtée mardi`: the sentence's own predicate
        if not joined and not relative and not (root.dep_ in ("acl:relcl", "acl", "appos", "conj")
                                                or root.dep_ == "advcl" and "Part" in root.morph.get("VerbForm")):
            break
        end = last
    return end


def never(tok) -> bool:
    """A token test that holds for no token (no quotation, no source marker)."""
    return False


RELATIVE_OPENERS = frozenset({"dont", "où", "which", "who", "whose", "where"})
CONDITION_OPENERS = frozenset({"même si", "sauf si", "si", "à moins que", "à moins qu'", "bien que", "quitte à",
                               "à condition", "a condition", "pourvu que", "pourvu qu'", "provided", "as long as",
                               "unless"})
TREND_OPENERS = frozenset({"en hausse", "en baisse", "en recul", "en progression", "en repli", "en chute",
                           "up", "down"})
ADDING_OPENERS = frozenset({"ainsi que", "de même que", "as well as", "soit", "c'est-à-dire"})


def own_subject_clause(root, lex: Lexicon) -> bool:
    """A finite clause with a subject of its own that is not a relative pronoun."""
    return any(c.dep_ in ("nsubj", "nsubj:pass", "expl:subj") and norm(c.text) not in lex["relative_pronouns"]
               | RELATIVE_OPENERS | {"that"} for c in root.children) and "Fin" in root.morph.get("VerbForm") \
        and root.dep_ != "acl:relcl"


def purpose_end(verb, end: int, lex: Lexicon) -> int:
    """`a réclamé un durcissement de la loi pour porter la peine à 15 ans`: what was asked for or announced goes
    on through the purpose clause right after it."""
    doc = verb.doc
    if end >= len(doc) or norm(doc[end].text) not in lex["purpose_marks"]:
        return end
    clause = next((t for t in doc[end:end + 3] if t.pos_ == "VERB" and "Inf" in t.morph.get("VerbForm")), None)
    if clause is None or clause.dep_ not in ("advcl", "acl", "xcomp", "obl") or clause.left_edge.i != end:
        return end
    return clause.right_edge.i + 1


def after_boundary(verb, lex: Lexicon) -> bool:
    """`…, a annoncé jeudi la ministre`: the cue (with its auxiliaries) opens an incise after a comma or quotation."""
    doc = verb.doc
    first = verb.i
    while first > 0 and (doc[first - 1].pos_ == "AUX" or norm(doc[first - 1].text) in ("se", "s'") + INVERTED_CLITICS):
        first -= 1
    if first > 1 and norm(doc[first - 1].text) in ("de", "d'", "à") \
            and norm(doc[first - 2].lemma_) in lex["framing_verbs"]:
        return after_boundary(doc[first - 2], lex)  # `…, vient de juger le Conseil d'État`
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")]
    if not subjects and verb.head.i > verb.i and verb.head.i - verb.i <= 2:  # `a fait savoir`: on `savoir`
        subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < verb.i]
    if len(subjects) == 1 and subjects[0].right_edge.i == first - 2 \
            and not any(c.dep_ == "case" for c in subjects[0].children) \
            and not any(t.pos_ in ("VERB", "AUX") or t.text in QUOTE_MARKS for t in subjects[0].subtree) \
            and any(t.text == "," for t in subjects[0].subtree) and opens_sentence(subjects[0].left_edge):
        return False  # `Le président de la FGTB, Rudy De Leeuw, a fustigé …`: the comma closes the subject's apposition
    if first > 0 and doc[first - 1].text == "," and example_aside_before(verb, first - 1, subjects):
        return False  # `plusieurs ténors de l'UMP, comme les députés X et Y, dénonçaient …`
    return first > 0 and doc[first - 1].text in (",", "»", "”", '"', "—", "–")


EXAMPLE_OPENERS = {"comme", "notamment", "dont", "tel", "telle", "tels", "telles", "such", "including"}


def example_aside_before(verb, comma: int, subjects: list) -> bool:
    """The words between the verb's comma and the comma before it give examples of its subject, which precedes."""
    doc = verb.doc
    opening = next((t for t in reversed(doc[verb.sent.start:comma]) if t.text == ","), None)
    return opening is not None and opening.i + 1 < comma and norm(doc[opening.i + 1].text) in EXAMPLE_OPENERS \
        and any(s.i < opening.i and s.pos_ in ("NOUN", "PROPN") for s in subjects)


INVERTED_CLITICS = ("-t", "-il", "-elle", "-ils", "-elles", "-on")


def opens_sentence(tok) -> bool:
    """`tok` starts its sentence, or follows only a fronted adverbial phrase and its comma (`Dès jeudi soir, …`)."""
    start = tok.sent.start
    if tok.i == start:
        return True
    before = tok.doc[start:tok.i - 1]
    return bool(before) and tok.doc[tok.i - 1].text == "," and before[0].pos_ in ("ADP", "ADV") \
        and not any(t.text == "," or t.pos_ in ("VERB", "AUX") for t in before)


def french_incise(verb, lex: Lexicon) -> bool:
    """`…, a ajouté un autre policier`, `…, a-t-il ajouté`: a French cue right after a comma, its subject after
    it (whatever subject the parser found before the comma)."""
    if lex.language != "fr":
        return False
    if not after_boundary(verb, lex):
        return unmarked_incise_subject(verb, lex) is not None
    clitic = any(norm(c.text) in INVERTED_CLITICS for c in verb.children)
    if clitic:
        return True
    inverted = inverted_subject(verb, lex)
    return inverted is not None and (clause_before(verb) or predicate_after(inverted))


UNMARKED_INCISE_BLOCKERS = {"que", "qu'", "comme", "ce", "dont", "où", "ne", "n'", "l'", "le", "la", "les", "lui",
                            "leur"}


def auxiliary_start(verb) -> int:
    """The first token of the verb with the auxiliaries before it."""
    return min([verb.i] + [c.i for c in own_auxiliaries(verb)])


def unmarked_incise_subject(verb, lex: Lexicon):
    """`Il y a au moins sept morts a déclaré Manuel Valls.`: a French cue and its inverted subject close the
    sentence with the comma left out; the words before are a clause of their own (not `ce qu'a dit X`). The
    inverted subject, or None."""
    doc = verb.doc
    first = auxiliary_start(verb)
    if lex.language != "fr" or first < 1 or first - verb.sent.start < 4:
        return None
    before = doc[first - 1]
    if before.is_punct and not before.is_quote or before.pos_ in ("ADP", "SCONJ", "CCONJ", "DET", "PRON", "AUX") \
            or norm(before.text) in UNMARKED_INCISE_BLOCKERS:
        return None
    clitic = next((c for c in verb.children if c.i > first and norm(c.text) in INVERTED_CLITICS[1:]), None)
    if clitic is not None:  # `Cela encourage Moscou à « continuer sa terreur » a-t-il dit.`
        last = max(clitic.i, verb.i)
        closed = last + 1 >= verb.sent.end or doc[last + 1].text in (",", ".", ";", "!", "?")
        return clitic if closed and clause_before(verb) else None
    inverted = subject_after(verb, lex) if is_cue_verb(verb, lex) else None
    if any(c.dep_ in ("obj", "dobj", "ccomp") and not (c == inverted and misread_inverted_object(verb, c))
           for c in verb.children):
        return None  # `Hollande décrète la mobilisation générale`: the noun after the verb is its object
    if inverted is None or inverted.pos_ == "PRON" or inverted.dep_ not in ("nsubj", "nsubj:pass", "nsubjpass") \
            and not misread_inverted_object(verb, inverted):
        return None
    last = inverted.right_edge
    closed = last.text in (",", ";") or last.i + 1 >= verb.sent.end \
        or doc[last.i + 1].text in (",", ".", ";", "!", "?") \
        or inverted.pos_ == "PROPN" and doc[last.i + 1].pos_ == "ADP"  # `… a assuré Jens Stoltenberg pendant le sommet`
    return inverted if closed and clause_before(verb) else None


def misread_inverted_object(verb, tok) -> bool:
    """`… « quand les conditions seront réunies » a pour sa part assuré Jens Stoltenberg`: a name the parser made
    the object of a cue that has no subject of its own is the subject inverted after it."""
    return tok.pos_ == "PROPN" and tok.i > verb.i and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)


def predicate_after(inverted) -> bool:
    """`La hausse des prix, a expliqué le ministre, est due à la guerre`: after the incise's subject and a comma
    comes the predicate of the sentence's subject, set before the incise."""
    doc = inverted.doc
    end = inverted.right_edge.i + 1
    if end + 1 >= len(doc) or doc[end].text != ",":
        return False
    following = doc[end + 1]
    return following.pos_ in ("VERB", "AUX") and "Fin" in following.morph.get("VerbForm") or \
        following.pos_ == "PRON" and norm(following.text) in ("ne", "n'", "se", "s'", "y", "en") \
        or norm(following.text) in ("ne", "n'")


def quotation_before(verb, lex: Lexicon) -> bool:
    """`« Nous encerclons Hamdaniya », le district où …, a déclaré le lieutenant`: a French incise after a
    quotation that opens the sentence and a noun phrase glossing it; the incise's subject follows it."""
    doc = verb.doc
    start = verb.sent.start
    if lex.language != "fr" or doc[start].text not in ("«", "“", '"', "„"):
        return False
    quoted = quoted_tokens(doc)
    after = next((t for t in doc[start + 1:verb.i] if not quoted[t.i]), None)
    return after is not None and after.text == "," and after.i < verb.i - 1 \
        and not any(t.text in QUOTE_MARKS for t in doc[after.i:verb.i]) \
        and after_boundary(verb, lex) and inverted_subject(verb, lex) is not None  # not `"…", menées par X, "…"`


def clause_before(verb) -> bool:
    """`Un des kamikazes circulait à moto, a ajouté …`: the words before the cue's comma hold a finite verb of
    their own, outside any relative clause (not `Le maire, qui était présent, a appelé les habitants à …`)."""
    region = range(verb.sent.start, verb.i)
    for tok in verb.doc[verb.sent.start:verb.i]:
        if tok.pos_ not in ("VERB", "AUX") or "Fin" not in tok.morph.get("VerbForm") or tok.head.i == verb.i \
                and tok.dep_.startswith("aux"):
            continue
        chain = [tok, *tok.ancestors]
        if not any(a.dep_ in ("acl:relcl", "relcl", "acl") and a.i in region for a in chain):
            return True
    return False


MISREAD_PREPOSITIONS = {"envers", "vers", "contre", "concernant", "malgré", "towards", "against", "regarding"}


def misread_preposition(child) -> bool:
    """`accusé les Européens de complaisance envers la rébellion`: a preposition the tagger read as a verb."""
    return child.pos_ == "VERB" and norm(child.text) in MISREAD_PREPOSITIONS


def is_complement_phrase(child, lex: Lexicon) -> bool:
    """`dans la nomination du directeur` after `démenti toute intervention`: a phrase that completes the object,
    not where (`à l'AFP`, `dans un communiqué`) or when (`dimanche`) it was said."""
    if child.dep_ not in ("obl:arg", "obl", "obl:mod", "nmod", "prep"):
        return False
    case = next((c for c in child.children if c.dep_ in ("case", "pobj") or c.pos_ == "ADP"), None)
    target = next((c for c in child.children if c.dep_ == "pobj"), child) if child.pos_ == "ADP" else child
    if case is None or target.ent_type_ in ("PER", "PERSON", "ORG", "DATE", "TIME") or target.pos_ == "PROPN":
        return False
    words = {norm(t.text) for t in child.subtree}
    return not (words & (lex["medium_nouns"] | lex["when_words"]))


def oblique_content(verb, lex: Lexicon) -> tuple[int, int] | None:
    """`s'inquiète de la multiplication des contrôles`, `met en garde contre …`, `s'est dit favorable à …`:
    the content is the phrase after the preposition the cue governs (or the adjective of `se dire`)."""
    lemma = cue_lemma(verb, lex)
    if lemma not in lex["oblique_content_verbs"] or negated(verb) or french_incise(verb, lex):
        return None  # `…, insiste-t-on du côté des cigarettiers`: who speaks, not what
    if lemma in lex["reflexive_verbs"] and not is_reflexive(verb):
        return None
    prepositions = lex["content_prepositions"]
    for child in sorted(verb.children, key=lambda c: c.i):
        if child.i < verb.i:
            continue
        if child.dep_ == "xcomp" and is_reflexive(verb) and (child.pos_ == "ADJ" or lemma == "dire" and (
                "Part" in child.morph.get("VerbForm") or bare_noun(child)) and child.i - verb.i <= 2):
            return child.left_edge.i, declared_state_end(verb, child)
        first = child.left_edge
        if child.dep_ == "obj" and norm(first.text) in ("des", "du") and is_reflexive(verb):
            return first.i, child.right_edge.i + 1  # `s'est inquiétée des tensions`: de + les read as an article
        if child.dep_ not in ("obl:arg", "obl", "obl:mod", "nmod", "iobj", "prep"):
            continue
        if norm(first.text) not in prepositions or first.pos_ != "ADP" or lemma in lex["topic_verbs"] and (
                norm(first.text) not in ("de", "d'", "du", "des") or child.right_edge.i - first.i < 3):
            continue  # `parle d'un règlement de comptes`, not `parlera aux syndicats` nor `a parlé de la réforme`
        phrase = norm(span_text(child.doc[child.i:child.right_edge.i + 1]))
        if child.ent_type_ in ("PER", "PERSON") or norm(child.text) in lex["medium_nouns"] \
                or phrase in lex["medium_nouns"]:
            continue  # `qui s'exprimait en conférence de presse`: where it was said, not what
        place = child.ent_type_ in ("LOC", "GPE", "FAC", "ORG") or norm(child.text) in lex["named_after_nouns"] \
            or norm(child.text) in lex["organization_nouns"] and child.right_edge.i - first.i <= 2
        if lemma in lex["addressee_verbs"] and place:
            continue  # `a invité les journalistes à la mairie`: where, not what they were urged to
        start = first.i + 1
        if child.right_edge.i + 1 - start >= 2:
            return start, child.right_edge.i + 1
    return None


def bare_noun(tok) -> bool:
    """`s'est dite satisfaite de …`: an adjective the tagger read as a noun has no determiner."""
    return tok.pos_ == "NOUN" and not any(c.dep_ == "det" for c in tok.children)


def declared_state_end(verb, attribute) -> int:
    """`se disent « épuisés » lorsqu'ils rentrent et 40 % inquiets pour leur santé`: the attribute of `se dire`
    with what the verb governs after it, up to the sentence's end."""
    doc = verb.doc
    end = attribute.i + 1
    while end < verb.sent.end and doc[end].text not in SENTENCE_END | {";", ":", ","}:
        end += 1
    return end


def clause_end(doc, start: int, lex: Lexicon, quoted: Quoted, markers: Callable[[object], bool], verb=None) -> int:
    """Index after the last token of a reported clause: up to the sentence end, another cue's incise,
    or a comma-led phrase that hangs on the cue verb itself (`a annoncé qu'il …, après avoir rencontré …`)."""
    i = start
    bracketed = inside_brackets(doc, start)
    while i < len(doc):
        tok = doc[i]
        if quoted(tok):
            i += 1
            continue
        if bracketed and tok.text == ")":
            return i  # `(asked about it, Stone says it was wonderful), they were …`
        if i > start and quoted(doc[i - 1]) and ends_sentence_inside(doc, i) and (tok.is_title or quoted(tok)):
            return i
        if tok.text in SENTENCE_END:
            return i
        if tok.text == ":" and i + 1 < len(doc) and (quoted(doc[i + 1]) or doc[i + 1].text in "«“\""):
            return i
        if tok.text in (",", ";", "—", "–", "(") and incise_follows(doc, i + 1, lex, quoted, markers):
            return i
        if tok.text == "," and verb is not None and hangs_on(doc, i + 1, verb, quoted):
            return i
        if tok.text == "," and verb is not None and fronted_gerund_subject(verb, lex) is not None:
            return i  # `En estimant que …, la N-VA a remis …`: the main clause is not what the gerund reports
        if tok.text == "," and starts_with_any(doc, i + 1, lex["clause_breaks"]):
            return i
        if i > 1 and doc[i - 1].text in ('"', "”", "»") and doc[i - 2].text == "," \
                and starts_with_any(doc, i, lex["clause_breaks"]):
            return i  # `was "rigged," without offering evidence`: the comma sits inside the quotation marks
        if i > start and norm(tok.text) in COORDINATORS and second_cue(doc, i + 1, lex) \
                and not coordinated_inside(doc, i + 1, start):
            return i
        if i > start and norm(tok.text) in COORDINATORS and beside_infinitive(doc, start, i, verb, lex):
            return i
        i += 1
    return len(doc)


def inside_brackets(doc, index: int) -> bool:
    """True when a bracket opened earlier in the sentence is still open at `index`."""
    depth = 0
    for tok in doc[doc[index].sent.start:index]:
        depth += (tok.text == "(") - (tok.text == ")")
    return depth > 0


def coordinated_inside(doc, index: int, start: int) -> bool:
    """`told the jury Roof stood over her and asked her if …`: the verb after the conjunction is coordinated with a
    verb of the reported clause (Roof asked), not with the cue."""
    while index < len(doc) and doc[index].pos_ in ("ADV", "PART"):
        index += 1  # not past an auxiliary: `que les prix baisseraient et a ajouté qu'…` is the speaker's second cue
    return index < len(doc) and doc[index].pos_ == "VERB" and doc[index].dep_ == "conj" and doc[index].head.i >= start


def beside_infinitive(doc, start: int, index: int, verb, lex: Lexicon) -> bool:
    """`urged him to fire feds faster and staffers know …`: after an infinitive content, a clause with its own
    subject coordinated with the cue is the journalist's, not more of what was urged (English)."""
    if lex.language != "en" or verb is None or start < 1 or norm(doc[start - 1].text) != "to":
        return False
    return any(c.dep_ == "conj" and c.i > index and any(g.dep_ in ("nsubj", "nsubjpass") and g.i > index
                                                         for g in c.children) for c in verb.children)


COORDINATORS = {"and", "but", "et", "mais"}


def second_cue(doc, index: int, lex: Lexicon) -> bool:
    """`said A but insisted B`, `a affirmé A et assuré B`: a coordinated speech verb opens a new statement."""
    while index < len(doc) and doc[index].pos_ in ("ADV", "AUX", "PART") and norm(doc[index].text) not in ("not",):
        index += 1
    if index >= len(doc):
        return False
    tok = doc[index]
    form = tok.morph.get("VerbForm")
    finite = tok.tag_ in ("VBD", "VBZ", "VBP") or coordinated_cue(tok, lex) or "Fin" in form or (
        "Part" in form and any(norm(t.text) in ("a", "ont", "avait") for t in doc[index - 2:index]))
    return finite and speech_lemma(tok.lemma_, tok.text, lex, False) is not None and not embedded_conjunct(tok)


def embedded_conjunct(verb) -> bool:
    """`a annoncé qu'il transmettrait un mémorandum et demanderait à être auditionné`: a verb coordinated inside
    a reported que-clause, sharing its subject, is more of that clause, not a new cue."""
    if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass") or c.dep_.startswith("aux")
                                  for c in verb.children):
        return False
    return any(a.dep_ == "ccomp" and any(c.dep_ == "mark" for c in a.children) for a in verb.ancestors)


def ends_sentence_inside(doc, index: int) -> bool:
    """True when the quotation closing just before `index` ended with a full stop (`… escapades." The …`)."""
    j = index - 1
    while j >= 0 and doc[j].text in ("»", "”", '"', "’", "'"):
        j -= 1
    return j >= 0 and doc[j].text in SENTENCE_END


def incise_follows(doc, start: int, lex: Lexicon, quoted: Quoted, markers: Callable[[object], bool]) -> bool:
    """True when the segment from `start` to the next comma holds a cue verb or a source marker (not when it is a
    second que-clause of the same cue: `admet que X, mais qu'il les considère …`)."""
    if start + 1 < len(doc) and norm(doc[start].text) in COORDINATORS and norm(doc[start + 1].text) in ("que", "qu'"):
        return False
    for tok in doc[start:]:
        if tok.text in (",", ";") or tok.text in SENTENCE_END:
            return False
        if quoted(tok):
            continue
        if norm(tok.text) in ("que", "qu'", "that") and tok.i > start:
            return False  # `, un quart des comptes et que Europol estimait …`: a cue of a clause further on
        if is_cue_verb(tok, lex) or markers(tok):
            return True
    return False


def starts_with_any(doc, start: int, phrases: frozenset[str]) -> bool:
    if start >= len(doc):
        return False
    following = norm(doc_text(doc)[doc[start].idx: doc[start].idx + 30])
    return any(following.startswith(p) and not following[len(p):len(p) + 1].isalnum() for p in phrases)


def hangs_on(doc, start: int, verb, quoted: Quoted) -> bool:
    """True when the phrase from `start` to the next comma depends on `verb` (not on the reported clause); a
    condition (`…, à condition qu'ils respectent …`) is part of what was said."""
    if starts_with_any(doc, start, CONDITION_OPENERS):
        return False
    segment = []
    for tok in doc[start:]:
        if tok.text in (",", ";") or tok.text in SENTENCE_END:
            break
        segment.append(tok)
    indexes = {t.i for t in segment}
    roots = [t for t in segment if t.head.i not in indexes and not quoted(t)]
    if any(c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass", "expl:subj") for r in roots for c in r.children):
        return False  # `a confirmé qu'outre-Rhin, le PIB ne pourrait croître…`: a clause of its own
    return bool(roots) and all(r.head.i == verb.i and r.dep_ in LOOSE_DEPS for r in roots)


def cut_elaboration(doc, start: int, end: int, lex: Lexicon, quoted: Quoted) -> int:
    """Drop a trailing `, qui …` / `, une loi …` that is longer than the reported clause itself."""
    for tok in doc[start:end]:
        if tok.text != "," or quoted(tok) or tok.i + 1 >= end:
            continue
        nxt = doc[tok.i + 1]
        relative = norm(nxt.text) in lex["relative_pronouns"] | {"dont", "où", "where", "whose"} \
            and nxt.dep_ != "mark"  # `he began to realize, along with X, that …`: a complementizer, not a relative
        indefinite = norm(nxt.text) in ("un", "une", "a", "an") and nxt.head.pos_ == "NOUN"
        appositive = indefinite or nxt.pos_ == "DET" and nxt.head.dep_ == "appos" or nxt.dep_ == "appos"
        if not (relative or appositive):
            continue
        if appositive and not relative and (resumes_after(doc, tok.i + 1, end, quoted)
                                            or object_after_aside(doc, start, tok.i)):
            continue
        if relative and resumes_with_verb(doc, tok.i + 1, end, quoted):
            continue
        core = sum(1 for t in doc[start:tok.i] if not t.is_punct)
        tail = sum(1 for t in doc[tok.i + 1:end] if not t.is_punct)
        if core >= 3 and tail > ELABORATION_RATIO * core:
            return tok.i
    return end


def object_after_aside(doc, start: int, comma: int) -> bool:
    """`avait fermé, au cours de la dernière année, un quart de million de comptes`: the noun phrase after an
    adverbial aside that follows a verb without its object is that object, not an apposition."""
    opening = next((t.i for t in reversed(doc[start:comma]) if t.text == ","), None)
    if opening is None or opening + 1 >= comma or doc[opening + 1].pos_ != "ADP":
        return False
    verb = doc[opening - 1]
    return verb.pos_ == "VERB" and not any(c.dep_ in ("obj", "dobj") for c in verb.children)


def resumes_after(doc, start: int, end: int, quoted: Quoted) -> bool:
    """`it became the largest shareholder of Tribune, the former owner of The Times, by acquiring …`: the clause
    goes on after the apposition closes, so the apposition is an aside, not a trailing elaboration."""
    closing = next((t for t in doc[start:end] if t.text == "," and not quoted(t)), None)
    if closing is None or closing.i + 1 >= end:
        return False
    nxt = doc[closing.i + 1]
    if nxt.is_quote and closing.i + 2 < end:
        nxt = doc[closing.i + 2]  # `the crew, a unit based in X, "specialize in …"`: the clause goes on quoted
    return nxt.pos_ in ("ADP", "SCONJ", "VERB", "ADV") and not (nxt.pos_ == "VERB" and nxt.tag_ == "VBN")


def resumes_with_verb(doc, start: int, end: int, quoted: Quoted) -> bool:
    """`que les quatre personnes blessées, dont deux policiers, avaient été hospitalisées`: a relative aside
    between commas, after which the clause's own verb comes."""
    closing = next((t for t in doc[start:end] if t.text == "," and not quoted(t)), None)
    if closing is None or closing.i + 1 >= end:
        return False
    nxt = doc[closing.i + 1]
    return nxt.pos_ in ("VERB", "AUX") and "Fin" in nxt.morph.get("VerbForm")


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink [start, end) of `text` past spaces, list punctuation, stray quotation marks, a dangling conjunction."""
    while True:
        while start < end and (text[start] in TRIM or text[start] in "»”" and "«“" not in text[start:end]):
            start += 1
        while end > start and (text[end - 1] in TRIM or text[end - 1] in "«“" or loose_bracket(text, start, end)):
            end -= 1
        match = DANGLING.search(text, start, end)
        if not match or match.end() != end or match.start() <= start or after_preposition(text, start, match):
            return start, end
        end = match.start()


PREPOSITIONS = {"chez", "avec", "pour", "sans", "contre", "sur", "à", "de", "par", "entre", "envers", "selon",
                "with", "for", "to", "by", "about", "against", "without", "from", "of"}


def after_preposition(text: str, start: int, match: re.Match) -> bool:
    """`rester chez elle`, `voted for him`: a pronoun after a preposition is no dangling subject."""
    before = text[start:match.start()].split()
    return bool(before) and before[-1].lower() in PREPOSITIONS and match.group().strip().lower() in PRONOUN_ENDS


def loose_bracket(text: str, start: int, end: int) -> bool:
    """An opening bracket ending [start, end), or a closing one whose opening bracket stands before the span."""
    return text[end - 1] == "(" or text[end - 1] == ")" and text.count("(", start, end) < text.count(")", start, end)


def strip_connectors(text: str, start: int, end: int, lex: Lexicon) -> int:
    """Move `start` past an opening connector ("Ainsi, ", "De plus, ", "But ")."""
    changed = True
    while changed:
        changed = False
        chunk = norm(text[start:end])
        for connector in sorted(lex["connectors"], key=len, reverse=True):
            if chunk.startswith(connector) and (len(chunk) == len(connector) or not chunk[len(connector)].isalnum()):
                start += len(connector)
                while start < end and text[start] in " ,\u00a0":
                    start += 1
                changed = True
                break
    return start
