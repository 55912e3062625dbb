"""Who said it: speakers from spaCy tokens, names in their fullest form, pronouns resolved, cue details."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from functools import lru_cache

from dossier.extract.claims import has_words
from dossier.extract.lexicon import Lexicon, longest_first
from dossier.model import Speaker

SUBJECT_DEPS = {"nsubj", "nsubj:pass", "nsubjpass", "csubj"}
PERSON_LABELS = {"PER", "PERSON"}
ORG_LABELS = {"ORG", "NORP", "GPE", "LOC", "FAC"}
PLACE_LABELS = {"LOC", "GPE", "FAC"}
DETERMINERS = {"le", "la", "les", "l'", "l’", "un", "une", "des", "the", "a", "an", "son", "sa", "ses", "leur",
               "leurs", "his", "her", "their", "its", "ce", "cette", "ces", "this", "these", "those", "that", "du",
               "de", "d'", "d’", "au", "aux"}
GENDERED_TITLES = {"mr.": "m", "mr": "m", "m.": "m", "monsieur": "m", "mrs.": "f", "mrs": "f", "ms.": "f", "ms": "f",
                   "mme": "f", "madame": "f", "miss": "f", "mlle": "f"}
PRONOUN_GENDERS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f", "il": "m", "-il": "m",
                   "lui": "m",
                   "-t-il": "m", "elle": "f", "-elle": "f", "-t-elle": "f", "son": "", "sa": ""}
NAME_DEPS = {"appos", "flat:name", "flat", "nmod", "compound", "nsubj", "obj"}
PARTICLES = {"de", "du", "des", "le", "la", "van", "von", "der", "den", "di", "da", "d'", "bin", "al", "ben", "el",
             "ter", "ten", "del", "della", "dos", "das", "zu", "op", "vande", "vanden", "vander"}
NAME_PARTICLES = {"el", "al", "ben", "bin", "ould", "abou", "abu", "ibn"}
JUST_SPOKEN = 160  # characters: an organisation that spoke this close before `the union` is the one meant
POSSESSIVES = {"son", "sa", "ses", "leur", "leurs", "his", "her", "their", "its"}
ACRONYM = re.compile(r"[A-ZÉ][A-ZÉ0-9-]{1,9}")
ACRONYM_NAME = re.compile(r"[A-ZÉ][A-ZÉ0-9-]{1,9}|[A-ZÉ][a-zé]{2,9}")
ARTICLES = {"le", "la", "les", "l'", "un", "une", "des", "the", "a", "an"}
NAME_PREPOSITIONS = {"of", "for", "de", "du", "des"}  # `Department for Transport`, `Secrétariat d'État`
NAME_JOINERS = {"de", "du", "des", "d'", "d’", "la", "le", "of", "the", "&", "and", "et", "-", "/"}
TIME_DEPS = {"obl", "obl:mod", "obl:tmod", "nmod:tmod", "npadvmod", "prep", "advmod", "obj", "nmod", "dep"}
OBJECT_CLITICS = {"lui", "leur", "nous", "vous", "m'", "t'", "me", "te", "y", "en"}
AUXILIARY_FORMS = {"a", "ont", "avait", "avaient", "aura", "est", "sont", "était", "has", "have", "had"}
RESUMING_CLITICS = {"l'", "le", "la", "les"}
REFLEXIVE_CLITICS = {"se", "s'"}
QUOTE_MARKS = {"«", "»", "“", "”", '"', "„"}
BOUNDARY = {",", ";", ":", "(", ")", "[", "]", ".", "«", "»", '"', "“", "”", "—", "–"}
NOUN_COMPLEMENT_MARKERS = {"de", "du", "des", "d'"}  # after norm(), which folds ’ into '
WIRE_DATELINE = re.compile(
    r"(?:[A-ZÀ-Ý][A-ZÀ-Ý'’.-]+(?: [A-ZÀ-Ý][A-ZÀ-Ý'’.-]+){0,3}"  # `BALTIMORE`, `SAINT-LOUIS`
    r"(?:, [\w .'’-]{1,30}?)?"  # `, 10 avril`, `, Md.`
    r"(?: ?\([A-Z][\w-]*(?:[ /-][A-Z][\w-]*)?\))?"  # `(Reuters)`, `(AP)`
    r"\s*(?:--|[-–—])\s+"
    r"|\((?:AFP|AP|ATS|Belga|Reuters|Keystone-ATS|CP|PC|dpa|Xinhua|APS|MAP|ANI|PTI)\)\s+)")


def entities(doc) -> tuple:
    """The doc's named entities, built once per doc (spaCy builds new spans at each `doc.ents`)."""
    found = doc.user_data.get("dossier.entities")
    if found is None:
        found = doc.user_data["dossier.entities"] = joined_person_entities(
            [e for e in doc.ents if not fronted_word(e)])
    return found


def fronted_word(ent) -> bool:
    """`Debout sur l'estrade, …`, `Face à la crise, …`: one capitalised word opening a sentence before a
    preposition is a fronted adjective or adverb the tagger took for a name."""
    doc = ent.doc
    return len(ent) == 1 and doc[ent.start].is_sent_start is True and ent.end < len(doc) \
        and doc[ent.end].pos_ == "ADP" and doc[ent.end].text[:1].islower() \
        and ent.label_ in PERSON_LABELS | {"ORG", "MISC"}


def joined_person_entities(ents) -> tuple:
    """`José Rosas` + `Aispuro Torres`: two person entities with nothing but a space between are one name."""
    joined = []
    for ent in ents:
        prev = joined[-1] if joined else None
        if prev is not None and prev.end == ent.start and prev.label_ in PERSON_LABELS \
                and ent.label_ in PERSON_LABELS and prev.doc[prev.end - 1].whitespace_:
            joined[-1] = prev.doc[prev.start:ent.end]
            joined[-1].label_ = prev.label_
        else:
            joined.append(ent)
    return tuple(joined)


def doc_text(doc) -> str:
    """The doc's text, joined once per doc (spaCy joins every token at each `doc.text`)."""
    found = doc.user_data.get("dossier.text")
    if found is None:
        found = doc.user_data["dossier.text"] = doc.text
    return found


def norm(text: str) -> str:
    return text.lower().replace("’", "'")


def doc_tokens(doc) -> list:
    """The doc's tokens as one list, built once per doc (spaCy makes a new Token object at each access)."""
    found = doc.user_data.get("dossier.tokens")
    if found is None:
        found = doc.user_data["dossier.tokens"] = list(doc)
    return found


def clean_name(text: str, lex: Lexicon, person: bool = False) -> str:
    """A name without leading determiners or titles and without a possessive 's. A person's name keeps a
    capitalised particle before the surname (`Le Pen`, `De Sart`, `La Fontaine`)."""
    words = text.replace("\u00a0", " ").split()
    while len(words) > 1 and (norm(words[0]) in lex["titles"] and not words[1][:1].islower()
                              or norm(words[0]) in DETERMINERS and (
            words[0].islower() or norm(words[0]) in ARTICLES)):
        if person and norm(words[0]) in PARTICLES and words[0][:1].isupper() and words[1][:1].isupper():
            break
        words.pop(0)
    if len(words) > 1 and words[1][:1].isupper() and opening_cue(words[0], lex):
        words.pop(0)  # `Replied Stephen Jones, with some delicacy, …`: the cue opened the sentence
    name = " ".join(words)
    dateline = WIRE_DATELINE.match(name)
    if dateline is not None and name[dateline.end():][:1].isalnum():
        name = name[dateline.end():]  # `FULTON - Workers`
    name = re.sub(r"^(?:[lLdD]['’])(?=\w)", "", name)
    name = re.sub(r"['’]s$", "", name)
    return name.strip(" ,.;:()[]«»\"“”*™®©")  # `Antoine*`: a name the paper changed; `Charlie Morgan™` on Twitter


def opening_cue(word: str, lex: Lexicon) -> bool:
    """A conjugated speech verb the tagger took into the name that follows it (`Replied`, `Ajoute`)."""
    from dossier.extract.reported import speech_lemma

    low = norm(word)
    if lex.language == "en":
        candidates = [low[:-3] + "y", low[:-2], low[:-1]] if low.endswith("ed") else []
        return any(speech_lemma(c, low, lex, True) for c in candidates)
    lemma = speech_lemma(low, low, lex, True)
    return lemma is not None and lemma != low


LAWYER_TITLES = {"fr": ("me", "maître")}


@dataclass
class Mention:
    """A speaker as written in one place of the article."""

    text: str
    name: str
    role: str | None = None
    type: str = "unknown"
    pronoun: str | None = None
    plural: bool = False
    possessor: str | None = None
    owner_hint: str | None = None
    group: tuple[str, ...] = ()
    gender: str = ""
    fallback: Mention | None = None
    head: str = ""


