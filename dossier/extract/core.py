"""Extraction of one parsed article: quotes, reported speech and claims, in text order."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import cached_property

from spacy.tokens import Span

from dossier.extract import claims
from dossier.extract.attribution import (
    BOUNDARY,
    NAME_JOINERS,
    PARTICLES,
    PERSON_LABELS,
    QUOTE_MARKS,
    SUBJECT_DEPS,
    WIRE_DATELINE,
    Mention,
    SpeakerBook,
    clause_as_subject,
    clean_name,
    dateline_word,
    doc_text,
    doc_tokens,
    entities,
    in_dateline,
    inverted_subject,
    is_given_name,
    medium_of,
    mention_of,
    norm,
    prepositional,
    quoted_name,
    span_gender,
    subject_of,
    when_of,
)
from dossier.extract.ids import statement_id, unique_ids
from dossier.extract.lexicon import Lexicon, longest_first
from dossier.extract.quotes import QuoteSpan, ends_open, find_quotes
from dossier.extract.reported import (
    INVERTED_CLITICS,
    RELATIVE_OPENERS,
    after_boundary,
    after_named_subject,
    auxiliary_start,
    clause_end,
    content_start,
    cue_lemma,
    cut_elaboration,
    embedded_conjunct,
    french_incise,
    gapped_cues,
    is_cue_verb,
    labelled_as_quote,
    multiword_cues,
    negated,
    object_content,
    oblique_content,
    quotation_before,
    speech_lemma,
    strip_connectors,
    trim_span,
    unmarked_incise_subject,
)
from dossier.model import Article, Paragraph, Speaker, Statement

SENTENCE_END = {".", "!", "?", "…"}
QUOTE_CHARS = "«»“”„\"‘’'"
MIN_CLAIM_WORDS = 4
SUBHEADING_WORDS = 6
SCARE_QUOTE_WORDS = 4


@dataclass
class Draft:
    kind: str
    start: int
    end: int
    paragraph: int
    priority: int
    pos: int
    verb: object = None
    mention: Mention | None = None
    speaker: Speaker | None = None
    inherit: bool = False
    cue: str | None = None
    medium: str | None = None
    when: str | None = None
    open_end: bool = False
    introduced_after: object = None


@dataclass
class ParsedParagraph:
    paragraph: Paragraph
    doc: object
    quotes: list[QuoteSpan]

    @property
    def offset(self) -> int:
        return self.paragraph.start

    def char(self, tok) -> int:
        return self.paragraph.start + tok.idx

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        merged: list[tuple[int, int]] = []
        text = doc_text(self.doc)
        for sent in self.doc.sents:
            if merged and text[merged[-1][0]:merged[-1][1]].rstrip(" »”\"’)\u00a0")[-1:] not in SENTENCE_END:
                merged[-1] = (merged[-1][0], sent.end_char)
            else:
                merged.append((sent.start_char, sent.end_char))
        return merged

    @cached_property
    def token_list(self) -> list:
        return doc_tokens(self.doc)

    @cached_property
    def starts(self) -> list[int]:
        return [t.idx for t in self.token_list]

    def tokens(self, start: int, end: int) -> list:
        """Tokens starting in [start, end) of the paragraph."""
        return self.token_list[bisect_left(self.starts, start):bisect_left(self.starts, end)]

    def quote_at(self, index: int) -> QuoteSpan | None:
        return next((q for q in self.quotes if q.open <= index < q.close), None)


def extract_parsed(article: Article, docs: list, lex: Lexicon) -> tuple[Statement, ...]:
    """Statements of `article` given one spaCy Doc per paragraph."""
    book = SpeakerBook(lex)
    parsed: list[ParsedParagraph] = []
    carry = False
    for paragraph, doc in zip(article.paragraphs, docs, strict=True):
        drop_false_entities(doc, lex)
        quotes = find_quotes(paragraph.text, continued=carry)
        carry = ends_open(paragraph.text, quotes)
        parsed.append(ParsedParagraph(paragraph, doc, quotes))
        book.add_entities(doc, paragraph.start, tuple((q.open, q.close) for q in quotes))
        book.add_plural_subjects(doc, paragraph.start, tuple((q.open, q.close) for q in quotes))
        book.add_role_subjects(doc, paragraph.start, tuple((q.open, q.close) for q in quotes))
        book.add_body_subjects(doc, paragraph.start, tuple((q.open, q.close) for q in quotes))
        book.add_acronyms(doc)
        if lex.language == "fr":
            book.add_unlabelled_people(doc, paragraph.start)
            book.add_particle_names(doc, paragraph.start)
        if lex.language == "en":
            book.add_untagged_subjects(doc, paragraph.start, tuple((q.open, q.close) for q in quotes))
    drafts: list[Draft] = []
    colon_cue = None
    for index, pp in enumerate(parsed):
        previous = parsed[index - 1] if index else None
        drafts.extend(verb_drafts(pp, previous, lex))
        drafts.extend(source_drafts(pp, lex))
        if lex.language == "fr":
            drafts.extend(cleft_drafts(pp, lex))
        drafts.extend(opinion_holder_drafts(pp, lex))
        drafts.extend(relative_holder_drafts(pp, lex))
        if lex.language == "fr":
            drafts.extend(relative_source_drafts(pp, lex))
        drafts.extend(quote_drafts(pp, previous, lex))
        colon_cue = bullet_drafts(pp, previous, colon_cue, drafts, lex)
    drafts.extend(tweet_drafts(parsed))
    for draft in drafts:
        draft.start = after_dateline(article.text, draft.start, draft.end)
    accepted = settle(drafts, article.text)
    resolve_speakers(accepted, book, lex, article.text, heading_paragraphs(article))
    answer_interview(accepted, parsed, book, article)
    for draft in accepted:
        if draft.speaker is None and draft.kind == "direct" and draft.cue is None:
            draft.speaker = person_named_near(book, article, draft)
    accepted = [d for d in accepted if not (d.kind == "partial" and d.speaker is None and words(article.text, d) < 4)]
    accepted.extend(claim_drafts(parsed, accepted, article.text, lex))
    return build_statements(article, accepted, lex)


def after_dateline(text: str, start: int, end: int) -> int:
    """`BALTIMORE -- A Baltimore County police officer …`, `PARIS, 10 avril (Reuters) - Les recherches …`, `(Belga)
    Au moins sept morts …`: where a statement that opens its paragraph starts once the wire dateline is left out."""
    if start > 0 and text[start - 1] != "\n":
        return start
    found = WIRE_DATELINE.match(text, start, end)
    return found.end() if found is not None and end - found.end() > 10 else start


def drop_false_entities(doc, lex: Lexicon) -> None:
    """The tagger's mistakes: a person without a capitalised word (`par tweet interposé`), a person that is a
    common noun after an article (`la dernière Diagonale des fous`), the place or topic in capitals before a
    wire story's dash (`CYBERTERRORISME - Le ministre …`), which names no speaker, a place named after a person,
    and a person's name run into the complement of their office (`le ministre délégué aux [Transports
    Jean-Baptiste Djebbari]`)."""
    kept = [e for e in doc.ents if (e.label_ not in PERSON_LABELS or any(t.text[:1].isupper() for t in e))
            and not in_dateline(e[0]) and not determined_noun(e)]
    kept = [named_after_person(organization_on_place(e, lex), lex) for e in kept]
    doc.ents = [part for e in kept for whole in name_after_office(without_dateline(e), lex)
                for named in name_after_honorific(whole, lex) for part in name_after_demonym(named, lex)]
    doc.user_data.pop("dossier.entities", None)


def name_after_demonym(ent, lex: Lexicon) -> tuple:
    """`La [Burkinabè Aminata Ouédraogo]` tagged as a place: after an article and one capitalised word (a
    nationality, a demonym), a known given name and capitalised words name a person."""
    if ent.label_ in PERSON_LABELS or len(ent) < 3 or ent.start == 0:
        return (ent,)
    doc = ent.doc
    if norm(doc[ent.start - 1].text) not in ("le", "la", "l'", "les") or not is_given_name(ent[1], lex) \
            or not all(t.is_title for t in ent[1:]):
        return (ent,)
    return Span(doc, ent.start, ent.start + 1, label="MISC"), Span(doc, ent.start + 1, ent.end, label="PER")


def name_after_honorific(ent, lex: Lexicon) -> tuple:
    """`a déclaré à l'[AFP M. Lallement]` tagged as one entity: from an honorific on, the words name a person."""
    if ent.label_ in PERSON_LABELS or len(ent) < 3:
        return (ent,)  # `Jovenel M. Moïse`: an initial
    doc = ent.doc
    honorific = next((t for t in ent[1:-1] if norm(t.text) in lex["honorifics"] and doc[t.i + 1].is_title), None)
    if honorific is None:
        return (ent,)
    return Span(doc, ent.start, honorific.i, label=ent.label_), Span(doc, honorific.i, ent.end, label="PER")


def organization_on_place(ent, lex: Lexicon):
    """`Météo-France`, `Hydro-Québec`, `Radio-Canada`: a common noun hyphened to a country or a province names an
    organisation, though the tagger reads a place in it."""
    doc = ent.doc
    if ent.label_ not in ("LOC", "GPE") or ent.start == 0 and len(ent) < 3:
        return ent
    first = ent.start
    if len(ent) < 3 and first >= 2 and doc[first - 1].text == "-" and not doc[first - 2].whitespace_:
        first -= 2  # the tagger left the prefix out: `Météo-` + `France`
    if first + 2 >= len(doc) or doc[first + 1].text != "-" or doc[first].whitespace_ \
            or norm(doc[first].text) not in lex["organization_prefixes"]:
        return ent
    return Span(doc, first, ent.end, label="ORG")


def named_after_person(ent, lex: Lexicon):
    """`le lycée Victor-Hugo`, `l'hôpital Georges Pompidou`: a person's name right after a school, a street or a
    hospital names that place or body, not a person who could speak."""
    if ent.label_ not in PERSON_LABELS or ent.start == 0 or norm(ent.doc[ent.start - 1].text) not in \
            lex["named_after_nouns"]:
        return ent
    noun = ent.doc[ent.start - 1]
    start = noun.i if noun.is_title and not noun.ent_type_ else ent.start
    return Span(ent.doc, start, ent.end, label="ORG")


def name_after_office(ent, lex: Lexicon) -> tuple:
    """`aux Transports Jean-Baptiste Djebbari` tagged as one organisation after `le ministre délégué`: from a
    known given name on, capitalised words are the office holder's name; the words before it stay what they were."""
    if ent.label_ in PERSON_LABELS or len(ent) < 2:
        return (ent,)
    doc = ent.doc
    given = next((t for t in ent[1:] if is_given_name(t, lex) and norm(doc[t.i - 1].text) not in
                  lex["named_after_nouns"]), None)
    if given is None or not all(t.is_title or norm(t.text) in PARTICLES for t in doc[given.i + 1:ent.end]):
        return (ent,)
    end = ent.end
    while end < len(doc) and not doc[end].ent_type_ and (doc[end].is_title and doc[end - 1].text != "-" or (
            doc[end].text == "-" or doc[end - 1].text == "-") and not doc[end - 1].whitespace_):
        end += 1  # `Amélie` + `Oudéa-Castéra`
    if end - given.i < 2:
        return (ent,)
    first = ent.start
    while first > 0 and first > ent.start - 4 and doc[first - 1].text not in BOUNDARY \
            and norm(doc[first - 1].text) not in lex["office_words"]:
        first -= 1
    if first == 0 or norm(doc[first - 1].text) not in lex["office_words"]:
        return (ent,)
    return Span(doc, ent.start, given.i, label=ent.label_), Span(doc, given.i, end, label="PER")


def without_dateline(ent):
    """`TOULOUSE Souad, soeur du jihadiste …`: the city in capitals opening a wire story is not part of the name
    that follows it."""
    if len(ent) < 2 or not dateline_word(ent[0]) or not ent[1].is_title:
        return ent
    return Span(ent.doc, ent.start + 1, ent.end, label=ent.label_)


def determined_noun(ent) -> bool:
    """`la dernière Diagonale des fous` tagged as a person: a French person name is no common noun after a
    determiner and its adjectives."""
    if ent.label_ != "PER" or ent[0].pos_ != "NOUN" or ent.start == 0 or any(t.pos_ == "PROPN" for t in ent):
        return False
    before = ent.doc[ent.start - 1]
    while before.pos_ == "ADJ" and before.i > 0:
        before = ent.doc[before.i - 1]
    return before.pos_ == "DET"


def words(text: str, draft: Draft) -> int:
    return len(text[draft.start:draft.end].split())


def token_range_chars(pp: ParsedParagraph, start: int, end: int) -> tuple[int, int]:
    doc = pp.doc
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)


def cover_quotes(pp: ParsedParagraph, start: int, end: int) -> tuple[int, int]:
    """Widen a paragraph-relative span so it never cuts a quotation in two."""
    for q in pp.quotes:
        if q.open < end and q.close > start:
            if q.open < start < q.close and start > q.start:
                start = min(start, q.start)
            elif start == q.start and end > q.close:
                start = q.open  # `« inquiets » de la hausse des prix`: the quotation whole
            if q.open < end < q.close or (end <= q.close and end > q.start):
                end = max(end, q.end)
    return start, end


def mostly_quoted(pp: ParsedParagraph, start: int, end: int) -> bool:
    inside = sum(max(0, min(end, q.close) - max(start, q.open)) for q in pp.quotes)
    return inside >= 0.6 * max(1, end - start)


def whole_quotation(pp: ParsedParagraph, start: int, end: int) -> QuoteSpan | None:
    """The one quotation a span of a paragraph is made of, marks and final period aside, or None."""
    inside = [q for q in pp.quotes if start <= q.open and q.close <= end + 1]
    if len(inside) != 1 or pp.paragraph.text[start:inside[0].open].strip() \
            or pp.paragraph.text[inside[0].close + 1:end].strip(" .»”\"\u00a0"):
        return None
    return inside[0]


def starts_with_quote(pp: ParsedParagraph, start: int, end: int) -> bool:
    return any(q.open <= start <= q.start + 1 and q.end >= end - 2 for q in pp.quotes)


def in_quote(pp: ParsedParagraph, tok) -> bool:
    return pp.quote_at(tok.idx) is not None


def sentence_bounds(pp: ParsedParagraph, tok) -> tuple[int, int]:
    """Bounds of the sentence holding `tok` (spaCy's sentences, rejoined where no sentence punctuation ends them)."""
    return next(((a, b) for a, b in pp.sentences if a <= tok.idx < b), (tok.sent.start_char, tok.sent.end_char))


def verb_drafts(pp: ParsedParagraph, previous: ParsedParagraph | None, lex: Lexicon) -> list[Draft]:
    """Reported speech governed by speech verbs."""
    doc = pp.doc
    text = pp.paragraph.text
    drafts = []

    def quoted(tok) -> bool:
        return in_quote(pp, tok)

    def marker(tok) -> bool:
        return is_source_marker(pp, tok, lex)

    cues = [(tok, tok, None) for tok in doc_tokens(doc) if is_cue_verb(tok, lex) and not quoted(tok)
            and not embedded_conjunct(tok) and not hypothetical(tok, lex) and not reported_clause_verb(tok, lex)]
    for start, end, after_gap in multiword_cues(doc, lex) + gapped_cues(doc, lex):
        head = phrase_verb(doc, start, end)
        if not quoted(head) and not participle_on_noun(head) and not infinitive_on_noun(head):
            cues.append((head, doc[end - 1], after_gap))
    for verb, last, after_gap in cues:
        sent_start, sent_end = sentence_bounds(pp, verb)
        if strip_connectors(text, sent_start, sent_end, lex) > verb.idx:
            continue  # "That said, …", "Cela dit, …": a connector, not a cue
        if nobody_speaks(verb, lex):
            continue
        priority = 0
        content = None
        if last.i == verb.i:
            first = content_start(last, lex, quoted, subject_of(verb, lex))
        else:
            incise = after_boundary(verb, lex) and not present_participle(verb) or comparative(verb, lex)
            first = None if incise else after_gap or after_phrase(last, lex)  # not `comme il l'a laissé entendre`
        if first is not None and first < len(doc):
            finish_i = clause_end(doc, first, lex, quoted, marker, verb)
            clause = subordinate_clause(verb)
            if clause is not None:
                finish_i = min(finish_i, max(clause.right_edge.i + 1, first + 1))
            finish_i = cut_elaboration(doc, first, finish_i, lex, quoted)
            if finish_i > first:
                content = (first, finish_i)
        if content is not None and indirect_question(doc, verb, content[0], lex) or asked_anonymity(doc, verb, lex):
            continue
        if content is not None and declined_comment(doc, content, verb, lex):
            continue
        agent = passive_agent(verb) if last.i == verb.i else None
        if agent is not None:
            content = passive_content(verb, lex)
        if content is None and last.i == verb.i:
            content = object_content(verb, lex) or oblique_content(verb, lex)
            if content is not None and quoted_label(pp, verb, *content, lex) and not labelled_as_quote(verb):
                continue
        elif content is not None and cue_lemma(verb, lex) in lex["object_in_content_verbs"]:
            content = accused(verb, content)
        if content is not None and later_unmarked_incise(doc[content[0]:content[1]], lex):
            continue  # `L'Otan invitera l'Ukraine à … a assuré X`: the sentence is the later cue's content
        if content is not None:
            begin, finish = token_range_chars(pp, *content)
        else:
            if comparative(verb, lex):
                found = comparative_content(pp, verb, lex)
            else:
                found = inverted_content(pp, verb, lex) or anaphoric_content(pp, previous, verb, lex)
            if found is None:
                continue
            begin, finish, target = found
            quotation = whole_quotation(target, begin, finish) if target is not pp else None
            if quotation is not None:  # `« … » ¶ C'est ce qu'a affirmé le porte-parole, X`: the quotation is theirs
                drafts.append(Draft("direct", target.offset + quotation.start, target.offset + quotation.end,
                                    target.paragraph.index, 0, pp.char(verb), verb=verb, cue=cue_text(verb)))
                continue
            if target is not pp:
                drafts.append(Draft("indirect", target.offset + begin, target.offset + finish,
                                    target.paragraph.index, 2, pp.char(verb), verb=verb))
                continue
            priority = 2
        spans = around_incise(pp, verb, begin, finish, lex) if priority == 2 else [(begin, finish)]
        for begin, finish in spans:
            begin, finish = cover_quotes(pp, begin, finish)
            begin, finish = trim_span(text, begin, finish)
            finish = drop_final_period(text, begin, finish)
            if finish - begin < 2 or starts_with_quote(pp, begin, finish):
                continue
            if priority == 2 and mostly_quoted(pp, begin, finish):
                continue
            phrase = None if last.i == verb.i else text[cue_start(verb).idx:last.idx + len(last.text)]
            draft = Draft("indirect", pp.offset + begin, pp.offset + finish, pp.paragraph.index, priority,
                          pp.char(verb), verb=verb, cue=phrase)
            if agent is not None:
                draft.mention = mention_of(agent, lex)
            drafts.append(draft)
    return drafts


