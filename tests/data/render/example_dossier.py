"""A hand-built `Dossier` for the example (tiktok-microsoft.fr), made from the model classes only.

The statements are the quotes and claims a reader finds in the article; the reviews are the
analyst's real entries from claims.yaml (summaries and sources copied). Used by tests/test_render.py
and to render the example by hand:  .venv/bin/python tests/data/render/example_dossier.py OUT_DIR
"""

from __future__ import annotations

import hashlib
import sys
from dataclasses import replace
from pathlib import Path

from dossier.model import (
    Article,
    ClaimsFile,
    Diagnostic,
    Dossier,
    Entry,
    Metadata,
    Paragraph,
    Publication,
    Review,
    ReviewInfo,
    Source,
    Speaker,
    Statement,
)
from dossier.ratings import DEFAULT_SCALE

ROOT = Path(__file__).resolve().parents[3]
ARTICLE = ROOT / "articles" / "tiktok-microsoft.fr.txt"
TITLE = "Microsoft poursuivra les discussions sur un éventuel accord TikTok après des discussions avec Trump"

MICROSOFT = Speaker("Microsoft", None, "organization")
TRUMP = Speaker("Donald Trump", "président des États-Unis", "person")
MNUCHIN = Speaker("Steven Mnuchin", "secrétaire au Trésor", "person")
POMPEO = Speaker("Mike Pompeo", "secrétaire d’État", "person")
TIKTOK = Speaker("TikTok", None, "organization")
PAPPAS = Speaker("Vanessa Pappas", "directrice générale américaine de TikTok", "person")
CASTRO = Speaker("Daniel Castro", "vice-président du think tank Information Technology & Innovation Foundation",
                 "person")
NAVARRO = Speaker("Peter Navarro", "principal architecte de la guerre commerciale avec Pékin",
                  "person")
STAMOS = Speaker("Alex Stamos",
                 "ancien responsable de la sécurité sur Facebook et chercheur à l’Université de Stanford", "person")

# (kind, speaker, fragment of the article, check-worthy)
STATEMENTS = [
    ("indirect", MICROSOFT, "il poursuivrait les négociations pour acquérir les opérations américaines de la populaire "
                            "application de partage de vidéos TikTok", False),
    ("direct", MICROSOFT, "Suite à une conversation entre le PDG de Microsoft Satya Nadella et le président Donald J. "
                          "Trump, Microsoft est prêt à poursuivre les discussions pour explorer un achat de TikTok aux "
                          "États-Unis", True),
    ("partial", MICROSOFT, "l’importance de répondre aux préoccupations du président", False),
    ("partial", MICROSOFT, "terminer ces discussions au plus tard le 15 septembre", True),
    ("claim", None, "compte environ 1 milliard d’utilisateurs dans le monde", True),
    ("indirect", MNUCHIN, "TikTok devrait être vendu ou bloqué aux États-Unis", True),
    ("partial", POMPEO, "prendrait des mesures dans les prochains jours en ce qui concerne un large éventail de "
                        "risques pour la sécurité nationale", True),
    ("indirect", TIKTOK, "il pourrait être un outil pour le renseignement chinois", True),
    ("direct", PAPPAS, "Nous ne prévoyons d’aller nulle part", False),
    ("direct", CASTRO, "Les États-Unis seraient les plus grands perdants s’ils interdisaient TikTok", False),
    ("direct", CASTRO, "Tous ses centres de données se trouvent en dehors de la Chine et rien ne prouve qu’il présente "
                       "une menace pour la sécurité nationale.", True),
    ("indirect", TRUMP, "il utiliserait un décret pour interdire TikTok, ou l’International Emergency Economic Powers "
                        "Act", True),
    ("claim", None, "une «\u00a0menace inhabituelle et extraordinaire\u00a0» de l’étranger", True),
    ("partial", None, "menace inhabituelle et extraordinaire", False),
    ("indirect", MICROSOFT, "s’appuyer sur l’expérience que les utilisateurs de TikTok aiment actuellement, tout en "
                            "ajoutant des protections de sécurité, de confidentialité et de sécurité numérique de "
                            "classe mondiale", False),
    ("claim", None, "Le groupe informatique possède actuellement la plateforme de réseautage professionnel LinkedIn",
     True),
    ("indirect", PAPPAS, "créer 10 000 emplois américains chez TikTok au cours des trois prochaines années, en plus "
                         "des 1 500 employés actuels", True),
    ("direct", NAVARRO, "Ne tombez pas dans le piège", False),
    ("direct", NAVARRO, "La Chine a embauché tout un groupe de lobbyistes américains. Ils ont mis un PDG fantoche à la "
                        "tête de cette société", True),
    ("claim", None, "Kevin Mayer, devenu PDG de TikTok en mai", True),
    ("indirect", TRUMP, "il s’opposait à un rachat de TikTok par une société américaine", True),
    ("direct", STAMOS, "Cela devient bizarre. Une vente à 100% à une entreprise américaine … atténue tout problème "
                       "raisonnable de protection des données", False),
    ("claim", None, "ancien responsable de la sécurité sur Facebook et chercheur à l’Université de Stanford", True),
    ("direct", STAMOS, "Si la Maison Blanche tue cette (vente), nous savons que ce n’est pas une question de sécurité "
                       "nationale", True),
]