@dataclass
class SpeakerBook:
    """The article's named people and organisations, and the speakers found so far, in order."""

    lex: Lexicon
    people: list[tuple[int, str]] = field(default_factory=list)
    titles: list[tuple[int, str, frozenset[str], str]] = field(default_factory=list)
    organizations: list[tuple[int, str]] = field(default_factory=list)
    spoken: list[tuple[int, Speaker, bool]] = field(default_factory=list)
    subjects: list[tuple[int, str]] = field(default_factory=list)
    genders: dict[str, str] = field(default_factory=dict)
    plural_subjects: list[tuple[int, str]] = field(default_factory=list)
    org_subjects: list[tuple[int, str]] = field(default_factory=list)
    acronyms: dict[str, str] = field(default_factory=dict)
    described_as: dict[str, set[str]] = field(default_factory=dict)  # the words of the mentions a speaker had
    name_forms: list[tuple[int, str]] = field(default_factory=list)

    def add_acronyms(self, doc) -> None:
        """`L'Office fédéral de l'agriculture (OFAG)`: OFAG stands for the full name."""
        for tok in doc[1:-2]:
            acronym = doc[tok.i + 1]
            if tok.text != "(" or doc[tok.i + 2].text != ")" or not ACRONYM.fullmatch(acronym.text):
                continue
            last = doc[tok.i - 1]
            top = last
            while top.head.i < top.i and top.head.pos_ in ("NOUN", "PROPN") and top.dep_ in NAME_DEPS | {"amod"}:
                top = top.head
            if acronym.dep_ == "appos" and acronym.head.i < top.i and acronym.head.pos_ in ("NOUN", "PROPN") \
                    and top in acronym.head.subtree:
                top = acronym.head  # `la Fédération des coopératives agricoles de Côte d'Ivoire (FCACI)`
            first = top.left_edge.i
            while first < top.i and doc[first].pos_ in ("ADP", "DET"):
                first += 1
            if not doc[first].text[:1].isupper():
                first = capitalised_start(doc, last.i)
            full = clean_name(doc[first:last.i + 1].text, self.lex)
            if len(full.split()) >= 2 and first < last.i and full[:1].isupper():
                self.acronyms.setdefault(acronym.text, full)

    firm_genders: set[str] = field(default_factory=set)
    named_genders: set[str] = field(default_factory=set)

    def note_gender(self, name: str, gender: str, firm: bool = False, by_name: bool = False) -> None:
        """Remember a person's gender by surname: the first clue wins, unless a firm one (a courtesy title, a
        given name) comes later. Two given names of either gender for one surname leave it unknown."""
        if not name or not gender:
            return
        key = norm(name.split()[-1])
        if by_name:
            if key in self.firm_genders:
                if key in self.named_genders and self.genders.get(key) not in ("", gender):
                    self.genders[key] = ""  # `Anne Clavel`, `Julien Clavel`: relatives, told apart by given name
                return
            self.genders[key] = gender
            self.firm_genders.add(key)
            self.named_genders.add(key)
        elif firm and (key not in self.firm_genders or key in self.named_genders):
            self.genders[key] = gender
            self.firm_genders.add(key)
            self.named_genders.discard(key)
        elif key not in self.firm_genders:
            self.genders.setdefault(key, gender)

    def add_plural_subjects(self, doc, offset: int, quoted: tuple[tuple[int, int], ...] = ()) -> None:
        """Plural subjects named as nouns (`Critics of the program`), antecedents for `they`/`ils`."""
        for tok in doc_tokens(doc):
            if tok.dep_ not in SUBJECT_DEPS or tok.pos_ not in ("NOUN", "PROPN"):
                continue
            if not ("Plur" in tok.morph.get("Number") or tok.tag_ in ("NNS", "NNPS") or self.collective(tok)):
                continue
            if any(a <= tok.idx < b for a, b in quoted):
                continue
            if any(norm(a.lemma_) in self.lex["speech_verbs"] for a in tok.head.ancestors):
                continue
            mention = mention_of(tok, self.lex)
            if mention.name and not mention.pronoun:
                self.plural_subjects.append((offset + tok.idx, mention.name))

    def collective(self, tok) -> bool:
        """`un couple d'éleveurs`, `a group of residents`: a singular noun of a group of people, later `ils`/`they`."""
        return norm(tok.lemma_) in self.lex["collective_nouns"] and any(
            c.dep_ in ("nmod", "prep") and ("Plur" in c.morph.get("Number") or c.tag_ == "IN" and any(
                g.tag_ == "NNS" for g in c.children)) for c in tok.children)

    role_subjects: list[tuple[int, Mention]] = field(default_factory=list)

    def add_role_subjects(self, doc, offset: int, quoted: tuple[tuple[int, int], ...] = ()) -> None:
        """Unnamed people who are a clause's subject (`Le directeur général de la SAR a tenu à …`), antecedents for
        `il`/`lui` when nobody named came after them."""
        roles = self.lex["office_words"] | self.lex["role_words"]
        for tok in doc_tokens(doc):
            if tok.dep_ not in SUBJECT_DEPS or tok.pos_ != "NOUN" or norm(tok.text) not in roles:
                continue
            if "Plur" in tok.morph.get("Number") or tok.tag_ == "NNS" or any(a <= tok.idx < b for a, b in quoted):
                continue
            if any(norm(a.lemma_) in self.lex["speech_verbs"] for a in tok.head.ancestors):
                continue
            mention = mention_of(tok, self.lex)
            if mention.name and mention.type == "person" and mention.pronoun in (None, "title"):
                self.role_subjects.append((offset + tok.idx, mention))

    body_subjects: list[tuple[int, str, str]] = field(default_factory=list)

    def add_body_subjects(self, doc, offset: int, quoted: tuple[tuple[int, int], ...] = ()) -> None:
        """Unnamed bodies that are a clause's subject (`La police a rassuré …`), with their grammatical gender:
        antecedents for `elle`/`il` when no person or named body came before."""
        for tok in doc_tokens(doc):
            if tok.dep_ not in SUBJECT_DEPS or tok.pos_ != "NOUN" or tok.ent_type_ \
                    or norm(tok.text) not in self.lex["organization_nouns"]:
                continue
            if "Plur" in tok.morph.get("Number") or tok.tag_ == "NNS" or any(a <= tok.idx < b for a, b in quoted):
                continue
            gender = {"Masc": "m", "Fem": "f"}.get(next(iter(tok.morph.get("Gender")), ""), "")
            mention = mention_of(tok, self.lex)
            if mention.name and mention.pronoun in (None, "organization"):
                self.body_subjects.append((offset + tok.idx, mention.name, gender))

    def body_subject(self, pos: int, gender: str) -> Speaker | None:
        """The last unnamed body that was a subject before `pos`, whose grammatical gender is the pronoun's."""
        found = [n for p, n, g in self.body_subjects if p < pos and g == gender]
        return Speaker(found[-1], None, "organization") if found else None

    def unnamed_subject(self, since: int, pos: int, gender: str, named: list[int]) -> Speaker | None:
        """The unnamed official who was a subject after `since` and before `pos` with no named subject (`named`) or
        organisation subject after them, agreeing with `gender`; not an office right after a person named (that
        person's epithet)."""
        later = [q for q, _ in self.org_subjects] + named
        candidates = [(p, m) for p, m in self.role_subjects if since < p < pos and m.gender in ("", gender)
                      and not any(p < q < pos for q in later)
                      and not (m.pronoun == "title" and any(max(since, p - 100) < q < p for q, _ in self.people))]
        if not candidates:
            return None
        described = self.resolve(candidates[-1][1], candidates[-1][0])
        return described if described is not None and self.agrees(described.name, gender) else None

    def add_untagged_subjects(self, doc, offset: int, quoted: tuple[tuple[int, int], ...] = ()) -> None:
        """`Musk appealed …` where the tagger missed the person: a subject that is the surname of a person named
        before is a subject for `he`/`she` all the same."""
        for tok in doc_tokens(doc):
            if tok.dep_ not in SUBJECT_DEPS and not passive_agent_name(tok) or tok.pos_ != "PROPN" or not tok.is_title:
                continue
            if tok.ent_type_ and not (tok.ent_type_ == "ORG" and (self.described_person(tok)
                                                                  or self.is_known_person(tok.text))):
                continue
            if any(a <= tok.idx < b for a, b in quoted):
                continue
            if not self.is_known_person(tok.text) and not self.described_person(tok):
                continue
            pos = offset + tok.idx
            if self.described_person(tok) or any(p <= pos for p, n in self.people
                                                 if norm(n.split()[-1]) == norm(tok.text)):
                self.subjects.append((pos, self.fullest(tok.text, pos)))
        self.subjects.sort(key=lambda item: item[0])

    def misread_person(self, ent) -> bool:
        """`Karen Holt, a Treasury Department official,` tagged as an organisation (English): a given name, a
        surname and an office in apposition make a person; so do capitalised words right after a role noun."""
        if ent.label_ in ("ORG", "MISC") and titled_person(ent.doc, max(0, ent.start - 1), ent, self.lex):
            return True  # `Police spokesperson Resila Onyango`
        return self.lex.language == "en" and len(ent) == 2 and is_given_name(ent[0], self.lex) \
            and ent[1].is_title and self.described_person(ent.root)

    def named_before(self, ent) -> bool:
        """A capitalised name the tagger took for a person earlier in the article (`Rossiter`)."""
        words = ent.text.split()
        if not 1 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
            return False
        name = clean_name(ent.text, self.lex, person=True)
        return any(n == name or n.split()[-1] == name for _, n in self.people)

    def office_then_name(self, ent) -> int | None:
        """`le ministre de la Santé Roman Prymula` tagged as one organisation: an office and its complement, then
        two or more capitalised words with no article before them; where the name starts, or None."""
        if norm(ent[0].text) not in self.lex["office_words"] and not (
                len(ent) > 1 and norm(ent[1].text) in self.lex["office_words"]):
            return None
        doc = ent.doc
        first = ent.end
        while first - 1 > ent.start and doc[first - 1].text[:1].isupper() \
                and doc[first - 2].pos_ not in ("DET", "ADP") and norm(doc[first - 2].text) not in ("l'", "d'"):
            first -= 1  # `de la Santé Roman Prymula`: the complement's head follows its article, the name does not
        return None if ent.end - first < 2 or first == ent.start else first

    def described_person(self, tok) -> bool:
        """`Jones, the union's president,`: a name in apposition with an office or a role is a person's."""
        roles = self.lex["office_words"] | self.lex["role_words"]
        return any(c.dep_ == "appos" and c.pos_ == "NOUN" and norm(c.text) in roles for c in tok.children)

    def add_unlabelled_people(self, doc, offset: int) -> None:
        """`le Premier ministre belge Alexander De Croo` when the tagger found no person: a known given name then
        capitalised words make a person's name."""
        for tok in doc_tokens(doc):
            if tok.ent_type_ in PERSON_LABELS or not is_given_name(tok, self.lex):
                continue
            end = tok.i + 1
            while end < len(doc) and (doc[end].is_title and doc[end].pos_ in ("PROPN", "NOUN", "X") or norm(
                    doc[end].text) in PARTICLES and end + 1 < len(doc) and doc[end + 1].is_title):
                end += 1
            if end - tok.i < 2 or doc[end - 1].ent_type_ not in ("", "PER", "PERSON"):
                continue
            name = clean_name(doc[tok.i:end].text, self.lex, person=True)
            self.people.append((offset + tok.idx, name))
            self.note_gender(name, given_name_gender(name, self.lex), by_name=True)
            head, complement = role_key(span_text(role_words_before(doc, tok.i)), self.lex)
            if head:
                self.titles.append((offset + tok.idx, head, complement, name))

    def add_particle_names(self, doc, offset: int) -> None:
        """`M’jid El Guerrab`, `Hassan Ben Salem` when the tagger split or mistyped them: a capitalised word, a
        capitalised name particle and a capitalised surname make a person's name."""
        for tok in doc[1:-1]:
            following = doc[tok.i + 1]
            if norm(tok.text) not in NAME_PARTICLES or not tok.is_title or not following.is_title:
                continue
            first = tok.i - 1
            while first > 0 and not doc[first - 1].whitespace_ and doc[first - 1].text[:1].isupper():
                first -= 1
            given = doc[first:tok.i]
            if not given.text[:1].isupper() or given.text[-1:] in ("'", "’") or any(
                    t.pos_ in ("ADP", "DET", "VERB", "AUX", "PRON", "SCONJ", "CCONJ", "ADV") for t in given):
                continue
            if first > 0 and doc[first - 1].text in (".", "!", "?", "«", '"', "“"):
                continue
            self.people.append((offset + doc[first].idx, doc[first:following.i + 1].text))

    paragraph_starts: list[int] = field(default_factory=list)
    pronoun_subjects: dict[str, list[int]] = field(default_factory=dict)

    def add_entities(self, doc, offset: int, quoted: tuple[tuple[int, int], ...] = ()) -> None:
        self.quoted_spans.extend((offset + a, offset + b) for a, b in quoted)
        self.paragraph_starts.append(offset)
        for tok in doc_tokens(doc):
            gender = PRONOUN_GENDERS.get(norm(tok.text), "")
            if gender and tok.dep_ in SUBJECT_DEPS and not any(a <= tok.idx < b for a, b in quoted):
                self.pronoun_subjects.setdefault(gender, []).append(offset + tok.idx)
        for ent in entities(doc):
            in_quote = any(a <= ent.start_char < b for a, b in quoted)
            pos = offset + ent.start_char
            if ent.label_ in PERSON_LABELS:
                name = person_name(ent, self.lex)
                if name:
                    self.people.append((pos, name))
                    reported = any(norm(a.lemma_) in self.lex["speech_verbs"] for a in ent.root.head.ancestors)
                    subject = any(t.dep_ in SUBJECT_DEPS for t in ent) or (
                        ent.root.dep_ in ("appos", "conj") and ent.root.head.dep_ in SUBJECT_DEPS) \
                        or passive_agent_name(ent.root) or subject_left_as_apposition(ent)
                    if subject and not in_quote and not reported:
                        self.subjects.append((pos, name))
                    title = norm(doc[ent.start - 1].text) if ent.start else ""
                    if title in GENDERED_TITLES:
                        self.note_gender(name, GENDERED_TITLES[title], firm=True)
                    lawyer = LAWYER_TITLES.get(self.lex.language, ())
                    if title in lawyer or norm(ent[0].text) in lawyer:
                        self.titles.append((pos, "avocat", frozenset(), name))  # `Me Herzog` is a lawyer
                        self.titles.append((pos, "avocate", frozenset(), name))
                    self.note_gender(name, given_name_gender(name, self.lex), by_name=True)
                    if self.lex.language == "en":
                        self.note_gender(name, english_role_gender([*role_words_before(doc, ent.start),
                                                                    *apposition_after(doc, ent.end)], self.lex))
                    if self.lex.language == "fr":
                        self.note_gender(name, role_gender(role_words_before(doc, ent.start), self.lex))
                        self.note_gender(name, agreement_gender(ent.root))
                    stressed = doc[ent.end + 1] if ent.end + 2 < len(doc) and doc[ent.end].text == "," else None
                    if stressed is not None and norm(stressed.text) in PRONOUN_GENDERS \
                            and doc[stressed.i + 1].text == ",":
                        self.note_gender(name, PRONOUN_GENDERS[norm(stressed.text)])  # `Mathieu Kassovitz, lui, …`
                    after = apposition_after(doc, ent.end)
                    if self.lex.language == "fr" and after:
                        self.note_gender(name, span_gender(head_phrase(after)))
                    roles = [span_text(role_words_before(doc, ent.start)),
                             span_text(apposition_after(doc, ent.end, bodies=True))]
                    if self.lex.language == "en" and not after:
                        roles.append(appositive_role(ent.root, self.lex) or "")  # `X, a State Department official,`
                    for words in roles:
                        head, complement = role_key(words, self.lex)
                        if head:
                            self.titles.append((pos, head, complement, name))
            elif ent.label_ in ("ORG", "MISC") and (first := self.office_then_name(ent)) is not None:
                name = clean_name(doc[first:ent.end].text, self.lex, person=True)
                self.people.append((offset + doc[first].idx, name))
                self.note_gender(name, given_name_gender(name, self.lex), by_name=True)
                head, complement = role_key(doc[ent.start:first].text, self.lex)
                if head:
                    self.titles.append((offset + doc[first].idx, head, complement, name))
            elif ent.label_ in ("ORG", "MISC") and self.named_before(ent):
                name = clean_name(ent.text, self.lex, person=True)
                self.people.append((pos, name))  # `le juge en chef Rossiter`, a person named before, now tagged ORG
                subject = ent.root.dep_ in SUBJECT_DEPS or ent.root.dep_ in ("appos", "flat:name", "nmod") \
                    and ent.root.head.dep_ in SUBJECT_DEPS and ent.root.head.pos_ == "NOUN"
                if subject and not in_quote:
                    self.subjects.append((pos, name))
            elif ent.label_ == "ORG" and self.misread_person(ent):
                name = clean_name(ent.text, self.lex, person=True)
                self.people.append((pos, name))
                self.note_gender(name, given_name_gender(name, self.lex), by_name=True)
                head, complement = role_key(appositive_role(ent.root, self.lex) or "", self.lex)
                if head:
                    self.titles.append((pos, head, complement, name))
            elif ent.label_ == "ORG":
                before = norm(doc[ent.start - 1].text) if ent.start else ""
                words = ent.text.split()
                if 2 <= len(words) <= 3 and all(t.pos_ == "PROPN" and t.is_title for t in ent) and not any(
                        norm(w) in self.lex["organization_nouns"] | self.lex["publication_words"] for w in words):
                    self.name_forms.append((pos, clean_name(ent.text, self.lex)))  # maybe a person tagged ORG
                if before in self.lex["medium_prepositions"] or is_publication(ent.text, self.lex) \
                        or told_to(ent.root, self.lex):
                    continue
                self.organizations.append((pos, clean_name(ent.text, self.lex)))
                if ent.root.dep_ in SUBJECT_DEPS and not in_quote:
                    self.org_subjects.append((pos, clean_name(ent.text, self.lex)))
                    name = clean_name(ent.text, self.lex)
                    self.note_gender(name, span_gender(ent.doc[max(0, ent.start - 1):ent.end]))

    quoted_spans: list[tuple[int, int]] = field(default_factory=list)

    def quoted_at(self, pos: int) -> bool:
        return any(a <= pos < b for a, b in self.quoted_spans)

    def fullest(self, name: str, pos: int) -> str:
        """The fullest form of a person's name in the article ("Trump" → "Donald Trump")."""
        words = name.split()
        if not words:
            return name
        last = norm(words[-1])
        said = [(p, sp.name) for p, sp, _ in self.spoken if sp.type == "person"
                and all(w[:1].isupper() or norm(w) in PARTICLES for w in sp.name.split())]
        longer = [(p, n) for p, n in self.people + self.name_forms + said
                  if norm(n.split()[-1]) == last and len(n.split()) > len(words)
                  and all(norm(w) in map(norm, n.split()) for w in words)]
        if not longer:
            return name
        before = [item for item in longer if item[0] <= pos]
        if not before:
            return name
        chosen = before[-1]
        same = [n for _, n in longer if norm(n) == norm(chosen[1]) or n.split()[0] == chosen[1].split()[0]]
        return max(same, key=lambda n: (len(n.split()), -len(n)))

    def expand(self, name: str) -> str:
        """An organisation's full name for its acronym (`OFAG` → `Office fédéral de l'agriculture`)."""
        bare = re.sub(r"\s*\([^)]*\)$", "", name).strip()
        return self.acronyms.get(bare, bare or name)

    def is_known_person(self, name: str) -> bool:
        """A one- or two-word name whose last word ends a person's name seen in the article (`O'Neill`)."""
        words = name.split()
        if not words or len(words) > 2 or not words[-1][:1].isupper():
            return False
        return any(norm(n.split()[-1]) == norm(words[-1]) for _, n in self.people)

    def remember(self, pos: int, speaker: Speaker, plural: bool = False) -> None:
        self.spoken.append((pos, speaker, plural))

    def gender(self, name: str) -> str:
        """A person's gender by surname; for a surname several people share (`Anne Clain`, `Fabien Clain`), by the
        given name."""
        if not name:
            return ""
        key = norm(name.split()[-1])
        known = self.genders.get(key, "")
        if known or len(name.split()) < 2:
            return known or self.given_name_only(name)
        relatives = {norm(n) for _, n in self.people if len(n.split()) >= 2 and norm(n.split()[-1]) == key}
        return given_name_gender(name, self.lex) if len(relatives) >= 2 else ""

    def given_name_only(self, name: str) -> str:
        """`Antoine*, 32 ans`: a witness known by a given name alone, never the surname of someone named in full."""
        surnames = {norm(n.split()[-1]) for _, n in self.people if len(n.split()) > 1}
        if len(name.split()) != 1 or norm(name) in surnames:
            return ""
        return first_name_gender(name, self.lex)

    def latest_named_organization(self, pos: int) -> Speaker | None:
        """The last organisation or publication that was a subject before `pos` (`peut-on lire` after `Mediapart
        publie un article`)."""
        prior = [n for p, n in self.org_subjects if p <= pos and not self.is_known_person(n)]
        return Speaker(prior[-1], None, "publication" if is_publication(prior[-1], self.lex) else "organization") \
            if prior else None

    def is_office(self, name: str) -> bool:
        """`ministre de l'Intérieur`: a person's office, whatever entity the tagger saw in it."""
        words = norm(name).split()
        return bool(words) and words[0] in self.lex["office_words"]

    def organization_subject_after(self, since: int, pos: int, gender: str) -> Speaker | None:
        """`L'ONU a recensé 1174 victimes. Fin décembre, elle avait estimé …`: an organisation that was the subject
        after the last person who fits, whose gender does not contradict the pronoun."""
        later = [n for p, n in self.org_subjects if since < p < pos and not self.is_known_person(n)
                 and self.gender(n) in ("", gender)]
        return Speaker(self.expand(later[-1]), None, "organization") if later else None

    def is_institution(self, name: str) -> bool:
        return bool(name) and norm(name.split()[0]) in self.lex["institution_nouns"]

    def latest(self, pos: int, want: str | None = None, plural: bool | None = None, gender: str = "",
               institutions: bool = True) -> Speaker | None:
        for p, speaker, is_plural in reversed(self.spoken):
            if p > pos or not institutions and self.is_institution(speaker.name):
                continue
            if gender and self.gender(speaker.name) not in ("", gender):
                continue
            if want and speaker.type != want:
                continue
            if plural is not None and is_plural != plural:
                continue
            return speaker
        return None

    def untyped_name(self, pos: int, gender: str) -> tuple[int, Speaker] | None:
        """`Ahmetaj said …` where the tagger typed no person: the last speaker whose name is one or two capitalised
        words and no organisation's, for `he`/`she`, with where it spoke."""
        for p, speaker, plural in reversed(self.spoken):
            if p > pos or plural or speaker.type == "person":
                continue
            words = speaker.name.split()
            if 1 <= len(words) <= 2 and all(w[:1].isupper() and not w.isupper() for w in words) \
                    and not any(norm(w) in self.lex["organization_nouns"] for w in words) \
                    and self.agrees(speaker.name, gender):
                return p, Speaker(speaker.name, speaker.role, "person")
            return None
        return None

    def paragraph_of(self, pos: int) -> int:
        """Where the paragraph holding article offset `pos` starts (-1 before the first)."""
        index = bisect_right(self.paragraph_starts, pos) - 1
        return self.paragraph_starts[index] if index >= 0 else -1

    def newcomer(self, last: Speaker, since: int, pos: int, gender: str) -> tuple[Speaker, int] | None:
        """`…, à l'image de Pierre-Yves Humbert, 33 ans, qui habite Vincennes. « … », a-t-il commenté`: the one
        person named, in a later paragraph than the `last` speaker, before a pronoun that agrees with them."""
        surname = norm(last.name.split()[-1]) if last.name else ""
        named = [(p, n) for p, n in self.people if since < p < pos and not self.quoted_at(p)
                 and norm(n.split()[-1]) != surname]
        if not named or len({norm(n.split()[-1]) for _, n in named}) != 1:
            return None
        first, name = named[0]
        if any(since < p < first for p in self.pronoun_subjects.get(gender, ())):
            return None  # `He pointed to a 2004 tax holiday under President George W. Bush`: still the last speaker
        if self.paragraph_of(first) <= self.paragraph_of(since) or self.gender(self.fullest(name, pos)) != gender:
            return None
        return Speaker(self.fullest(name, pos), None, "person"), named[-1][0]

    def agrees(self, name: str, gender: str) -> bool:
        """A person's known gender does not contradict `gender`; English role nouns (`the senator`) have none."""
        return not gender or self.gender(name) in ("", gender)

    def office_holder(self, mention: Mention, pos: int) -> str | None:
        """The person introduced before `pos` with the office a role-only mention names (`le ministre de
        l'Intérieur` → who was `le ministre de l'Intérieur, X` or `X, ministre de l'Intérieur`; `la ministre`
        → the last woman introduced as minister). Offices with a different complement do not match."""
        head, complement = role_key(mention.name, self.lex)
        held = [(p, h, c, n) for p, h, c, n in self.titles if p <= pos]
        held += [(p, *role_key(sp.role, self.lex), sp.name) for p, sp, _ in self.spoken
                 if p <= pos and sp.role and sp.type == "person"]
        held.sort(key=lambda item: item[0])
        agreeing = [(c, n) for _, h, c, n in held if h == head and self.agrees(n, mention.gender)]
        same = [n for c, n in agreeing if complement and c & complement]
        loose = [n for c, n in agreeing if not complement or not c]
        if same or loose:
            return (same or loose)[-1]
        if head not in self.lex["leader_nouns"]:
            return None  # `le capitaine des Bleus` is not who was introduced as their coach
        of_body = {n for _, h, c, n in held if complement and c & complement and self.agrees(n, mention.gender)}
        return next(iter(of_body)) if len(of_body) == 1 else None  # `la dirigeante de la CGT` → its secretary general

    def subject_just_before(self, mention: Mention, pos: int) -> str | None:
        """`Volodymyr Zelensky a martelé … Le président ukrainien a par ailleurs plaidé …`: an office qualified by an
        adjective alone (a nationality, a party), which nobody was introduced with, takes up the person who was the
        subject just before in the same paragraph, when no office is known for them."""
        words = norm(mention.name).split()
        if len(words) < 2 or any(w in PREPOSITION_WORDS for w in words):
            return None  # not `le maire de Bordeaux`, someone else
        paragraph = self.paragraph_of(pos)
        before = [(p, n) for p, n in self.subjects if paragraph <= p < pos]
        if not before or len(before[-1][1].split()) < 2:
            return None
        name = before[-1][1]
        surname = norm(name.split()[-1])
        if any(norm(n.split()[-1]) == surname for _, _, _, n in self.titles) \
                or self.gender(name) not in ("", mention.gender):
            return None
        return name

    def described_before(self, noun: str, pos: int) -> Speaker | None:
        """`un haut responsable turc … ce responsable`: the unnamed speaker last described with the same noun."""
        return next((sp for p, sp, _ in reversed(self.spoken) if p < pos and sp.name[:1].islower()
                     and noun in norm(sp.name).split()), None)

    def resolve(self, mention: Mention, pos: int) -> Speaker | None:
        lex = self.lex
        if mention.pronoun == "described":
            return self.described_before(mention.head, pos) or self.resolve(mention.fallback, pos) \
                or (Speaker(mention.name, None, "person") if mention.name else None)
        if mention.pronoun == "person":
            epithet = norm(mention.text) not in PRONOUN_GENDERS and bool(mention.gender)
            want = "person" if lex.language == "en" or epithet else None
            gender = PRONOUN_GENDERS.get(norm(mention.text), mention.gender)
            found = self.latest(pos, want, plural=False, gender=gender) or self.latest(pos, want, gender=gender)
            found_at = max((p for p, sp, _ in self.spoken if sp == found and p <= pos), default=-1)
            recent = [(p, n) for p, n in self.subjects if found_at < p < pos and self.agrees(n, gender)]
            if lex.language == "fr" and gender:
                recent = [(p, n) for p, n in recent if self.gender(n) == gender]
            if recent:
                found = Speaker(self.fullest(recent[-1][1], recent[-1][0]), None, "person")
                found_at = recent[-1][0]
            newcomer = self.newcomer(found, found_at, pos, gender) if found is not None else None
            if newcomer is not None:
                found, found_at = newcomer
            if lex.language == "fr" and not epithet:
                found = self.organization_subject_after(found_at, pos, gender) or found
            if lex.language == "fr" or found is None:
                found = self.unnamed_subject(found_at, pos, gender, [p for p, _ in recent]) or found
            if found is None:
                prior = [(p, n) for p, n in self.people if p <= pos and not self.quoted_at(p)
                         and self.agrees(self.fullest(n, pos), gender)]
                untyped = self.untyped_name(pos, gender) if want == "person" else None
                if untyped is not None and (not prior or prior[-1][0] < untyped[0]):
                    return untyped[1]
                found = Speaker(self.fullest(prior[-1][1], pos), None, "person") if prior else None
            if found is None and lex.language == "fr" and not epithet and gender:
                found = self.body_subject(pos, gender)  # `La police a rassuré …, souligne-t-elle`
            return found
        if mention.pronoun == "aged":  # `la coureuse de 27 ans`: the person last named as a subject
            named = [n for p, n in self.subjects if p < pos and self.is_known_person(n)
                     and self.agrees(self.fullest(n, pos), mention.gender)]
            if named:
                return Speaker(self.fullest(named[-1], pos), None, "person")
            return self.resolve(replace(mention, pronoun="latest"), pos)
        if mention.pronoun == "latest":
            prior = [(p, n) for p, n in self.people if p < pos and not self.quoted_at(p)
                     and self.gender(self.fullest(n, pos)) in ("", mention.gender or self.gender(n))]
            if prior:
                return Speaker(self.fullest(prior[-1][1], pos), None, "person")
            return self.resolve(replace(mention, pronoun="person"), pos)
        if mention.pronoun == "same source":
            head = mention.head.rstrip("s")
            named = next((sp for p, sp, _ in reversed(self.spoken) if p < pos
                          and head in (w.rstrip("s") for w in norm(sp.name).split())), None)
            return named or self.latest(pos)
        if mention.pronoun == "any":
            return self.latest(pos) or self.resolve(Mention(mention.text, "", pronoun="person"), pos)
        if mention.pronoun == "document":
            return self.latest(pos) or Speaker(mention.text, None, "publication")
        if mention.pronoun == "plural":
            found = self.latest(pos, plural=True)
            found_at = max((p for p, sp, _ in self.spoken if sp == found and p <= pos), default=-1)
            recent = [(p, n) for p, n in self.plural_subjects if found_at < p < pos]
            if recent:
                return Speaker(recent[-1][1], None, "unknown")
            return found or self.latest(pos, "organization") or self.latest(pos)
        if mention.pronoun == "organization":
            words = mention.name.split() if mention.name else [""]
            head = norm(words[0] if lex.language == "fr" else words[-1])  # `le constructeur automobile`
            named = [n for p, n in self.organizations if p <= pos and head in norm(n).split() and len(n.split()) > 1]
            if named:
                return Speaker(named[-1], None, "organization")
            if head in lex["institution_nouns"]:
                return Speaker(mention.name, None, "organization")  # `le gouvernement` is not the last company
            business = head in lex["company_nouns"] or not lex["company_nouns"]

            def fits(name: str) -> bool:  # `Apple said … A statement from the union said`: the union is not Apple
                return business or name.isupper() or head in norm(name).split() \
                    or head in norm(self.expand(name)).split() or head in self.described_as.get(name, ())
                # but `La CGT … Le syndicat`, `La fédération des boulangers (Fébobru) … La fédération`

            found = self.latest(pos, "organization", institutions=False)
            if found is not None and not any(w[:1].isupper() for w in found.name.split()) \
                    and head not in norm(found.name).split():
                found = None  # `Le syndicat réclame … L'entreprise a annoncé …`: another unnamed organisation
            found_at = max((p for p, sp, _ in self.spoken if sp == found and p <= pos), default=-1)
            if found is not None and not fits(found.name) and pos - found_at > JUST_SPOKEN:
                found, found_at = None, -1  # but `The CWA, which backed the merger, said … The union said`
            recent = [(p, n) for p, n in self.org_subjects if found_at < p <= pos and not self.is_known_person(n)
                      and not self.is_institution(n) and not self.is_office(n) and fits(n)]
            if recent:
                return Speaker(self.expand(recent[-1][1]), None, "organization")
            if found is None and business:
                prior = [n for p, n in self.organizations if p <= pos and not self.is_known_person(n)
                         and not self.is_office(n) and not self.is_institution(n)]
                found = Speaker(self.expand(prior[-1]), None, "organization") if prior else None
            if found is None:  # `the company` after a named source the tagger could not type (`McClatchy said`)
                other = self.latest(pos, "unknown", plural=False)
                if other is not None and other.name[:1].isupper() and not self.is_known_person(other.name) \
                        and len(other.name.split()) == 1:
                    found = Speaker(other.name, other.role, "organization")
            return found or (Speaker(mention.name, None, "organization") if mention.name else None)
        if mention.pronoun == "title":
            holder = self.office_holder(mention, pos) or self.subject_just_before(mention, pos)
            if holder:
                return Speaker(self.fullest(holder, pos), None, "person")
            return Speaker(mention.name, None, "person")
        if mention.group:
            joiner = " et " if lex.language == "fr" else " and "
            return Speaker(joiner.join(self.fullest(n, pos) for n in mention.group), None, "person")
        if not mention.name:
            return None
        if mention.type != "person" and self.is_known_person(mention.name) \
                and norm(mention.name.split()[0]) not in lex["organization_nouns"]:
            mention.type = "person"  # but not `le groupe Stellantis`, whose name the tagger took for a person
        if mention.possessor:
            owner = Speaker(self.fullest(mention.owner_hint, pos), None, "person") if mention.owner_hint else \
                self.resolve(Mention(mention.text.split()[0], "", pronoun=mention.possessor), pos)
            if owner is not None and (norm(owner.name) + " ").startswith(norm(mention.name) + " "):
                return owner  # `son conseil` after `le conseil de X` spoke: the same person, not X's counsel's
            if owner is not None:
                owned = f"{owner.name}'s {mention.name}" if lex.language == "en" \
                    else french_owned(mention.name, owner.name)
                return Speaker(owned, mention.role, mention.type)  # type: ignore[arg-type]
        name = self.fullest(mention.name, pos) if mention.type == "person" else self.expand(mention.name)
        if mention.type in ("organization", "unknown") and len(name.split()) == 1 and name[:1].isupper():
            fuller = [n for p, n in self.organizations if p <= pos and len(n.split()) in (2, 3)
                      and n.split()[0] == name and n.split()[-1][:1].isupper()]
            if fuller and not self.is_known_person(name):
                name = fuller[0]  # `Alden` after `the private equity firm Alden Capital`
        if name != mention.name and mention.type == "unknown" and name in self.acronyms.values():
            mention.type = "organization"
        if mention.type != "person":
            name = self.titled(name)
        self.described_as.setdefault(name, set()).update(norm(mention.text).split())
        return Speaker(name, mention.role, mention.type)  # type: ignore[arg-type]

    def titled(self, name: str) -> str:
        """`Parisien` after `D'après Le Parisien`: the title as the article wrote it with its article."""
        return next((sp.name for _, sp, _ in reversed(self.spoken) if sp.name.split(" ", 1)[0] in TITLE_ARTICLES
                     and sp.name.split(" ", 1)[1:] == [name]), name)