def later_unmarked_incise(tokens, lex: Lexicon) -> bool:
    """A French cue inside a content, with its subject inverted after it and no comma before it."""
    return lex.language == "fr" and any(is_cue_verb(t, lex) and unmarked_incise_subject(t, lex) is not None
                                        for t in tokens)


NEGATIVE_QUANTIFIERS = {"aucun", "aucune", "nul", "nulle", "no"}
NOBODY = {"personne", "nobody", "none", "rien", "nothing"}


def nobody_speaks(verb, lex: Lexicon) -> bool:
    """`sans qu'aucune autorité ne l'ait alerté de …`, `no official said that …`: a denied speaker says nothing."""
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or subject.i < verb.i and french_incise(verb, lex):
        return False  # `… si rien n'est fait, estime la Cour des comptes`: `rien` is the condition's subject
    if subject.pos_ == "PRON" and norm(subject.text) in NOBODY:
        return True
    return any(c.dep_ == "det" and norm(c.text) in NEGATIVE_QUANTIFIERS for c in subject.children)


def quoted_label(pp: ParsedParagraph, verb, start: int, end: int, lex: Lexicon) -> bool:
    """`a qualifié la décision de « censure »`: a naming cue's phrase holding a quotation, the label it quotes, is
    left to its partial statement. Any other cue's noun phrase holding a quotation (`a reconnu une « erreur »`,
    `dénonce une « agression » à son encontre`) is one reported statement covering it."""
    first, last = pp.doc[start].idx, pp.doc[end - 1].idx
    return cue_lemma(verb, lex) in lex["naming_verbs"] and any(first <= q.open <= last for q in pp.quotes)


def around_incise(pp: ParsedParagraph, verb, begin: int, finish: int, lex: Lexicon) -> list[tuple[int, int]]:
    """`Tech teams isolated the problem, Mayer said, and patched the software`: in English a cue set between
    commas inside a sentence of two coordinated clauses splits it into two statements, one each side."""
    doc = pp.doc
    first = cue_group_start(verb, lex)
    if first > 0 and finish <= doc[first].idx:
        return [(begin, finish), *coordinated_after_incise(pp, verb)]
    if lex.language != "en" or not (begin < doc[first].idx and pp.char(verb) - pp.offset < finish) or first == 0:
        return [(begin, finish)]
    inverted = inverted_subject(verb, lex)
    last = max(verb.i, inverted.right_edge.i if inverted is not None and inverted.i > verb.i else verb.i)
    comma, after = doc[first - 1], doc[last + 1] if last + 1 < len(doc) else None
    while comma.i > 0 and comma.text != "," and comma.idx > begin:
        comma = doc[comma.i - 1]
    if after is None or after.text != "," or after.i + 1 >= len(doc) or doc[after.i + 1].pos_ != "CCONJ":
        return [(begin, finish)]
    before = pp.tokens(begin, comma.idx)
    if not any(is_finite(t) and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children) for t in before):
        return [(begin, finish)]
    return [(begin, comma.idx), (after.idx + 1, finish)]


def coordinated_after_incise(pp: ParsedParagraph, verb) -> list[tuple[int, int]]:
    """`He shot the officer in the abdomen, Captain Sarnicki said, but the bullet struck his vest.`, `…, a précisé
    le capitaine, mais la balle …`: a clause coordinated after the cue's incise (and its inverted subject), with
    its own subject and verb, to the sentence's end."""
    doc = pp.doc
    after = next((t for t in doc[verb.i + 1:verb.i + 10] if t.text in (",", ")") or t.pos_ in ("VERB", "AUX")
                  or t.pos_ == "ADP" and norm(t.text) not in NAME_JOINERS
                  or t.is_quote or t.text in SENTENCE_END), None)  # only the inverted subject between
    if after is None or after.text != "," or after.i + 2 >= len(doc) or doc[after.i + 1].pos_ != "CCONJ":
        return []
    _, sent_end = sentence_bounds(pp, verb)
    clause = pp.tokens(doc[after.i + 1].idx, sent_end)
    if in_quote(pp, doc[after.i + 1]) or not any(
            is_finite(t) and any(c.dep_ in ("nsubj", "nsubjpass", "nsubj:pass") for c in t.children) for t in clause):
        return []
    return [(doc[after.i + 1].idx, sent_end)]


def passive_agent(verb):
    """`a été annoncée par la direction`: the agent of a passive cue, who spoke."""
    if not any(c.dep_ in ("aux:pass", "auxpass") for c in verb.children):
        return None
    agent = next((c for c in verb.children if c.dep_ in ("obl:agent", "agent")), None)
    if agent is not None and agent.dep_ == "agent":  # English: `by` heads the agent noun
        agent = next((c for c in agent.children if c.dep_ == "pobj"), None)
    return agent


def passive_content(verb, lex: Lexicon) -> tuple[int, int] | None:
    """What a passive cue reports: its subject (`La fermeture de l'usine a été annoncée par …`), not who was told
    (`Les autorités ont été informées par …`)."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj:pass", "nsubjpass") and c.i < verb.i), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") or subject.right_edge.i - subject.left_edge.i < 1:
        return None
    if cue_lemma(verb, lex) in lex["addressee_verbs"] | lex["object_in_content_verbs"] | lex["naming_verbs"]:
        return None  # `X est accusé par Y`, `Les Clain sont considérés par …`: the subject is whom it is about
    if subject.ent_type_ in PERSON_LABELS or norm(subject.text) in lex["role_nouns"]:
        return None
    return subject.left_edge.i, subject.right_edge.i + 1


POSSIBILITY_MODALS = {"could", "might", "may"}


def hypothetical(verb, lex: Lexicon) -> bool:
    """`si elle estime que la loi n'est pas respectée, elle pourra …`: a cue under `si`/`if` reports nothing said,
    unless in French the main clause is in the present or past (`Si X reconnaît que …, il regrette …`: a
    concession). In English a cue under `could`, `might` or `may` is only a possibility (`the two sides could
    agree to …`)."""
    if lex.language == "en" and any(c.dep_ == "aux" and norm(c.text) in POSSIBILITY_MODALS for c in verb.children):
        return True
    if not any(c.dep_ == "mark" and norm(c.text) in lex["conditional_marks"] for c in verb.children):
        return False
    if lex.language != "fr" or verb.head.i == verb.i:
        return True
    main = verb.head
    tense, mood = main.morph.get("Tense"), main.morph.get("Mood")
    auxiliaries = [c for c in main.children if c.dep_.startswith("aux")]
    future = "Fut" in tense or "Cnd" in mood or any("Fut" in a.morph.get("Tense") or "Cnd" in a.morph.get("Mood")
                                                    for a in auxiliaries)
    return future or "Fin" not in main.morph.get("VerbForm") and not auxiliaries


def comparative(verb, lex: Lexicon) -> bool:
    return any(c.dep_ == "mark" and norm(c.text) in lex["comparative_marks"] for c in verb.children)


def fronted_comparative_subject(verb):
    """`Comme l'a indiqué le bourgmestre, Willy Demeyer, en début de séance, la présidente a …`: in a sentence
    opened by the comparative incise, the subject of the main clause, after a comma; None otherwise."""
    doc = verb.doc
    if verb.dep_ != "advcl" or verb.head.i < verb.i or verb.left_edge.i != verb.sent.start:
        return None
    subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i > verb.right_edge.i),
                   None)
    if subject is None or doc[subject.left_edge.i - 1].text != ",":
        return None
    return subject


def comparative_content(pp: ParsedParagraph, verb, lex: Lexicon):
    """`Comme l'a souligné l'Arcep, il est difficile de …` (content after the incise) and `Le chômage baisse,
    comme l'a annoncé l'Insee` (content before it); a sentence whose words before the incise hold a quotation
    is left to that quotation."""
    doc, text = pp.doc, pp.paragraph.text
    sent_start, sent_end = sentence_bounds(pp, verb)
    left, right = verb.left_edge, verb.right_edge
    main_subject = fronted_comparative_subject(verb)
    if main_subject is not None:
        begin, finish = main_subject.left_edge.idx, sent_end
    elif right.i + 1 < len(doc) and doc[right.i + 1].text == "," and right.idx < sent_end:
        begin, finish = trim_span(text, doc[right.i + 1].idx + 1, sent_end)
    elif left.i > 0 and doc[left.i - 1].text == "," and left.idx > sent_start:
        begin = strip_connectors(text, sent_start, doc[left.i - 1].idx, lex)
        finish = doc[left.i - 1].idx
        if any(begin <= q.open < finish for q in pp.quotes):
            return None
    else:
        return None
    region = pp.tokens(begin, finish)
    if len(region) < 3 or not any(t.pos_ in ("VERB", "AUX") for t in region):
        return None
    return begin, finish, pp


def present_participle(tok) -> bool:
    """`…, faisant valoir que …`: a participle after a comma opens no incise."""
    return "Part" in tok.morph.get("VerbForm") and "Pres" in tok.morph.get("Tense") and norm(tok.text).endswith("ant")


def infinitive_on_noun(tok) -> bool:
    """`no reason to call for protests`, `le droit de faire état de …`: an infinitive that qualifies a noun is no
    speech event."""
    infinitive = "Inf" in tok.morph.get("VerbForm") or tok.tag_ == "VB"
    return infinitive and tok.dep_ in ("acl", "relcl", "acl:relcl") and tok.head.pos_ in ("NOUN", "PRON") \
        and not any(c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass") for c in tok.children)


def participle_on_noun(tok) -> bool:
    """`des informations faisant état d'un autre attentat`: a participle that qualifies the noun before it."""
    return present_participle(tok) and tok.i > 0 and tok.doc[tok.i - 1].pos_ in ("NOUN", "PROPN", "ADJ")


def cue_start(verb):
    """The first auxiliary or reflexive clitic right before a cue (`a fait savoir` → `a`)."""
    first = verb
    while first.i > 0 and (first.doc[first.i - 1].pos_ == "AUX" or norm(first.doc[first.i - 1].text) in ("se", "s'")):
        first = first.doc[first.i - 1]
    return first


def after_phrase(last, lex: Lexicon) -> int:
    """First token of what a multi-word cue introduces, past its `que`/`that` (`a fait savoir que …`)."""
    nxt = last.i + 1
    if nxt < len(last.doc) and norm(last.doc[nxt].text) in ("que", "qu'", "that"):
        return nxt + 1
    return nxt


def accused(verb, content: tuple[int, int]) -> tuple[int, int]:
    """`accuse le gouvernement de mentir`: who is accused belongs to what is claimed."""
    target = next((c for c in verb.children if c.dep_ in ("obj", "dobj") and verb.i < c.i < content[0]), None)
    return (target.left_edge.i, content[1]) if target is not None else content


TWEET_SIGNATURE = re.compile(r"^\s*[—–-]\s*(?P<name>[^()@\n]{2,60}?)\s*\(@\w{1,30}\)\s*(?P<date>[^\n]{0,40})$")
TWEET_MARKS = re.compile(r"https?://|pic\.twitter\.com|(?<!\w)[#@]\w|[\U0001F000-\U0001FAFF\u2600-\u27BF]")
SYMBOLS = "\\s\u2600-\u27BF\uFE0F\U0001F000-\U0001FAFF"
TWEET_LEAD = re.compile(rf"^(?:[{SYMBOLS}]|#\w+)*\|\s*|^[{SYMBOLS}]+")
TWEET_TAIL = re.compile(r"(?:\s*(?:https?://\S+|pic\.twitter\.com/\S+))+\s*$")
TWEET_PARAGRAPHS = 3


def tweet_drafts(parsed: list[ParsedParagraph]) -> list[Draft]:
    """An embedded tweet as pages print it: its text in one to three paragraphs, then `— Name (@handle) date`.
    Each paragraph of the tweet is a direct statement of the signing account, published on Twitter."""
    drafts = []
    for index, pp in enumerate(parsed):
        signature = TWEET_SIGNATURE.match(pp.paragraph.text)
        if signature is None or index == 0:
            continue
        body = []
        for back in range(index - 1, max(-1, index - 1 - TWEET_PARAGRAPHS), -1):
            text = parsed[back].paragraph.text
            if TWEET_SIGNATURE.match(text) or body and not TWEET_MARKS.search(text):
                break
            body.append(parsed[back])
        speaker = Speaker(signature.group("name").strip(), None, "person")
        for tweet in body:
            text = tweet.paragraph.text
            lead = TWEET_LEAD.match(text)
            begin = lead.end() if lead else 0
            tail = TWEET_TAIL.search(text, begin)
            begin, finish = trim_span(text, begin, tail.start() if tail else len(text))
            if len(text[begin:finish].split()) < 2:
                continue
            draft = Draft("direct", tweet.offset + begin, tweet.offset + finish, tweet.paragraph.index, -1,
                          tweet.offset + begin, speaker=speaker, medium="Twitter",
                          when=signature.group("date").strip() or None)
            drafts.append(draft)
    return drafts


BULLET = re.compile(r"^\s*(?:[-–—•*·▪●]\s+|\d{1,2}[.)]\s+|\d{1,2}\s*[-–—]\s*(?=\w))")


def bullet_drafts(pp: ParsedParagraph, previous: ParsedParagraph | None, colon_cue, drafts: list[Draft],
                  lex: Lexicon):
    """`President Obama also said:` then a bulleted list: each bullet is one statement of that speaker.

    Returns the cue (verb, its paragraph) that the next paragraph's bullet would continue, or None.
    """
    text = pp.paragraph.text
    bullet = BULLET.match(text)
    if bullet is None and text.rstrip().endswith(":"):
        last = list(pp.doc.sents)[-1]
        verb = next((t for t in reversed(last) if is_cue_verb(t, lex, incise=True) and not in_quote(pp, t)), None)
        return (verb, pp) if verb is not None else None
    if bullet is None or colon_cue is None:
        return None
    verb, home = colon_cue
    begin, finish = trim_span(text, bullet.end(), len(text))
    finish = drop_final_period(text, begin, finish)
    if len(text[begin:finish].split()) >= 3 and not mostly_quoted(pp, begin, finish):
        drafts.append(Draft("indirect", pp.offset + begin, pp.offset + finish, pp.paragraph.index, 1,
                            home.char(verb), verb=verb, cue=cue_text(verb)))
    return colon_cue


QUESTION_WORDS = {"how", "what", "why", "who", "whom", "which", "whether", "if", "when", "where", "comment",
                  "pourquoi", "combien", "quand", "où", "qui", "quel", "quelle", "quels", "quelles", "si"}


def indirect_question(doc, verb, first: int, lex: Lexicon) -> bool:
    """`I asked him how many minds he had changed`: a question reported, not something the source stated; nor is
    what a source did not say (`Officials have not said how many people were arrested`)."""
    if norm(verb.lemma_) not in lex["question_verbs"] and not negated(verb):
        return False
    return any(norm(t.text) in QUESTION_WORDS for t in doc[verb.i + 1:first + 1])


def asked_anonymity(doc, verb, lex: Lexicon) -> bool:
    """`who asked not to be named`, `qui a requis l'anonymat`: a request to stay unnamed is no statement."""
    following = " ".join(norm(t.text) for t in doc[verb.i + 1: verb.i + 6])
    return any(phrase in following for phrase in lex["anonymity_phrases"])


def declined_comment(doc, content: tuple[int, int], verb, lex: Lexicon) -> bool:
    """`n'a pas souhaité réagir`, `declined to comment on the case`, `n'a pas souhaité s'exprimer sur l'ancien
    ambassadeur`: a refusal to speak is no statement, whatever it was about."""
    words = [t for t in doc[content[0]:content[1]] if not t.is_punct and norm(t.text) not in ("se", "s'", "s’")]
    if len(words) <= 2:
        return any(norm(t.lemma_) in lex["no_comment_verbs"] for t in words)
    refusal = negated(verb) or cue_lemma(verb, lex) in lex["refusal_verbs"]
    return refusal and norm(words[0].lemma_) in lex["no_comment_verbs"]


def drop_final_period(text: str, start: int, end: int) -> int:
    """End a reported clause before its sentence's full stop (kept after abbreviations like `U.S.`)."""
    if end - start > 2 and text[end - 1] == "." and (text[end - 2].isalpha() and text[end - 2].islower()
                                                     or text[end - 2] in "»”\""):
        return end - 1
    return end