MS_BLOG = Source("Microsoft to continue discussions on potential TikTok purchase in the United States",
                 "https://blogs.microsoft.com/blog/2020/08/02/microsoft-to-continue-discussions-on-potential-tiktok-"
                 "purchase-in-the-united-states/", "Microsoft Corporate Blogs", "2020-08-02", None, "primary")

# (fragment of the statement it reviews, verdict, summary, sources, speaker, attribution, method)
REVIEWS = [
    ("Suite à une conversation", "true",
     "The quotation is a faithful translation of Microsoft's statement of 2 August 2020, which also gives the "
     "15 September deadline.", (MS_BLOG,), None, "confirmed", "match"),
    ("terminer ces discussions", "true",
     'Microsoft\'s statement says it will "complete these discussions no later than September 15, 2020".',
     (MS_BLOG,), None, "confirmed", "match"),
    ("compte environ 1 milliard", "misleading",
     "TikTok did not report one billion monthly users until September 2021. The figure of about a billion in "
     "August 2020 only holds if Douyin, the separate Chinese app of ByteDance, is counted with TikTok.",
     (Source("Thanks a billion!", "https://newsroom.tiktok.com/en-us/1-billion-people-on-tiktok", "TikTok Newsroom",
             "2021-09-27", None, "primary"),), None, None, "anchored"),
    ("une «\u00a0menace inhabituelle", "true",
     "The International Emergency Economic Powers Act lets the President act against \"any unusual and "
     "extraordinary threat, which has its source in whole or substantial part outside the United States\".",
     (Source("50 U.S. Code § 1701 - Unusual and extraordinary threat; declaration of national emergency",
             "https://www.law.cornell.edu/uscode/text/50/1701", "Legal Information Institute, Cornell Law School",
             None, None, "primary"),), None, None, "anchored"),
    ("Tous ses centres de données", "unverifiable",
     "This repeats what TikTok itself said in 2019: that its data centres are located entirely outside China and "
     "that US user data is stored in the United States with a backup in Singapore. No independent audit was public "
     "at the time.",
     (Source("Statement on TikTok's content moderation and data security practices",
             "https://newsroom.tiktok.com/en-us/statement-on-tiktoks-content-moderation-and-data-security-practices",
             "TikTok Newsroom", "2019-10-24", None, "primary"),), "Daniel Castro", "unconfirmed", "match"),
    ("Le groupe informatique", "true", "Microsoft completed its acquisition of LinkedIn in December 2016.",
     (Source("Microsoft to acquire LinkedIn", "https://news.microsoft.com/2016/06/13/microsoft-to-acquire-linkedin/",
             "Microsoft News Center", "2016-06-13", None, "primary"),), None, None, "match"),
    ("créer 10 000 emplois", "true",
     "Pappas made the pledge in a video posted on 1 August 2020; TikTok had announced the 10,000-job hiring plan in "
     "July 2020.",
     (Source("Vanessa Pappas (@vanessapappas) video message, 1 August 2020", "https://www.tiktok.com/@vanessapappas",
             "TikTok", "2020-08-01", None, "primary"),), "Vanessa Pappas", "confirmed", "match"),
    ("Kevin Mayer", "true",
     "ByteDance named Kevin Mayer, formerly head of Disney's streaming division, CEO of TikTok on 18 May 2020; he "
     "took office on 1 June and resigned on 26 August 2020.",
     (Source("ByteDance names Kevin Mayer Chief Operating Officer of ByteDance and CEO of TikTok",
             "https://newsroom.tiktok.com/en-us/bytedance-names-kevin-mayer-chief-operating-officer-of-bytedance-and-"
             "ceo-of-tiktok", "TikTok Newsroom", "2020-05-18", None, "primary"),), None, None, "anchored"),
    ("ancien responsable de la sécurité", "true",
     "Alex Stamos was Facebook's Chief Security Officer until August 2018 and then joined Stanford University, where "
     "he directs the Stanford Internet Observatory.",
     (Source("Alex Stamos", "https://cyber.fsi.stanford.edu/people/alex-stamos", "Stanford Internet Observatory",
             None, None, "secondary"),), None, None, "anchored"),
]