def subject_left_as_apposition(ent) -> bool:
    """`Parmi les élus présents, Éric Goffart (Les Engagés), échevin, occupait …`: a name after a comma, hung as an
    apposition before a main verb the parser left without a subject, is that verb's subject."""
    root = ent.sent.root
    return ent.root.dep_ == "appos" and ent.start > 0 and ent.doc[ent.start - 1].text == "," \
        and root.pos_ in ("VERB", "AUX") and ent.end <= root.i \
        and not any(c.dep_ in SUBJECT_DEPS for c in root.children) \
        and not any(t.pos_ == "VERB" for t in ent.doc[ent.end:root.i])


def told_to(tok, lex: Lexicon) -> bool:
    """`Reed's mother told WJZ …`: whom a speech verb addresses is an outlet or a listener, not a later `the
    company`."""
    from dossier.extract.reported import speech_lemma

    return tok.dep_ in ("dobj", "obj", "iobj", "dative") and tok.head.pos_ == "VERB" \
        and speech_lemma(tok.head.lemma_, tok.head.text, lex, False) is not None


def passive_agent_name(tok) -> bool:
    """`a belief that's reflected by Groene`, `l'idée a été défendue par Dupont`: the agent of a passive with its
    auxiliary is its logical subject, a person `he`/`il` may then stand for."""
    if tok.dep_ == "pobj" and tok.head.dep_ == "agent":
        tok = tok.head
    elif tok.dep_ not in ("obl:agent", "agent"):
        return False
    return any(c.dep_ in ("auxpass", "aux:pass") for c in tok.head.children)  # not `a commission, overseen by X,`


def capitalised_start(doc, last: int) -> int:
    """`La Commission nationale informatique et libertés (CNIL)`: the name starts at the last capitalised word
    after a determiner, before `last` (within ten words)."""
    for i in range(last, max(-1, last - 10), -1):
        if doc[i].text in BOUNDARY or doc[i].pos_ in ("VERB", "AUX"):
            return last + 1
        if doc[i].text[:1].isupper() and (i == 0 or doc[i - 1].pos_ in ("DET", "PUNCT")):
            return i
    return last + 1


def role_words_before(doc, start: int) -> list:
    """`la ministre de la justice` in `La ministre de la justice, Christiane Taubira`: the noun phrase right before
    a name, back to a verb, a clause boundary or the sentence start (eight words at most)."""
    words = []
    for tok in reversed(doc[max(0, start - 8):start]):
        if tok.pos_ in ("VERB", "AUX", "PRON", "SCONJ", "CCONJ") or tok.text in BOUNDARY - {","} or tok.is_sent_end:
            break
        words.append(tok)
    return words[::-1]


def apposition_after(doc, end: int, bodies: bool = False) -> list:
    """`, directrice générale du FMI,` after a name: the words of an apposition that starts with a role noun
    (with `bodies`, through the name of the body it serves: `de la CGT`)."""
    if end + 1 >= len(doc) or doc[end].text != ",":
        return []
    words = []
    for tok in doc[end + 1:end + 8]:
        if tok.text in BOUNDARY or tok.pos_ in ("VERB", "AUX", "PRON") \
                or (tok.pos_ == "PROPN" or tok.ent_type_) and not bodies:
            break
        words.append(tok)
    return words if any(t.pos_ == "NOUN" for t in words[:3]) else []


def person_bounds(ent, lex: Lexicon) -> tuple[int, int]:
    """Token range of the person's name in an entity, without a role word glued in front ("Trésor Steven Mnuchin")."""
    start, end = ent.start, ent.end
    doc = ent.doc
    while end - start > 2 and start > 0 and doc[start - 1].pos_ == "ADP" and not is_given_name(doc[start], lex) \
            and not (doc[start + 1].is_lower and norm(doc[start + 1].text) in PARTICLES):
        start += 1
    while end - start > 1 and (norm(doc[start].text) in lex["titles"] or doc[start].is_lower):
        start += 1
    while end > start and doc[end - 1].text in ("'s", "’s", ",", "."):
        end -= 1
    if start > ent.start and doc[start - 1].pos_ in ("ADP", "DET") and doc[start - 1].is_lower:
        return start, start  # `le président de la République`: an office and its complement, no name
    return widen_name(doc, start, end, lex) if end > start else (start, end)


def person_name(ent, lex: Lexicon) -> str:
    """The person's name from an entity, without titles or a role word glued in front."""
    start, end = person_bounds(ent, lex)
    return clean_name(ent.doc[start:end].text, lex, person=True) if end > start else ""


def is_given_name(tok, lex: Lexicon) -> bool:
    low = norm(tok.text)
    return tok.is_title and (low in lex["male_names"] or low in lex["female_names"])


def widen_name(doc, start: int, end: int, lex: Lexicon) -> tuple[int, int]:
    """A person's name as written around what the tagger marked: the given name it left out (`Marine` before
    `Le Pen`, `Charles-` before `Henri`), and a particle and surname after it (`Jelle` + `Van Damme`)."""
    while start > 0:
        prev = doc[start - 1]
        if is_given_name(prev, lex) and maybe_person(prev):
            start -= 1
        elif end - start == 1 and given_name_after_title(doc, start - 1, lex):
            start -= 1  # `Mayor Rahm Emanuel`: a given name the list does not know, between a title and the surname
        elif prev.text == "-" and start >= 2 and doc[start - 2].is_title and not doc[start - 2].whitespace_:
            start -= 2
        else:
            break
    while end < len(doc) and doc[end - 1].text[-1:] in ("'", "’") and not doc[end - 1].whitespace_:
        end += 1  # `Preud'` + `homme`
    while end + 1 < len(doc) and norm(doc[end].text) in PARTICLES and doc[end].text[:1].isupper() \
            and doc[end + 1].is_title and doc[end + 1].pos_ == "PROPN" and maybe_person(doc[end + 1]):
        end += 2
    if end - start >= 2 and end + 1 < len(doc) and surname_left_out(doc[end], lex) \
            and doc[end + 1].text in (",", ".", ";", ")"):
        end += 1  # `Narayan Prasad` + `Bhattarai,`
    elif end - start == 1 and end < len(doc) and is_given_name(doc[start], lex) \
            and surname_after_given_name(doc[end], lex):
        end += 1  # `Emmanuel` + `Coquand à Reuters`
    return start, end


def given_name_after_title(doc, index: int, lex: Lexicon) -> bool:
    tok = doc[index]
    before = norm(doc[index - 1].text) if index > 0 else ""
    return tok.is_title and tok.pos_ == "PROPN" and maybe_person(tok) and not tok.is_sent_start \
        and norm(tok.text) not in lex["office_words"] | lex["titles"] | lex["role_words"] \
        and (before in lex["titles"] or before in lex["office_words"] and doc[index - 1].is_title)


def surname_left_out(tok, lex: Lexicon) -> bool:
    """A capitalised word right after a person's name that the tagger left out of it."""
    return tok.is_title and not tok.ent_type_ and tok.pos_ in ("PROPN", "NOUN") and not tok.nbor(-1).is_punct \
        and norm(tok.text) not in lex["role_nouns"] | lex["titles"]


def surname_after_given_name(tok, lex: Lexicon) -> bool:
    """A capitalised word the tagger left out after a lone given name, whatever part of speech it gave it."""
    return tok.is_title and tok.ent_type_ in ("", "PER", "PERSON") and tok.nbor(-1).whitespace_ \
        and norm(tok.text) not in lex["role_nouns"] | lex["titles"] | lex["male_names"] \
        | lex["female_names"] and not tok.is_stop and tok.pos_ not in ("VERB", "AUX", "DET", "ADP", "PRON")


def maybe_person(tok) -> bool:
    return tok.ent_type_ in ("", "PER", "PERSON")


def name_run(span, head, lex: Lexicon) -> tuple[int, int] | None:
    """A capitalised name after a role noun when the tagger found no person: `le ministre … Bruno Le Maire`."""
    doc = span.doc
    for tok in span:
        if tok.i <= head.i or tok.pos_ != "PROPN" or not tok.is_title or tok.dep_ not in NAME_DEPS \
                or tok.ent_type_ in PLACE_LABELS \
                or tok.ent_iob_ == "I" and tok.ent_type_ not in PERSON_LABELS and not is_given_name(tok, lex):
            continue  # not `Avenir Québec` inside the party name `Coalition Avenir Québec`
        if tok.head.i != head.i or doc[tok.i - 1].pos_ in ("ADP", "DET"):
            continue  # not `London School` in `professeur à la London School of Economics`
        end = tok.i + 1
        while end < span.end and (doc[end].is_title or norm(doc[end].text) in PARTICLES) and doc[end].pos_ != "VERB":
            end += 1
        if end - tok.i >= 2 and doc[end - 1].is_title:
            return tok.i, end
    return None


def person_after_role(doc, tok, lex: Lexicon):
    """The person named a few words after a role noun, with only the role's complement between
    (`le commissaire à l'économie Pierre Moscovici`)."""
    for ent in entities(doc):
        if ent.label_ not in PERSON_LABELS or not tok.i < ent.start <= tok.i + 6:
            continue
        between = doc[tok.i + 1:ent.start]
        if all((t.pos_ in ("ADP", "DET", "NOUN", "ADJ", "PROPN") or participle_of_office(t, tok))
               and t.text not in BOUNDARY for t in between) \
                and not medium_follows(doc, tok.i + 1, lex) if len(between) else True:
            return ent
        return None
    return None


def participle_of_office(tok, office) -> bool:
    """`délégué` in `le ministre délégué aux Transports`: a participle that is part of the office's name."""
    return tok.pos_ == "VERB" and tok.dep_ in ("acl", "amod") and tok.head.i == office.i \
        and "Part" in tok.morph.get("VerbForm")


def apposed_person(doc, end: int, lex: Lexicon):
    """`la ministre des Transports, Geneviève Guilbault.`: a person named right after a role and a comma."""
    if end + 1 >= len(doc) or doc[end].text != ",":
        return None
    ent = next((e for e in entities(doc) if e.start == end + 1 and (e.label_ in PERSON_LABELS or misread_name(e))),
               None)
    if ent is None:
        return None
    after = doc[ent.end] if ent.end < len(doc) else None
    return ent if after is None or after.text in BOUNDARY or after.pos_ in ("VERB", "AUX", "ADP", "ADV") else None


def misread_name(ent) -> bool:
    """`sa présidente, Nageate Belahcen`: two or three capitalised proper nouns the tagger took for a place."""
    return ent.label_ in ("LOC", "MISC") and 2 <= len(ent) <= 3 and all(t.pos_ == "PROPN" and t.is_title for t in ent)


def complement_end(doc, start: int, longest: int = 20) -> int | None:
    """The comma that ends a long complement of a role (`le professeur titulaire de la chaire … à l'École des
    Hautes Études (EHESP), Patrick Zylberman`): only nouns, adjectives, prepositions and brackets before it."""
    for tok in doc[start:start + longest]:
        if tok.text == ",":
            return tok.i
        if tok.text in BOUNDARY - {"(", ")"} or tok.pos_ not in ("ADP", "DET", "NOUN", "PROPN", "ADJ", "PUNCT", "X") \
                and not (norm(tok.text) in ("et", "and") and tok.i > start and doc[tok.i - 1].pos_ in ("ADJ", "NOUN")):
            return None  # but `aux poursuites criminelles et pénales`
    return None


def role_after(doc, end: int, lex: Lexicon) -> str | None:
    """`Laurent Berger, le secrétaire général de la CFDT, …` when the parser missed the apposition."""
    if end + 2 >= len(doc) or doc[end].text != ",":
        return None
    tokens = []
    for tok in doc[end + 1: end + 16]:
        if tok.pos_ in ("VERB", "AUX") or norm(tok.text) in ("ne", "n'"):
            return None  # `Selon X, le procureur de Paris a violé …`: the subject of the clause after, no apposition
        if tok.text in BOUNDARY:
            break
        tokens.append(tok)
    words = [norm(t.text) for t in tokens]
    if not tokens or not any(w in lex["office_words"] for w in words[:4]):
        return None
    from dossier.extract.reported import after_named_subject, is_cue_verb

    if after_named_subject(tokens[0]) and is_cue_verb(tokens[0], lex):
        return None  # `Élisabeth Borne, juge la réforme …`: the verb, not a judge
    return clean_name(span_text(tokens), lex) or None


def dateline_word(tok) -> bool:
    """`TOULOUSE` in `TOULOUSE Souad, soeur du …`: a city in capitals opening a wire story."""
    return tok.i == 0 and tok.text.isalpha() and tok.text.isupper() and len(tok.text) > 2


def role_before(span, name_start: int, lex: Lexicon) -> str | None:
    """`le secrétaire au Trésor` in `le secrétaire au Trésor Steven Mnuchin`."""
    tokens = [t for t in span if t.i < name_start and not dateline_word(t)]
    while tokens and (norm(tokens[0].text) in DETERMINERS or norm(tokens[0].text) in lex["honorifics"]):
        tokens = tokens[1:]
    while tokens and (norm(tokens[-1].text) in lex["honorifics"] or tokens[-1].text in BOUNDARY
                      or tokens[-1].text.endswith(".") and norm(tokens[-1].text) in lex["titles"]
                      or is_given_name(tokens[-1], lex) and len(tokens) > 1):
        tokens = tokens[:-1]  # `county police spokesman Cpl.`, `superintendent, Dr. Karen`
    if not tokens or not any(t.pos_ in ("NOUN", "PROPN", "ADJ") for t in tokens):
        return None
    return span_text(tokens) or None