def source_marker_at(pp: ParsedParagraph, tok, lex: Lexicon) -> str | None:
    """The source marker (`selon`, `according to`) starting at `tok`, as written."""
    low = norm(pp.paragraph.text[tok.idx:tok.idx + 40])
    for marker in longest_first(lex["source_markers"]):
        if low.startswith(marker) and (len(low) == len(marker) or not low[len(marker)].isalnum()):
            return pp.paragraph.text[tok.idx:tok.idx + len(marker)]
    return None


def issuer_of(head, lex: Lexicon):
    """`selon un communiqué de la préfecture`, `selon les estimations de la préfecture`: the organisation or
    person whose statement or figures they were, or None."""
    if head is None or head.pos_ != "NOUN":
        return None
    figures = norm(head.text) in lex["figure_nouns"]
    publication = norm(head.text) in lex["publication_words"] or norm(head.lemma_) in lex["publication_words"]
    if norm(head.text) not in lex["medium_nouns"] and not figures and not publication:
        return None
    doc = head.doc
    nxt = doc[head.i + 1] if head.i + 1 < len(doc) else None
    if nxt is not None and nxt.pos_ in ("PROPN", "ADJ") and head.i + 2 < len(doc):
        nxt = doc[head.i + 2]  # `les publications LinkedIn d'employés`, `le bilan officiel des autorités`
    if nxt is None or norm(nxt.text) not in ("de", "du", "des", "d'", "of", "from"):
        return None
    if publication and not (figures or norm(head.text) in lex["medium_nouns"]):
        named = next((t for t in doc[nxt.i + 1: nxt.i + 3] if t.ent_type_ in ("ORG", "MISC", "PER", "PERSON")
                      and t.text[:1].isupper()), None)
        return named  # `selon une enquête du Journal du Dimanche`: the named body that made it, not the study
    issuer = next((t for t in doc[nxt.i + 1: nxt.i + 4] if t.pos_ in ("NOUN", "PROPN")), None)
    if figures and issuer is not None and not (issuer.ent_type_ in ("ORG", "PER", "PERSON") or norm(issuer.text) in
                                               lex["organization_nouns"] | lex["office_words"]):
        return None  # `selon le bilan de la catastrophe`: what the figures count, not who gave them
    return issuer


def author_of(head, lex: Lexicon) -> tuple[object, Mention | None]:
    """`according to a 2018 survey by Jane Smith`: the author of a publication (token, and a person's mention
    when the author's name is two to four capitalised words), else (`head`, None)."""
    issuer = issuer_of(head, lex)
    if issuer is not None:
        return issuer, None
    agent = participle_agent(head, lex)
    if agent is not None:
        return agent, None
    if head is None or head.pos_ != "NOUN" or norm(head.text) not in lex["publication_words"]:
        return head, None
    doc = head.doc
    for tok in doc[head.i + 1: head.i + 4]:
        if norm(tok.text) in ("by", "par") and tok.i + 1 < len(doc):
            ent = next((e for e in entities(doc) if e.start == tok.i + 1), None)
            if ent is None or ent.label_ not in ("PERSON", "PER", "ORG"):
                return head, None
            words = ent.text.split()
            named = 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and not any(
                norm(w) in lex["organization_nouns"] | lex["publication_words"] for w in words)
            if ent.label_ in ("PERSON", "PER") or named:
                return ent[-1], Mention(ent.text, clean_name(ent.text, lex), None, "person")
            return ent.root, None
        if tok.text in ",;:" or tok.pos_ == "VERB":
            break
    return head, None


def participle_agent(head, lex: Lexicon):
    """`selon un bilan communiqué samedi par les autorités`, `according to figures released by the ministry`:
    the agent of the participle after the source's noun wrote it (not `un rapport consulté par l'AFP`)."""
    if head is None or head.pos_ != "NOUN" or norm(head.text) in lex["role_nouns"]:
        return None
    doc = head.doc
    participle = False
    for tok in doc[head.i + 1: head.i + 7]:
        if tok.text in ",;:()«»\"“”" or tok.pos_ == "AUX" or tok.dep_ in ("nsubj", "nsubj:pass", "mark"):
            return None
        if norm(tok.lemma_) in lex["authoring_verbs"] or norm(tok.text) in ("communiqué", "communiqués"):
            participle = True
        elif norm(tok.text) in ("par", "by") and participle:
            agent = next((t for t in doc[tok.i + 1: tok.i + 4] if t.pos_ in ("NOUN", "PROPN")), None)
            return named_apposition(agent.head if agent is not None and agent.dep_ == "compound" else agent)
    return None


def named_apposition(tok):
    """`the nonprofit research group Gun Violence Archive`: the name set beside a descriptive noun, else the noun."""
    if tok is None or tok.pos_ != "NOUN":
        return tok
    return next((c for c in tok.children if c.dep_ in ("appos", "flat:name", "nmod") and c.left_edge.i == tok.i + 1
                 and c.pos_ == "PROPN" and c.ent_type_ in ("ORG", "PER", "PERSON")), tok)


def is_source_marker(pp: ParsedParagraph, tok, lex: Lexicon) -> bool:
    return source_marker_at(pp, tok, lex) is not None


def subordinate_clause(verb):
    """The `though …`/`bien que …` clause a cue verb sits in (through coordinated verbs), if any."""
    node = verb
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.dep_ == "advcl" and any(c.dep_ == "mark" for c in node.children):
        return node
    if node.dep_ == "acl:relcl" and node.lang_ == "fr":
        subject = node.head
        while subject.dep_ in ("appos", "flat:name", "flat", "nmod") and subject.head.i < subject.i:
            subject = subject.head
        if subject.dep_ in ("nsubj", "nsubj:pass") and subject.i < node.i < node.right_edge.i < subject.head.i:
            return node  # `Le président, qui a appelé à rester chez soi, a annulé …`: the relative clause is the end
    return None


def speaking_subject(cue, fronted, lex: Lexicon) -> bool:
    """True when a cue after an incise has a subject that can speak: its own, else the sentence's subject set
    before the incise (`La forte mobilisation, a-t-il souligné, témoigne de …` is no one's testimony)."""
    own = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")), None)
    subject = own if own is not None else fronted
    return subject is None or can_speak(subject, lex)


def cue_group_start(verb, lex: Lexicon) -> int:
    """The first token of a cue with its auxiliaries and a subject before it (not one the parser put before an
    incise's inverted subject: `…, ainsi qu'à deux assaillants, a indiqué le ministère`)."""
    first = auxiliary_start(verb)
    if first > 0 and norm(verb.doc[first - 1].text) in ("se", "s'") and verb.doc[first - 1].head.i == verb.i:
        first -= 1  # `…, s'est félicité le ministre`
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass") and c.i < verb.i), None)
    if subject is not None and not clause_as_subject(subject, verb) and not french_incise(verb, lex):
        first = min(first, subject.left_edge.i)
    return first


def inverted_content(pp: ParsedParagraph, verb, lex: Lexicon):
    """`TikTok devrait être vendu…, a déclaré X` (content before) or `advisers say, the president…` (after)."""
    doc = pp.doc
    text = pp.paragraph.text
    sent_start, sent_end = sentence_bounds(pp, verb)
    first = cue_group_start(verb, lex)
    following = []
    for tok in doc[verb.i + 1: verb.i + 4]:
        if tok.text in SENTENCE_END or lex.language == "en" and tok.pos_ == "CCONJ":
            break  # `, Mayer said, and “patched” the software`: that quotation is in the next clause
        following.append(tok)
    introduces_quote = any(t.text == ":" or in_quote(pp, t) for t in following)
    finite = not ("Part" in verb.morph.get("VerbForm") or verb.tag_ in ("VBG", "VBN")) or any(
        c.dep_.startswith("aux") for c in verb.children)
    comma = doc[first - 1] if first > 0 else None
    quote_cue = comma is not None and any(q.close <= comma.idx and not text[q.close:comma.idx].strip(" ,\u00a0")
                                          for q in pp.quotes) or quotation_before(verb, lex)
    if any(c.dep_ in ("nsubj", "nsubj:pass") and c.i < verb.i and norm(c.text) in lex["relative_pronouns"]
           for c in verb.children):
        return None  # `…, mal reçue par Bernard Debré, qui a réagi sur le même sujet`: the clause is about him
    if has_own_object(verb) and not object_is_source(verb, first, lex) and not french_incise(verb, lex):
        return None  # `…, New York boasted tens of thousands of shelters`: the verb says something else
    after_cue = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    inverted = inverted_subject(verb, lex)
    if finite and not introduces_quote and unmarked_incise_subject(verb, lex) is not None:
        last_word = doc[first - 1]
        finish = last_word.idx + len(last_word.text)
        begin = strip_connectors(text, sent_start, finish, lex)
        region = pp.tokens(begin, finish)
        if len(region) >= 4 and any(is_finite(t) for t in region):
            return begin, finish, pp  # `Il y a au moins sept morts a déclaré Manuel Valls`
    if inverted is not None and inverted.right_edge.i + 1 < len(doc):
        after_cue = doc[inverted.right_edge.i + 1]
    if comma is not None and comma.text == "," and finite and not introduces_quote and not quote_cue \
            and after_cue is not None and after_cue.text == "," and comma.idx > sent_start + 2:
        tail = pp.tokens(after_cue.idx + 1, sent_end)
        indexes = {t.i for t in tail}
        own_subject = any(t.dep_ in ("nsubj", "nsubj:pass", "nsubjpass", "expl") and t.head.i in indexes
                          and not any(c.dep_ == "mark" for a in [t.head, *t.head.ancestors] if a.i in indexes
                                      for c in a.children) for t in tail)
        fronted = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < first), None)
        if tail and not own_subject and not participle_adjunct(tail) \
                and not any(is_cue_verb(t, lex) and speaking_subject(t, fronted, lex) for t in tail) \
                and any(t.pos_ in ("VERB", "AUX") for t in tail):
            begin = strip_connectors(text, sent_start, sent_end, lex)
            return begin, sent_end, pp
    closing = incise_close(verb)
    if comma is not None and comma.text == "," and finite and not introduces_quote and not quote_cue \
            and closing is not None and opens_on_topic(pp, sent_start, comma.idx, lex):
        tail = pp.tokens(closing.idx + 1, sent_end)
        if any(is_finite(t) for t in tail) and len(tail) >= 4:
            return closing.idx + 1, sent_end, pp  # `En ce qui concerne X, a-t-il souligné, leurs moyens …`
    if comma is not None and comma.text == "," and finite and not introduces_quote and not quote_cue:
        begin, finish = sent_start, comma.idx
        speaker = subject_of(verb, lex)
        if speaker is not None and speaker.i < verb.i and speaker.idx > sent_start:
            named = next((e for e in entities(doc) if e.start <= speaker.i < e.end), None)
            opening = named.start if named is not None else speaker.left_edge.i
            if opening > 0 and doc[opening - 1].text == ",":
                finish = doc[opening - 1].idx  # `…, Jake Frith, special agent for …, said`
        begin = strip_connectors(text, begin, finish, lex)
        region = pp.tokens(begin, finish)
        participle_clause = bool(region) and (region[0].tag_ == "VBN" or "Part" in region[0].morph.get("VerbForm"))
        last_auxiliary = bool(region) and region[-1].pos_ == "AUX" and not (
            lex.language == "en" and region[-1].dep_ in ("pcomp", "xcomp"))  # `… on what to do, said X`
        adjunct = bool(region) and region[0].pos_ == "ADP"
        if any(is_finite(t) or governs_subject(t) for t in region if not (adjunct and in_relative_clause(t, region))) \
                and len(region) >= 3 and not last_auxiliary \
                and not participle_clause:  # `Asked if he believed …, Roof said`: the question put to him
            return begin, finish, pp
    after = verb.i + 1
    while after < len(doc) and norm(doc[after].text) in INVERTED_CLITICS:
        after += 1  # `Mais, prévient-il, la situation …`
    fronted = inverted is not None and inverted.i > verb.i and comma is not None and comma.text == "," \
        and strip_connectors(text, sent_start, comma.idx, lex) >= comma.idx
    if fronted:
        after = next((t.i for t in doc[inverted.i:inverted.i + 8] if t.text in (",", ".", ";", ":")), after)
        # `De fait, révèle le New Scientist, l'anthrax 2001 …`: the content follows the subject's comma
    if after < len(doc) and doc[after].text == "," and first <= verb.sent.start + 6:
        begin = doc[after].idx + 1
        finish = min([sent_end] + [q.open for q in pp.quotes if q.open > begin and not runs_into(text, q)])
        region = pp.tokens(begin, finish)
        if any(is_finite(t) for t in region) and len(region) >= 4:
            return begin, finish, pp
    return None


def runs_into(text: str, q: QuoteSpan) -> bool:
    """`parlant de « version cybernétique de Pearl Harbour »`: the quotation is a phrase of the sentence."""
    before = text[:q.open].rstrip()
    return before[-1:].isalpha() or before[-1:] in "'’"


def incise_close(verb):
    """The comma that ends an incise (`a souligné la ministre Anne Lecomte,`): the cue's subject or its pronoun
    come between, but no other verb."""
    for tok in verb.doc[verb.i + 1: verb.i + 10]:
        if tok.text == ",":
            return tok
        if tok.pos_ in ("VERB", "AUX") or tok.is_punct and tok.text != "-":
            return None
    return None


def opens_on_topic(pp: ParsedParagraph, start: int, end: int, lex: Lexicon) -> bool:
    """`En ce qui concerne les terroristes, …`, `Sur ce point, …`: the words before an incise only name the topic."""
    text = pp.paragraph.text
    begin = strip_connectors(text, start, end, lex)
    opening = norm(text[begin:end])
    return "," not in opening and any(opening.startswith(t + " ") for t in lex["topic_openers"])


def participle_adjunct(tail: list) -> bool:
    """`…, suppute le quotidien, évoquant des dissensions`: what follows the incise hangs on the cue."""
    first = tail[1] if len(tail) > 1 and norm(tail[0].text) in ("en", "tout") else tail[0]
    if norm(first.text) == "en" and len(tail) > 2:
        first = tail[2]
    return first.pos_ == "VERB" and "Pres" in first.morph.get("Tense") and "Part" in first.morph.get("VerbForm")