def build_article() -> Article:
    raw = ARTICLE.read_text(encoding="utf-8")
    blocks = [b.strip() for b in raw.split("\n\n") if b.strip()]
    body = blocks[blocks.index(TITLE) + 1: blocks.index("Comments")]
    text = "\n\n".join(body)
    paragraphs, pos = [], 0
    for index, block in enumerate(body):
        paragraphs.append(Paragraph(index, pos, pos + len(block), block))
        pos += len(block) + 2
    return Article(title=TITLE, text=text, paragraphs=tuple(paragraphs), language="fr",
                   metadata=Metadata(published="2020-08-03"), source="articles/tiktok-microsoft.fr.txt",
                   sha256=hashlib.sha256(raw.encode("utf-8")).hexdigest(), removed=("Comments",))


def build_statements(article: Article) -> list[Statement]:
    statements = []
    for kind, speaker, fragment, checkworthy in STATEMENTS:
        start = article.text.index(fragment)
        paragraph = next(p.index for p in article.paragraphs if p.start <= start < p.end)
        digest = hashlib.sha1(fragment.encode("utf-8")).hexdigest()[:10]
        prefix = "c" if kind == "claim" else "q"
        statements.append(Statement(f"{prefix}-{digest}", kind, fragment, start, start + len(fragment), paragraph,
                                    speaker, checkworthy=checkworthy, score=0.8 if checkworthy else 0.3))
    return statements


def build_dossier(language: str = "en", reviews=REVIEWS, claims_sha: str | None = None) -> Dossier:
    article = build_article()
    statements = build_statements(article)
    claims_path = ROOT / "claims.yaml"
    claims_bytes = claims_path.read_bytes() if claims_path.exists() else b""
    built_reviews, entries = [], []
    for line, (fragment, verdict, summary, sources, speaker, attribution, method) in enumerate(reviews, start=1):
        statement = next(s for s in statements if s.text.startswith(fragment))
        review = Review(verdict=verdict, match=statement.text, summary=summary, sources=sources, speaker=speaker,
                        attribution=attribution, line=16 + 12 * line, column=5)
        built_reviews.append(review)
        entries.append(Entry(statement, review, method))
    reviewed = {e.statement.id for e in entries}
    pending = tuple(s for s in statements if s.id not in reviewed and s.kind != "claim")
    claims = ClaimsFile(
        path=str(claims_path), article="articles/tiktok-microsoft.fr.txt", reviews=tuple(built_reviews),
        scale=DEFAULT_SCALE,
        publication=Publication(outlet="Dépêche d'agence (reprise)", published="2020-08-03", language="fr"),
        review=ReviewInfo(organization="Example Verification Desk", analyst="Duty analyst", date="2020-08-05",
                          language=language),
        sha256=claims_sha or hashlib.sha256(claims_bytes).hexdigest(),
    )
    return Dossier(
        name="tiktok-microsoft", article=article, claims=claims, entries=tuple(entries), pending=pending,
        statements=tuple(statements),
        diagnostics=(Diagnostic("info", "3 check-worthy statements are not reviewed yet", str(claims_path)),),
        stats={"statements": len(statements), "reviewed": len(entries), "pending": len(pending)},
        built_at="2020-08-05T14:03:00+00:00", version="0.1.0",
    )


def with_summary(dossier: Dossier, index: int, summary: str) -> Dossier:
    """The dossier with entry `index`'s summary replaced (for escaping tests)."""
    entries = list(dossier.entries)
    entry = entries[index]
    entries[index] = replace(entry, review=replace(entry.review, summary=summary))
    return replace(dossier, entries=tuple(entries))


if __name__ == "__main__":  # render the example by hand
    from dossier import render

    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/render-out")
    lang = sys.argv[2] if len(sys.argv) > 2 else "en"
    claims_text = (ROOT / "claims.yaml").read_text(encoding="utf-8") if (ROOT / "claims.yaml").exists() else None
    for path in render.render(build_dossier(lang), out, claims_text=claims_text):
        print(path)