def subject_of(verb, lex: Lexicon):
    """The token naming who speaks for a cue verb: its subject, an inverted subject, or its governor's subject."""
    from dossier.extract.reported import (
        INVERTED_CLITICS,
        after_named_subject,
        aux_before_locution,
        coordinated_cue,
        dislocated_subject,
        french_incise,
        narrator_subject,
        quotation_before,
        speech_lemma,
        unmarked_incise_subject,
    )

    if verb.pos_ in ("NOUN", "ADJ") and after_named_subject(verb):
        dislocated = dislocated_subject(verb)
        if dislocated is not None:
            return dislocated
        before = verb.doc[verb.i - 1]
        return verb.doc[verb.i - 2] if before.text == "," else before
    shared = auxiliary_sharer(verb, lex)
    if shared is not None:
        return subject_of(shared, lex)  # `a exhorté X à …, qui doivent …, et invité Y à …`
    if coordinated_cue(verb, lex):
        first = next((a for a in [*verb.doc[verb.i - 1].ancestors, *verb.ancestors]
                      if a.pos_ == "VERB" and a.i < verb.i and speech_lemma(a.lemma_, a.text, lex, False)), None)
        if first is not None:
            return subject_of(first, lex)
    holder = participle_holder(verb, lex) or narrator_subject(verb, lex)
    if holder is not None:
        return holder
    for child in subject_order(verb, lex):
        if between_auxiliary_and_verb(child, verb) and any(c.dep_ == "case" for c in child.children):
            continue  # `a de son côté précisé le Dr X`: a circumstance inside the verb group is no subject
        if cut_off_subject(child, verb):
            continue  # `Au cœur de l'actualité, la descente chez SFR : Stéphane Richard annonce`
        if child.pos_ == "NOUN" and norm(child.text) in lex["time_words"]:
            continue  # `…, note X, quelques instants après avoir déclaré que …`: a moment is no speaker
        if norm(child.text) in OBJECT_CLITICS | RESUMING_CLITICS and child.i < verb.i \
                and inverted_subject(verb, lex) is not None:
            continue  # `», lui a demandé un journaliste`, `comme l'a souligné l'Arcep`: the clitic is no subject
        if child.i < verb.i and child.dep_ in SUBJECT_DEPS and norm(child.text) not in INVERTED_CLITICS \
                and (french_incise(verb, lex) or quotation_before(verb, lex)):
            continue  # `…, ainsi qu'à deux assaillants, a indiqué le ministère`: the incise's subject follows it

        if child.dep_ in SUBJECT_DEPS and (not across_quote(child, verb) or quoted_name(child, verb)) \
                and not clause_as_subject(child, verb) and not (
                child.i > verb.i and norm(child.text) in lex["neuter_pronouns"]) and not (
                child.i > verb.i and any(c.dep_ == "case" for c in child.children)):
            if norm(child.text) in ("-t", "l'") and child.i + 1 < len(child.doc) and (
                    norm(child.text) == "-t" or norm(child.doc[child.i + 1].text) == "on"):
                return child.doc[child.i + 1]  # `a-t-il`, `où l'on affirme`
            if prepositional(child):
                return person_named_before(verb) or body_after_opening(child, verb) or child
            if stressed_pronoun(child, verb, lex):
                return person_named_before(verb) or child
            if child.i > verb.i:
                closer = inverted_subject(verb, lex)
                if closer is not None and closer.i < child.left_edge.i and closer.ent_iob_ != "I":
                    return closer  # `a déclaré l'Union (…), qui chapeaute la mouvance`: a misparsed later noun
            return named_after_content(child, verb) or subject_after_subordinate(child, verb) \
                or person_after_titles(child, lex) or child
    stressed = next((c for c in verb.children if stressed_pronoun(c, verb, lex)), None)
    if stressed is not None:
        return person_named_before(verb) or stressed
    for child in verb.children:
        if child.dep_.startswith("expl") and norm(child.text) in lex["person_pronouns"] | lex["plural_pronouns"]:
            return child
    found = inverted_clitic(verb, lex) or named_before_comma(verb, lex) or inverted_subject(verb, lex) \
        or name_in_subordinator(verb) or fronted_gerund_subject(verb, lex) or unmarked_incise_subject(verb, lex)
    # a token is never falsy: its text is never empty
    if found is not None:
        return found
    conjunct = subject_left_in_conjunct(verb)
    if conjunct is not None:
        return conjunct
    named = unparsed_subject_name(verb, lex)
    if named is not None:
        earlier = earlier_subject(verb)
        if earlier is None or earlier.i < named.i:
            return named  # `et le mois dernier X, «comme ministre», avait affirmé`: a name left as apposition
    if verb.dep_ in ("advcl", "xcomp", "conj", "acl", "ccomp", "parataxis") and verb.head.i != verb.i:
        form = verb.morph.get("VerbForm")
        if verb.dep_ in ("conj", "xcomp") or "Part" in form or "Ger" in form or verb.tag_ in ("VBG", "VBN"):
            found = subject_of(reporting_head(verb, lex), lex)
            if found is not None:
                return found
    auxiliary = aux_before_locution(verb, lex) if "Part" in verb.morph.get("VerbForm") else None
    named = nearest_named(verb.doc[auxiliary]) if auxiliary is not None else None
    if named is not None:
        return named  # `X a pour sa part salué …`
    glued = next((c for c in verb.children if c.dep_ == "compound" and c.i == verb.i - 1), None)
    if lex.language == "en" and verb.pos_ == "NOUN" and glued is not None:
        return glued  # `," the lawsuit states.` read as one noun
    if epithet_before(verb.doc, verb.i, lex) is not None:
        return verb.doc[verb.i - 1]  # `", the 62-year-old said.`, which the parser leaves without a subject
    earlier = earlier_subject(verb)
    if earlier is not None:
        return named_after_content(earlier, verb) or earlier
    return nearest_named(verb) or sentence_opening_noun(verb)


def auxiliary_sharer(verb, lex: Lexicon):
    """`a exhorté les régies à …, et invité les partenaires à …`: a French past participle after `et` with no
    auxiliary of its own shares the one of the last participle before it in the sentence; that verb, or None."""
    if lex.language != "fr" or "Part" not in verb.morph.get("VerbForm") or "Past" not in verb.morph.get("Tense") \
            or any(c.dep_.startswith("aux") or c.dep_ in SUBJECT_DEPS for c in verb.children) or verb.i < 2 \
            or norm(verb.doc[verb.i - 1].text) not in ("et", "puis", "mais"):
        return None
    for tok in reversed(verb.doc[verb.sent.start:verb.i - 1]):
        if tok.pos_ == "VERB" and "Part" in tok.morph.get("VerbForm") and "Past" in tok.morph.get("Tense") \
                and any(c.dep_ == "aux:tense" for c in tok.children):
            return tok
    return None


def subject_left_in_conjunct(verb):
    """`… sur la commune de L. et des experts de l'OFB avaient estimé que …`: the noun phrase between `et` (or a
    comma) and the verb's auxiliary, which the parser coordinated with an earlier noun, is the verb's subject."""
    doc = verb.doc
    auxiliaries = [c.i for c in verb.children if c.dep_.startswith("aux") and c.pos_ == "AUX" and c.i < verb.i]
    if not auxiliaries or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None  # not `other things to do`: an infinitive's `to` is no auxiliary
    end = auxiliaries[0]
    start = end
    while start > 0 and doc[start - 1].pos_ in ("DET", "NOUN", "PROPN", "ADJ", "ADP", "NUM") \
            and doc[start - 1].text not in BOUNDARY:
        start -= 1
    if start == end or start == 0 or norm(doc[start - 1].text) not in ("et", "mais", ",", "and", "but") \
            or doc[start].pos_ == "ADP" and norm(doc[start].text) not in ("des", "du") or inside_quotation(doc[start]):
        return None
    span = range(start, end)
    heads = [doc[i] for i in span if doc[i].head.i not in span]
    if len(heads) != 1 or heads[0].pos_ not in ("NOUN", "PROPN") or heads[0].dep_ not in ("conj", "nmod", "appos"):
        return None
    if heads[0].dep_ == "conj" and heads[0].head.dep_ in SUBJECT_DEPS:
        return None  # `Le Parti québécois et Québec solidaire ont indiqué`: a coordinated subject
    return heads[0]


def cut_off_subject(tok, verb) -> bool:
    """A subject the parser hung on the verb across a colon or semicolon, when another subject stands after it."""
    if tok.dep_ not in SUBJECT_DEPS or tok.i > verb.i:
        return False
    stop = next((t.i for t in verb.doc[tok.i + 1:verb.i] if t.text in (":", ";")), None)
    return stop is not None and any(c.dep_ in SUBJECT_DEPS and stop < c.i < verb.i for c in verb.children)


def between_auxiliary_and_verb(tok, verb) -> bool:
    """`a de son côté précisé`, `a elle aussi jugé`: `tok` stands inside the verb group, after an auxiliary."""
    return tok.i < verb.i and any(c.dep_.startswith("aux") and c.i < tok.i for c in verb.children)


def fronted_gerund_subject(verb, lex: Lexicon):
    """`En estimant que …, la N-VA a remis de l'huile sur le feu`: a gerund opening the sentence speaks through
    the subject of the clause after its comma."""
    doc = verb.doc
    if not french_present_participle(verb, lex) or verb.i < 1 or norm(doc[verb.i - 1].text) != "en" \
            or doc[verb.i - 1].is_sent_start is not True:
        return None
    comma = next((t for t in doc[verb.i + 1:] if t.text in (",", ".", ";", ":")), None)
    if comma is None or comma.text != ",":
        return None
    for tok in doc[comma.i + 1:comma.i + 8]:
        if tok.pos_ in ("VERB", "AUX") or tok.text in BOUNDARY:
            return None
        if tok.pos_ in ("NOUN", "PROPN") and any(t.pos_ in ("VERB", "AUX") for t in doc[tok.i + 1:tok.i + 5]):
            return tok
    return None


def unparsed_subject_name(verb, lex: Lexicon):
    """A person named before a verb that has no subject, with no verb between and no preposition before the name
    (nor before its title); a coordinated verb shares its first verb's subject instead."""
    named = person_named_before(verb)
    if named is None or verb.dep_ == "conj" or any(c.dep_ in SUBJECT_DEPS for c in verb.children) \
            or inside_quotation(named):
        return None
    if "Fin" not in verb.morph.get("VerbForm") and not any(c.dep_.startswith("aux") for c in verb.children):
        return None  # `…, estimant que …`: a participle's speaker is its clause's
    doc = named.doc
    opening = named.i
    while opening > 0 and doc[opening].ent_iob_ == "I":
        opening -= 1
    while opening > 0 and norm(doc[opening - 1].text) in lex["titles"]:
        opening -= 1
    return None if opening > 0 and doc[opening - 1].pos_ == "ADP" else named


def name_in_subordinator(verb):
    """`, alors qu'Interfax a rapporté que …`: a name the parser fixed into the subordinator before the verb's
    auxiliary is the verb's subject."""
    auxiliaries = [c for c in verb.children if c.dep_.startswith("aux") and c.i < verb.i]
    first = auxiliaries[0].i if auxiliaries else verb.i
    if first < 2:
        return None
    tok = verb.doc[first - 1]
    glued = tok.dep_ == "fixed" and tok.text[:1].isupper() and norm(verb.doc[first - 2].text) in ("qu'", "que")
    return tok if glued else None


def person_after_titles(subject, lex: Lexicon):
    """`Chairman and CEO John Smith said`: the person named after coordinated titles the parser made the subject."""
    if norm(subject.text) not in lex["role_nouns"]:
        return None
    return next((t for t in subject.subtree if t.dep_ == "conj" and t.i > subject.i
                 and t.ent_type_ in PERSON_LABELS and t.pos_ == "PROPN"), None)


def body_after_opening(opening, verb):
    """`Dans un communiqué parvenu mardi, le Syndicat autonome des agents (SAARF) a salué …`: after the opening
    phrase the parser took for the subject, an organisation named between its comma and the cue."""
    doc = verb.doc
    comma = next((t for t in reversed(doc[opening.i:verb.i]) if t.text == ","), None)
    if comma is None:
        return None
    return next((t for t in doc[comma.i + 1:verb.i] if t.ent_type_ == "ORG" and t.pos_ in ("NOUN", "PROPN")
                 and (t.i == comma.i + 1 or doc[t.i - 1].pos_ == "DET")), None)


def prepositional(tok) -> bool:
    """`À l'approche du vote, le ministre a martelé`: a noun after a preposition (other than a partitive `de`)
    is a circumstance the parser misread as the subject."""
    return any(c.dep_ == "case" and c.i < tok.i and norm(c.text) not in ("de", "d'", "du", "des", "of")
               for c in tok.children)


def clause_as_subject(subject, verb) -> bool:
    """`Les enquêteurs privilégient la piste criminelle, a précisé une source`: the parser made the reported
    clause's subject the cue's, hanging the clause's own finite verb on it."""
    if subject.i > verb.i or not any(t.text == "," for t in subject.doc[subject.right_edge.i:verb.i]):
        return False
    return any(hung_finite_verb(t) for t in subject.subtree if t.i != subject.i)


def hung_finite_verb(tok) -> bool:
    """A finite verb the parser hung on a noun, without the pronoun a relative clause has (`qui …`)."""
    return tok.dep_ in ("acl", "appos") and "Fin" in tok.morph.get("VerbForm") and not any(
        c.tag_ == "PRON" or (c.pos_ == "PRON" and c.dep_.startswith("nsubj")) for c in tok.children)


def inverted_clitic(verb, lex: Lexicon):
    """`a-t-il aussi fait savoir`, `a-t-elle ensuite ajouté`: the subject pronoun glued to the auxiliary, however
    the parser attached it, with only adverbs and auxiliaries between it and the verb."""
    doc = verb.doc
    pronouns = lex["person_pronouns"] | lex["plural_pronouns"]
    for tok in doc[verb.i + 1:verb.i + 3]:
        low = norm(tok.text)
        if low.startswith("-") and low in pronouns:
            return tok  # `Du moins précisa-t-il, « … »`: inverted after a simple tense, whatever comes before
        if low != "-t":
            break
    i, asides = verb.i - 1, 0
    while i >= max(0, verb.i - 4 - asides):
        tok = doc[i]
        low = norm(tok.text)
        if low.startswith("-") and low not in ("-t", "-on") and (
                low in lex["person_pronouns"] | lex["plural_pronouns"]):
            return tok
        if tok.text == "," and not asides:
            opening = next((t.i for t in reversed(doc[max(0, i - 6):i]) if t.text == ","), None)
            if opening is None or any(t.pos_ in ("VERB", "AUX") for t in doc[opening + 1:i]):
                return None
            asides = i - opening + 1  # `a-t-il, en effet, déclaré`
            i = opening - 1
            continue
        if tok.pos_ not in ("ADV", "AUX") and low != "-t":
            return None
        i -= 1
    return None


PARTICIPLE_DEPS = ("acl", "amod", "advcl", "advmod", "parataxis", "conj")


def participle_holder(verb, lex: Lexicon):
    """`a indiqué le porte-parole, précisant que …`: the French present participle hangs on a noun or a clause;
    who speaks is the first subject noun above it, else the subject of the first cue above it."""
    from dossier.extract.reported import is_cue_verb

    if verb.dep_ not in PARTICIPLE_DEPS or not french_present_participle(verb, lex) \
            or any(c.dep_ in SUBJECT_DEPS for c in verb.children):  # `, sa directrice X déclarant : « … »`
        return None  # `, qualifiant l'auteur de « lâche »`: the noun after a participle is its object, not its subject
    incise = incise_before(verb, lex)
    if incise is not None:
        return incise
    if verb.dep_ in ("parataxis", "conj"):
        return None
    for ancestor in verb.ancestors:
        if ancestor.dep_ in SUBJECT_DEPS and ancestor.pos_ in ("NOUN", "PROPN"):
            return ancestor
        if ancestor.pos_ == "VERB" and is_cue_verb(ancestor, lex, incise=True):
            return subject_of(ancestor, lex)
    return None


def incise_before(verb, lex: Lexicon):
    """`Vingt personnes ont été blessées, a annoncé le porte-parole, précisant que …`: a participle right after an
    incise with its subject after the cue goes on with that subject, whatever the parser hung it on."""
    from dossier.extract.reported import is_cue_verb

    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    for tok in reversed(doc[verb.sent.start:verb.i - 1]):
        if tok.text in BOUNDARY - {","} or tok.pos_ == "SCONJ":
            return None
        if tok.pos_ == "VERB" and is_cue_verb(tok, lex, incise=True):
            subject = inverted_subject(tok, lex) or inverted_clitic(tok, lex)  # `», a-t-elle souligné, précisant`
            return subject if subject is not None and subject.i < verb.i else None
    return None


def french_present_participle(tok, lex: Lexicon) -> bool:
    return lex.language == "fr" and "Pres" in tok.morph.get("Tense") and "Part" in tok.morph.get("VerbForm") \
        and norm(tok.text).endswith("ant")


def reporting_head(verb, lex: Lexicon):
    """The clause a participle cue hangs on; in English, past a reported clause to its own cue (`The union says the
    plan is illegal, arguing that …`: the union argues, not the plan)."""
    from dossier.extract.reported import is_cue_verb

    head = verb.head
    if lex.language != "en" or verb.tag_ != "VBG":
        return head
    clause = head  # `X said that the statement was not …, because …, while adding that …`: X adds
    while clause.dep_ in ("ccomp", "advcl", "conj") and clause.head.i < clause.i < verb.i:
        if is_cue_verb(clause.head, lex, True):
            return clause.head
        clause = clause.head
    return head


DATELINE_WORDS = 10


def in_dateline(tok) -> bool:
    """`LONDON (AP) —`, `LYON, 23 juillet (Reuters) -`: the place in capitals that opens a wire story, before its
    dash, names no speaker."""
    doc = tok.doc
    if tok.i >= 4 or not tok.text.isupper() or len(tok.text) < 2 or not all(
            t.text.isupper() or t.is_punct for t in doc[:tok.i]):
        return False
    dash = next((t.i for t in doc[tok.i + 1:tok.i + DATELINE_WORDS] if t.text in ("—", "–", "-", "--")), None)
    return dash is not None and dash + 1 < len(doc) and doc[dash + 1].text[:1].isupper()


def subject_order(verb, lex: Lexicon) -> list:
    """The verb's children in the order a subject is looked for; in English, a cue inside brackets looks for its
    subject inside them first, as the parser can hang a subject from outside on it (`shelters (representatives of
    the estates say …)`)."""
    children = [c for c in verb.children if not in_dateline(c)]
    bracket = next((t.i for t in reversed(verb.doc[verb.sent.start:verb.i]) if t.text in "()"), None)
    if lex.language != "en" or bracket is None or verb.doc[bracket].text != "(":
        return children
    return sorted(children, key=lambda c: c.i < bracket)


def named_after_content(subject, verb):
    """`Officers arrested the suspects on I-10, Jake Frith, special agent for the attorney general's office,
    said.`: the person named after the last comma before a sentence-final cue, not the parser's subject."""
    doc = verb.doc
    if subject.i > verb.i or not any(t.text == "," for t in doc[subject.i:verb.i]):
        return None
    if verb.i + 1 < len(doc) and not doc[verb.i + 1].is_punct:
        return None
    person = person_named_before(verb)
    if person is None or person.i <= subject.i or person.pos_ == "NOUN":
        return None
    ent_start = next((e.start for e in entities(doc) if e.start <= person.i < e.end), person.i)
    return person if ent_start > 0 and doc[ent_start - 1].text == "," else None


SUBORDINATORS = {"si", "s'", "quand", "lorsque", "lorsqu'", "puisque", "puisqu'", "comme", "if", "when", "although",
                 "though", "because", "since", "while"}