def is_finite(tok) -> bool:
    """A conjugated verb (`Dans un entretien accordé aux journaux` has none; `speaking on condition` neither)."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    return "Fin" in tok.morph.get("VerbForm") or tok.tag_ in ("VBD", "VBZ", "VBP", "MD") or any(
        c.dep_.startswith("aux") and ("Fin" in c.morph.get("VerbForm") or c.tag_ in ("VBD", "VBZ", "VBP", "MD"))
        for c in tok.children)


def in_relative_clause(tok, region: list) -> bool:
    """The word belongs to a relative clause opened in `region`: a fronted adjunct (`En marge de cette réunion, qui
    fait suite à …, le député a confié …`) says when, not what."""
    inside = {t.i for t in region}
    return any(a.dep_ in ("acl:relcl", "relcl") and a.i in inside for a in [tok, *tok.ancestors])


def governs_subject(tok) -> bool:
    """`Le gouvernement table sur …`: a word the tagger did not read as a verb but that has a subject."""
    return tok.pos_ in ("ADJ", "NOUN") and tok.dep_ == "ROOT" and any(
        c.dep_ in ("nsubj", "nsubj:pass") and c.i < tok.i for c in tok.children)


def has_own_object(verb) -> bool:
    """A subject before the verb and a noun-phrase object of three words or more after it."""
    subject = any(c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i for c in verb.children)
    return subject and any(c.dep_ in ("dobj", "obj") and c.i > verb.i and c.pos_ == "NOUN"
                           and c.right_edge.i - c.left_edge.i >= 2 for c in verb.children)


def object_is_source(verb, first: int, lex: Lexicon) -> bool:
    """`…, a précisé une source policière.`: after a comma, the parser's object that closes the sentence is who
    speaks when it names a source, an office or a person."""
    doc = verb.doc
    if first == 0 or doc[first - 1].text != ",":
        return False
    sources = lex["role_nouns"] | lex["source_nouns"]
    for child in verb.children:
        if child.dep_ not in ("dobj", "obj") or child.i < verb.i:
            continue
        closes = child.right_edge.i + 1 >= len(doc) or doc[child.right_edge.i + 1].text in SENTENCE_END
        if closes and (norm(child.text) in sources or child.ent_type_ in PERSON_LABELS):
            return True
    return False


def anaphoric_content(pp: ParsedParagraph, previous: ParsedParagraph | None, verb, lex: Lexicon):
    """`C'est ce qu'a annoncé X` / `That's what X said`: the content is the sentence before."""
    sent = verb.sent
    opening = norm(sent.text).lstrip(" »”\"\u00a0\u202f")  # the sentencizer may leave a closing mark here
    if not any(opening.startswith(o) for o in lex["anaphoric_openers"]):
        return None
    sentences = list(pp.doc.sents)
    position = next(i for i, s in enumerate(sentences) if s.start == sent.start)
    if position > 0:
        before = sentences[position - 1]
        begin, finish = trim_span(pp.paragraph.text, before.start_char, before.end_char)
        return begin, finish, pp
    if previous is None:
        return None
    begin, finish = trim_span(previous.paragraph.text, 0, len(previous.paragraph.text))
    return begin, finish, previous


def anaphoric_cue_after(pp: ParsedParagraph, q: QuoteSpan, lex: Lexicon):
    """`« C'est le plus beau jour de ma vie ». C'est avec ces mots que le jeune homme s'est exprimé`: the cue of
    the sentence right after a quotation that points back to it; or None."""
    following = next(((a, b) for a, b in pp.sentences if a >= q.close - 1 and a < q.close + 3), None)
    if following is None:
        return None
    start, end = following
    opening = norm(pp.paragraph.text[start:end]).lstrip(" »”\"\u00a0\u202f.")
    if not any(opening.startswith(o) for o in lex["anaphoric_openers"]):
        return None
    return next((t for t in pp.tokens(start, end) if is_quote_cue(t, lex) and not in_quote(pp, t)), None)


RELATIVE_SOURCE = re.compile(r"selon (?:lequel|laquelle|lesquels|lesquelles)\s+")


def relative_source_drafts(pp: ParsedParagraph, lex: Lexicon) -> list[Draft]:
    """`un rapport d'une agence « non-américaine » selon lequel les bénéfices dépassent les risques`: the
    clause after `selon lequel` is what the noun before it says."""
    text = pp.paragraph.text
    drafts = []
    for match in RELATIVE_SOURCE.finditer(norm(text)):
        if pp.quote_at(match.start()) is not None:
            continue
        before = [t for t in pp.tokens(0, match.start()) if not in_quote(pp, t) and not t.is_punct]
        noun = next((t for t in reversed(before[-6:]) if t.pos_ in ("NOUN", "PROPN")), None)
        if noun is None:
            continue
        while noun.dep_ == "nmod" and noun.head.pos_ in ("NOUN", "PROPN") and noun.head.i < noun.i \
                and not any(c.dep_ == "det" or norm(c.text) in ("des", "du") for c in noun.children):
            noun = noun.head  # `agence de bio-sécurité`: a bare noun completes the one before
        sent_end = next((b for a, b in pp.sentences if a <= match.start() < b), len(text))
        start, finish = trim_span(text, match.end(), sent_end)
        finish = drop_final_period(text, start, finish)
        content = pp.tokens(start, finish)
        if len(content) < 3 or not any(t.pos_ in ("VERB", "AUX") for t in content):
            continue
        draft = Draft("indirect", pp.offset + start, pp.offset + finish, pp.paragraph.index, 3,
                      pp.offset + match.start(), verb=noun, cue=text[match.start():match.start() + 5])
        draft.mention = mention_of(noun, lex)
        drafts.append(draft)
    return drafts


def source_drafts(pp: ParsedParagraph, lex: Lexicon) -> list[Draft]:
    """`selon X, …`, `…, according to X`, `à ses yeux, …`."""
    text = pp.paragraph.text
    low = norm(text)
    doc = pp.doc
    drafts = []
    learned_markers = lex["learned_markers"]
    for marker in longest_first(lex["source_markers"] | learned_markers):
        for match in re.finditer(rf"(?<!\w){re.escape(marker)}(?![\w-])", low):
            if pp.quote_at(match.start()) is not None or RELATIVE_SOURCE.match(low, match.start()):
                continue
            span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            learning = learning_verb_before(doc, span.start, lex) if span is not None else None
            if marker in learned_markers and learning is None:
                continue  # `a protesté auprès du ministre`: only what one learned from someone is theirs
            if span is None or span.start > 0 and doc[span.start - 1].pos_ == "VERB" and not learned_from(
                    doc[span.start - 1], lex):
                continue  # `se passer de l'avis de`, `varie selon`: the verb's complement, not a source
            sent_start, sent_end = sentence_bounds(pp, span[0])
            if text[sent_start:sent_end].rstrip(" »”\"’").endswith("?"):
                continue  # a question is not a statement of the source's
            possessive = possessive_marker(marker)
            if not possessive and (
                    span.end >= len(doc) or doc[span.end].is_punct and doc[span.end].text not in QUOTE_CHARS):
                continue  # `préparent le jour d'après (…)`: an adjective, not a source
            following = next((t for t in doc[span.end: span.end + 8] if t.pos_ in ("NOUN", "PROPN", "PRON")), None)
            if span[-1].pos_ == "NOUN" and span.end < len(doc) and doc[span.end].pos_ == "ADJ":
                following = span[-1]  # `de source policière`
            head, author = author_of(following, lex)
            if head is None and not possessive or manner_noun(head, lex):
                continue  # `selon les horaires prévus`: a manner, not a source
            mention = Mention(span.text, "", pronoun="person") if possessive else author
            np_end = span.end_char
            if head is not None and not possessive:
                np_end = max(np_end, head.idx + len(head.text))
                for tok in doc[head.i + 1:]:
                    if tok.text in ",.;:" or tok.pos_ in ("VERB", "AUX") or tok.dep_ in ("acl", "relcl", "acl:relcl") \
                            or norm(tok.text) in ("ne", "n'"):
                        break
                    np_end = tok.idx + len(tok.text)
            before = text[sent_start:match.start()]
            if RELATIVE_BEFORE.search(norm(before)) and not possessive and np_end < sent_end:
                begin, finish = trim_span(text, np_end, sent_end)  # `un projet qui selon lui ne répond pas à …`
                finish = drop_final_period(text, begin, finish)
                content = pp.tokens(begin, finish)
                if len(content) >= 3 and any(t.pos_ in ("VERB", "AUX") for t in content):
                    draft = Draft("indirect", pp.offset + begin, pp.offset + finish, pp.paragraph.index, 3,
                                  pp.offset + match.start(), cue=text[match.start():match.end()])
                    draft.mention, draft.verb = mention, head
                    drafts.append(draft)
                continue
            if strip_connectors(before, 0, len(before), lex) >= len(before.rstrip(" ,")) \
                    or only_adverbials_before(pp, sent_start, match.start(), lex) \
                    or CLAUSE_JOINT.search(before) and text[np_end:sent_end].lstrip().startswith(","):
                begin = text.find(",", np_end, sent_end)
                if begin < 0:
                    continue
                begin = after_apposed_name(pp, begin + 1, sent_end)
                finish = before_incise(pp, begin, sent_end, lex)
                if re.match(r"\s*(?:qui|dont|lequel|laquelle|who|which)\b", norm(text[begin:begin + 12])):
                    begin = after_relative(pp, begin, sent_end)  # `Selon X, qui a eu accès au rapport, …`
            elif interrupted_clause(pp, sent_start, match.start(), np_end, sent_end):
                begin, finish = sent_start, sent_end  # `Cela peut commencer, selon le rapport, par des vidéos …`
            else:
                begin, finish = sent_start, match.start()
                if learning is not None:
                    finish = max(begin, text.rfind(",", begin, finish))  # `…, a-t-on appris de source judiciaire`
                opening = pp.quote_at(trim_span(text, begin, finish)[0])
                if opening is not None and any(is_cue_verb(t, lex, incise=True)
                                               for t in pp.tokens(opening.close, finish)):
                    continue  # `« … », a expliqué M. Mas, selon un PV consulté par l'AFP`
            least = 3
            subject_only = len(text[slice(*trim_span(text, begin, finish))].split()) < 3
            if subject_only and text[:match.start()].rstrip()[-1:] == ",":
                # `The results, according to X, deputy director of Y, were mixed`
                begin, finish, least = after_incise(pp, np_end, sent_end), sent_end, 2
            begin = strip_connectors(text, *trim_span(text, begin, finish), lex)
            begin, finish = trim_span(text, begin, finish)
            finish = drop_final_period(text, begin, finish)
            if len(text[begin:finish].split()) < least:
                continue
            draft = Draft("indirect", pp.offset + begin, pp.offset + finish, pp.paragraph.index, 3,
                          pp.offset + match.start(), cue=text[match.start():match.end()])
            draft.mention = mention
            draft.verb = None if possessive else head
            drafts.append(draft)
    return drafts


# `…, mais selon lui, la taxe …`: a source opening the second clause of a sentence speaks for what follows it
CLAUSE_JOINT = re.compile(r"(?:[,;]\s*|\s)(?:mais|et|or|but|and)\s+$|;\s*$", re.IGNORECASE)


SOURCE_TAIL_CHARS = 40
AFTER_SOURCE_ASIDES = RELATIVE_OPENERS | {"qui", "soit", "notamment", "ainsi", "including"}


def manner_noun(head, lex: Lexicon) -> bool:
    """`selon les horaires prévus`, `according to plan`: after a source marker, a noun that says how, not who (not
    a word modifying a later noun: `according to a law enforcement official`)."""
    return head is not None and norm(head.text) in lex["manner_nouns"] \
        and not (head.head.i > head.i and head.head.pos_ in ("NOUN", "PROPN"))


def interrupted_clause(pp: ParsedParagraph, start: int, marker: int, np_end: int, end: int) -> bool:
    """`Hazard a alors, selon le direct de L'Equipe.fr, donné un coup de pied …`: a source set between commas inside
    a clause whose words before it do not end it (a verb waiting for its complement, an adverb, a relative
    pronoun), and whose words after it go on without a subject of their own."""
    text = pp.paragraph.text
    closing = text.find(",", np_end, end)
    if text[:marker].rstrip()[-1:] != "," or closing < 0 or closing - np_end > SOURCE_TAIL_CHARS:
        return False
    before = [t for t in pp.tokens(start, marker) if not t.is_punct]
    after = [t for t in pp.tokens(closing + 1, end) if not t.is_punct]
    if len(before) < 2 or len(after) < 2 or norm(after[0].text) in AFTER_SOURCE_ASIDES:
        return False
    if any(t.dep_ in SUBJECT_DEPS and t.head in after for t in after):
        return False
    return before[-1].pos_ in ("VERB", "AUX", "ADV") or norm(before[-1].text) in ("qui", "que", "qu'", "who", "which")


def before_incise(pp: ParsedParagraph, begin: int, end: int, lex: Lexicon) -> int:
    """`Selon X, A, révélait Y`: the statement after a source marker ends where an incise cue after a comma starts."""
    tokens = pp.tokens(begin, end)
    for comma, following in zip(tokens, tokens[1:], strict=False):
        if comma.text != ",":
            continue
        verb = next((t for t in tokens if t.i > comma.i and t.pos_ != "AUX"), None)
        if verb is not None and verb.i - following.i <= 2 and is_cue_verb(verb, lex, incise=True) \
                and after_boundary(verb, lex) and inverted_subject(verb, lex) is not None:
            return comma.idx
    return end


def only_adverbials_before(pp: ParsedParagraph, start: int, end: int, lex: Lexicon) -> bool:
    """`Ainsi, en 2013, selon un blog du Monde, …`: what comes before the marker is only short fronted adverbials
    set off by commas (a time, a place, a connector), so the marker opens the statement."""
    segments = [seg for seg in re.split(r",", pp.paragraph.text[start:end]) if seg.strip()]
    if not segments or pp.paragraph.text[start:end].rstrip()[-1:] != ",":
        return False
    offset = start
    for segment in segments:
        begin = pp.paragraph.text.index(segment, offset)
        offset = begin + len(segment)
        words = [t for t in pp.tokens(begin, offset) if not t.is_space]
        if not words or len(words) > 6 or any(t.pos_ in ("VERB", "AUX") for t in words):
            return False
        if words[0].pos_ not in ("ADP", "ADV", "NUM") and norm(words[0].text) not in lex["when_words"]:
            return False
    return True


CLEFT = re.compile(r"(?:et |mais )?c['’]est(?:,[^,]{1,30},| (?:du moins|en tout cas|bien|précisément|notamment|"
                   r"également|aussi|justement|en substance))? ce qu['’e]")


def cleft_drafts(pp: ParsedParagraph, lex: Lexicon) -> list[Draft]:
    """`Les prix vont baisser. C'est ce qu'a affirmé le ministre.`: the sentence before the cleft is what the cue's
    subject said."""
    text = pp.paragraph.text
    low = norm(text)
    drafts = []
    for index, (start, end) in enumerate(pp.sentences):
        if index == 0 or not CLEFT.match(low, start):
            continue
        verb = next((t for t in pp.tokens(start, end) if is_cue_verb(t, lex, incise=True)), None)
        before_start, before_end = trim_span(text, *pp.sentences[index - 1])
        if verb is None or any(pp.quote_at(i) is not None for i in (before_start, before_end - 1)):
            continue
        before_start = strip_connectors(text, before_start, before_end, lex)
        before_end = drop_final_period(text, before_start, before_end)
        if len(text[before_start:before_end].split()) < 3:
            continue
        drafts.append(Draft("indirect", pp.offset + before_start, pp.offset + before_end, pp.paragraph.index, 1,
                            pp.offset + verb.idx, verb=verb))
    return drafts


RELATIVE_BEFORE = re.compile(r"\b(?:qui|que|qu'|which|that)\s*$")


def learning_verb_before(doc, start: int, lex: Lexicon):
    """`a-t-on appris vendredi auprès du parquet`: the learning verb before a source marker, past time words."""
    index = start - 1
    while index > 0 and (norm(doc[index].text) in lex["when_words"] or doc[index].like_num):
        index -= 1
    return doc[index] if index >= 0 and learned_from(doc[index], lex) else None


def learned_from(verb, lex: Lexicon) -> bool:
    """`a-t-on appris de source judiciaire`: the newsroom learned it from the source that follows."""
    return verb.pos_ == "VERB" and norm(verb.lemma_) in lex["learning_verbs"]


def after_apposed_name(pp: ParsedParagraph, start: int, end: int) -> int:
    """`Selon le procureur de Paris, François Molins, trois suspects …`: the source's name set off by commas
    after its title is not part of what it says."""
    text = pp.paragraph.text
    comma = text.find(",", start, end)
    if comma < 0:
        return start
    words = [t for t in pp.tokens(start, comma) if not t.is_space]
    if words and all(t.ent_type_ in PERSON_LABELS or t.pos_ == "PROPN" for t in words) and \
            any(t.ent_type_ in PERSON_LABELS for t in words):
        return comma + 1
    return start


def after_apposed_role(pp: ParsedParagraph, start: int, end: int, lex: Lexicon) -> int:
    """`Pour Marie Dubois, directrice de l'association, cette décision …`: the role set off by commas after the
    source's name is not part of what it says."""
    text = pp.paragraph.text
    comma = text.find(",", start, end)
    words = [t for t in pp.tokens(start, comma) if not t.is_space] if comma > 0 else []
    nouns = [t for t in words if t.pos_ not in ("DET", "ADJ")]
    if not nouns or len(words) > HOLDER_WORDS or any(t.pos_ in ("VERB", "AUX", "PRON") for t in words):
        return start
    first = norm(nouns[0].text)
    return comma + 1 if first in lex["role_nouns"] else start


def after_relative(pp: ParsedParagraph, start: int, end: int) -> int:
    """Where the sentence resumes after a relative clause opening at `start` (`qui a eu accès au rapport, …`)."""
    pronoun = next(iter(pp.tokens(start, end)), None)
    if pronoun is None:
        return end
    last = pronoun.head.right_edge if pronoun.head.i >= pronoun.i else pronoun
    comma = pp.paragraph.text.find(",", last.idx + len(last.text), end)
    if comma < 0:  # `Selon Reuters, qui cite des sources, l'explosion a …` parsed as one long relative clause
        comma = pp.paragraph.text.find(",", pronoun.idx, end)
        if comma >= 0 and not any(is_finite(t) for t in pp.tokens(comma + 1, end)):
            comma = -1
    return comma + 1 if comma >= 0 else end


def after_incise(pp: ParsedParagraph, start: int, end: int) -> int:
    """Where the sentence resumes after an incise and its appositions (the first comma-led part with a verb)."""
    text = pp.paragraph.text
    comma = text.find(",", start, end)
    while comma >= 0:
        following = text.find(",", comma + 1, end)
        segment = pp.tokens(comma + 1, following if following >= 0 else end)
        if any(t.pos_ in ("VERB", "AUX") for t in segment):
            return comma + 1
        comma = following
    return end


AGENT_SUFFIXES = ("eur", "eurs", "euse", "euses", "iste", "istes", "logue", "logues", "ant", "ants", "ante", "antes",
                  "ien", "iens", "ienne", "iennes", "aire", "aires", "ent", "ents", "trice", "trices")
NOT_AGENTS = {"instant", "présent", "moment", "restant", "suivant", "important", "heure", "part", "ensemble", "reste",
              "enfant", "enfants"}


HOLDER_WORDS = 8
HOLDER_CUE = "Pour"
RELATIVE_HOLDER = re.compile(r",\s+pour (?:qui|lequel|laquelle|lesquels|lesquelles)\s+", re.IGNORECASE)


def relative_holder_drafts(pp: ParsedParagraph, lex: Lexicon) -> list[Draft]:
    """`a plaidé M. Romney, pour qui c'est « inacceptable »`: in French, `, pour qui` + a clause gives the view of
    the person named just before the comma."""
    if lex.language != "fr":
        return []
    text = pp.paragraph.text
    drafts = []
    for match in RELATIVE_HOLDER.finditer(text):
        if pp.quote_at(match.start()) is not None:
            continue
        before = pp.tokens(0, match.start())
        holder = before[-1] if before else None
        if holder is None or not named_holder(holder, lex):
            continue  # `les petits producteurs, pour qui la période est rude`: hard times, not a view
        sent_end = next((b for a, b in pp.sentences if a <= match.start() < b), len(text))
        draft = holder_view(pp, match.end(), sent_end, holder, match.start(), "pour qui", 2, lex)
        if draft is not None:
            drafts.append(draft)
    return drafts


def holder_view(pp: ParsedParagraph, begin: int, end: int, holder, cue_at: int, cue: str, least: int,
                lex: Lexicon) -> Draft | None:
    """The view of `holder` in [begin, end) of the paragraph: a clause of at least `least` words with a verb, not a
    question."""
    text = pp.paragraph.text
    start, finish = trim_span(text, begin, end)
    finish = drop_final_period(text, start, finish)
    content = pp.tokens(start, finish)
    if len(content) < least or not any(t.pos_ in ("VERB", "AUX") for t in content) or text[start:finish].endswith("?"):
        return None
    mention = mention_of(holder, lex)
    mention.possessor = None
    draft = Draft("indirect", pp.offset + start, pp.offset + finish, pp.paragraph.index, 3, pp.offset + cue_at,
                  verb=holder, cue=cue)
    draft.mention = mention
    return draft


def named_holder(tok, lex: Lexicon) -> bool:
    """A person by name or an office holder (`M. Romney`, `le ministre`), not a group the article describes."""
    return tok.ent_type_ == "PER" or tok.pos_ == "PROPN" and tok.ent_type_ not in ("LOC", "MISC", "DATE") \
        or norm(tok.text) in lex["office_words"]


def opinion_holder_drafts(pp: ParsedParagraph, lex: Lexicon) -> list[Draft]:
    """`Pour ses opposants, le classement a clos le débat.`: in French, a sentence opening `Pour` + a person, a
    group of people or an organisation, then a comma, gives that holder's view."""
    if lex.language != "fr":
        return []
    drafts = []
    for sent_start, sent_end in pp.sentences:
        opening = pour_holder(pp, sent_start, sent_end, lex)
        if opening is None:
            continue
        head, begin, comma = opening
        if head.ent_type_ in PERSON_LABELS:
            comma = after_apposed_role(pp, comma + 1, sent_end, lex) - 1
        else:
            comma = after_apposed_name(pp, comma + 1, sent_end) - 1  # `Pour le président de X, Jean Dupont, …`
        draft = holder_view(pp, comma + 1, sent_end, head, begin, HOLDER_CUE, 4, lex)
        if draft is not None:
            drafts.append(draft)
    return drafts


def pour_holder(pp: ParsedParagraph, sent_start: int, sent_end: int, lex: Lexicon):
    """The holder of a sentence opening `Pour` + holder + comma, with where the sentence and the comma are; or
    None."""
    if lex.language != "fr":
        return None
    text = pp.paragraph.text
    begin = strip_connectors(text, sent_start, sent_end, lex)
    if norm(text[begin:begin + 5]) != "pour ":
        return None
    comma = text.find(",", begin, sent_end)
    region = pp.tokens(begin + 5, comma) if comma > 0 else []
    if not region or len(region) > HOLDER_WORDS or any(t.pos_ in ("VERB", "AUX", "NUM") or in_quote(pp, t)
                                                       for t in region):
        return None
    head = holder_in(region, lex)
    return None if head is None else (head, begin, comma)


def holder_in(region: list, lex: Lexicon):
    """The person, group or organisation named by the words after an opening `Pour` (`Pour lui`, `Pour les
    syndicats`), or None."""
    inside = {t.i for t in region}
    named = next((t for t in region if t.ent_type_ in ("PER", "ORG") and t.pos_ in ("NOUN", "PROPN")
                  and not prepositional(t)), None)
    root = next((t for t in region if t.head.i not in inside and t.pos_ == "NOUN"), None)
    if named is not None and root is not None and root.i < named.i and named.dep_ == "nmod" \
            and norm(root.text) in lex["role_nouns"]:
        named = None  # `Pour le ministre de l'Économie`: the office, not the body it serves
    while named is not None and named.i + 1 in inside and named.doc[named.i + 1].pos_ == "PROPN":
        named = named.doc[named.i + 1]  # the last word of the name, which the tagger may have left outside it
    head = named or next((t for t in region if t.head.i not in inside and t.pos_ in ("NOUN", "PROPN")), None)
    if head is None or not is_holder(head, lex):
        head = next((t for t in reversed(region) if t.pos_ in ("NOUN", "PROPN") and t.dep_ not in ("nmod", "obl")
                     or t.ent_type_ in ("PER", "ORG")), None)
    if head is None:
        head = next((t for t in region if t.pos_ in ("NOUN", "PROPN")), None)
    if head is None and lone_pronoun(region, lex):
        return region[0]
    return head if head is not None and is_holder(head, lex) else None


def lone_pronoun(words: list, lex: Lexicon) -> bool:
    """`Pour lui`, `Selon elle`: the holder is a single personal pronoun."""
    return len(words) == 1 and norm(words[0].text) in lex["person_pronouns"] | lex["plural_pronouns"]


def quotation_holder(pp: ParsedParagraph, before_tokens: list, lex: Lexicon):
    """`Pour le ministre des Finances, Steven Vanackere, « … »`, `Toujours selon l'état-major, « … »`: a quotation
    right after an opening `Pour` or source marker + a holder (with its apposition) and a comma is that holder's.
    Returns the holder token and the opening as written."""
    text = pp.paragraph.text
    if len(before_tokens) < 3 or before_tokens[-1].text != ",":
        return None, None
    begin = strip_connectors(text, before_tokens[0].idx, before_tokens[-1].idx, lex)
    opener = next((t for t in before_tokens if t.idx >= begin and t.pos_ not in ("ADV", "CCONJ", "PUNCT")), None)
    if opener is None:
        return None, None
    marker = source_marker_at(pp, opener, lex)
    if marker is None and (lex.language != "fr" or norm(opener.text) != "pour"):
        return None, None
    marker = marker or opener.text
    region = [t for t in before_tokens[:-1] if t.idx >= opener.idx + len(marker)]
    if not region and possessive_marker(marker):
        return opener, marker  # `A ses yeux, « … »`: whose eyes, as for a pronoun
    if not region or len(region) > 12 or any(t.pos_ in ("VERB", "AUX", "NUM") or in_quote(pp, t) for t in region):
        return None, None
    person = next((t for t in region if t.ent_type_ in ("PER", "PERSON") and t.ent_iob_ == "B"
                   and not prepositional(t)), None)
    if person is not None:
        return person, marker
    words = [t for t in region if t.text != ","]
    if norm(marker) == "pour":
        return holder_in(words, lex), marker
    if lone_pronoun(words, lex):
        return words[0], marker  # `Selon elle, « … »`
    head = next((t for t in words if t.pos_ in ("NOUN", "PROPN") and t.text[:1].isalnum()), None)
    return (head, marker) if head is not None and source_like(head, lex) else (None, None)


def possessive_marker(marker: str | None) -> bool:
    """`à ses yeux`, `à leur avis`: a source marker whose source is a possessive, resolved like a pronoun."""
    return bool(marker) and any(w in ("ses", "son", "leurs", "leur") for w in norm(marker).split())


def source_like(tok, lex: Lexicon) -> bool:
    """Who or what can be a source after `selon`: a holder, an institution, a publication or a statement
    (`selon l'état-major`, `selon un communiqué`), not a finding (`d'après les constatations`)."""
    low = norm(tok.text)
    return is_holder(tok, lex) or tok.pos_ == "PROPN" or low in lex["institution_nouns"] \
        | lex["publication_words"] | lex["medium_nouns"]


def is_holder(tok, lex: Lexicon) -> bool:
    """A person, a group of people or an organisation (`Emmanuel Macron`, `les détracteurs`, `le gouvernement`)."""
    if tok.ent_type_ in ("PER", "ORG") or lex.language == "en" and named_person_noun(tok, lex):
        return True
    low = norm(tok.text)
    if low in NOT_AGENTS or low in lex["time_words"] or tok.pos_ != "NOUN":
        return tok.pos_ == "PROPN" and tok.ent_type_ not in ("LOC", "MISC", "DATE")
    agents = lex["office_words"] | lex["organization_nouns"] | lex["role_words"] | lex["source_nouns"]
    return low in agents or norm(tok.lemma_) in agents \
        or low.endswith(AGENT_SUFFIXES) and not low.endswith(("ment", "ments"))  # `l'enseignement` is no agent


def named_person_noun(tok, lex: Lexicon) -> bool:
    """`Sam Ortiz`, `her neighbor, Sam Ortiz,`, `the economist`: a named person, a noun in apposition with one, or a
    role noun."""
    if tok.ent_type_ == "PERSON" or norm(tok.text) in lex["role_words"]:
        return True
    return tok.pos_ == "NOUN" and any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in tok.children)


def chained_quote_cue(pp: ParsedParagraph, index: int, lex: Lexicon):
    """The incise cue right after the quotation at `index`, which a quotation before it, joined by a comma, shares."""
    q = pp.quotes[index]
    text = pp.paragraph.text
    end = pp.quotes[index + 1].open if index + 1 < len(pp.quotes) else len(text)
    if not text[q.close:end].lstrip(" \u00a0\u202f").startswith(",") and text[q.end - 1] != ",":
        return None
    after = until_sentence_end(pp.tokens(q.close, end))
    verb = next((t for t in after if is_quote_cue(t, lex) and not opens_own_clause(t)), None)
    return verb if verb is not None or lex.language != "fr" else unlisted_incise(after, lex)


def until_sentence_end(tokens: list) -> list:
    """`tokens` up to the first sentence end."""
    end = next((k for k, tok in enumerate(tokens) if tok.text in SENTENCE_END), len(tokens))
    return tokens[:end]


def quote_drafts(pp: ParsedParagraph, previous: ParsedParagraph | None, lex: Lexicon) -> list[Draft]:
    """Direct and partial quotations of a paragraph, each with its cue verb when there is one."""
    doc = pp.doc
    text = pp.paragraph.text
    drafts = []
    phrases = [(a, b) for a, b, _ in multiword_cues(doc, lex)] if pp.quotes else []
    for index, q in enumerate(pp.quotes):
        next_open = pp.quotes[index + 1].open if index + 1 < len(pp.quotes) else len(text)
        prev_close = pp.quotes[index - 1].close if index else 0
        after_tokens = []
        after_text = text[q.close:next_open].lstrip(" \u00a0\u202f")
        continuing = bool(after_text) and (after_text[0] in ",;:—–-" or after_text[0].islower()
                                           or last_mark(text, q.start, q.end) not in ".!?…")
        if continuing:
            after_tokens = until_sentence_end(pp.tokens(q.close, next_open))
        before_tokens = []
        for tok in pp.tokens(prev_close, q.open):
            if tok.text in SENTENCE_END:
                before_tokens = []
                continue
            before_tokens.append(tok)
        before_text = text[before_tokens[0].idx:q.open].rstrip() if before_tokens else ""
        embedded = bool(before_text) and (before_text[-1].isalnum() or before_text[-1] in "'’")
        if embedded and strip_connectors(text, before_tokens[0].idx, q.open, lex) >= q.open - 1 \
                and text[:before_tokens[0].idx].rstrip(" »”\"\u00a0")[-1:] in ("", *SENTENCE_END):
            embedded, before_tokens, before_text = False, [], ""  # `Mais « il y a des moments où … »`
        content_words = len(text[q.start:q.end].split())
        if is_subheading(text, pp.quotes, q, content_words):
            continue
        if not continuing and text[q.end - 1] in "?!":
            after_tokens = cue_after_question(pp, q, next_open, lex)
        verb = next((t for t in until_subordinate(after_tokens) if is_quote_cue(t, lex) and not opens_own_clause(t)),
                    None)
        if verb is None and not embedded and index + 1 < len(pp.quotes) \
                and re.fullmatch(r"[\s,]*", text[q.close:next_open]) and "," in text[q.end - 1:next_open]:
            verb = chained_quote_cue(pp, index + 1, lex)  # `« … », « … », a défendu le ministre`
        governing = governing_cue(pp, q, lex) if verb is not None and embedded else None
        if governing is not None and governing.idx < q.open:
            after_subject = inverted_subject(verb, lex)
            if after_subject is None or not source_like(after_subject, lex):
                verb = governing  # `Le maire, qui se dit « très inquiet », a demandé des renforts`
        if verb is not None and any(quoted_name(c, verb) for c in verb.children if c.dep_ in SUBJECT_DEPS):
            continue  # `«Les voix des Femmes» appelle …`: a name in quotation marks, the cue's subject
        if verb is None and after_tokens:
            verb = next((phrase_verb(doc, a, b) for a, b in phrases if after_tokens[0].i <= a <= after_tokens[-1].i),
                        None)
        kind = "partial" if embedded else "direct"
        incise_next = text[q.end - 1] == "," or after_text.startswith(",")
        if verb is None and incise_next and not embedded and lex.language == "fr":
            verb = unlisted_incise(after_tokens, lex)
        unincised = embedded and verb is not None and verb.idx > q.close and own_content_after(verb, lex)
        if unincised and content_words <= NAME_WORDS and not any(t.pos_ in ("VERB", "AUX") for t in before_tokens):
            continue  # `X, membre du regroupement « nou pap dòmi », a demandé …`: a name in the subject's description
        if (embedded or clause_then_quote(before_tokens)) and verb is not None and before_tokens and incise_next \
                and not comparative(verb, lex) and not unincised:
            whole = sentence_before(pp, q)
            opening = mixed_quote_start(pp, whole, lex) if len(whole) > len(before_tokens) else None
            if opening is None:
                opening = mixed_quote_start(pp, before_tokens, lex)
            if opening is not None:
                begin, finish = trim_span(text, opening, q.close if text[q.end - 1].isalnum() else q.end)
                drafts.append(Draft("indirect", pp.offset + begin, pp.offset + finish, pp.paragraph.index, 1,
                                    pp.char(verb), verb=verb, cue=cue_text(verb)))
                continue
        parts = incise_parts(pp, q, lex) if not embedded else []
        if parts:
            speaker = inverted_subject(parts[0][2], lex)
            for start, end, cue in parts:
                draft = Draft("direct", pp.offset + start, pp.offset + end, pp.paragraph.index, 1,
                              pp.char(cue), verb=cue, cue=shown_text(cue))
                named = inverted_subject(cue, lex)
                if named is None or named.pos_ == "PRON":
                    named = speaker  # `ajoute-t-il`: the speaker of the first incise
                draft.mention = mention_of(named, lex) if named is not None else None
                drafts.append(draft)
            continue
        inherit = False
        colon_subject = introduced = None
        source = None
        if verb is None and not embedded:
            source = next((t for t in after_tokens if is_source_marker(pp, t, lex)), None)
        if verb is None and source is not None:
            head = next((t for t in doc[source.i + 1: source.i + 8] if t.pos_ in ("NOUN", "PROPN")
                         and t.idx >= source.idx + len(source.text) + 3), None)
            if head is not None:
                draft = Draft(kind, pp.offset + q.start, pp.offset + q.end, pp.paragraph.index, 1, pp.char(source),
                              verb=head, cue=source_marker_at(pp, source, lex))
                draft.mention = mention_of(head, lex)
                drafts.append(draft)
                continue
        named = verbless_attribution(after_tokens, text[q.end - 1] == ",") if verb is None and not embedded else None
        if named is not None:
            draft = Draft(kind, pp.offset + q.start, pp.offset + q.end, pp.paragraph.index, 1, pp.char(named),
                          verb=named, open_end=not q.closed)
            draft.mention = mention_of(named, lex)
            drafts.append(draft)
            continue
        if verb is None and embedded and topic_heading(pp, before_tokens, q, lex):
            embedded, kind, before_tokens = False, "direct", []  # `Sur la Sûreté de l'État « Je pense que … »`
        if verb is None and embedded:
            verb = governing_cue(pp, q, lex) or cue_before_in_clause(pp, q, lex)
            if verb is None and (content_words < SCARE_QUOTE_WORDS or is_title_case(text[q.start:q.end])):
                continue
        if embedded and is_title_case(text[q.start:q.end]) and content_words <= SUBHEADING_WORDS:
            continue
        if verb is None and not embedded:
            colon = before_text.endswith(":")
            verb = next((t for t in reversed(before_tokens) if is_quote_cue(t, lex, colon)
                         and not (colon and about_a_thing(t, lex))), None)
            if verb is None and before_text.endswith(":") and before_tokens:
                colon_subject = speaking_verb(before_tokens, lex)
                if colon_subject is None:  # `Même constat pour X, présidente de … : « … »`
                    introduced = last_person(before_tokens) or next(
                        (t for t in reversed(before_tokens) if t.dep_ in SUBJECT_DEPS and is_holder(t, lex)),
                        None) or verbless_holder(before_tokens, lex)
            if verb is None and colon_subject is None and not before_tokens and previous is not None \
                    and previous.paragraph.text.rstrip().endswith(":"):
                last_sentence = list(previous.doc.sents)[-1]
                verb = next((t for t in reversed(last_sentence) if is_quote_cue(t, lex)), None)
                if verb is None:
                    introduction = colon_introduction(previous)
                    colon_subject = speaking_verb(introduction, lex)
                    introduced = None if colon_subject is not None else last_person(introduction)
        if verb is None and colon_subject is None and not embedded and not before_tokens:
            verb = anaphoric_cue_after(pp, q, lex)
        if verb is None and colon_subject is None and not embedded and not before_tokens:
            colon_subject = sentence_before_speaker(pp, q, lex)
            if colon_subject is None and index == 0 and not q.continued and only_quotations(pp):
                colon_subject = paragraph_before_speaker(previous, lex)
                introduced = None if colon_subject is not None else introduced or verbless_introduction(previous)
            if colon_subject is None and introduced is None and index == 0 and previous is None:
                colon_subject = lead_quote_speaker(pp, q, lex)
        holder, opening = quotation_holder(pp, before_tokens, lex) if verb is None and colon_subject is None \
            else (None, None)
        if holder is None and introduced is not None:
            source = pp if introduced.doc is doc else previous
            draft = Draft(kind, pp.offset + q.start, pp.offset + q.end, pp.paragraph.index, 1,
                          source.char(introduced), verb=introduced, open_end=not q.closed)
            draft.mention = mention_of(introduced, lex)
            drafts.append(draft)
            continue
        if holder is not None:
            draft = Draft(kind, pp.offset + q.start, pp.offset + q.end, pp.paragraph.index, 1, pp.char(holder),
                          verb=holder, cue=opening, open_end=not q.closed)
            draft.mention = Mention(opening, "", pronoun="person") if possessive_marker(opening) \
                else mention_of(holder, lex)
            draft.mention.possessor = None
            drafts.append(draft)
            continue
        if verb is None and colon_subject is None:
            # a quoted phrase of four words or more in the journalist's sentence right after a speaker's
            # attributed quotation in the same paragraph is more of that speaker's words
            follows_quote = index > 0 and content_words >= SCARE_QUOTE_WORDS and not pp.quotes[index - 1].continued
            if (embedded and not follows_quote and (content_words < SCARE_QUOTE_WORDS or charge_before(
                    text[max(0, q.open - 40):q.open], lex))) or content_words < 3:
                continue  # `mis en examen pour « complicité de … »`: the words of a charge, not anyone's
            holder = sentence_subject(pp, q, lex) if embedded and not follows_quote else None
            if holder is not None:
                draft = Draft("partial", pp.offset + q.start, pp.offset + q.end, pp.paragraph.index, 1,
                              pp.char(holder), verb=holder, open_end=not q.closed)
                draft.mention = mention_of(holder, lex)
                drafts.append(draft)
                continue
            inherit = True
            if inside_sentence(before_tokens, after_text):
                kind = "partial"  # `aucun élément ne permettait d'établir, « … », que …`
        draft = Draft(kind, pp.offset + q.start, pp.offset + q.end, pp.paragraph.index, 1,
                      pp.offset + q.start, verb=verb if verb is not None else colon_subject, inherit=inherit,
                      open_end=not q.closed)
        if inherit and not before_tokens:
            draft.introduced_after = person_introduced_after(pp, q)
        anchor = verb if verb is not None else colon_subject
        if anchor is not None and anchor.doc is not doc:
            draft.pos = previous.char(anchor)
        elif anchor is not None:
            draft.pos = pp.char(anchor)
        draft.cue = None if verb is None else cue_text(verb)
        drafts.append(draft)
    return drafts