def subject_after_subordinate(subject, verb):
    """`Même si cette matière n'a qu'un faible coefficient, le jeune homme, un matheux, dit …`: the parser took the
    fronted clause's object for the subject and the real subject, after the comma, for its apposition."""
    doc = verb.doc
    if subject.i > verb.i:
        return None
    apposed = next((c for c in subject.children if c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN")
                    and c.i > subject.i and doc[c.left_edge.i - 1].text == ","), None)
    if apposed is None:
        return None
    start = written_sentence_start(verb)
    finite = [t for t in doc[start:subject.left_edge.i]
              if t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm")]
    opener = next((t for t in doc[start:start + 3] if norm(t.text) in SUBORDINATORS), None)
    return apposed if finite and opener is not None and opener.i < finite[0].i else None


def stressed_pronoun(tok, verb, lex: Lexicon) -> bool:
    """`Christine Lagarde a elle aussi jugé`: a pronoun after the auxiliary repeats the subject named before it."""
    return tok.pos_ == "PRON" and norm(tok.text) in lex["person_pronouns"] | lex["plural_pronouns"] \
        and between_auxiliary_and_verb(tok, verb)


def named_before_comma(verb, lex: Lexicon):
    """`…, la directrice générale de l'Office (ONC), Aminata Koné-Diabaté, a démenti toute pénurie`: a cue with no
    subject of its own right after a person's name and its comma, with no clause before, is that person's (the noun
    after it is its object, not an inverted subject)."""
    from dossier.extract.reported import clause_before

    doc = verb.doc
    first = cue_group_opening(verb)
    if lex.language != "fr" or first < 2 or doc[first - 1].text != "," or clause_before(verb):
        return None
    ent = next((e for e in entities(doc) if e.end == first - 1 and e.label_ in PERSON_LABELS), None)
    return ent.root if ent is not None and doc[ent.start - 1].text == "," else None


def person_named_before(verb):
    """The last person named in the sentence before `verb`, with no other verb between."""
    for ent in reversed([e for e in entities(verb.doc) if verb.sent.start <= e.start and e.end <= verb.i]):
        if ent.label_ in PERSON_LABELS:
            between = verb.doc[ent.end:verb.i]
            if any(t.pos_ == "VERB" for t in between):
                return None
            return ent.root
    return None


def quoted_name(subject, verb) -> bool:
    """`«Les voix des Femmes» appelle les parties à …`: a short capitalised quotation closing right before the
    verb whose subject it holds is a name (an association, a title), not a statement."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text not in ("»", "”", '"') or subject.i > verb.i:
        return False
    opening = next((t.i for t in reversed(doc[max(0, verb.i - 9):verb.i - 1]) if t.text in ("«", "“", '"')), None)
    if opening is None or not opening < subject.i < verb.i - 1:
        return False
    words = [t for t in doc[opening + 1:verb.i - 1] if not t.is_punct]
    return 0 < len(words) <= 6 and words[0].text[:1].isupper() and not any(t.pos_ in ("VERB", "AUX") for t in words)


def across_quote(tok, verb) -> bool:
    """True when a quotation mark stands between a token and the verb (the token is in the quote)."""
    low, high = sorted((tok.i, verb.i))
    return any(t.text in QUOTE_MARKS for t in tok.doc[low:high])


def inverted_subject(verb, lex: Lexicon):
    """The subject after the verb: `», a déclaré la société`, `said Murphy`, `ce qu'a annoncé X`, and after an
    infinitive cue its framing verb opens (`», a tenu à préciser Clément Chapel`)."""
    doc = verb.doc
    if verb.tag_ == "VBG" or "Ger" in verb.morph.get("VerbForm") or french_present_participle(verb, lex):
        return None
    first = cue_group_opening(verb)
    framing = framing_verb_before(verb, first, lex)
    if framing is not None:
        first = cue_group_opening(framing)
    before = doc[first - 1] if first > 0 else None
    if before is not None and before.text not in BOUNDARY and before.pos_ != "PUNCT" \
            and norm(before.text) not in ("qu'", "que", "comme", "ainsi", "as"):
        return None
    if framing is not None and before is None:
        return None
    return subject_after(verb, lex)


def own_auxiliaries(verb) -> list:
    """The auxiliaries before `verb` that are its own: not one the parser gave it from another verb between them
    (`si rien n'est fait, estime la Cour`: `est` is `fait`'s)."""
    return [c for c in verb.children if c.dep_.startswith("aux") and c.i < verb.i
            and not any(t.pos_ == "VERB" for t in verb.doc[c.i + 1:verb.i])]


def cue_group_opening(verb) -> int:
    """Where the cue's group starts: its auxiliaries, an inverted pronoun, a resuming or object clitic."""
    doc = verb.doc
    first = min([verb.i] + [c.i for c in own_auxiliaries(verb) if not across_quote(c, verb)])
    while first > 0 and (doc[first - 1].pos_ == "AUX" or norm(doc[first - 1].text) in ("-t", "-il", "-elle")
                         or norm(doc[first - 1].text) in AUXILIARY_FORMS and doc[first - 1].pos_ == "X"):
        first -= 1
    if first > 1 and norm(doc[first - 1].text) in ("l'", "le", "la", "les") and doc[first - 1].pos_ == "PRON":
        first -= 1  # `comme l'a souligné X`
    clitics = OBJECT_CLITICS | REFLEXIVE_CLITICS
    while first > 1 and norm(doc[first - 1].text) in clitics and doc[first - 1].pos_ == "PRON":
        first -= 1  # `», lui a demandé un journaliste`, `», se réjouit l'agricultrice`
    return first


def framing_verb_before(verb, first: int, lex: Lexicon):
    """`a tenu à préciser`, `a voulu rassurer`: the framing verb an infinitive cue hangs on, right before it."""
    doc = verb.doc
    if lex.language != "fr" or "Inf" not in verb.morph.get("VerbForm") or first < 2:
        return None
    index = first - 1 if norm(doc[first - 1].text) in ("à", "de", "d'", "d’") else first
    framing = doc[index - 1]
    return framing if norm(framing.lemma_) in lex["framing_verbs"] and framing.pos_ in ("VERB", "AUX") else None


INVERTED_SUBJECT_REACH = 16  # `a indiqué à l'agence Belga, sous couvert d'anonymat, un responsable nigérien`


def subject_after(verb, lex: Lexicon):
    """The first name or noun after the cue phrase, past times, asides and circumstances."""
    doc = verb.doc
    skipping, skipped, aside = False, verb.i, False
    after = cue_phrase_end(verb, lex)
    adverbial = adverbial_locution_tokens(doc, after, lex)
    for tok in doc[after: min(len(doc), after + INVERTED_SUBJECT_REACH)]:
        if tok.i in adverbial:
            continue  # `révèle à présent le New Scientist`
        named = tok.ent_type_ in PERSON_LABELS and tok.ent_iob_ == "B" and tok.text[:1].isupper()
        if named and (not skipping or after_circumstance(doc[skipped:tok.i], lex)):
            return next((t for t in doc[tok.i:tok.i + 4] if t.pos_ == "PROPN"), tok)  # `a dit De Sart`
        if tok.pos_ == "ADP" and not skipping:
            skipping, skipped = True, tok.i
            continue
        if skipping and tok.i > skipped + 1 and tok.text[:1].isupper() and is_given_name(tok, lex) \
                and after_circumstance(doc[skipped:tok.i], lex):
            return tok  # `a rapporté à l'AFP Mustafa, serveur`: a witness known by a given name only
        plural = indefinite_plural(doc, tok)
        if plural is not None and tok.i > after:
            return plural  # `ont estimé mardi à Davos de hauts responsables`: `de` is the plural article here
        if skipping and tok.pos_ == "ADP" and (aside or norm(tok.text) in NOUN_COMPLEMENT_MARKERS):
            continue  # `a assuré jeudi, dans un entretien au Parisien, le ministre`, `a conclu en fin de journée X`
        if skipped > verb.i and tok.pos_ == "CCONJ" and norm(tok.text) in ("et", "and") and tok.i + 1 < len(doc) \
                and doc[tok.i + 1].pos_ in ("ADP", "DET", "PROPN") and doc[tok.i - 1].pos_ in ("PROPN", "NOUN", "NUM"):
            skipping = True
            continue  # `a répliqué sur France 2 et France Inter Jordan Bardella`: two media, then the speaker
        if skipping and tok.pos_ in ("DET", "NOUN", "PROPN", "ADJ", "X") and not (
                tok.pos_ == "DET" and tok.i > verb.i + 2 and doc[tok.i - 1].pos_ in ("NOUN", "PROPN", "X", "ADJ")):
            continue
        skipping = False
        if tok.i == verb.i + 1 and "Inf" in tok.morph.get("VerbForm"):
            continue
        if quoted_title_opening(tok):
            continue  # `rapporte mardi la «Tribune de Genève»`: a paper's name in quotation marks
        if tok.text == "," and (aside or circumstance_follows(doc, tok.i + 1, lex)
                                or only_time_between(doc, after, tok.i, lex)):
            aside = not aside
            continue  # `a assuré mardi, sur France Inter, Jacques Creyssel`, `a indiqué, jeudi 19 mai, le ministre`
        if tok.text in BOUNDARY or tok.pos_ in ("VERB", "SCONJ", "ADP", "CCONJ"):
            return None
        low = norm(tok.text)
        titled = tok.text[:1].isupper() and bool(tok.ent_type_)  # `souligne Le Soir`: a paper, not the evening
        if low in lex["when_words"] and not titled \
                or tok.pos_ in ("ADV", "AUX", "DET", "ADJ", "NUM"):
            continue
        if tok.pos_ in ("NOUN", "PROPN", "PRON", "X"):
            if norm(tok.text) == "-t" and tok.i + 1 < len(doc):
                return doc[tok.i + 1]
            if norm(tok.text) in REFLEXIVE_CLITICS and tok.head.i > tok.i:
                return None  # `», avait affirmé s'opposer …`: the clitic opens the reported infinitive
            return None if norm(tok.text) in lex["neuter_pronouns"] else tok
    return None


def indefinite_plural(doc, tok):
    """The noun of `de hauts responsables`, `d'anciens ministres`: `de` before an adjective and a plural noun."""
    if norm(tok.text) not in ("de", "d'") or tok.i + 2 >= len(doc):
        return None
    adjective, noun = doc[tok.i + 1], doc[tok.i + 2]
    if adjective.pos_ == "ADJ" and noun.pos_ == "NOUN" and "Plur" in noun.morph.get("Number"):
        return noun
    return None


def only_time_between(doc, start: int, end: int, lex: Lexicon) -> bool:
    """`a déclaré hier, le porte-parole`: only a time word between the cue and a comma, which opens no aside,
    before a definite subject (not `a-t-il soutenu mardi, quelques minutes après …`)."""
    when = lex["weekdays"] | lex["time_words"]
    following = doc[end + 1] if end + 1 < len(doc) else None
    definite = following is not None and (following.pos_ == "PROPN" or "Def" in following.morph.get("Definite"))
    return definite and start < end and all(norm(t.text) in when for t in doc[start:end])


def quoted_title_opening(tok) -> bool:
    """The opening mark of a title after its determiner: `la «Tribune de Genève»`, `le “Times”`."""
    doc = tok.doc
    return tok.text in ("«", "“", '"') and 0 < tok.i < len(doc) - 1 and doc[tok.i - 1].pos_ == "DET" \
        and doc[tok.i + 1].text[:1].isupper()


def adverbial_locution_tokens(doc, start: int, lex: Lexicon) -> set[int]:
    """Indexes of the words of adverbial locutions (`à présent`, `à son tour`) in the few words from `start`."""
    found: set[int] = set()
    for index, end in locution_spans(doc, lex):
        if start <= index < start + 6:
            found.update(range(index, end))
    return found


def locution_spans(doc, lex: Lexicon) -> tuple[tuple[int, int], ...]:
    """Where the doc's adverbial locutions start and end, found once per doc."""
    key = ("dossier.locutions", lex.language)
    if key not in doc.user_data:
        words = [norm(t.text) for t in doc_tokens(doc)]
        by_first = locution_words(lex)
        doc.user_data[key] = tuple(
            (index, index + len(phrase)) for index, word in enumerate(words) for phrase in by_first.get(word, ())
            if words[index:index + len(phrase)] == phrase)
    return doc.user_data[key]


@lru_cache(maxsize=8)
def locution_words(lex: Lexicon) -> dict[str, list[list[str]]]:
    """The lexicon's adverbial locutions as word lists, by first word."""
    found: dict[str, list[list[str]]] = {}
    for phrase in lex["adverbial_locutions"]:
        words = [norm(w) for w in re.findall(r"[^\s'’]+['’]?", phrase)]  # `l'époque` is two tokens
        found.setdefault(words[0], []).append(words)
    return found


def cue_phrase_end(verb, lex: Lexicon) -> int:
    """The index after a multi-word cue starting at `verb` (`met en garde`, `fait savoir`), or after the verb."""
    doc = verb.doc
    for length in (4, 3, 2):
        words = doc[verb.i:verb.i + length]
        if len(words) == length and norm(words.text) in lex["multiword_cues"]:
            return verb.i + length
    return verb.i + 1


MANNER_OPENERS = {"d'", "de", "avec", "sur"}


def circumstance_follows(doc, index: int, lex: Lexicon) -> bool:
    """After a comma in an inverted cue: a time, a place or medium phrase, or the name itself comes next."""
    if index >= len(doc):
        return False
    tok = doc[index]
    low = norm(tok.text)
    return tok.pos_ == "ADP" or low in lex["weekdays"] or low in lex["time_words"] or (
        tok.ent_type_ in PERSON_LABELS and tok.ent_iob_ == "B" and tok.text[:1].isupper())


def after_circumstance(phrase, lex: Lexicon) -> bool:
    """`a expliqué à l'AFP Haykel Boukraa`, `a rétorqué d'un ton moqueur Barack Obama`, `a conclu en fin de
    journée Me Champoux`: a name right after a medium, a manner or a time phrase is the inverted subject, not the
    preposition's object."""
    if len(phrase) < 2:
        return False
    last = phrase[-1]
    manner = norm(phrase[0].text) in MANNER_OPENERS and norm(phrase[1].text) in ("un", "une")
    named_medium = last.pos_ == "PROPN" and last.ent_type_ not in PERSON_LABELS  # `conclut à Actu.fr Léa Roy`
    timed = norm(last.text) in lex["when_words"]
    return manner or named_medium or timed or last.ent_type_ in ("ORG", "MISC", "LOC") and last.ent_iob_ != "O"


def nearest_named(verb):
    """A person or organisation named just before the verb with no other verb between (a misparsed subject)."""
    start = written_sentence_start(verb)
    for ent in reversed([e for e in entities(verb.doc) if start <= e.start and e.end <= verb.i]):
        if ent.label_ not in PERSON_LABELS | {"ORG"} or ent.root.dep_ in ("compound", "amod", "poss"):
            continue
        if ent.root.dep_ == "pobj" or prepositional(ent.root) or noun_complement(ent.root):
            continue  # `Eric Durr, Director … at New York State Division …, told`: the employer is no subject
        between = outside_brackets(verb.doc[ent.end:verb.i])
        if any(t.pos_ in ("VERB", "AUX") and not t.dep_.startswith("aux") and t.dep_ not in ("amod", "compound")
               and not participle_modifier(t) or t.text in (":", ";") for t in between):
            return None  # a modifier such as `self-driving` is no verb of its own
        return ent.root
    return None


def participle_modifier(tok) -> bool:
    """`arrivé` in `X, jeune réfugié arrivé à Paris en 2012, espère`: a participle describing a noun, no verb of its
    own clause."""
    return tok.dep_ == "acl" and "Part" in tok.morph.get("VerbForm") and tok.head.pos_ in ("NOUN", "PROPN")


def noun_complement(tok) -> bool:
    """`X, directeur de l'Autorité de gestion, a confirmé`: a name completing a role set in apposition."""
    return tok.dep_ == "nmod" and tok.head.pos_ == "NOUN" and tok.head.dep_ == "appos" \
        and any(c.dep_ == "case" for c in tok.children)


def outside_brackets(tokens) -> list:
    """The tokens not between round brackets: `de la province de Laghman (est)` has no verb."""
    kept, depth = [], 0
    for tok in tokens:
        depth += tok.text == "("
        if depth == 0:
            kept.append(tok)
        depth -= tok.text == ")" and depth > 0
    return kept


def written_sentence_start(tok) -> int:
    """Where `tok`'s sentence starts as written: the parser's sentence, joined to the one before when no
    punctuation ends that one (`Charles-Henri d'Ornano | a déclaré`)."""
    sent = tok.sent
    while sent.start > 0 and tok.doc[sent.start - 1].text not in (".", "!", "?", "…", ":", ";", "»", "”", '"'):
        sent = tok.doc[sent.start - 1].sent
    return sent.start


def sentence_opening_noun(verb):
    """Last resort for a misparsed sentence: the noun that opens it, when nothing but its phrase precedes the verb."""
    sent = verb.sent
    first = next((t for t in sent if not t.is_punct and t.pos_ != "DET"), None)
    if first is None or first.pos_ not in ("NOUN", "PROPN") or first.i >= verb.i:
        return None
    between = verb.doc[first.i:verb.i]
    if any(t.text in BOUNDARY or t.pos_ in ("SCONJ", "PRON") or t.text in QUOTE_MARKS for t in between):
        return None
    return first


def earlier_subject(verb):
    """The last subject before `verb` in its sentence (`L'Union … a, elle, demandé`), or a pronoun the parser hung
    on the auxiliary (`Il a pour sa part estimé`)."""
    for tok in reversed(list(verb.sent)):
        if inside_quotation(tok):
            continue
        on_auxiliary = tok.pos_ == "PRON" and tok.head.dep_.startswith("aux") and tok.head.head == verb
        if tok.i < verb.i and tok.dep_ in SUBJECT_DEPS and (tok.pos_ in ("NOUN", "PROPN") or on_auxiliary):
            return tok
        antecedent = tok.doc[tok.i - 2] if tok.i >= 2 else None
        if tok.i < verb.i and tok.dep_ in SUBJECT_DEPS and norm(tok.text) in ("qui", "who") \
                and tok.doc[tok.i - 1].text == "," and antecedent.pos_ in ("NOUN", "PROPN") \
                and opens_clause(antecedent.left_edge.i, written_sentence_start(verb), tok.doc):
            return antecedent  # `Le député, qui s'exprimait …, a affirmé`, the parser lost the main subject
    return None


def opens_clause(index: int, sentence_start: int, doc) -> bool:
    """The noun phrase at `index` opens its sentence, or follows a fronted phrase with no verb, set off by a comma
    (`Dans ce climat, l'Allemagne, qui …, a recommandé`)."""
    while doc[index].is_punct and index + 1 < len(doc):
        index += 1
    if index == sentence_start:
        return True
    return index > sentence_start + 1 and doc[index - 1].text == "," \
        and not any(t.pos_ in ("VERB", "AUX") or t.text == "," for t in doc[sentence_start:index - 1])


def inside_quotation(tok) -> bool:
    """True when `tok` stands between opening and closing quotation marks of its paragraph."""
    return quoted_tokens(tok.doc)[tok.i]


def quoted_tokens(doc) -> tuple[bool, ...]:
    """For each token, whether quotation marks before it are still open; built once per doc."""
    found = doc.user_data.get("dossier.quoted")
    if found is None:
        flags, depth, straight = [], 0, 0
        for t in doc_tokens(doc):
            flags.append(depth > 0 or straight % 2 == 1)
            if t.text in ("«", "“", "„"):
                depth += 1
            elif t.text in ("»", "”"):
                depth = max(0, depth - 1)
            elif t.text == '"':
                straight += 1
        found = doc.user_data["dossier.quoted"] = tuple(flags)
    return found


def mention_of(tok, lex: Lexicon) -> Mention:
    """The speaker mention headed by `tok`, with its name, role and type."""
    if tok.text in ("-", "‐") and tok.head.pos_ == "PROPN":
        tok = tok.head  # `Hydro-Québec` split by the tokenizer: the hyphen tagged as a name is not the head
    low = norm(tok.text)
    if low in lex["demonstrative_pronouns"]:
        return Mention(tok.text, "", pronoun="none")  # `c'était parce que …`: a thing, not a speaker
    if tok.pos_ == "PRON" or low in lex["person_pronouns"] | lex["plural_pronouns"] | lex["relative_pronouns"]:
        if low in lex["relative_pronouns"] and tok.head.dep_ in ("relcl", "acl:relcl", "acl"):
            return mention_of(person_before_apposition(tok) or antecedent_of(tok, lex), lex)
        focus = cleft_focus(tok) if low in ("qui", "who") else None
        if focus is not None:
            return mention_of(focus, lex)
        if low.lstrip("-t") in lex["plural_pronouns"] or low in lex["plural_pronouns"]:
            return Mention(tok.text, "", pronoun="plural", plural=True)
        side = impersonal_source(tok, lex)
        if side is not None:
            return mention_of(side, lex)
        topic = dislocated_topic(tok, lex)
        if topic is not None:
            return mention_of(topic, lex)
        if low in lex["first_person_pronouns"]:
            return Mention(tok.text, "", pronoun="none")
        if low in lex["neuter_pronouns"]:
            return Mention(tok.text, "", "organization", pronoun="organization")
        return Mention(tok.text, "", pronoun="person")
    found = organization_named_after_person(noun_mention(tok, lex), lex)
    if lex.language == "fr" and tok.pos_ == "NOUN" and tok.i > 0 and not tok.ent_type_ \
            and norm(tok.doc[tok.i - 1].text) in DEMONSTRATIVE_GENDERS:
        return replace(found, pronoun="described", fallback=found, head=norm(tok.text),
                       name=found.name or described_name(tok, lex))
    return found


CLEFT_OPENERS = {"c'", "c’", "ce", "it"}


def cleft_focus(relative):
    """`C'est Geffry Salmon qui s'est exprimé`, `It was the mayor who said`: the noun phrase a cleft puts forward."""
    doc = relative.doc
    start = relative.i - 1
    while start > relative.sent.start and doc[start].pos_ in ("NOUN", "PROPN", "DET", "ADJ") \
            and norm(doc[start].text) not in CLEFT_OPENERS:
        start -= 1
    if start >= relative.i - 1 or start < relative.sent.start + 1 or doc[start].lemma_ not in ("être", "be") \
            or norm(doc[start - 1].text) not in CLEFT_OPENERS:
        return None
    focus = doc[relative.i - 1]
    while start < focus.head.i < relative.i and focus.head.i != focus.i:
        focus = focus.head
    return focus if focus.pos_ in ("NOUN", "PROPN") else None


def described_name(tok, lex: Lexicon) -> str:
    """`mère de deux élèves du collège` for `regrette cette mère de deux élèves du collège`: the person as the
    demonstrative phrase describes them, when nobody named before fits; not a bare noun (`cette source`), which
    only takes up someone."""
    end = tok.i + 1
    while end < len(tok.doc) and end <= tok.right_edge.i and end - tok.i < 9 and tok.doc[end].text not in BOUNDARY \
            and tok.doc[end].pos_ not in ("VERB", "AUX", "PRON", "SCONJ", "CCONJ"):
        end += 1
    if end - tok.i < 3 or norm(tok.text) in lex["source_nouns"]:
        return ""
    return clean_name(span_text(tok.doc[tok.i:end]), lex)


def organization_named_after_person(found: Mention, lex: Lexicon) -> Mention:
    """`la fondation Abbé Pierre`, `l'institut Pasteur`: an organisation noun read as the role of the person it is
    named after is the organisation's name."""
    role = norm(found.role or "")
    words = found.name.split() if found.name else []
    if lex.language == "fr" and found.type == "person" and len(words) > 1 \
            and norm(words[0]) in lex["organization_nouns"]:
        return replace(found, type="organization")  # `le groupe Stellantis`, whatever the tagger made of the name
    if lex.language != "fr" or not found.name or role not in lex["organization_nouns"] \
            or f"{found.role} {found.name}" not in found.text:
        return found
    return replace(found, name=f"{found.role} {found.name}", role=None, type="organization")


def french_owned(name: str, owner: str) -> str:
    """`fédération des exploitants`, `avocat de Jean Dupont`, `porte-parole d'Airbus`."""
    if owner[:1].islower() and owner.split()[0].endswith(("s", "x")):
        return f"{name} des {owner}"
    if owner[:1].lower() in "aeiouyéèêàâîôûh":
        return f"{name} d'{owner}"
    return f"{name} de {owner}"


def dislocated_topic(pronoun, lex: Lexicon):
    """`Quant au maire de Marseille, Benoît Payan, il a réclamé …`: a subject pronoun right after a comma takes up
    the person or group set at the head of its sentence, with no verb between."""
    doc = pronoun.doc
    if lex.language != "fr" or norm(pronoun.text) not in ("il", "elle", "ils", "elles") or pronoun.i < 2 \
            or doc[pronoun.i - 1].text != ",":
        return None
    head = list(doc[pronoun.sent.start:pronoun.i - 1])
    if not head or any(t.pos_ in ("VERB", "AUX") or t.text in QUOTE_MARKS or t.text in (";", ":") for t in head):
        return None
    people = [t for t in head if t.ent_type_ in PERSON_LABELS and t.ent_iob_ == "B"]
    return people[-1] if people else None


KNOWING_ADJECTIVES = {"familiar", "aware", "close", "briefed", "knowledgeable"}


def gendered_noun(word: str, lex: Lexicon) -> bool:
    """`mother`, `spokesman`: a noun for a person of a known gender (English lexicons list them)."""
    return word in lex["feminine_roles"] or word in lex["masculine_roles"]


def noun_mention(tok, lex: Lexicon) -> Mention:
    doc = tok.doc
    latest = latest_named(tok, lex)
    if latest is not None:
        return latest
    epithet = epithet_before(doc, tok.i + 1, lex)
    if epithet is not None:
        return Mention(epithet, "", pronoun="person")
    known = famed_role(tok, lex)
    if known is not None:
        return Mention(known, "", pronoun="person", gender=english_role_gender([tok], lex))
    gender = demonstrative_gender(tok, lex)
    if gender:
        return Mention(doc[tok.i - 1:tok.i + 1].text, "", pronoun="person", gender=gender)
    epithet = anaphoric_epithet(tok, lex)
    if epithet:
        return Mention(doc[tok.i - 1:tok.i + 1].text, "", pronoun="aged" if aged(tok) else "latest", gender=epithet)
    if tok.dep_ == "appos" and tok.pos_ == "NOUN" and tok.head.ent_type_ in PERSON_LABELS \
            and tok.ent_type_ not in PERSON_LABELS:
        return mention_of(tok.head, lex)
    named = name_before_role(tok, lex)
    if named is not None:
        found = mention_of(named.root, lex)
        found.role = found.role or clean_name(span_text(doc[tok.left_edge.i:tok.right_edge.i + 1]), lex) or None
        return found
    colleagues = fellow_journalists_of(tok, lex)
    if colleagues is not None:
        return mention_of(colleagues, lex)
    owner = organization_in_apposition(tok, lex)
    if owner is not None:
        found = mention_of(owner, lex)
        found.role = found.role or clean_name(span_text(doc[tok.left_edge.i:tok.i + 1]), lex) or None
        return found
    if same_source(tok, lex):
        return Mention(span_text(doc[tok.left_edge.i:tok.i + 1]), "", pronoun="same source", head=norm(tok.text))
    issuer = medium_issuer(tok, lex)
    if issuer is not None:
        return mention_of(issuer, lex)
    issued = unnamed_issuer(tok, lex)
    if issued is not None:
        return issued
    official = local_official(tok, lex)
    if official is not None:
        found = mention_of(official, lex)
        found.role = found.role or clean_name(span_text(doc[tok.left_edge.i:official.left_edge.i - 1]), lex) or None
        return found
    titled = name_after_title(tok, lex)
    if titled is not None:
        found = mention_of(titled, lex)
        found.type = "person"
        found.role = found.role or appositive_role(tok, lex)
        return found
    if tok.pos_ == "NOUN":
        apposed = [*tok.children, *(g for c in tok.children if c.dep_ == "appos" and c.pos_ == "NOUN"
                                    and norm(c.text) in lex["role_nouns"] | lex["source_nouns"]
                                    for g in c.children)]  # `Le ministre de X, porte-parole du gouvernement, Y,`
        named = next((c for c in apposed if c.dep_ in ("appos", "conj") and (c.ent_type_ in PERSON_LABELS or
                      c.pos_ == "PROPN" and c.is_title and c.ent_type_ not in ORG_LABELS)
                      and "," in (tok.doc[c.i - 1].text, tok.doc[c.left_edge.i - 1].text)
                      and not any(t.pos_ == "CCONJ" for t in tok.doc[tok.i:c.i])), None)
        if named is None:
            named = next((g for c in tok.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i > tok.i
                          and tok.doc[c.left_edge.i - 1].text == "," for g in c.children
                          if g.dep_.startswith("flat") and g.i == c.i + 1 and g.ent_type_ in PERSON_LABELS),
                         None)  # `le président de la transition, le général Assimi Goïta`
        if named is not None:
            found = mention_of(named, lex)
            if found.role is None and tok.pos_ == "NOUN":
                first = tok.left_edge.i
                while first < tok.i and tok.doc[first].pos_ == "ADP":
                    first += 1  # `selon le procureur …, X`
                last = max(first, named.i - 1)
                while last > first and tok.doc[last - 1].text in BOUNDARY | {","}:
                    last -= 1
                while last > first and tok.doc[last].text in BOUNDARY | {","}:
                    last -= 1
                found.role = role_before(tok.doc[first:last + 1], last + 1, lex)
            return found
    from dossier.extract.reported import final_incise, is_cue_verb

    stops = ("VERB", "AUX", "SCONJ", "CCONJ", "ADP", "PRON", "ADV")
    left = tok.i
    adverbial = adverbial_locution_tokens(doc, max(0, tok.i - 5), lex)
    when = lex["when_words"]
    while left > tok.left_edge.i and doc[left - 1].text not in BOUNDARY and not is_cue_verb(doc[left - 1], lex, True) \
            and left - 1 not in adverbial and not (doc[left - 1].pos_ == "NOUN" and norm(doc[left - 1].text) in when) \
            and (
            doc[left - 1].pos_ not in stops or doc[left - 1].dep_ in ("poss", "nmod:poss")
            or doc[left - 1].pos_ == "ADP" and norm(doc[left - 1].text) in NAME_PREPOSITIONS and left - 2 >= 0
            and doc[left - 2].pos_ in ("NOUN", "PROPN") and doc[left].is_title
            or doc[left - 1].pos_ == "CCONJ" and left - 2 >= tok.left_edge.i and doc[left - 2].pos_ in ("ADJ",)):
        left -= 1
    while left >= 2 and doc[left - 1].text == "-" and not doc[left - 1].whitespace_ and not doc[left - 2].whitespace_:
        left -= 2  # `l'état-major`, which the tokenizer split
        if left >= 1 and doc[left - 1].pos_ == "DET":
            left -= 1
    title = next((e for e in entities(doc) if e.start < tok.i < e.end and e.label_ in ("ORG", "MISC")), None)
    if title is not None and doc[title.start].is_title:
        left = min(left, title.start)  # `explique Le Bien public`: a title with a word the tagger calls an adverb
    if left == tok.i and tok.is_title and not tok.is_sent_start and tok.pos_ in ("NOUN", "PROPN") and left > 1 \
            and doc[left - 1].pos_ == "PROPN" and doc[left - 1].is_title and not doc[left - 1].is_sent_start \
            and doc[left - 2].is_punct and doc[left - 2].text not in QUOTE_MARKS:
        left -= 1  # `Pour le reste, Bruxelles Mobilité a confirmé`: a place opening an organisation's name
    right = tok.i + 1
    seen_person = tok.ent_type_ in PERSON_LABELS and norm(tok.text) not in lex["office_words"]
    while right < len(doc) and right - tok.i <= 12:
        nxt = doc[right]
        low = norm(nxt.text)
        after = norm(doc[right + 1].text) if right + 1 < len(doc) else ""
        if nxt.pos_ == "CCONJ" and after in ("des", "du", "de", "d'", "of") and right > tok.i + 2:
            right += 1
            continue
        if nxt.pos_ == "CCONJ" and low in ("et", "and") and right > tok.i + 2 and right + 1 < len(doc) \
                and doc[right + 1].pos_ == "NOUN" and doc[right - 1].pos_ == "NOUN" \
                and doc[right - 2].pos_ in ("ADP", "DET"):
            right += 1  # `le gérant des fruits et légumes`: two bare nouns of one complement
            continue
        if nxt.pos_ == "VERB" and (nxt.dep_ == "amod" or nxt.dep_ == "acl" and "Part" in nxt.morph.get("VerbForm")
                                   and ("Plur" in tok.morph.get("Number") or tok.is_title)) \
                and not list(nxt.children) and nxt.head.i < right:
            right += 1  # `le Comité ministériel restreint`
            continue
        described = described_by_participle(tok, nxt, right, lex)
        if described:
            right = described  # `les employés remerciés`, `l'aéroport situé à Gosselies`
            continue
        if nxt.pos_ in ("VERB", "ADJ") and low in lex["office_participles"] and right + 1 < len(doc) \
                and doc[right + 1].pos_ == "ADP":
            right += 2  # `l'adjoint au maire chargé de la sécurité`, `le ministre délégué aux Transports`
            continue
        if nxt.pos_ == "NUM" and doc[right - 1].pos_ == "ADP" and after == norm(doc[right - 1].text) != "":
            right += 1  # `representatives of two of the former estates`
            continue
        if nxt.text == "-" and not doc[right - 1].whitespace_ and not nxt.whitespace_:
            right += 1  # `lieutenant-colonel` split by the tokenizer
            continue
        if nxt.pos_ == "NUM" and nxt.ent_iob_ == "I" and doc[right - 1].pos_ == "PROPN" and nxt.ent_type_ in ORG_LABELS:
            right += 1  # `France 24`, `Europe 1`
            continue
        if nxt.text in BOUNDARY or nxt.pos_ in ("VERB", "AUX", "SCONJ", "CCONJ", "PRON", "NUM"):
            break
        if nxt.pos_ == "DET" and right + 1 < len(doc) and doc[right + 1].pos_ == "NUM":
            break  # `la chaîne d'information le 28 août`: a date follows
        if cue_after_name(nxt, lex) or final_incise(nxt, lex):
            break
        if low == "non" and right + 1 < len(doc) and (doc[right + 1].pos_ == "ADJ" or doc[right + 1].tag_ == "VBN"
                                                      or "Part" in doc[right + 1].morph.get("VerbForm")):
            right += 2  # `des sources non confirmées`
            continue
        if nxt.pos_ in ("ADP", "ADV") and not seen_person and all(t.pos_ == "ADJ" for t in doc[tok.i + 1:right]) \
                and role_preposition(tok, nxt, lex):
            right += 1  # `a spokeswoman for the county`, `un chercheur en épidémiologie`, `l'adjointe à la maire`
            continue
        if low in lex["when_words"] and not (nxt.is_title and doc[right - 1].is_title) \
                or low in lex["relative_pronouns"] or (
                nxt.pos_ == "ADV" and not surname_after_title(doc, right, lex)):
            break
        place = place_complement(doc, right, lex)
        if place:
            right += place
            continue
        if nxt.pos_ == "ADP" and medium_follows(doc, right, lex):
            break
        if nxt.pos_ == "ADP" and capitalised_after(doc, right) and tok.is_title and not seen_person:
            right += 1
            continue
        if nxt.pos_ == "ADP" and tok.is_title and tok.pos_ == "NOUN" and not tok.is_sent_start and not seen_person \
                and left <= nxt.head.head.i < right and nxt.head.pos_ == "NOUN" and nxt.head.i > right:
            right += 1  # `Le Centre d'alerte aux tsunamis du Pacifique`: an institution's name goes on
            continue
        if nxt.pos_ == "ADP" and low == "chez" and norm(doc[right - 1].text) == "de" and right == tok.i + 2:
            right += 1  # `un ingénieur de chez Thales`
            continue
        if nxt.pos_ == "ADP" and low in ("with", "of") and norm(doc[right - 1].text) in KNOWING_ADJECTIVES:
            right += 1  # `people familiar with the discussions`, `officials aware of the plan`
            continue
        if nxt.pos_ == "ADP" and (seen_person or right + 1 >= len(doc) or low not in NAME_JOINERS | {"to", "au"}):
            break
        seen_person = seen_person or nxt.ent_type_ in PERSON_LABELS
        right += 1
    while right - 1 > tok.i and doc[right - 1].pos_ == "ADP":
        right -= 1
    given = next((t for t in doc[left + 1:right] if is_given_name(t, lex)
                  and is_publication(span_text(doc[left:t.i]), lex)), None) if tok.pos_ in ("PROPN", "X") else None
    if given is not None:
        named = span_text(doc[given.i:right])  # `a déclaré à Franceinfo Marine Le Pen`: the medium ran into the name
        return Mention(named, clean_name(named, lex, person=True), None, "person")
    span = doc[left:right]
    plural = "Plur" in tok.morph.get("Number") or tok.tag_ in ("NNS", "NNPS")
    owned = named_owner(tok, right, lex)
    if owned is not None:
        return owned
    indefinite = left < tok.i and norm(doc[left].text) in INDEFINITE_ARTICLES  # someone new, not taken up
    person = next((e for e in entities(doc) if e.label_ in PERSON_LABELS and e.start <= tok.i < e.end), None) or next(
        (e for e in entities(doc) if e.label_ in PERSON_LABELS and e.start < right and e.end > left
         and names_head(e, tok, lex)), None)
    bounds = person_bounds(person, lex) if person is not None else None
    if bounds is not None and bounds[1] <= bounds[0]:
        bounds = None
    if bounds is None and (norm(tok.text) in lex["office_words"] or tok.pos_ == "NOUN"):
        bounds = name_run(span, tok, lex)
    if bounds is None and tok.pos_ == "NOUN" and norm(tok.text) in lex["office_words"]:
        named = person_after_role(doc, tok, lex)
        if named is not None and related_to_name(tok, named.start, lex):
            return Mention(span.text, clean_name(doc[left:max(right, named.end)].text, lex), None, "person")
        if named is not None:
            role = clean_name(doc[left:named.start].text, lex)
            return Mention(doc[left:named.end].text, person_name(named, lex), role or None, "person")
        named = apposed_person(doc, right, lex)
        if named is not None:
            return Mention(span.text, person_name(named, lex), role_before(span, right, lex), "person")
    if bounds is None and tok.pos_ == "NOUN" and indefinite:
        named = apposed_person(doc, right, lex)
        if named is not None:  # `a lancé un manifestant, Jean-Robert, 34 ans`
            return Mention(doc[left:named.end].text, person_name(named, lex), clean_name(span.text, lex) or None,
                           "person")
    if bounds is None and tok.pos_ == "NOUN" and norm(tok.text) in lex["role_nouns"]:
        comma = complement_end(doc, right)
        named = apposed_person(doc, comma, lex) if comma is not None else None
        if named is not None:
            role = clean_name(doc[left:comma].text, lex)
            role += ")" if role.count("(") > role.count(")") else ""
            return Mention(doc[left:named.end].text, person_name(named, lex), role or None, "person")
    partners = [c for c in tok.children if c.dep_ == "conj" and c.ent_type_ in PERSON_LABELS and c.i > tok.i]
    if bounds is not None and partners and person is not None:
        other = next((e for e in entities(doc) if e.start <= partners[0].i < e.end), None)
        if other is not None and not (other.start <= tok.i < other.end):
            names = [clean_name(doc[bounds[0]:bounds[1]].text, lex, person=True), person_name(other, lex)]
            return Mention(span.text, "", None, "person", plural=True, group=tuple(names))
    if bounds is not None and related_to_name(tok, bounds[0], lex):
        return Mention(span.text, clean_name(doc[left:max(right, bounds[1])].text, lex), None, "person")
    if bounds is not None:
        name = clean_name(doc[bounds[0]:bounds[1]].text, lex, person=True)
        before = role_before(span, bounds[0], lex)
        after = appositive_role(doc[bounds[1] - 1], lex) or appositive_role(tok, lex)
        longer = role_after(doc, bounds[1], lex)
        if longer and (not after or longer.startswith(after)):
            after = longer
        role = after if after and (not before or norm(before) in lex["titles"]) else before
        return Mention(span.text, name, role, "person", plural=False)
    if right - 1 > tok.i and surname_after_title(doc, right - 1, lex) and doc[right - 1].ent_type_ == "":
        role = clean_name(doc[left:right - 1].text, lex)
        return Mention(span.text, doc[right - 1].text, role or None, "person")
    acronym = acronym_after(doc, tok, right, lex) if norm(tok.text) not in lex["office_words"] else None
    if acronym is not None and bounds is None:
        return Mention(span.text, acronym, None, "organization", plural=plural)
    org = next((e for e in entities(doc) if e.label_ in ORG_LABELS | {"MISC"} and e.start <= tok.i < e.end), None) \
        or next((e for e in entities(doc) if e.label_ in ORG_LABELS | {"MISC"} and e.start < right and e.end > left),
                None)  # the head's own entity first: `NUM spokesperson [Livhuwani Mammburu]`
    text = clean_name(span.text, lex)
    if org is not None and org.start == tok.i and org.end > right and tok.text[:1].isupper() and all(
            t.text[:1].isupper() or norm(t.text) in NAME_JOINERS for t in doc[right:org.end]):
        text = clean_name(doc[left:org.end].text, lex)  # `du Journal du Dimanche`: a title the noun phrase cut short
    words = norm(text)
    if org is not None and org.label_ in ("ORG", "MISC") and tok.pos_ == "PROPN" and titled_person(doc, left, org, lex):
        return Mention(span.text, clean_name(org.text, lex), clean_name(doc[left:org.start].text, lex), "person")
    if org is not None and org.label_ in ("ORG", "MISC") and tok.pos_ == "PROPN":
        kind = "publication" if is_publication(text, lex) else "organization"
        role = appositive_role(tok, lex)
        if role and any(w in lex["office_words"] for w in norm(role).split()):
            kind = "person"
        return Mention(span.text, titled_article(doc, left, text, kind), role, kind, plural=plural)
    if tok.pos_ == "PROPN":
        kind = "publication" if is_publication(text, lex) else ("organization" if org is not None else "unknown")
        text = titled_article(doc, left, text, kind)
        role = appositive_role(tok, lex)
        if role and any(w in lex["office_words"] for w in norm(role).split()):
            kind = "person"
        return Mention(span.text, text, role, kind, plural=plural)
    head = norm(tok.text)
    if tok.text[:1].isupper() and head in lex["organization_nouns"] and tok.i > left:
        return Mention(span.text, text, None, "organization", plural=plural)
    if words in lex["organization_nouns"] or head in lex["organization_nouns"] and len(span) <= 3:
        determiner = norm(doc[left].text) if left < tok.i else ""
        if determiner in ("la", "le", "l'", "the", "ce", "cette", "this"):
            return Mention(span.text, text, None, "organization", pronoun="organization",
                           gender=span_gender(doc[left:tok.i + 1]) if lex.language == "fr" else "")
    if head in lex["office_words"] and not plural and not indefinite and (len(span) <= 3 or role_only(span, tok)):
        gender = role_gender([tok], lex) if lex.language == "fr" else ""
        return Mention(span.text, text, None, "person", pronoun="title", gender=gender)
    if is_publication(text, lex) and head not in lex["role_nouns"]:
        return Mention(span.text, text, None, "publication", plural=plural)
    kind = "organization" if head in lex["organization_nouns"] else "person" if head in lex["office_words"] \
        or head.rstrip("s") in lex["office_words"] or gendered_noun(head, lex) else "unknown"
    owner = norm(doc[left].text) if left < tok.i else ""
    possessor = None
    if owner in POSSESSIVES:
        possessor = "plural" if owner in ("leur", "leurs", "their") else "person"
        if lex.language == "fr" and possessor == "person":
            possessor = "any"
    hint = None
    if possessor == "person":
        hint = next((person_name(e, lex) for e in entities(doc) if e.label_ in PERSON_LABELS
                     and e.root.dep_ in SUBJECT_DEPS and e.sent.start == tok.sent.start
                     and not (left <= e.start < right)), None)
    if kind in ("person", "unknown") and indefinite and text[:1].islower():
        text = f"{doc[left].text.lower()} {text}"  # `un habitant`: someone unnamed, as the article introduces them
    gender = (role_gender([tok], lex) if lex.language == "fr" else english_role_gender([tok], lex)) \
        if indefinite and kind == "person" else ""
    return Mention(span.text, text, appositive_role(tok, lex), kind, plural=plural, possessor=possessor,
                   owner_hint=hint, gender=gender)


def name_before_role(tok, lex: Lexicon):
    """`Paul De Grauwe, professeur à la London School of Economics souligne …`: a person named right before a
    comma and a role noun the parser took for the subject is who the role describes."""
    doc = tok.doc
    first = tok.left_edge.i
    if tok.pos_ != "NOUN" or tok.dep_ not in SUBJECT_DEPS or first < 2 or doc[first - 1].text != "," \
            or norm(tok.text) not in lex["role_nouns"]:
        return None
    person = next((e for e in entities(doc) if e.label_ in PERSON_LABELS and e.end == first - 1), None)
    if person is None or person.start > 0 and doc[person.start - 1].text not in BOUNDARY \
            and not doc[person.start - 1].is_sent_start and not doc[person.start].is_sent_start:
        return None
    return person


def described_by_participle(head, tok, right: int, lex: Lexicon) -> int:
    """`les employés remerciés`, `les témoignages récoltés sur place`, `l'aéroport situé à Gosselies`: a past
    participle right after an unnamed speaker's noun, with a short complement, goes on describing them (not
    `le ministre, interrogé par France Info`, which says where they spoke); where the description ends, or 0."""
    if tok.pos_ != "VERB" or "Part" not in tok.morph.get("VerbForm") or "Past" not in tok.morph.get("Tense") \
            or tok.head.i != head.i or head.pos_ != "NOUN" or head.ent_type_ \
            or norm(tok.lemma_) in lex["reporting_participles"] \
            or not all(t.pos_ == "ADJ" for t in tok.doc[head.i + 1:right]):
        return 0
    end = tok.right_edge.i + 1
    phrase = tok.doc[tok.i + 1:end]
    if end - tok.i > 5 or any(t.text in BOUNDARY or t.pos_ in ("VERB", "AUX", "PRON", "SCONJ") for t in phrase):
        return 0
    return end


TITLE_ARTICLES = ("Le", "La", "Les", "The")
PREPOSITION_WORDS = {"de", "du", "des", "d'", "à", "au", "aux", "en", "pour", "of", "for", "at", "in", "to"}
INDEFINITE_ARTICLES = {"un", "une", "a", "an"}
SENTENCE_OPENERS = {".", "!", "?", "…", ":", "«", '"', "“", "—", "–", "-", "(", "\n"}


def named_owner(tok, right: int, lex: Lexicon) -> Mention | None:
    """`Jerry Brown's campaign`, `Pfizer's spokeswoman`: in English, a common noun owned by a named person or
    organisation is a speaker of its own, named with its owner."""
    if lex.language != "en" or tok.pos_ != "NOUN":
        return None
    doc = tok.doc
    owner = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PROPN" and c.ent_type_), None)
    if owner is None:
        return None
    ent = next((e for e in entities(doc) if e.start <= owner.i < e.end), None)
    if ent is None or ent.label_ not in PERSON_LABELS | {"ORG"}:
        return None
    name = person_name(ent, lex) if ent.label_ in PERSON_LABELS else clean_name(ent.text, lex)
    rest = clean_name(span_text(doc[owner.i + 2 if doc[owner.i + 1].tag_ == "POS" else owner.i + 1:right]), lex)
    if not name or not rest:
        return None
    kind = "person" if norm(tok.text) in lex["role_nouns"] else "organization"
    return Mention(span_text(doc[ent.start:right]), f"{name}'s {rest}", None, kind)


def titled_article(doc, left: int, name: str, kind: str) -> str:
    """`Le Monde`, `d'après Le Parisien`: a capitalised article belongs to the title of a paper, and to any name
    when it is capitalised inside a sentence."""
    article = doc[left]
    if article.text not in TITLE_ARTICLES or not name[:1].isupper() or name.startswith(article.text + " "):
        return name
    inside = left > 0 and not article.is_sent_start and doc[left - 1].text not in SENTENCE_OPENERS
    return f"{article.text} {name}" if kind == "publication" and article.text != "The" or inside else name


def name_after_title(tok, lex: Lexicon):
    """The name right after a title heading the mention (`le Dr Rama Cont`, `M. Brooks`), whatever its entity tag."""
    doc = tok.doc
    if norm(tok.text) not in lex["titles"] or tok.i + 1 >= len(doc):
        return None
    name = doc[tok.i + 1]
    if name.pos_ != "PROPN" or not name.is_title or name.head.i != tok.i:
        return None
    return name


LATEST_WORDS = {"dernier": "m", "dernière": "f", "derniers": "m", "dernières": "f", "celui-ci": "m", "celle-ci": "f",
                "latter": ""}


def antecedent_of(relative, lex: Lexicon):
    """The noun a relative pronoun stands for: a role noun rather than its complement (`un responsable du
    ministère qui affirme`); when the parser hung the relative clause on the cue verb (`», commente notre expert
    qui l'affirme : « … »`), the verb's nominal subject or object before it."""
    governor = relative.head.head
    if governor.pos_ not in ("VERB", "AUX"):
        role = governor.head
        if governor.dep_ == "nmod" and role.pos_ == "NOUN" and role.i < governor.i and (
                norm(role.text) in lex["role_words"] | lex["office_words"] | lex["source_nouns"]):
            return role
        return named_complement(relative, governor, lex) or governor
    return next((c for c in reversed(list(governor.children)) if c.i < relative.i and c.pos_ in ("NOUN", "PROPN")
                 and c.dep_ in ("nsubj", "obj")), governor)


def named_complement(relative, governor, lex: Lexicon):
    """`une vive réaction de Séoul, qui y a vu …`: after a plain noun, the name that completes it and stands
    right before the relative is what the relative stands for."""
    doc = relative.doc
    if relative.i < 2 or doc[relative.i - 1].text != ",":
        return None
    name = doc[relative.i - 2]
    plain = norm(governor.text) not in lex["role_words"] | lex["office_words"] | lex["source_nouns"] \
        | lex["organization_nouns"] | lex["institution_nouns"]
    if plain and governor.pos_ == "NOUN" and name.pos_ == "PROPN" and name.ent_type_ and name.head.i == governor.i \
            and name.dep_ == "nmod":
        return name
    return None


def latest_named(tok, lex: Lexicon) -> Mention | None:
    """`Ce dernier`, `celle-ci`, `the latter`: the person named last, whether or not they have spoken yet."""
    low = norm(tok.text)
    if low not in LATEST_WORDS:
        return None
    before = norm(tok.doc[tok.i - 1].text) if tok.i else ""
    determined = before in ("ce", "cette", "ces", "the")
    if not determined and "-" not in low:
        return None
    plural = low.endswith("s")
    start = tok.i - 1 if determined else tok.i
    return Mention(tok.doc[start:tok.i + 1].text, "", pronoun="plural" if plural else "latest", plural=plural,
                   gender=LATEST_WORDS[low])


def acronym_after(doc, tok, start: int, lex: Lexicon) -> str | None:
    """`La fédération des fabricants de cigarettes en Belgique (Cimabel)`: the short name in brackets that ends the
    noun phrase headed by `tok`, which the article then uses for the organisation (not the place a town's name is
    given with: `Villeneuve-sur-Arre (Somme)`)."""
    last = min(tok.right_edge.i, tok.i + 15, len(doc) - 3)
    for index in range(start, last + 1):
        if doc[index].text in BOUNDARY - {"("} or doc[index].pos_ in ("VERB", "AUX"):
            return None
        if doc[index].text == "(" and doc[index + 2].text == ")" and ACRONYM_NAME.fullmatch(doc[index + 1].text) \
                and norm(doc[index + 1].text) not in lex["bracketed_places"]:
            return doc[index + 1].text
    return None


def impersonal_source(tok, lex: Lexicon):
    """`Du côté du Standard, on estime`, `Chez Renault, on assure`, `insiste-t-on du côté des cigarettiers`: who
    the impersonal `on` stands for, named before its verb or by a phrase on it; None otherwise."""
    verb = tok.head
    while verb.pos_ == "PRON" and verb.head.i != verb.i:
        verb = verb.head  # `indique-t-on`: the parser hangs `-on` on `-t`
    if norm(tok.text).lstrip("-") != "on" or verb.i == tok.i:
        return None
    candidates = [t for t in verb.sent if t.i < verb.i] + [c for c in verb.children if c.i > verb.i]
    for word in candidates:
        if word.pos_ not in ("NOUN", "PROPN") or inside_quotation(word):
            continue
        if norm(word.text) in lex["side_nouns"]:
            named = next((c for c in word.children if c.dep_ == "nmod" and c.pos_ in ("NOUN", "PROPN")), None)
            following = next((t for t in word.doc[word.i + 1:word.i + 4] if t.pos_ not in ("ADP", "DET")), None)
            return named or (following if following is not None and following.pos_ in ("NOUN", "PROPN") else None)
        fronted_place = word.i < verb.i and word.left_edge.i == verb.sent.start and word.right_edge.i + 1 < verb.i \
            and word.doc[word.right_edge.i + 1].text == ","  # `À l'Élysée, on assure que …`
        prepositions = lex["side_prepositions"] | (lex["place_prepositions"] if word.i > verb.i or fronted_place
                                                   else frozenset())
        if word.i > verb.i and is_publication(span_text(word.doc[word.left_edge.i:word.right_edge.i + 1]), lex):
            continue  # `a-t-on indiqué à La Tribune`: the outlet told, not the place that speaks
        if any(c.dep_ == "case" and norm(c.text) in prepositions for c in word.children):
            return word  # `Chez Renault, on assure`, `», indique-t-on à l'Élysée`
    return None


def medium_issuer(tok, lex: Lexicon):
    """`A statement from the Pentagon said …`, `a letter by 40 senators`: who issued the statement speaks."""
    if tok.pos_ != "NOUN" or norm(tok.text) not in lex["medium_nouns"]:
        return None
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.i > tok.i and norm(prep.text) in lex["issuer_prepositions"]:
            named = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if named is not None and (named.pos_ == "PROPN" or named.ent_type_ or norm(named.text) in
                                      lex["organization_nouns"] | lex["office_words"]):
                return named
    return None


def titled_person(doc, left: int, org, lex: Lexicon) -> bool:
    """`Police spokesperson Resila Onyango` tagged as an organisation (English): two or three capitalised words
    right after a role noun are a person's name."""
    roles = lex["role_nouns"] | lex["source_nouns"]
    return lex.language == "en" and left < org.start and norm(doc[org.start - 1].text) in roles \
        and doc[org.start - 1].is_lower and 2 <= len(org) <= 3 and all(t.is_title for t in org)


def organization_in_apposition(tok, lex: Lexicon):
    """`T-Mobile's parent, Deutsche Telekom, said`, `sa maison mère, Stellantis,`: an organisation named in
    apposition to a common noun that is no person's role speaks."""
    people = lex["role_nouns"] | lex["source_nouns"] | lex["titles"]
    if tok.pos_ != "NOUN" or tok.ent_type_ or norm(tok.text) in people:
        return None
    return next((c for c in tok.children if c.dep_ == "appos" and c.i > tok.i and c.pos_ == "PROPN"
                 and c.ent_type_ == "ORG" and tok.doc[c.left_edge.i - 1].text == ","), None)


def fellow_journalists_of(tok, lex: Lexicon):
    """`selon nos confrères de La Dernière Heure`, `our colleagues at the Times`: the publication speaks."""
    if norm(tok.text) not in lex["fellow_journalists"]:
        return None
    for child in tok.children:
        if (child.pos_ == "PROPN" or child.ent_type_ or child.is_title) and child.i > tok.i and (
                child.dep_ in ("nmod", "pobj") or any(c.dep_ == "case" for c in child.children)):
            return child
        for grandchild in child.children if child.dep_ == "prep" else ():
            if grandchild.pos_ == "PROPN":
                return grandchild
    return None


def same_source(tok, lex: Lexicon) -> bool:
    """`la même source`, `the same source`: the source that spoke last."""
    return tok.pos_ == "NOUN" and norm(tok.text) in lex["source_nouns"] and any(
        norm(c.text) in ("même", "mêmes", "same") and c.i < tok.i for c in tok.children)


DEFINITE_DETERMINERS = {"le", "la", "l'", "ce", "cet", "cette", "the", "this"}


def anaphoric_document(tok, lex: Lexicon) -> bool:
    """`précise le texte`: in French, a document named with a definite article and nothing after it."""
    return lex.language == "fr" and tok.pos_ == "NOUN" and norm(tok.text) in lex["document_nouns"] and tok.i > 0 \
        and norm(tok.doc[tok.i - 1].text) in DEFINITE_DETERMINERS \
        and not any(c.i > tok.i and c.dep_ != "punct" for c in tok.children)


def unnamed_issuer(tok, lex: Lexicon) -> Mention | None:
    """`selon son communiqué`, `d'après le récit qu'elle livre au Monde`, `selon un communiqué diffusé sur son
    site`: a statement whose issuer is a pronoun or a possessive speaks for whom they stand for (the clause's
    named subject, for a possessive)."""
    if anaphoric_document(tok, lex):
        return Mention(tok.text, "", pronoun="document")  # `…, a annoncé le ministère. …, précise le texte`
    if tok.pos_ != "NOUN" or norm(tok.text) not in lex["medium_nouns"]:
        return None
    for child in tok.children:
        if child.dep_ in ("acl:relcl", "relcl") and child.i > tok.i:
            pronoun = next((c for c in child.children if c.dep_ in SUBJECT_DEPS and c.pos_ == "PRON"), None)
            if pronoun is not None and norm(pronoun.text) in lex["person_pronouns"] | lex["plural_pronouns"]:
                plural = norm(pronoun.text) in lex["plural_pronouns"]
                return Mention(pronoun.text, "", pronoun="plural" if plural else "person")
    owner = next((t for t in tok.subtree if norm(t.text) in POSSESSIVES and t.pos_ == "DET"
                  and t.i <= tok.i + 6), None)
    if owner is None:
        return None
    subject = next((t for t in tok.sent if t.dep_ in SUBJECT_DEPS and t.i < tok.left_edge.i
                    and t.head == tok.sent.root and (t.pos_ == "PROPN" or t.pos_ == "NOUN" and any(
                        d.pos_ == "PROPN" for d in t.subtree if d.i > t.i))), None)
    if subject is not None:
        return mention_of(subject, lex)  # `la base aérienne de Tyndall a été frappée, selon un communiqué … son site`
    plural = norm(owner.text) in ("leur", "leurs", "their")
    return Mention(owner.text, "", pronoun="plural" if plural else "any")


def local_official(tok, lex: Lexicon):
    """`The Mandan, North Dakota, police chief, Jason Ziegler, said`: in English a place that opens a subject can
    qualify the office of the person named in apposition after it; that person speaks, not the place."""
    if lex.language != "en" or tok.ent_type_ not in ("GPE", "LOC", "") or tok.pos_ != "PROPN":
        return None
    person = next((c for c in tok.children if c.dep_ == "appos" and c.ent_type_ in PERSON_LABELS and c.i > tok.i
                   and tok.doc[c.left_edge.i - 1].text == ","), None)
    offices = lex["role_nouns"]
    if person is None or not any(norm(t.text) in offices for t in tok.doc[tok.i + 1:person.left_edge.i]):
        return None
    return person


def epithet_before(doc, end: int, lex: Lexicon) -> str | None:
    """`the Democrat`, `the 62-year-old`, `the 62-year-old retiree` ending at `end`: a definite phrase that names
    the person last mentioned by party or age, as a pronoun would."""
    if not lex["epithet_nouns"] or end < 2:
        return None
    phrase = doc[max(0, end - 8):end].text
    epithets = "|".join(re.escape(word) for word in sorted(lex["epithet_nouns"]))
    found = re.search(rf"(?:^|\s)(the (?:[\w]+-)?(?:{epithets})(?: [a-z]+)?)$", phrase, re.IGNORECASE)
    if found is None or found.group(1).split()[-1][:1].isupper() and len(found.group(1).split()) > 2:
        return None
    return found.group(1)


def famed_role(tok, lex: Lexicon) -> str | None:
    """`the “Bad Romance” singer`, `the American Horror Story actress`: in English, an occupation qualified by a
    work or a title stands for the person the article is about, as a pronoun would; the phrase, or None."""
    doc = tok.doc
    if lex.language != "en" or tok.pos_ != "NOUN" or norm(tok.text) not in lex["role_words"] | lex["feminine_roles"] \
            | lex["masculine_roles"] or tok.tag_ == "NNS":
        return None
    first = tok.left_edge.i
    if norm(doc[first].text) != "the" or any(c.i > tok.i for c in tok.children):
        return None
    between = doc[first + 1:tok.i]
    if any(t.ent_type_ in PERSON_LABELS for t in between):
        return None
    if not any(t.pos_ == "PROPN" or t.text in QUOTE_MARKS for t in between):
        return None
    return doc[first:tok.i + 1].text


def role_preposition(tok, preposition, lex: Lexicon) -> bool:
    """`spokesman for`, `economist at`: a role noun and the preposition that names whom it serves."""
    low = norm(tok.text)
    following = next((t for t in tok.doc[preposition.i + 1:preposition.i + 3] if t.pos_ != "DET"), None)
    if following is None or following.ent_type_ in ("DATE", "TIME") or norm(following.text) in lex["time_words"]:
        return False
    role = tok.pos_ == "NOUN" and (low in lex["role_nouns"]
                                   or low.rstrip("s") in lex["role_nouns"])
    word = norm(preposition.text)
    if not role or preposition.pos_ == "ADV" and word not in lex["role_prepositions"]:
        return False
    if word in lex["role_prepositions"]:
        return True
    if lex.language != "fr" or medium_follows(tok.doc, preposition.i, lex):
        return False
    if word == "en":  # `un chercheur en épidémiologie`, not `le ministre en marge d'un sommet`
        return following.pos_ == "NOUN" and following.i == preposition.i + 1 \
            and norm(following.text) not in lex["circumstance_nouns"]
    if word in ("à", "au", "aux", "pour"):  # `l'adjointe à la maire`, `le commissaire européen à l'Économie`
        return (word == "pour" or following.ent_type_ not in ("LOC", "GPE", "PER")) and (
            following.is_title and following.pos_ in ("NOUN", "PROPN") or norm(following.text) in lex["office_words"])
    return False


def surname_after_title(doc, index: int, lex: Lexicon) -> bool:
    """`le lieutenant-colonel Plus`: a capitalised word inside a sentence, right after a title, is a surname
    whatever the tagger made of it."""
    tok = doc[index]
    before = doc[index - 1] if index else None
    return tok.is_title and before is not None and tok.i > written_sentence_start(tok) + 1 and (
        norm(before.text) in lex["role_nouns"] | lex["titles"])


def person_before_apposition(relative):
    """`Marie Martin, infirmière à l'hôpital de Nantes, qui dénonce …`: a relative clause after a person's
    apposition speaks for the person, not for the place or body the apposition ends on."""
    doc = relative.doc
    antecedent = relative.head.head
    if relative.i == 0 or doc[relative.i - 1].text != "," or antecedent.ent_type_ in PERSON_LABELS:
        return None
    people = [e for e in entities(doc) if e.label_ in PERSON_LABELS and relative.sent.start <= e.start
              and e.end <= antecedent.i]
    if not people or antecedent.dep_ not in ("nmod", "obl", "obl:mod"):
        return None
    person = people[-1]
    between = doc[person.end:relative.i]
    if not between or between[0].text != "," or any(t.pos_ in ("VERB", "AUX") for t in between):
        return None
    return person.root


DEMONSTRATIVE_GENDERS = {"ce": "m", "cet": "m", "cette": "f"}


def demonstrative_gender(tok, lex: Lexicon) -> str:
    """`confie ce fromager affineur`: a demonstrative before a common noun for a person points back to someone
    already named, like a pronoun; the gender of `ce`/`cette`, or '' when the noun is not such an epithet."""
    if lex.language != "fr" or tok.pos_ != "NOUN" or tok.i == 0 or tok.ent_type_:
        return ""
    low = norm(tok.text)
    if low in lex["organization_nouns"] or low in lex["office_words"] or "Plur" in tok.morph.get("Number"):
        return ""
    if any(c.dep_ in ("appos", "nmod", "flat:name") and c.pos_ == "PROPN" for c in tok.children):
        return ""
    return DEMONSTRATIVE_GENDERS.get(norm(tok.doc[tok.i - 1].text), "")


def anaphoric_epithet(tok, lex: Lexicon) -> str:
    """`L'élu a ajouté`, `le magistrat a précisé`, `l'intéressée dément`: a definite noun French uses only to take up
    a person already named; its gender ('m' unless the article or the noun says 'f'), or '' when it is not one."""
    low = norm(tok.text)
    if tok.pos_ != "NOUN" or tok.i == 0 or tok.ent_type_ or low not in lex["anaphoric_epithets"] and not (
            aged(tok) and low not in lex["organization_nouns"]):
        return ""
    article = tok.doc[tok.i - 1]
    if norm(article.text) not in ("le", "la", "l'"):
        return ""
    return span_gender([article, tok]) or "m"


def aged(tok) -> bool:
    """`la coureuse de 27 ans`, `le médecin de 72 ans`: a noun given an age, which takes up a person named before."""
    doc = tok.doc
    return tok.i + 3 < len(doc) and norm(doc[tok.i + 1].text) == "de" and doc[tok.i + 2].like_num \
        and norm(doc[tok.i + 3].text) == "ans"


def place_complement(doc, index: int, lex: Lexicon) -> int:
    """How many words from `index` say where an anonymous speaker stood (`sur place`, `sur les lieux`) or finish
    the name of a role (`en chef`, `par intérim`); 0 if none."""
    for words in complement_words(lex).get(norm(doc[index].text), ()):
        if [norm(t.text) for t in doc[index:index + len(words)]] == words:
            return len(words)
    return 0


@lru_cache(maxsize=8)
def complement_words(lex: Lexicon) -> dict[str, list[list[str]]]:
    """The place complements and role locutions as word lists, by first word."""
    found: dict[str, list[list[str]]] = {}
    for phrase in lex["place_complements"] | lex["role_locutions"]:
        words = phrase.split()
        found.setdefault(words[0], []).append(words)
    return found


def related_to_name(tok, name_start: int, lex: Lexicon) -> bool:
    """`un proche de Pierre Moscovici`, `le porte-parole du Premier ministre`: the head noun is tied to the name
    that follows it by `de`; the speaker is that noun's phrase, not the person named."""
    doc = tok.doc
    if tok.pos_ != "NOUN" or name_start < tok.i + 2 or norm(tok.text) in lex["titles"]:
        return False
    between = doc[tok.i + 2:name_start]
    return norm(doc[tok.i + 1].text) in lex["relation_prepositions"] and all(t.pos_ in ("ADJ", "DET") for t in between)


def given_name_gender(name: str, lex: Lexicon) -> str:
    """'m' or 'f' from the first of two or more words of a name (`first_names.yaml`; `Jean-…` by its first part)."""
    words = name.split()
    return first_name_gender(words[0], lex) if len(words) >= 2 else ""


def first_name_gender(word: str, lex: Lexicon) -> str:
    """'m' or 'f' for a given name in `first_names.yaml` (`Jean-…` by its first part), else ''."""
    first = norm(word)
    for candidate in (first, first.split("-")[0]):
        if candidate in lex["male_names"]:
            return "m"
        if candidate in lex["female_names"]:
            return "f"
    return ""


def role_gender(tokens, lex: Lexicon) -> str:
    """`la ministre de la Santé, ` → 'f': the gender of the office noun heading the words before a name, from its
    determiner or adjectives first (`la porte-parole`), else from the noun itself (`directrice`)."""
    head = next((t for t in tokens if t.pos_ in ("NOUN", "ADJ")
                 and norm(t.text) in lex["role_nouns"]), None)
    if head is None:
        return ""
    marked = [c for c in head.children if c.pos_ in ("DET", "ADJ") and c.i < head.i] + [head]
    return span_gender(marked)


def english_role_gender(tokens, lex: Lexicon) -> str:
    """`spokeswoman Chelsea Kohler`, `Tom Hanks, the actor,` → 'f', 'm': the gender an English role noun tells."""
    words = {norm(t.text) for t in tokens}
    feminine, masculine = bool(words & lex["feminine_roles"]), bool(words & lex["masculine_roles"])
    return "f" if feminine and not masculine else "m" if masculine and not feminine else ""


def agreement_gender(root) -> str:
    """`X, nommée en 2019,`, `X est arrivée`, `X a été élue`: the gender a participle or adjective agreeing with a
    person's name gives it."""
    for child in root.children:
        if child.dep_ in ("amod", "acl") and child.i > root.i and ("Part" in child.morph.get("VerbForm")
                                                                    or child.pos_ == "ADJ"):
            return span_gender_of(child)
    verb = root.head
    if root.dep_ in ("nsubj", "nsubj:pass") and "Part" in verb.morph.get("VerbForm") and any(
            c.dep_.startswith("aux") and c.lemma_ == "être" for c in verb.children):
        return span_gender_of(verb)
    return ""


def span_gender_of(tok) -> str:
    gender = tok.morph.get("Gender")
    return {"Masc": "m", "Fem": "f"}.get(gender[0], "") if gender else ""


SHORT_WORDS = {"des", "les", "une", "aux", "par", "sur", "son", "ses", "the", "and", "for", "its", "her", "his"}


OFFICE_RANKS = {"premier", "première", "vice-premier", "vice-première", "prime", "deputy"}


def role_key(text: str, lex: Lexicon) -> tuple[str, frozenset[str]]:
    """`le ministre de l'Intérieur` → ('ministre', {'intérieur'}): an office word and the content words after it."""
    text = norm(text or "")
    for entry in longest_first(lex["office_periphrases"]):
        phrase, _, office = entry.partition("=>")
        if phrase.strip() and phrase.strip() in text:
            text = text.replace(phrase.strip(), office.strip())  # `le chef du gouvernement` is the prime minister
    words = re.findall(r"[\w-]+", text)
    index = next((i for i, w in enumerate(words) if w in lex["office_words"]), None)
    if index is None:
        return "", frozenset()
    if index > 0 and words[index - 1] in OFFICE_RANKS:
        words[index - 1:index + 1] = [f"{words[index - 1]} {words[index]}"]  # `le Premier ministre`: its own office
        index -= 1
    rest = {w for w in words[index + 1:] if (len(w) > 3 or len(w) == 3 and w not in SHORT_WORDS)
            and w not in DETERMINERS and w not in lex["office_words"]}
    return words[index], frozenset(rest)


def role_only(span, head) -> bool:
    """`le ministre de l'Intérieur`, `l'avocat de la famille`: an office and its complement, no name of a person
    of its own (a person in the complement, `l'avocat de Nicolas Sarkozy`, is someone else)."""
    return all(t.i <= head.i or t.pos_ in ("ADP", "DET", "NOUN", "ADJ", "PROPN", "CCONJ")
               or t.pos_ == "VERB" and "Part" in t.morph.get("VerbForm") for t in span) and not any(
        t.ent_type_ in PERSON_LABELS and t.i > head.i and span.doc[t.i - 1].pos_ not in ("ADP", "DET")
        and t.ent_iob_ == "B" for t in span)


def cue_after_name(tok, lex: Lexicon) -> bool:
    """`la Cour des comptes juge que`, `le député juge la réforme …`: a speech verb the tagger read as a noun or
    adjective ends the name before it."""
    from dossier.extract.reported import after_named_subject, speech_lemma

    index = tok.i + 1
    while index < len(tok.doc) and index - tok.i <= 3 and (
            tok.doc[index].pos_ == "ADV" or norm(tok.doc[index].text) in ("par", "ailleurs", "en", "outre")):
        index += 1  # `Le communiqué note par ailleurs que`
    following = tok.doc[index] if index < len(tok.doc) else None
    if following is not None and norm(following.text) not in ("que", "qu'"):
        following = tok.doc[tok.i + 1]
    if following is not None and following.text == ":" and tok.pos_ in ("NOUN", "ADJ", "VERB") and tok.i > 0 \
            and tok.doc[tok.i - 1].pos_ in ("NOUN", "PROPN") and not tok.doc[tok.i - 1].is_sent_start:
        return speech_lemma(tok.lemma_, tok.text, lex, True) is not None  # `Le recteur tempère : « … »`
    return following is not None and tok.pos_ in ("NOUN", "ADJ") \
        and (norm(following.text) in ("que", "qu'") or after_named_subject(tok)) \
        and speech_lemma(tok.lemma_, tok.text, lex, False) is not None


def head_phrase(tokens) -> list:
    """`chef de la mission du FMI` → `chef`: the words before the first preposition, whose gender is the person's."""
    end = next((i for i, t in enumerate(tokens) if t.pos_ == "ADP"), len(tokens))
    return list(tokens[:end])


def span_gender(tokens) -> str:
    """'m' or 'f' from the determiners, nouns and adjectives of a mention (French agreement), else ''."""
    for tok in tokens:
        if tok.pos_ in ("DET", "NOUN", "ADJ") and not tok.ent_type_:
            gender = tok.morph.get("Gender")
            if gender:
                return {"Masc": "m", "Fem": "f"}.get(gender[0], "")
    return ""


def medium_follows(doc, index: int, lex: Lexicon) -> bool:
    """`au quotidien italien`, `à la radio`: a preposition opening where something was said, not more of a name."""
    if norm(doc[index].text) not in lex["medium_prepositions"]:
        return False
    following = [t for t in doc[index + 1: index + 3] if t.pos_ != "DET"]
    return bool(following) and (norm(following[0].text) in lex["medium_nouns"] | lex["publication_words"])


def capitalised_after(doc, index: int) -> bool:
    """`Committee for a Responsible …`: the words after a preposition go on with a capital."""
    following = [t for t in doc[index + 1: index + 3] if t.pos_ != "DET"]
    first = following[0] if following else None
    return first is not None and first.is_title and first.pos_ == "PROPN" and first.ent_type_ not in ("DATE", "TIME")


def names_head(ent, tok, lex: Lexicon) -> bool:
    """False when the person is only a complement of the head (`advisers to Mr. Obama`)."""
    if ent.start <= tok.i < ent.end:
        return True
    if lex.language == "en" and ent.end <= tok.i and tok.pos_ == "NOUN" and ent.root.dep_ == "compound" \
            and ent.root.head.i == tok.i:
        return False  # `Two Clinton donors`, `Clinton aides`: people around the person named, not that person
    doc = ent.doc
    first = ent.start
    while first > 0 and (norm(doc[first - 1].text) in lex["titles"]):
        first -= 1
    before = doc[first - 1] if first > 0 else None
    if before is None or before.i < tok.i:
        return True
    return not (before.pos_ == "ADP" and len(ent) <= 2)


def appositive_role(tok, lex: Lexicon) -> str | None:
    """`Daniel Castro, vice-président du think tank …` → the role after the comma."""
    for child in tok.children:
        if child.dep_ != "appos" or child.i < tok.i or child.pos_ not in ("NOUN", "ADJ", "PROPN"):
            continue
        if child.pos_ == "PROPN" and child.ent_type_ in PERSON_LABELS or child.doc[child.i - 1].text == "(":
            continue
        skip: set[int] = set()
        for grandchild in child.children:
            if grandchild.dep_ in ("relcl", "acl:relcl", "acl", "appos", "advcl"):
                skip |= {t.i for t in grandchild.subtree}
        kept = []
        for t in child.subtree:
            if t.i in skip or (t.i < child.i and t.text == ","):
                continue
            if t.i > child.i and t.text in (",", ")", ";"):
                break
            kept.append(t)
        contiguous = bool(kept) and kept[-1].i - kept[0].i + 1 == len(kept)
        text = clean_name(span_text(kept) if contiguous else " ".join(t.text for t in kept), lex)
        return text or None
    return None


def span_text(tokens) -> str:
    """The article text from the first to the last of `tokens` (original spacing kept)."""
    tokens = sorted(tokens, key=lambda t: t.i)
    if not tokens:
        return ""
    doc = tokens[0].doc
    return doc_text(doc)[tokens[0].idx: tokens[-1].idx + len(tokens[-1].text)]


def is_publication(text: str, lex: Lexicon) -> bool:
    return has_words(lex.language, "publication_words", text)


def medium_of(verb, lex: Lexicon, content: set[int]) -> str | None:
    """Where it was said: `à ABC`, `sur Fox News`, `dans un communiqué`, `a tweeté`, `said on Twitter`."""
    if norm(verb.lemma_) in lex["twitter_verbs"] or norm(verb.text).startswith("tweet"):
        return "Twitter"
    for child in verb.children:
        if child.i in content or child.dep_ in SUBJECT_DEPS:
            continue
        if child.dep_ in ("dobj", "iobj", "obj", "dative") and child.i > verb.i and (
                is_publication(child.text, lex) or child.ent_type_ == "ORG" and child.pos_ == "PROPN"):
            return clean_name(span_text([t for t in child.subtree if t.dep_ not in ("relcl", "acl")]), lex)
        preposition = None
        target = child
        if child.dep_ == "prep" and norm(child.text) in lex["medium_prepositions"]:
            preposition = child.text
            target = next((c for c in child.children if c.dep_ == "pobj"), None)
        elif child.dep_.startswith("obl") or child.dep_ == "nmod":
            case = next((c for c in child.children if c.dep_ == "case"), None)
            if case is not None and norm(case.text) in lex["medium_prepositions"]:
                preposition = case.text
        if target is None or preposition is None:
            continue
        parts = [target] + [c for c in target.children if c.dep_ in ("flat:name", "flat", "compound", "nmod", "amod")
                            and abs(c.i - target.i) <= 3 and c.pos_ != "DET"]
        text = span_text(parts)
        if not text:
            continue
        low = norm(text)
        if low in lex["when_words"]:
            continue
        if low in lex["medium_nouns"] or norm(target.text) in lex["medium_nouns"]:
            return clean_name(text, lex)
        if target.ent_type_ in ("ORG", "MISC", "PRODUCT", "WORK_OF_ART") or target.pos_ in ("PROPN", "X"):
            if target.ent_type_ in ("PER", "PERSON", "GPE", "LOC"):
                continue
            return clean_name(text, lex)
    return None


def is_time_word(tok, keys: frozenset[str]) -> bool:
    if tok.ent_type_ in ("DATE", "TIME") and (tok.like_num or norm(tok.text) in keys):
        return True
    before = tok.doc[tok.i - 1] if tok.i > 1 else None
    if tok.is_title and before is not None and before.text in TITLE_ARTICLES and not before.is_sent_start:
        return False  # `souligne Le Soir`: a paper's title
    return norm(tok.text) in keys and not tok.is_upper and (tok.is_lower or tok.i == tok.sent.start or
                                                            tok.pos_ != "PROPN" or len(tok.text) > 3)


def when_of(verb, lex: Lexicon, content: set[int]) -> str | None:
    """When it was said: `dimanche`, `vendredi soir`, `on Saturday`, `in June 2012`."""
    keys = lex["when_words"]
    for child in verb.children:
        if child.i in content or child.dep_ not in TIME_DEPS or child.i < verb.i - 6:
            continue
        for tok in child.subtree:
            if not is_time_word(tok, keys):
                continue
            phrase = tok
            while phrase.head.i != phrase.i and phrase.i != child.i and (
                    phrase.head.pos_ == "ADP" or phrase.head.ent_type_ in ("DATE", "TIME") or phrase.dep_ == "nmod"
                    and phrase.head.pos_ == "NOUN" and norm(phrase.head.text) in keys):
                phrase = phrase.head
            tokens = [t for t in phrase.subtree if t.i not in content]
            if len(tokens) <= 6:
                return span_text(tokens).strip(" ,")
    for tok in verb.doc[verb.i + 1: verb.i + 5]:
        if tok.i in content:
            break
        if is_time_word(tok, keys):
            phrase = tok.head if tok.head.pos_ == "ADP" and tok.head.i not in content else tok
            tokens = [t for t in phrase.subtree if t.i not in content]
            if len(tokens) <= 6:
                return span_text(tokens).strip(" ,")
    return None