NAME_WORDS = 5


def own_content_after(verb, lex: Lexicon) -> bool:
    """`Charlier, membre du regroupement « nou pap dòmi », a demandé au président d'arrêter …`: a French cue with no
    subject inverted after it, but a complement of its own, is no incise closing the words before it."""
    if lex.language != "fr" or inverted_subject(verb, lex) is not None \
            or any(norm(c.text) in INVERTED_CLITICS for c in verb.children):
        return False
    return any(c.i > verb.i and c.dep_ in ("obj", "xcomp", "ccomp", "obl:arg") for c in verb.children)


def unlisted_incise(after_tokens: list, lex: Lexicon):
    """`« … », a enjoint le gouverneur`: in French a verb right after a quotation with its subject after it is the
    quotation's cue, whether or not the lexicon lists it."""
    words = [t for t in after_tokens if not t.is_punct]
    verbs = [t for t in words if t.pos_ == "VERB" or t.pos_ == "ADJ" and t.i > 0 and t.nbor(-1).pos_ == "AUX"
             and t.lemma_.endswith(("er", "ir", "re"))]  # `s'est enthousiasmée`, tagged as an adjective
    if not words or len(verbs) != 1 or words[0].i > verbs[0].i or words[0].pos_ not in ("AUX", "VERB") and not (
            norm(words[0].text) in ("se", "s'") and len(words) > 1 and words[1].pos_ == "AUX"):
        return None
    verb = verbs[0]
    form = verb.morph.get("VerbForm")
    if "Inf" in form or "Ger" in form or any(t.pos_ not in ("AUX", "PRON") for t in words if t.i < verb.i):
        return None
    subject = inverted_subject(verb, lex)
    return verb if subject is not None and can_speak(subject, lex) else None


def verbless_attribution(after_tokens: list, comma_inside: bool):
    """`“…,” Mark Dupont, senior adviser for ESA.`: a quotation followed by a person's name and no verb before the
    sentence ends is that person's; the name's head, or None."""
    last = after_tokens[-1].i + 1 if after_tokens else 0
    if after_tokens and after_tokens[0].text == "(" and len(after_tokens) >= 3 and after_tokens[-1].text == ")":
        after_tokens = after_tokens[1:-1]  # `« … » (Sven Mary)`: the speaker's name in brackets after the quotation
    elif not comma_inside:
        if not after_tokens or after_tokens[0].text != ",":
            return None
        after_tokens = after_tokens[1:]
    if not after_tokens:
        return None
    name = after_tokens[0]
    if name.ent_type_ not in PERSON_LABELS or name.ent_iob_ != "B":
        return None
    if any(t.pos_ in ("VERB", "AUX") or t.text in QUOTE_MARKS for t in after_tokens):
        return None
    doc = name.doc
    if last < len(doc) and doc[last].text not in (".", "!"):
        return None
    return next((e.root for e in doc.ents if e.start == name.i), name)


def inside_sentence(before_tokens: list, after_text: str) -> bool:
    """A quotation set off by commas in the middle of the journalist's clause, which goes on after it."""
    return len(before_tokens) >= 3 and before_tokens[-1].text == "," and after_text[:1] == "," \
        and after_text[1:].lstrip()[:1].islower()


def last_mark(text: str, start: int, end: int) -> str:
    """The last character of a quotation before the closing marks of a quotation nested in it (`… come after you.'`)."""
    content = text[start:end].rstrip(" '’‹›")
    return content[-1:] if content else text[end - 1:end]


def sentence_before_speaker(pp: ParsedParagraph, q: QuoteSpan, lex: Lexicon):
    """`Pourtant, Jans reconnaît certaines lacunes. « J'ai suivi la compétition belge »`: a quotation opening a
    sentence, with no cue of its own, is the words of the subject of the sentence just before it (when that
    sentence quotes no one and its subject can speak)."""
    before = [(a, b) for a, b in pp.sentences if b <= q.open + 1 and a < q.open]
    if not before:
        return None
    start, end = before[-1]
    if any(start <= other.open < end for other in pp.quotes) or pp.paragraph.text[start:end].rstrip().endswith("?"):
        return None
    quoted_before = any(other.close <= start for other in pp.quotes)
    tokens = pp.tokens(start, end)
    if any(is_source_marker(pp, t, lex) for t in tokens) or pour_holder(pp, start, end, lex) is not None:
        return None  # `Pour les auteurs, le ministre n'est pas seul fautif. « … »`: the source's words go on
    return speaking_verb(tokens, lex, speech_only=quoted_before)


def only_quotations(pp: ParsedParagraph) -> bool:
    """A paragraph whose words outside quotation marks hold no verb (no cue or narration of its own)."""
    return not any(t.pos_ in ("VERB", "AUX") and not in_quote(pp, t) for t in pp.doc)


def colon_introduction(previous: ParsedParagraph) -> list:
    """The words of the last sentence of a paragraph ending in a colon, after any quotation in it."""
    tokens = list(list(previous.doc.sents)[-1])
    last_quote = max((i for i, t in enumerate(tokens) if in_quote(previous, t) or t.text in QUOTE_CHARS), default=-1)
    return tokens[last_quote + 1:]


def verbless_holder(tokens: list, lex: Lexicon):
    """`Réaction immédiate du ministre de l'Intérieur :`, `Même son de cloche chez le syndicat :` then a quotation:
    in an introduction without a verb, the first person, group or organisation named (not the body an office
    serves)."""
    if not tokens or any(t.pos_ in ("VERB", "AUX") for t in tokens):
        return None
    return next((t for t in tokens if t.pos_ in ("NOUN", "PROPN") and is_holder(t, lex)
                 and (t.head.i == t.i or not is_holder(t.head, lex))), None)


def last_person(tokens: list):
    """`La mésaventure est arrivée à Karim, animateur du club :` then a quotation: the last person named before
    the colon, when no subject that can speak introduces the quotation."""
    return next((t for t in reversed(tokens) if t.ent_type_ in PERSON_LABELS and t.ent_iob_ == "B"
                 and t.pos_ == "PROPN"), None)


def paragraph_before_speaker(previous: ParsedParagraph | None, lex: Lexicon):
    """`Jean-Marc Nollet, coprésident d'Ecolo, ne décolère pas :` or `L'opposition conteste cette lecture.` then a
    paragraph that is a quotation without a cue: the quotation is the words of the subject of the last sentence
    before it, when that paragraph quotes no one and its subject can speak."""
    last = unquoted_last_sentence(previous)
    if last is None or previous.paragraph.text[last[0]:last[1]].rstrip().endswith("?"):
        return None
    return speaking_verb(previous.tokens(*last), lex)


def lead_quote_speaker(pp: ParsedParagraph, q: QuoteSpan, lex: Lexicon):
    """`« La plupart de mes adhérents sont vertueux ». Le président du syndicat Mobilians n'est pas inquiet …`: an
    article that opens on a quotation with no cue names its speaker as the subject of the next sentence."""
    after = [(a, b) for a, b in pp.sentences if a >= q.close]
    if not after or pp.paragraph.text[:q.open].strip(" «“\"") \
            or any(after[0][0] <= other.open < after[0][1] for other in pp.quotes):
        return None
    return speaking_verb(pp.tokens(*after[0]), lex)


def unquoted_last_sentence(previous: ParsedParagraph | None) -> tuple[int, int] | None:
    """Where the last sentence of a paragraph that quotes no one lies, or None."""
    if previous is None or previous.quotes or not previous.sentences:
        return None
    return previous.sentences[-1]


def verbless_introduction(previous: ParsedParagraph | None):
    """`À l'image du président Michel Manne lors de son allocution.` then a paragraph that is a quotation: a last
    sentence with no verb that names one person introduces that person's words; the name, or None."""
    last = unquoted_last_sentence(previous)
    if last is None:
        return None
    tokens = previous.tokens(*last)
    if any(t.pos_ in ("VERB", "AUX") for t in tokens):
        return None
    people = {t.i for t in tokens if t.ent_type_ in PERSON_LABELS and t.ent_iob_ == "B" and t.pos_ == "PROPN"}
    return last_person(tokens) if len(people) == 1 else None


def speaking_verb(tokens: list, lex: Lexicon, speech_only: bool = False):
    """The last verb among `tokens` whose subject can speak (see `speaking_root`), a speech verb first, or None.

    With `speech_only` (the paragraph already quoted someone, whose words may go on) only a speech verb counts.
    """
    for tok in reversed(tokens):
        if is_quote_cue(tok, lex) and not tok.dep_.startswith("aux"):
            found = speaking_root(tok, lex)
            if found is not None:
                return found
    if speech_only:
        return None
    for tok in reversed(tokens):
        if tok.pos_ in ("VERB", "AUX") and not tok.dep_.startswith("aux") and tok.dep_ != "cop" \
                or misread_final_cue(tok, lex) or copular_predicate(tok):
            found = speaking_root(tok, lex)
            if found is not None:
                return found
    return None


def copular_predicate(tok) -> bool:
    """`Le coach Yves Dethier est très clair.`: the adjective or noun a copula ties to its subject."""
    return tok.pos_ in ("ADJ", "NOUN", "ADV", "PROPN") and any(c.dep_ == "cop" for c in tok.children) \
        and any(c.dep_ in ("nsubj", "nsubj:pass") for c in tok.children)


def misread_final_cue(tok, lex: Lexicon) -> bool:
    """`Jean Dupont complète.` before a quotation: a speech verb right after a person's name, ending the
    sentence, that the tagger read as an adjective or a noun."""
    doc = tok.doc
    if tok.pos_ not in ("ADJ", "NOUN") or tok.i == 0 or tok.i + 1 >= len(doc) or doc[tok.i + 1].text not in (".", ":"):
        return False
    return doc[tok.i - 1].ent_type_ in PERSON_LABELS and speech_lemma(tok.lemma_, tok.text, lex, True) is not None


def speaking_root(root, lex: Lexicon):
    """`Le maire a été catégorique : « … »`: the clause before a colon gives the speaker when its subject is a
    person, a group or an organisation (`cette affirmation n'a jamais été prise au sérieux :` gives none)."""
    subject = subject_of(root, lex)
    return root if subject is not None and can_speak(subject, lex) else None


def charge_before(before: str, lex: Lexicon) -> bool:
    """True when the words before a quotation name a legal charge (`mis en examen pour`, `charged with`)."""
    return claims.has_words(lex.language, "legal_words", norm(before))


def sentence_subject(pp: ParsedParagraph, q: QuoteSpan, lex: Lexicon):
    """`Le journaliste ne s'est pas « senti menacé »`, `Il contenait un document incitant à « … »`: with no cue,
    the quoted words in a sentence's predicate are its subject's when that subject can speak (not a pronoun)."""
    words = pp.tokens(q.start, q.end)
    if not words:
        return None
    root = words[0].sent.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")), None)
    if subject is None or subject.pos_ == "PRON" or subject.i > words[0].i or in_quote(pp, subject):
        return None
    return subject if can_speak(subject, lex) else None


def can_speak(subject, lex: Lexicon) -> bool:
    """A subject pronoun for people (`il`, `elles`) or a holder (a person, a group, an organisation)."""
    if subject.pos_ == "PRON":
        return norm(subject.text) in lex["person_pronouns"] | lex["plural_pronouns"]
    return is_holder(subject, lex)


def topic_heading(pp: ParsedParagraph, before_tokens: list, q: QuoteSpan, lex: Lexicon) -> bool:
    """`Sur la réforme de l'État « Je pense que … »`: an interview summary names the topic, then quotes the
    interviewee at length; the quotation is theirs, not a phrase in the journalist's sentence."""
    if not before_tokens or before_tokens[0].idx > 2 or any(t.pos_ in ("VERB", "AUX") for t in before_tokens):
        return False
    opening = norm(pp.paragraph.text[before_tokens[0].idx:q.open])
    long_quote = len(pp.paragraph.text[q.start:q.end].split()) >= 8
    return long_quote and any(opening.startswith(t + " ") for t in lex["topic_openers"])


def clause_then_quote(before_tokens: list) -> bool:
    """`Une attaque serait spectaculaire mais, pour l'instant, « sans conséquences graves », a-t-il estimé`: the
    journalist's clause, with its own verb, runs on past a comma into the quoted words."""
    return len(before_tokens) >= 4 and before_tokens[-1].text == "," and any(
        t.pos_ in ("VERB", "AUX") for t in before_tokens)


MIXED_WORDS = 12


def sentence_before(pp: ParsedParagraph, q: QuoteSpan) -> list:
    """The tokens of the sentence before quotation `q`, earlier quotations of that sentence included."""
    tokens = pp.tokens(0, q.open)
    start = len(tokens)
    while start > 0 and not (tokens[start - 1].text in SENTENCE_END and not in_quote(pp, tokens[start - 1])):
        start -= 1
    return tokens[start:]


def mixed_quote_start(pp: ParsedParagraph, before_tokens: list, lex: Lexicon) -> int | None:
    """`Children growing up now "will see things differently," he said.`: the sentence opens in the
    journalist's words and ends in the speaker's, with the cue after the quotation: one statement from the
    sentence's start. None when the words before the quotation have a cue or a source of their own."""
    text = pp.paragraph.text
    own = [t for t in before_tokens if not in_quote(pp, t) and t.text not in QUOTE_CHARS]
    if any(in_quote(pp, t) for t in before_tokens) and len([t for t in own if not t.is_punct]) > MIXED_WORDS:
        return None  # a long sentence of the journalist's around earlier quotations
    if any(is_cue_verb(t, lex) or is_source_marker(pp, t, lex) or t.text in (":", ";") for t in own):
        return None  # `Police are "a moment away" from "breaking this case wide open," said Davis`: one statement
    if not any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in own):
        return None
    start = strip_connectors(text, before_tokens[0].idx, before_tokens[-1].idx + 1, lex)
    return start if start < before_tokens[-1].idx else None


def until_subordinate(tokens: list) -> list:
    """The tokens after a quotation up to a subordinating conjunction: `« … » lorsqu'Anne Hidalgo affirmait …`
    puts its verb in a clause of its own (`comme l'a dit X` is the incise)."""
    for index, tok in enumerate(tokens):
        if tok.pos_ == "SCONJ" and norm(tok.text) not in ("comme", "as", "que", "qu'", "that") \
                or norm(tok.text) in SUBORDINATORS:
            return tokens[:index]
    return tokens


SUBORDINATORS = {"lorsque", "lorsqu'", "quand", "tandis", "puisque", "puisqu'", "parce", "while", "when", "whereas",
                 "because"}


def opens_own_clause(verb) -> bool:
    """`« … », relevant que …`: a cue right before its own que-clause is not the quotation's incise."""
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return nxt is not None and norm(nxt.text) in ("que", "qu'")


def about_a_thing(verb, lex: Lexicon) -> bool:
    """`Elle dénonce des mesures qui menacent l'égalité : « … »`: a relative clause about a thing that cannot speak
    does not introduce the quotation."""
    return verb.dep_ in ("acl:relcl", "relcl") and verb.head.pos_ == "NOUN" and not is_holder(verb.head, lex)


def is_quote_cue(tok, lex: Lexicon, incise: bool = True) -> bool:
    """A verb that can introduce a quotation (`a déclaré`, `a poursuivi`), not one that needs a que-clause."""
    return is_cue_verb(tok, lex, incise=incise) and norm(tok.lemma_) not in lex["that_only_verbs"] \
        and not nobody_speaks(tok, lex)


CUE_AFTER_QUESTION = 6


def cue_after_question(pp: ParsedParagraph, q: QuoteSpan, next_open: int, lex: Lexicon) -> list:
    """`"Why …?" Vitter demanded.`: after a question or exclamation the cue follows without a comma."""
    tokens = []
    for tok in pp.tokens(q.close, next_open):
        if tok.text in SENTENCE_END:
            break
        tokens.append(tok)
    if any(is_quote_cue(t, lex) for t in tokens[:CUE_AFTER_QUESTION]):
        return tokens  # `"…!" Trump tweeted on Monday, thickening the intrigue …`
    return []


def incise_parts(pp: ParsedParagraph, q: QuoteSpan, lex: Lexicon) -> list[tuple[int, int, object]]:
    """Split `« Nous irons, a-t-il dit, jusqu'au bout »` around its incises; [] when there is none. A quotation left
    open whose incise ends the paragraph keeps only its first part (the rest is in the next paragraph)."""
    return split_at_incise(pp, q.start, q.end, q.closed, lex)


def split_at_incise(pp: ParsedParagraph, start: int, end: int, closed: bool,
                    lex: Lexicon) -> list[tuple[int, int, object]]:
    """The parts of the quoted words from `start` to `end` around the first incise, the rest split again
    (`« …, insiste le maire. Pour deux raisons, ajoute-t-il. La première … »`)."""
    doc = pp.doc
    inside = pp.tokens(start, end)
    for comma in inside:
        if comma.text != "," or comma.i + 1 >= len(doc):
            continue
        segment = []
        for tok in doc[comma.i + 1:]:
            if tok.idx >= end or tok.text in (",", ".", ";", "!", "?"):
                break
            segment.append(tok)
        if not segment:
            continue
        closing = doc[segment[-1].i + 1] if segment[-1].i + 1 < len(doc) else None
        cue = next((t for t in segment if is_quote_cue(t, lex)), None)
        clause = next((t.i for t in segment if cue is not None and t.i > cue.i and (
            t.pos_ == "SCONJ" or norm(t.text) in TIME_SUBORDINATORS)), len(doc))
        named = any(t.pos_ in ("PROPN", "PRON", "NOUN") and t is not cue and t.i < clause for t in segment)
        if len([t for t in segment if t.i < clause and not t.is_punct]) > INCISE_WORDS:
            continue
        other_verbs = [t for t in segment if t.pos_ == "VERB" and t is not cue and not misread_infinitive(t)
                       and not manner_gerund(t) and t.i < clause]  # `glisse-t-il lorsqu'on le croise`
        if cue is None or not named or other_verbs or closing is None or closing.idx >= end:
            continue
        inverted = any(cue.i < t.i < clause and t.pos_ in ("PROPN", "PRON", "NOUN") for t in segment) and all(
            t.pos_ in ("AUX", "ADV") or norm(t.text) in ("se", "s'") + INVERTED_CLITICS for t in segment if t.i < cue.i)
        nested = pp.paragraph.text[closing.idx + 1:end].lstrip()[:1] in QUOTE_CHARS
        if not inverted or nested:
            continue
        while closing.text == ",":
            apposition = []
            for tok in doc[closing.i + 1:]:
                if tok.idx >= end or tok.text in (",", ".", ";", "!", "?"):
                    break
                apposition.append(tok)
            if not apposition or any(t.pos_ in ("VERB", "AUX") for t in apposition) \
                    or apposition[-1].i + 1 >= len(doc) or apposition[0].pos_ == "ADP":
                break  # `« Il n'y a pas de place, dit-il, pour les individualistes »`: the quotation goes on
            closing = doc[apposition[-1].i + 1]
        closing = after_participle_clause(doc, closing, end)
        first_end = trim_span(pp.paragraph.text, start, comma.idx)[1]
        second_start, second_end = trim_span(pp.paragraph.text, closing.idx + 1, end)
        if first_end - start < 3:
            continue
        if second_end - second_start < 3:
            if closed:
                continue
            return [(start, first_end, cue)]  # `« …, se rappelle X, professeur.` and the quote goes on below
        rest = split_at_incise(pp, second_start, second_end, closed, lex)
        return [(start, first_end, cue)] + (rest or [(second_start, second_end, cue)])
    return []


INCISE_WORDS = 12


def after_participle_clause(doc, closing, end: int):
    """`« …, a déclaré X, en laissant entendre que … . Il faut … »`: a gerund or participle clause after an incise
    inside the quotation marks is the journalist's; the quotation resumes after its sentence."""
    if closing.text != "," or closing.i + 2 >= len(doc):
        return closing
    first = doc[closing.i + 1]
    verb = doc[closing.i + 2] if norm(first.text) == "en" else first
    if not ("Part" in verb.morph.get("VerbForm") or "Ger" in verb.morph.get("VerbForm")):
        return closing
    return next((t for t in doc[verb.i:] if t.idx < end and t.text in (".", "!", "?")), closing)
TIME_SUBORDINATORS = {"lorsque", "lorsqu'", "quand", "tandis", "alors", "pendant", "when", "while", "as"}


def manner_gerund(tok) -> bool:
    """`lâche-t-il en riant`: a gerund telling how the words were said."""
    return tok.i > 0 and norm(tok.doc[tok.i - 1].text) == "en" and norm(tok.text).endswith("ant")


INFINITIVE_ENDINGS = ("er", "ir", "re", "oir", "ïr")


def misread_infinitive(tok) -> bool:
    """`confie ce fromager affineur`: a French "infinitive" without an infinitive's ending is a noun or adjective."""
    return "Inf" in tok.morph.get("VerbForm") and tok.text[:1].islower() and norm(tok.text).endswith(
        ("eur", "euse", "iste", "aire")) and not norm(tok.text).endswith(INFINITIVE_ENDINGS)


def is_title_case(text: str) -> bool:
    """`Fox and Friends`, `Commander-in-Chief Forum`: a title of a work or event, not words someone said."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text) if len(w) > 3]
    return len(words) >= 1 and all(w[0].isupper() for w in words) and not text.rstrip().endswith(("?", "!"))


def is_subheading(text: str, quotes: list[QuoteSpan], q: QuoteSpan, content_words: int) -> bool:
    """A paragraph that is only a short quotation without final punctuation (‘Le plus grand perdant’)."""
    alone = len(quotes) == 1 and not q.continued and q.open <= 1 and q.close >= len(text.rstrip()) - 1
    return alone and content_words <= SUBHEADING_WORDS and text[q.end - 1] not in ".!?…"


def governing_cue(pp: ParsedParagraph, q: QuoteSpan, lex: Lexicon):
    """The speech verb above an embedded quotation (`reconnaissant « … »`, `called Burma a "…"`)."""
    inside = pp.tokens(q.start, q.end)
    for tok in inside:
        head = tok.head
        if head.idx < q.open or head.idx >= q.close:
            for ancestor in [head, *head.ancestors]:
                if in_quote(pp, ancestor):
                    continue
                if is_cue_verb(ancestor, lex):
                    return None if nobody_speaks(ancestor, lex) else ancestor
            return None
    return None


CLAUSE_LOOKBACK = 8


def cue_before_in_clause(pp: ParsedParagraph, q: QuoteSpan, lex: Lexicon):
    """`juge le plan « irréaliste »` when the parser hung the quoted word elsewhere: the cue a few words before the
    quotation, in the same clause and with no other verb between."""
    for tok in reversed(list(pp.tokens(0, q.open))[-CLAUSE_LOOKBACK:]):
        if tok.text in ",;:()" or tok.text in SENTENCE_END or tok.text in QUOTE_CHARS or in_quote(pp, tok):
            return None
        if is_quote_cue(tok, lex, incise=lex.language != "fr"):  # not `… reprendrait « dès la fin … »`
            return tok if tok.pos_ == "VERB" or after_named_subject(tok) else None
        if tok.pos_ in ("VERB", "AUX", "SCONJ"):
            return None
    return None


def settle(drafts: list[Draft], text: str) -> list[Draft]:
    """Keep one statement per stretch of text: reported clauses absorb their quoted fragments (and a quotation
    their own cue introduced, which sits inside the clause)."""
    ordered = sorted(drafts, key=lambda d: (d.priority, d.start, -(d.end - d.start)))
    accepted: list[Draft] = []
    for draft in ordered:
        overlapping = [a for a in accepted if a.start < draft.end and draft.start < a.end]
        if not overlapping:
            accepted.append(draft)
            continue
        if draft.kind == "indirect" and all(draft.start <= a.start and a.end <= draft.end and (
                a.kind == "partial" or own_quotation(draft, a, text)) for a in overlapping):
            accepted = [a for a in accepted if a not in overlapping]
            accepted.append(draft)
            continue
        if draft.priority == 0 and all(tail_of(a, draft) for a in overlapping):
            for other in overlapping:
                other.end = trim_span(text, other.start, before_coordinated_clause(text, other.start,
                                                                                   draft_cue_start(draft)))[1]
            accepted.append(draft)
            continue
        if draft.priority != 3:
            continue
        pieces = [(draft.start, draft.end)]
        for other in overlapping:
            pieces = [p for s, e in pieces for p in ((s, min(e, other.start)), (max(s, other.end), e)) if p[1] > p[0]]
        if not pieces:
            continue
        start, end = min(pieces, key=lambda p: min(abs(p[1] - draft.pos), abs(p[0] - draft.pos)))
        start, end = trim_span(text, start, end)
        if len(text[start:end].split()) >= MIN_CLAIM_WORDS:
            accepted.append(replace(draft, start=start, end=end))
    return sorted(accepted, key=lambda d: (d.start, d.end))


COORDINATED_CLAUSE = re.compile(r"[\s,]+(?:et|mais|and|but)\s+(?:que|qu['’]|that)\b[^,;.]{0,60}$", re.IGNORECASE)


def before_coordinated_clause(text: str, start: int, end: int) -> int:
    """`… un quart des comptes et que l'agence` cut before `estimait que …`: the clause ends before the
    coordinated que-clause whose subject the cut left behind."""
    found = COORDINATED_CLAUSE.search(text, start, end)
    return found.start() if found is not None else end


def own_quotation(clause: Draft, quotation: Draft, text: str) -> bool:
    """A quotation introduced by the same cue as the reported clause holding it, with words of the journalist's
    around it (`Comme l'a indiqué X, la présidente a …, « pour des raisons personnelles »`), or a quotation with
    no cue of its own (`En Isère, « une centaine de personnes » ont été évacuées …, s'est félicité le préfet`)."""
    if quotation.kind != "direct" or quotation.verb is not None and quotation.verb != clause.verb:
        return False
    around = text[clause.start:quotation.start] + " " + text[quotation.end:clause.end]
    if quotation.verb is None:
        around = QUOTED_SEGMENT.sub(" ", around)  # `« … » et « … », selon ce texte`: two quotations
    return len(re.findall(r"\w+", around)) >= 3


QUOTED_SEGMENT = re.compile(r"[«“\"][^«»“”\"]*[»”\"]")


def reported_clause_verb(tok, lex: Lexicon) -> bool:
    """`Il a ajouté que son syndicat appellerait à la grève`: a speech verb heading the que-clause another cue
    reports is part of that statement, not a statement of its own."""
    if tok.dep_ != "ccomp" or tok.head.i > tok.i or not is_cue_verb(tok.head, lex):
        return False
    mark = next((c for c in tok.children if c.dep_ == "mark" and norm(c.text) in ("que", "qu'", "that")), None)
    return mark is not None and not any(norm(t.text) in ("que", "qu'", "qui", "that", "who", "which")
                                        for t in tok.doc[mark.i + 1:tok.i])  # not `…, qu'il a souhaité rencontrer`


def draft_cue_start(draft: Draft) -> int:
    return min(draft.pos, draft.start)


def tail_of(earlier: Draft, later: Draft) -> bool:
    """True when `later`'s cue sits inside `earlier`'s clause, which then ends there (`told X who suggested that …`)."""
    return (earlier.priority == 0 and earlier.start < draft_cue_start(later) < earlier.end
            and later.end >= earlier.end and draft_cue_start(later) - earlier.start >= 10)


def resolve_speakers(drafts: list[Draft], book: SpeakerBook, lex: Lexicon, text: str = "",
                     headings: frozenset[int] = frozenset()) -> None:
    """Fill each draft's speaker, cue, medium and time, in reading order (`text`: the article's; `headings`: the
    indexes of its sub-heading paragraphs)."""
    last_quote: Draft | None = None
    for draft in sorted(drafts, key=lambda d: (d.pos, d.start)):
        verb = draft.verb
        if draft.inherit:
            draft.speaker = recent_speaker(last_quote, draft, headings) or draft.speaker
            if draft.speaker is None and draft.introduced_after is not None:
                draft.speaker = book.resolve(mention_of(draft.introduced_after, lex), draft.pos)
            last_quote = draft
            continue
        subject = None
        if draft.mention is None and verb is not None and not narrative_infinitive(verb, lex):
            subject = verb if draft.priority == 3 else subject_of(verb, lex)
            if subject is not None and subject.doc is verb.doc and draft.kind == "direct" \
                    and draft.start <= draft.pos - verb.idx + subject.idx < draft.end:
                subject = None  # a noun of the quotation itself (`« Tout le monde courait », a raconté …`)
            draft.mention = mention_of(subject, lex) if subject is not None else None
        if draft.mention is not None and draft.mention.pronoun == "person" and verb is not None \
                and cue_lemma(verb, lex) in lex["answer_verbs"]:
            asked = addressee_before(verb, lex)
            draft.mention = mention_of(asked, lex) if asked is not None else draft.mention
        if draft.mention is not None and draft.mention.pronoun != "none":
            if lex.language == "fr" and not draft.mention.pronoun and subject is not None:
                draft.mention.gender = span_gender(subject.doc[subject.left_edge.i:subject.i + 1])
            speaker = book.resolve(draft.mention, draft.pos)
            if speaker is not None:
                draft.speaker = speaker
                book.remember(draft.pos, speaker, draft.mention.plural)
                pronoun = draft.mention.pronoun
                if not pronoun or pronoun in ("person", "title") and speaker.type == "person":
                    book.note_gender(speaker.name, draft.mention.gender)  # also `the actress`, `l'intéressée`
        if verb is not None and draft.priority != 3 and is_cue_verb(verb, lex, incise=True):
            offset = draft.pos - verb.idx
            span = verb.doc.char_span(max(0, draft.start - offset), max(0, draft.end - offset), alignment_mode="expand")
            content = set(range(span.start, span.end)) if span is not None else set()
            draft.cue = cue_text(verb)
            draft.medium = medium_of(verb, lex, content)
            draft.when = when_of(verb, lex, content)
            if cue_lemma(verb, lex) in lex["reading_verbs"]:
                owner = possessive_of_source(verb, lex)
                owned = book.resolve(possessor_mention(owner), draft.pos) if owner is not None else None
                draft.speaker = owned or (Speaker(draft.medium, None, "publication") if draft.medium else
                                          book.latest(draft.pos, "publication")
                                          or book.latest_named_organization(draft.pos))
                draft.medium = None
        if lex.language == "fr" and draft.kind == "direct" and draft.cue is None \
                and named_inside(draft.speaker, text[draft.start:draft.end]):
            draft.speaker = None  # `X était replié. « … X est sorti en tirant … »`: not X's words
        if draft.speaker is None and draft.kind in ("direct", "partial", "indirect"):
            draft.speaker = recent_speaker(last_quote, draft, headings)  # `Et d'ajouter : « … »`, a subjectless cue
        if draft.kind in ("direct", "partial", "indirect"):
            last_quote = draft
    quotes = sorted((d for d in drafts if d.kind in ("direct", "partial")), key=lambda d: d.start)
    for current, following in zip(quotes, quotes[1:], strict=False):
        if current.open_end and current.cue is None and following.paragraph == current.paragraph + 1 \
                and following.speaker is not None:
            current.speaker = following.speaker


def possessive_of_source(verb, lex: Lexicon):
    """`peut-on lire dans sa publication`: the possessive that says whose writing is read, or None."""
    for child in verb.children:
        if not any(c.dep_ == "case" and norm(c.text) in lex["medium_prepositions"] for c in child.children):
            continue
        owner = next((c for c in child.children if c.dep_ in ("det", "poss") and "Yes" in c.morph.get("Poss")), None)
        if owner is not None:
            return owner
    return None


def phrase_verb(doc, start: int, end: int):
    """The verb of a multi-word cue: `mis` in `a mis en garde`, else its auxiliary, else its first word."""
    return next((t for t in doc[start:end] if t.pos_ == "VERB"), None) \
        or next((t for t in doc[start:end] if t.pos_ == "AUX"), doc[start])


def possessor_mention(owner) -> Mention:
    """Who a possessive stands for: `leur`, `their` a group; `its` an organisation; `sa`, `his` a person."""
    low = norm(owner.text)
    if low in ("leur", "leurs", "their"):
        return Mention(owner.text, "", pronoun="plural", plural=True)
    if low == "its":
        return Mention(owner.text, "", "organization", pronoun="organization")
    return Mention(owner.text, "", pronoun="person")


INTERVIEW_QUESTIONS = 2
PROMPT_WORDS = 40


def answer_interview(drafts: list[Draft], parsed: list[ParsedParagraph], book: SpeakerBook, article: Article) -> None:
    """A question-and-answer interview (a short question, then a paragraph that is only a quotation, at least
    twice): the answers, which no cue attributes, are the words of the person the title or the article names
    first."""
    quotation_only = {pp.paragraph.index for pp in parsed if pp.quotes and only_quotations(pp)}
    answers = {pp.paragraph.index for previous, pp in zip(parsed, parsed[1:], strict=False)
               if pp.paragraph.index in quotation_only and not previous.quotes
               and len(previous.paragraph.text.split()) <= PROMPT_WORDS}
    questions = sum(1 for pp in parsed if pp.paragraph.index + 1 in answers
                    and pp.paragraph.text.rstrip().endswith("?"))
    if questions < INTERVIEW_QUESTIONS or not book.people:
        return
    for previous, pp in zip(parsed, parsed[1:], strict=False):
        if previous.paragraph.index in answers and pp.paragraph.index in quotation_only:
            answers.add(pp.paragraph.index)  # an answer running over several paragraphs
    title = norm(article.title)
    named = next((n for _, n in book.people if norm(n.split()[-1]) in title), book.people[0][1])
    interviewee = Speaker(book.fullest(named, len(article.text)), None, "person")
    for draft in drafts:
        if draft.paragraph in answers and draft.kind == "direct" and draft.cue is None:
            draft.speaker = interviewee


def person_named_near(book: SpeakerBook, article: Article, draft: Draft) -> Speaker | None:
    """A quotation nobody is said to speak: the last person named before it, in its paragraph or the one
    before, as a reader would take it."""
    since = article.paragraphs[max(0, draft.paragraph - 1)].start
    named = [(p, n) for p, n in book.people if since <= p < draft.start and not book.quoted_at(p)]
    return Speaker(book.fullest(named[-1][1], named[-1][0]), None, "person") if named else None


def addressee_before(verb, lex: Lexicon):
    """`Une journaliste a demandé à M. Couillard s'il … « Non », a-t-il répondu`: the person a question was put to
    earlier in the paragraph is who answers."""
    for tok in reversed(verb.doc[:verb.i]):
        if norm(tok.lemma_) not in lex["question_verbs"] or tok.pos_ != "VERB":
            continue
        return next((c for c in tok.children if c.dep_ in ("obl:arg", "iobj", "obj", "dative", "dobj")
                     and (c.ent_type_ in PERSON_LABELS or c.pos_ == "PROPN")), None)
    return None


def person_introduced_after(pp: ParsedParagraph, q: QuoteSpan):
    """`"Il nous a encore pris pour des imbéciles". Sur le barrage, Nicolas Guinet, céréalier, reste mobilisé`:
    a quotation that opens its paragraph as a sentence of its own, then the next sentence's subject, a person
    named there; the token, or None."""
    text = pp.paragraph.text
    closing = text[q.start:q.end].rstrip()[-1:] in SENTENCE_END \
        or text[q.end:].lstrip(" \u00a0»”\"")[:1] in SENTENCE_END
    following = next((t for t in pp.token_list if t.idx > q.end and t.is_sent_start), None)
    if not closing or following is None:
        return None
    sentence = following.sent
    person = next((e for e in entities(pp.doc) if sentence.start <= e.start < sentence.end
                   and e.label_ in PERSON_LABELS), None)
    if person is None or in_quote(pp, person.root) or person.start > 0 and pp.doc[person.start - 1].pos_ == "ADP":
        return None  # `« … » Selon Paul Dubois, …` is another construction; `avec Paul Dubois` names someone else
    return person.root


def recent_speaker(last: Draft | None, draft: Draft, headings: frozenset[int] = frozenset()) -> Speaker | None:
    """The speaker of the last statement when it stands in `draft`'s paragraph or the one before, sub-headings
    between them left aside."""
    if last is None:
        return None
    between = range(last.paragraph + 1, draft.paragraph)
    return last.speaker if all(index in headings for index in between) else None


HEADING_WORDS = 12


def heading_paragraphs(article: Article) -> frozenset[int]:
    """The indexes of the article's sub-headings: short paragraphs without final punctuation."""
    return frozenset(p.index for p in article.paragraphs[1:] if len(p.text.split()) <= HEADING_WORDS
                     and p.text.rstrip()[-1:] not in ".!?…:;," and ":" not in p.text
                     and p.text.lstrip()[:1] not in "—–-")  # not `Le plus blasé : X (…)`, not an embed's byline


def named_inside(speaker: Speaker | None, quotation: str) -> bool:
    """A person's surname in the third person inside the quotation given them: someone else is speaking."""
    if speaker is None or speaker.type != "person" or not speaker.name:
        return False
    surname = speaker.name.split()[-1]
    return len(surname) > 2 and surname[:1].isupper() and re.search(rf"\b{re.escape(surname)}\b", quotation) is not None


def narrative_infinitive(verb, lex: Lexicon) -> bool:
    """`Et d'ajouter : « … »`: the infinitive of narration, whose subject is whoever spoke last."""
    doc = verb.doc
    if lex.language != "fr" or "Inf" not in verb.morph.get("VerbForm") or verb.i < 2:
        return False
    return norm(doc[verb.i - 1].text) in ("de", "d'") and norm(doc[verb.i - 2].text) in ("et", "puis")


def cue_text(verb) -> str:
    aux = [c for c in verb.children if (c.dep_.startswith("aux") and c.pos_ != "PRON" or c.dep_.startswith("expl")
                                        and norm(c.text) in ("se", "s'")) and verb.i - 4 <= c.i < verb.i
           and not any(t.is_punct for t in verb.doc[c.i:verb.i])]
    words = sorted([*aux, verb], key=lambda t: t.i)
    parts = [shown_text(words[0])]
    for before, tok in zip(words, words[1:], strict=False):
        glued = tok.i == before.i + 1 and not before.whitespace_
        parts.append(shown_text(tok) if glued else " " + shown_text(tok))
    return "".join(parts)


def shown_text(tok) -> str:
    """A token's words as the article writes them (the parser may have read a synonym: see `parser_text`)."""
    written = tok.doc.user_data.get("dossier.written")
    return written[tok.idx:tok.idx + len(tok.text)] if written is not None else tok.text


def claim_drafts(parsed: list[ParsedParagraph], accepted: list[Draft], text: str, lex: Lexicon) -> list[Draft]:
    """The journalist's own check-worthy clauses: sentence parts that no quote covers, without their cue."""
    covered = [(d.start, d.end) for d in accepted]
    cues = {(id(d.verb.doc), d.verb.i) for d in accepted if d.verb is not None and d.priority != 3}
    # `Pour le ministre de l'Économie, …`: who holds the view, no fact (`Pour X, directrice de Y, …` is one)
    holders = {d.pos for d in accepted if d.cue == HOLDER_CUE and d.speaker and d.speaker.name[:1].islower()}
    drafts = []
    for pp in parsed:
        quoted = [(pp.offset + q.open, pp.offset + q.close) for q in pp.quotes]
        marks = [(s, e) for s, e in quoted if not any(s <= a and b <= e for a, b in covered)]
        incised = [m for m in quoted if m not in marks]
        inside = [(s, e) for s, e in covered + quoted if pp.offset <= s and e <= pp.offset + len(pp.paragraph.text)]
        for sent_start, sent_end in pp.sentences:
            pieces = [(pp.offset + sent_start, pp.offset + sent_end)]
            for s, e in covered + marks:
                pieces = [p for a, b in pieces for p in ((a, min(b, s)), (max(a, e), b)) if p[1] > p[0]]
            for start, end in pieces:
                start, end = trim_span(text, start, end)
                dateline = WIRE_DATELINE.match(text, start) if start == 0 or text[start - 1] == "\n" else None
                if dateline is not None:
                    start = max(start, min(end, dateline.end()))  # `PARIS, 10 avril (Reuters) -` is no claim
                while start < end and text[start] in QUOTE_CHARS + ".)":
                    start += 1
                end = before_dangling_quote(text, start, end)
                start, end = trim_span(text, start, end)
                beside = any(abs(start - e) <= 4 or abs(s - end) <= 4 for s, e in inside)
                parts = without_cue(pp, start, end, text, cues, lex, beside)
                if parts == [(start, end)] and any(s <= start and end <= e for s, e in incised):
                    continue
                for a, b in parts:
                    if a in holders:
                        continue
                    a = strip_connectors(text, a, b, lex)
                    if len(text[a:b].split()) >= MIN_CLAIM_WORDS and claims.assess(text[a:b], lex)[0]:
                        drafts.append(Draft("claim", a, b, pp.paragraph.index, 9, a))
    return drafts


def before_dangling_quote(text: str, start: int, end: int) -> int:
    """`end` moved before a quotation mark that opens a quote the clause does not hold (`vise le Top 3: "`)."""
    stripped = text[start:end].rstrip()
    if stripped[-1:] in "«“„" or stripped.endswith('"') and stripped.count('"') % 2:
        return start + len(stripped) - 1
    return end


def without_cue(pp: ParsedParagraph, start: int, end: int, text: str, cues: set,
                lex: Lexicon, beside: bool = False, depth: int = 0) -> list[tuple[int, int]]:
    """The parts of a journalist's clause that are not the attribution of a statement beside it.

    `According to a survey by X` keeps `a survey by X`; `With 18 months left, he said` keeps `With 18 months
    left`; `Reed, who will be chairman, told investors that` keeps `Reed, who will be chairman` (the subject
    stays when an apposition or relative clause gives it facts of its own); `said Jane Doe, the chairwoman of
    X` and `he said, referring to X, who became CEO in May` keep what follows the first comma after the cue.
    """
    marker = next((t for t in pp.tokens(start - pp.offset, start - pp.offset + 1)), None)
    if marker is not None:
        written = source_marker_at(pp, marker, lex)
        if written and not possessive_marker(written):
            start = trim_span(text, start + len(written), end)[0]
    local = pp.tokens(start - pp.offset, end - pp.offset)
    verb = next((t for t in local if (id(t.doc), t.i) in cues or beside and is_cue_verb(t, lex, incise=True)), None)
    if verb is None or depth > 3:
        return [(start, end)]
    subject = subject_of(verb, lex)
    cut = verb
    named = None
    if subject is not None and subject.doc is verb.doc:
        head = subject.left_edge
        last = min(subject.right_edge.i, verb.i - 1)
        described = any(t.text == "," for t in subject.doc[head.i:last + 1])
        if subject.i < verb.i:
            cut = subject.doc[last + 1] if described else head
        if subject.i > verb.i or not described:
            named = named_subject(pp, subject, verb, start, end)
    parts = []
    cut_at = pp.char(cut)
    if cut_at > start:
        parts.append(trim_span(text, start, min(end, cut_at)))
    if named is not None:
        parts.append(trim_span(text, *named))
    after = max(verb.i, subject.right_edge.i) if named is not None else verb.i
    comma = next((t for t in local if t.i > after and t.text == ","), None)
    if comma is not None:
        a, b = trim_span(text, pp.char(comma) + 1, end)
        parts.extend(without_cue(pp, a, b, text, cues, lex, beside, depth + 1) if b > a else [])
    return [p for p in parts if p[1] > p[0]]


def named_subject(pp: ParsedParagraph, subject, verb, start: int, end: int) -> tuple[int, int] | None:
    """The span of a cue's subject that names someone with a title or role (`SpaceX spokesman Phil Larson`,
    `André Lareau, professeur en fiscalité`): who holds which office, kept as a claim of its own."""
    last = subject.right_edge.i
    if subject.i > verb.i:
        last = max(last, inverted_subject_end(subject, end - pp.offset))
    tokens = subject.doc[subject.left_edge.i:last + 1]
    if not any(person_name(t) for t in tokens) or len(tokens) < 3:
        return None
    first, last = max(start, pp.char(tokens[0])), min(end, pp.char(tokens[-1]) + len(tokens[-1].text))
    return (first, last) if last > first else None


def person_name(tok) -> bool:
    """A proper name that is not the complement of a title (`du Standard`, `of Miami`)."""
    return (tok.pos_ == "PROPN" or tok.ent_type_ in ("PER", "PERSON")) and (
        tok.i == 0 or tok.doc[tok.i - 1].pos_ not in ("ADP", "DET"))


def inverted_subject_end(subject, end: int) -> int:
    """The last token of a subject after its cue (`a prévenu le commissaire à l'économie Pierre Moscovici`), however
    the parser attached the name: up to the sentence's end or the first comma after a name."""
    doc = subject.doc
    last, named = subject.i, False
    for tok in doc[subject.i:]:
        if tok.idx >= end or tok.text in SENTENCE_END or tok.text == "," and named or tok.text in QUOTE_CHARS:
            break
        named = named or tok.pos_ == "PROPN"
        last = tok.i
    while last > subject.i and doc[last].is_punct:
        last -= 1
    return last


MARK_PAIRS = (("«", "»"), ("“", "”"))


def balanced_end(text: str, start: int, end: int) -> int:
    """`une réforme «injuste»`: a statement holding an opening mark whose closing mark comes right after it ends
    past that mark."""
    span = text[start:end]
    rest = text[end:end + 3].lstrip(" \u00a0\u202f")
    for opening, closing in MARK_PAIRS:
        if span.count(opening) > span.count(closing) and rest.startswith(closing):
            return text.index(closing, end) + 1
    if span.count('"') % 2 == 1 and rest.startswith('"'):
        return text.index('"', end) + 1
    return end


def build_statements(article: Article, drafts: list[Draft], lex: Lexicon) -> tuple[Statement, ...]:
    text = article.text
    drafts = sorted(drafts, key=lambda d: (d.start, d.end))
    ends = [balanced_end(text, d.start, d.end) for d in drafts]
    ids = unique_ids(statement_id(d.kind, text[d.start:end]) for d, end in zip(drafts, ends, strict=True))
    statements = []
    for ident, d, end in zip(ids, drafts, ends, strict=True):
        worthy, value, found = claims.assess(text[d.start:d.end], lex)
        statements.append(Statement(
            id=ident, kind=d.kind, text=text[d.start:end], start=d.start, end=end, paragraph=d.paragraph,
            speaker=d.speaker, cue=d.cue, medium=d.medium, when=d.when,
            checkworthy=worthy, score=value, reasons=found))
    return tuple(statements)
