"""What the demo antenne of Rennes is made of, apart from people: the other antennes, the
governance bodies and their rules, skill tags and posts, the weekly programme of sessions,
agenda items and the participatory-budget projects.

Multilingual fields are `{"fr": ..., "nl": ..., "en": ...}` as the models store them. Texts a
member writes themselves (a skill post, an agenda item, a session title) exist in the languages
of the people who would plausibly write them; the builder picks the author's language.
The rule figures match the "(demo)" values of `db/content/*/statuts-en-bref.md`.
"""

from __future__ import annotations

from dataclasses import KW_ONLY, dataclass
from typing import Any

L10n = dict[str, str]


def l10n(fr: str, nl: str, en: str) -> L10n:
    return {"fr": fr, "nl": nl, "en": en}


# (slug, name, city, country, timezone, desk languages). Rennes is the kiosk's own antenne; the
# others only hold the people who sit on cooperative-wide bodies.
ANTENNAS: tuple[tuple[str, str, str, str, str, tuple[str, ...]], ...] = (
    ("rennes", "Smart Rennes", "Rennes", "FR", "Europe/Paris", ("fr", "en")),
    ("paris", "Smart Paris", "Paris", "FR", "Europe/Paris", ("fr", "en")),
    ("montpellier", "Smart Montpellier", "Montpellier", "FR", "Europe/Paris", ("fr",)),
    ("nantes", "Smart Nantes", "Nantes", "FR", "Europe/Paris", ("fr",)),
    ("bruxelles", "Smart Bruxelles-Brussel", "Bruxelles", "BE", "Europe/Brussels",
     ("fr", "nl", "en")),
    ("gent", "Smart Gent", "Gent", "BE", "Europe/Brussels", ("nl", "en")),
)  # fmt: skip
HOME_ANTENNA = "rennes"
# Shown on the kiosk; clearly a demo value, not Smart's real address.
HOME_ADDRESS = "Antenne de démonstration, 35000 Rennes"

# Rules as the tally engine reads them (see `db.models.governance.Body`). `tie_rule`:
# "not_adopted" (the status quo wins), "chair" (the chair's casting vote), "lots" (drawn by the
# facilitator, recorded in the ledger).
_QUORUM_TENTH = {"count": "present", "of": "entitled", "ratio": 0.1}
_QUORUM_HALF = {"count": "present", "of": "entitled", "ratio": 0.5}


@dataclass(frozen=True)
class BodySpec:
    """One governance body of the demo, with the mandates the builder fills."""

    slug: str
    kind: str
    name: L10n
    purpose: L10n
    rules: dict[str, Any]
    _: KW_ONLY
    parent: str | None = None
    # Local bodies belong to the Rennes antenne and are filled with Rennes members.
    local: bool = False
    # One mandate per role listed (roles repeat: several "director"s).
    roles: tuple[str, ...] = ()


BODIES: tuple[BodySpec, ...] = (
    BodySpec(
        "general-assembly",
        "general_assembly",
        l10n("Assemblée générale", "Algemene vergadering", "General assembly"),
        l10n(
            "Tous les sociétaires. Approuve les comptes, élit le conseil d'administration, "
            "modifie les statuts. Une personne, une voix.",
            "Alle vennoten. Keurt de rekeningen goed, kiest de raad van bestuur, wijzigt de "
            "statuten. Eén persoon, één stem.",
            "All member-shareholders. Approves the accounts, elects the board of directors, "
            "changes the statutes. One person, one vote.",
        ),
        {
            "quorum": _QUORUM_TENTH,
            "base": "cast",
            "majority": "simple",
            "statutes_majority": "two_thirds",
            "proxy_cap": 1,
            "tie_rule": "not_adopted",
            "meets": "yearly",
        },
    ),
    BodySpec(
        "board",
        "board",
        l10n("Conseil d'administration", "Raad van bestuur", "Board of directors"),
        l10n(
            "Élu par l'assemblée générale. Fixe les orientations, nomme la direction et "
            "contrôle son travail. Son ordre du jour est publié ; les sociétaires peuvent y "
            "proposer des points.",
            "Gekozen door de algemene vergadering. Legt de grote lijnen vast, benoemt de "
            "directie en controleert haar. Zijn agenda is openbaar; vennoten kunnen er punten "
            "aan toevoegen.",
            "Elected by the general assembly. Sets the direction, appoints the management and "
            "oversees it. Its agenda is published; members can propose items for it.",
        ),
        {
            "quorum": _QUORUM_HALF,
            "base": "cast",
            "majority": "simple",
            "proxy_cap": 1,
            "tie_rule": "chair",
            "support_threshold": 10,
            "meets": "monthly",
        },
        parent="general-assembly",
        roles=("chair", "vice_chair", "treasurer", "secretary", *("director",) * 5),
    ),
    BodySpec(
        "management-committee",
        "management_committee",
        l10n("Comité de direction", "Directiecomité", "Management committee"),
        l10n(
            "Nommé par le conseil d'administration. Gère le quotidien : services, équipes, "
            "budget. Rend des comptes au conseil.",
            "Benoemd door de raad van bestuur. Beheert het dagelijkse werk: diensten, teams, "
            "budget. Legt verantwoording af aan de raad.",
            "Appointed by the board of directors. Runs the daily work: services, teams, budget. "
            "Reports to the board.",
        ),
        {
            "quorum": _QUORUM_HALF,
            "base": "cast",
            "majority": "simple",
            "proxy_cap": 0,
            "tie_rule": "chair",
        },
        parent="board",
        roles=("chair", "member", "member", "member"),
    ),
    BodySpec(
        "ethics-committee",
        "ethics_committee",
        l10n("Comité d'éthique", "Ethisch comité", "Ethics committee"),
        l10n(
            "Veille à ce que les décisions respectent les valeurs de la coopérative. Donne des "
            "avis ; chaque sociétaire peut lui écrire.",
            "Waakt erover dat beslissingen de waarden van de coöperatie respecteren. Geeft "
            "adviezen; elke vennoot kan het aanschrijven.",
            "Makes sure decisions respect the cooperative's values. Gives opinions; any member "
            "can write to it.",
        ),
        {
            "quorum": {"count": "present", "of": "entitled", "ratio": 0.66},
            "base": "cast",
            "majority": "two_thirds",
            "proxy_cap": 0,
            "tie_rule": "not_adopted",
        },
        parent="general-assembly",
        roles=("chair", "member", "member"),
    ),
    BodySpec(
        "council-of-antennas",
        "council_of_antennas",
        l10n("Conseil des antennes", "Raad van de antennes", "Council of the antennes"),
        l10n(
            "Des représentant·es de chaque antenne. Fait remonter les sujets locaux au niveau "
            "national et conseille le conseil d'administration.",
            "Vertegenwoordigers van elke antenne. Brengt lokale onderwerpen naar het nationale "
            "niveau en adviseert de raad van bestuur.",
            "Representatives of every antenne. Carries local topics to the national level and "
            "advises the board of directors.",
        ),
        {
            "quorum": _QUORUM_HALF,
            "base": "cast",
            "majority": "simple",
            "proxy_cap": 1,
            "tie_rule": "not_adopted",
        },
        parent="board",
        roles=("chair", "secretary", *("member",) * 6),
    ),
    BodySpec(
        "rennes-local-council",
        "local_council",
        l10n("Conseil local de Rennes", "Lokale raad van Rennes", "Rennes local council"),
        l10n(
            "Des sociétaires de l'antenne qui animent la vie coopérative locale et représentent "
            "les sociétaires de Rennes.",
            "Vennoten van de antenne die het lokale coöperatieve leven trekken en de vennoten "
            "van Rennes vertegenwoordigen.",
            "Members of the antenne who run local cooperative life and represent Rennes members.",
        ),
        {
            "quorum": _QUORUM_HALF,
            "base": "yes_no",
            "majority": "simple",
            "proxy_cap": 1,
            "tie_rule": "not_adopted",
        },
        parent="council-of-antennas",
        local=True,
        roles=("chair", "secretary", *("member",) * 5),
    ),
    BodySpec(
        "rennes-pb-committee",
        "pb_committee",
        l10n(
            "Comité du budget participatif",
            "Comité participatief budget",
            "Participatory budget committee",
        ),
        l10n(
            "Prépare le vote des sociétaires de Rennes sur le budget de la vie coopérative "
            "locale : recueille les projets, vérifie les coûts, organise le vote.",
            "Bereidt de stemming van de vennoten van Rennes over het budget voor het lokale "
            "coöperatieve leven voor: verzamelt projecten, controleert kosten, organiseert de "
            "stemming.",
            "Prepares the Rennes members' vote on the budget for local cooperative life: "
            "collects projects, checks costs, runs the vote.",
        ),
        {
            "quorum": None,
            "base": "cast",
            "majority": "consent",
            "proxy_cap": 0,
            "tie_rule": "lots",
        },
        parent="rennes-local-council",
        local=True,
        roles=("facilitator", "member", "member", "member", "member"),
    ),
    BodySpec(
        "sip-rennes-governance",
        "working_group",
        l10n(
            "SIP Rennes : gouvernance participative",
            "SIP Rennes: participatief bestuur",
            "SIP Rennes: participatory governance",
        ),
        l10n(
            "Groupe de travail Smart In Progress. Cherche comment rendre la gouvernance "
            "compréhensible et ouverte à toutes et tous, et rend des recommandations.",
            "Werkgroep van Smart In Progress. Zoekt hoe het bestuur begrijpelijk en open voor "
            "iedereen kan worden, en doet aanbevelingen.",
            "Smart In Progress working group. Looks for ways to make governance understandable "
            "and open to everyone, and makes recommendations.",
        ),
        {
            "quorum": None,
            "base": "present",
            "majority": "consent",
            "proxy_cap": 0,
            "tie_rule": "not_adopted",
        },
        parent="rennes-local-council",
        local=True,
        roles=("facilitator", "secretary", *("member",) * 5),
    ),
    BodySpec(
        "sip-rennes-training",
        "working_group",
        l10n(
            "SIP Rennes : formation entre sociétaires",
            "SIP Rennes: leren van elkaar",
            "SIP Rennes: peer training",
        ),
        l10n(
            "Groupe de travail Smart In Progress. Recense les besoins et les compétences "
            "transmissibles, organise le coworking mentoré et les permanences.",
            "Werkgroep van Smart In Progress. Brengt noden en overdraagbare vaardigheden in "
            "kaart, organiseert coworking met mentor en inloopmomenten.",
            "Smart In Progress working group. Maps needs and transferable skills, organises "
            "mentored co-working and drop-in sessions.",
        ),
        {
            "quorum": None,
            "base": "present",
            "majority": "consent",
            "proxy_cap": 0,
            "tie_rule": "not_adopted",
        },
        parent="rennes-local-council",
        local=True,
        roles=("facilitator", "secretary", *("member",) * 4),
    ),
)

# Edges of the governance map: (source, kind, target).
BODY_LINKS: tuple[tuple[str, str, str], ...] = (
    ("general-assembly", "elects", "board"),
    ("general-assembly", "elects", "ethics-committee"),
    ("board", "reports_to", "general-assembly"),
    ("board", "appoints", "management-committee"),
    ("management-committee", "reports_to", "board"),
    ("ethics-committee", "advises", "board"),
    ("council-of-antennas", "advises", "board"),
    ("rennes-local-council", "reports_to", "council-of-antennas"),
    ("rennes-local-council", "appoints", "rennes-pb-committee"),
    ("rennes-pb-committee", "reports_to", "rennes-local-council"),
    ("sip-rennes-governance", "advises", "board"),
    ("sip-rennes-governance", "reports_to", "rennes-local-council"),
    ("sip-rennes-training", "advises", "rennes-local-council"),
)

# The taxonomy the hub publishes (docs/examples/skill_tags.json holds the same): the sectors of
# Smart's members, each with skills. (slug, label, ((skill slug, label), ...)).
SKILL_SECTORS: tuple[tuple[str, L10n, tuple[tuple[str, L10n], ...]], ...] = (
    ("performing-arts", l10n("Arts de la scène", "Podiumkunsten", "Performing arts"), (
        ("stage-lighting", l10n("Éclairage de scène", "Podiumbelichting", "Stage lighting")),
        ("stage-management", l10n("Régie de spectacle", "Voorstellingsregie", "Stage management")),
        ("touring", l10n("Diffusion et tournées", "Spreiding en tournees", "Booking and touring")),
    )),
    ("audiovisual", l10n("Audiovisuel", "Audiovisueel", "Audiovisual"), (
        ("photography", l10n("Photographie", "Fotografie", "Photography")),
        ("video", l10n("Vidéo", "Video", "Video")),
        ("sound", l10n("Son", "Geluid", "Sound")),
    )),
    ("music", l10n("Musique", "Muziek", "Music"), (
        ("music-production", l10n("Production musicale", "Muziekproductie", "Music production")),
        ("music-teaching", l10n("Cours de musique", "Muziekles", "Music lessons")),
    )),
    ("design", l10n("Design et graphisme", "Design en grafisch ontwerp", "Design"), (
        ("graphic-design", l10n("Graphisme", "Grafisch ontwerp", "Graphic design")),
        ("illustration", l10n("Illustration", "Illustratie", "Illustration")),
    )),
    ("it", l10n("Informatique et web", "IT en web", "IT and web"), (
        ("website", l10n("Site web", "Website", "Website")),
        ("social-media", l10n("Réseaux sociaux", "Sociale media", "Social media")),
        ("spreadsheets", l10n("Tableur (Excel)", "Rekenblad (Excel)", "Spreadsheets (Excel)")),
    )),
    ("crafts", l10n("Artisanat", "Ambacht", "Crafts"), (
        ("woodwork", l10n("Menuiserie", "Houtbewerking", "Woodwork")),
        ("sewing", l10n("Couture", "Naaien", "Sewing")),
    )),
    ("training", l10n("Formation et animation", "Vorming en begeleiding",
                      "Training and facilitation"), (
        ("public-speaking", l10n("Prise de parole", "Spreken in het openbaar", "Public speaking")),
        ("facilitation", l10n("Animation de groupe", "Groepen begeleiden", "Facilitation")),
    )),
    ("writing-languages", l10n("Écriture et langues", "Schrijven en talen",
                               "Writing and languages"), (
        ("writing", l10n("Écriture", "Schrijven", "Writing")),
        ("translation", l10n("Traduction", "Vertaling", "Translation")),
    )),
    ("business", l10n("Gérer son activité", "Je activiteit beheren", "Running your business"), (
        ("accounting", l10n("Comptabilité", "Boekhouding", "Accounting")),
        ("prospecting", l10n("Démarchage", "Klanten werven", "Finding clients")),
        ("pricing", l10n("Fixer ses prix", "Prijzen bepalen", "Pricing")),
        ("smart-software", l10n("Outils Smart", "Smart-tools", "Smart's tools")),
        ("copyright", l10n("Droits d'auteur", "Auteursrechten", "Copyright")),
        ("grants", l10n("Subventions", "Subsidies", "Grants")),
    )),
)  # fmt: skip

# The skills the demo's posts are drawn from, in the order the demo has always drawn them.
SKILL_TAGS: tuple[tuple[str, L10n], ...] = tuple(
    (slug, label)
    for wanted in (
        "accounting", "prospecting", "pricing", "smart-software", "graphic-design",
        "photography", "video", "sound", "writing", "translation", "website", "social-media",
        "copyright", "grants", "public-speaking", "facilitation",
    )
    for _sector, _label, skills in SKILL_SECTORS
    for slug, label in skills
    if slug == wanted
)  # fmt: skip

# Per tag: what an offer and a need look like, in the languages members write in.
SKILL_TEXTS: dict[str, tuple[L10n, L10n]] = {
    "accounting": (
        l10n("J'explique les bases de la compta", "Ik leg de basis van boekhouding uit",
             "I explain bookkeeping basics"),
        l10n("Besoin d'aide pour mes premiers comptes", "Hulp gezocht bij mijn eerste rekeningen",
             "Need help with my first accounts"),
    ),
    "prospecting": (
        l10n("Conseils pour trouver ses premiers clients", "Tips om je eerste klanten te vinden",
             "Tips to find your first clients"),
        l10n("Je cherche un binôme pour démarcher", "Ik zoek iemand om samen klanten te werven",
             "Looking for a partner to find clients"),
    ),
    "pricing": (
        l10n("Calculer un tarif juste", "Een eerlijk tarief berekenen", "Working out a fair rate"),
        l10n("Comment fixer le prix d'un atelier ?", "Hoeveel vraag ik voor een workshop?",
             "How do I price a workshop?"),
    ),
    "smart-software": (
        l10n("Je montre comment faire un devis sur l'outil Smart",
             "Ik toon hoe je een offerte maakt in de Smart-tool",
             "I show how to make a quote in Smart's tool"),
        l10n("Perdu·e dans l'outil de facturation", "Ik raak de weg kwijt in de facturatietool",
             "Lost in the invoicing tool"),
    ),
    "graphic-design": (
        l10n("Retouches d'affiches et de flyers", "Affiches en flyers bijwerken",
             "Touching up posters and flyers"),
        l10n("Besoin d'un logo simple", "Een eenvoudig logo gezocht", "Need a simple logo"),
    ),
    "photography": (
        l10n("Portraits pour vos profils pro", "Portretfoto's voor je profiel",
             "Portraits for your professional profile"),
        l10n("Je cherche quelqu'un pour photographier mon expo",
             "Iemand gezocht om mijn tentoonstelling te fotograferen",
             "Looking for someone to photograph my show"),
    ),
    "video": (
        l10n("Montage vidéo : je partage mes astuces", "Video monteren: mijn tips",
             "Video editing: my tips"),
        l10n("Besoin d'aide pour un teaser de deux minutes",
             "Hulp gezocht voor een teaser van twee minuten",
             "Need help with a two-minute teaser"),
    ),
    "sound": (
        l10n("Prise de son pour podcasts", "Geluidsopname voor podcasts",
             "Sound recording for podcasts"),
        l10n("Je cherche un micro à emprunter", "Ik zoek een microfoon om te lenen",
             "Looking for a microphone to borrow"),
    ),
    "writing": (
        l10n("Relecture de dossiers de candidature", "Nalezen van aanvraagdossiers",
             "Proofreading applications"),
        l10n("Aide pour écrire ma présentation", "Hulp bij het schrijven van mijn voorstelling",
             "Help writing my bio"),
    ),
    "translation": (
        l10n("Traductions français-néerlandais", "Vertalingen Frans-Nederlands",
             "French-Dutch translations"),
        l10n("Besoin de traduire mon site en anglais", "Mijn website moet naar het Engels",
             "Need my website in English"),
    ),
    "website": (
        l10n("Je vous aide à monter un site simple", "Ik help je een eenvoudige website maken",
             "I help you build a simple website"),
        l10n("Mon site ne marche plus sur téléphone", "Mijn website werkt niet op gsm",
             "My website breaks on phones"),
    ),
    "social-media": (
        l10n("Organiser ses publications sans y passer la nuit",
             "Je berichten plannen zonder er nachten in te steken",
             "Planning posts without losing sleep"),
        l10n("Comment parler de mon travail en ligne ?", "Hoe vertel ik online over mijn werk?",
             "How do I talk about my work online?"),
    ),
    "copyright": (
        l10n("Les droits d'auteur expliqués simplement", "Auteursrechten eenvoudig uitgelegd",
             "Copyright explained simply"),
        l10n("Question sur la cession de droits", "Vraag over overdracht van rechten",
             "Question about assigning rights"),
    ),
    "grants": (
        l10n("Relire votre demande de subvention", "Je subsidieaanvraag nalezen",
             "Reviewing your grant application"),
        l10n("Quelles aides pour une première création ?", "Welke steun voor een eerste creatie?",
             "What support for a first production?"),
    ),
    "public-speaking": (
        l10n("S'entraîner à présenter son projet", "Oefenen om je project voor te stellen",
             "Practising your project pitch"),
        l10n("Je stresse avant mes rendez-vous clients", "Ik ben zenuwachtig voor klantgesprekken",
             "I get nervous before client meetings"),
    ),
    "facilitation": (
        l10n("Animer une réunion où tout le monde parle",
             "Een vergadering leiden waar iedereen aan het woord komt",
             "Running a meeting where everyone speaks"),
        l10n("Besoin d'idées pour animer une permanence",
             "Ideeën gezocht om een inloopmoment te begeleiden",
             "Need ideas to host a drop-in session"),
    ),
}  # fmt: skip

SKILL_AVAILABILITIES: tuple[L10n, ...] = (
    l10n("Le mardi soir", "Dinsdagavond", "Tuesday evenings"),
    l10n("En semaine, en journée", "Op weekdagen, overdag", "Weekdays, daytime"),
    l10n("Le week-end", "In het weekend", "At weekends"),
    l10n("À partir de mars", "Vanaf maart", "From March"),
    l10n("", "", ""),
)

SKILL_HIDDEN_REASON = l10n(
    "Numéro de téléphone dans le texte : passez par une mise en relation.",
    "Telefoonnummer in de tekst: vraag liever een kennismaking aan.",
    "Phone number in the text: ask for an introduction instead.",
)

# What the facilitators' skills screens show in the demo (a stream of their own): two reports
# waiting, skills typed under "other" that the list lacks, and needs no offer fits.
SKILL_REPORTS: tuple[tuple[str, L10n], ...] = (
    (
        "commercial",
        l10n(
            "On dirait une publicité pour sa boutique.",
            "Dit lijkt reclame voor de eigen winkel.",
            "This looks like an advert for their shop.",
        ),
    ),
    (
        "out_of_date",
        l10n(
            "Je l'ai contacté·e, ce n'est plus d'actualité.",
            "Ik heb contact opgenomen, het is niet meer actueel.",
            "I got in touch: it no longer holds.",
        ),
    ),
)
SKILL_OTHER_TEXTS: tuple[tuple[L10n, int], ...] = (
    (l10n("Impression 3D", "3D-printen", "3D printing"), 3),
    (l10n("Langue des signes", "Gebarentaal", "Sign language"), 1),
)
SKILL_UNMET_NEEDS: tuple[tuple[str, L10n], ...] = (
    ("stage-lighting", l10n("Apprendre à régler des projecteurs", "Leren schijnwerpers afstellen",
                            "Learning to focus stage lights")),
    ("touring", l10n("Organiser une première tournée", "Een eerste tournee organiseren",
                     "Organising a first tour")),
    ("woodwork", l10n("Construire un décor en bois", "Een houten decor bouwen",
                      "Building a wooden set")),
)  # fmt: skip

SKILL_DESCRIPTIONS: dict[str, tuple[L10n, L10n]] = {
    "offer": (
        l10n("Une heure ou deux, à l'antenne ou en visio. Écrivez-moi via le kiosque.",
             "Een uurtje of twee, in de antenne of via video. Contacteer me via de kiosk.",
             "An hour or two, at the antenne or by video. Reach me through the kiosk."),
        l10n("Je l'ai appris sur le tas et je suis content·e de transmettre.",
             "Ik heb het al doende geleerd en geef het graag door.",
             "I learned it on the job and I am happy to pass it on."),
    ),
    "need": (
        l10n("Je peux rendre la pareille avec mes propres compétences.",
             "Ik help graag terug met wat ik zelf kan.",
             "Happy to return the favour with my own skills."),
        l10n("Pas urgent, mais avant la fin du mois si possible.",
             "Niet dringend, maar liefst voor het einde van de maand.",
             "Not urgent, but before the end of the month if possible."),
    ),
}  # fmt: skip

# The weekly programme of the antenne: weekday (0 = Monday) → sessions.
# (kind, start "HH:MM", minutes, capacity or None, price in cents, topic, titles by language,
#  recurrence rule or "", location)
SessionSpec = tuple[str, str, int, int | None, int, str, L10n, str, str]
WEEK: dict[int, tuple[SessionSpec, ...]] = {
    0: (
        ("workshop", "18:00", 120, 15, 0, "payslip",
         l10n("Atelier : lire sa fiche de paie", "Workshop: je loonfiche lezen",
              "Workshop: reading your payslip"), "", "Salle Coop"),
    ),
    1: (
        ("mentored_coworking", "09:30", 180, 12, 0, "coworking",
         l10n("Coworking mentoré", "Coworking met mentor", "Mentored co-working"),
         "FREQ=WEEKLY;BYDAY=TU,TH", "Labo de participation"),
        ("drop_in", "14:00", 120, 8, 0, "copyright",
         l10n("Permanence : facturer ses droits d'auteur",
              "Inloopmoment: auteursrechten factureren",
              "Drop-in: invoicing copyright"), "FREQ=WEEKLY;BYDAY=TU", "Salle Coop"),
    ),
    2: (
        ("drop_in", "10:00", 120, None, 0, "welcome",
         l10n("Permanence : c'est quoi Smart ? Questions de nouveaux venus",
              "Inloopmoment: wat is Smart? Vragen van nieuwkomers",
              "Drop-in: what is Smart? Newcomers' questions"),
         "FREQ=WEEKLY;BYDAY=WE", "Accueil"),
        ("training", "14:00", 180, 10, 3500, "accounting",
         l10n("Formation : les bases de la comptabilité",
              "Opleiding: basis van boekhouding", "Training: bookkeeping basics"),
         "", "Salle Coop"),
    ),
    3: (
        ("mentored_coworking", "09:30", 180, 12, 0, "coworking",
         l10n("Coworking mentoré", "Coworking met mentor", "Mentored co-working"),
         "FREQ=WEEKLY;BYDAY=TU,TH", "Labo de participation"),
        ("meet_the_board", "18:30", 90, 30, 0, "governance",
         l10n("Rencontre avec le conseil d'administration",
              "Ontmoeting met de raad van bestuur", "Meet the board of directors"),
         "", "Salle Coop + visio"),
    ),
    4: (
        ("drop_in", "10:00", 120, 8, 0, "photography",
         l10n("Permanence : se lancer comme photographe",
              "Inloopmoment: starten als fotograaf",
              "Drop-in: starting out as a photographer"),
         "FREQ=WEEKLY;BYDAY=FR", "Labo de participation"),
        ("drop_in", "16:00", 90, 8, 0, "cross-border",
         l10n("Permanence : travailler entre la France et la Belgique",
              "Inloopmoment: werken in België en Frankrijk",
              "Drop-in: working across France and Belgium"), "", "Accueil"),
    ),
    5: (
        ("workshop", "10:00", 150, 20, 0, "participatory-budget",
         l10n("Atelier : préparer les projets du budget participatif",
              "Workshop: projecten voor het participatief budget voorbereiden",
              "Workshop: preparing participatory budget projects"), "", "Labo de participation"),
    ),
}  # fmt: skip

# Items members put on the board's agenda: (status, supports, title and description by
# language, the board's answer by language or None).
AgendaSpec = tuple[str, int, L10n, L10n, L10n | None]
BOARD_AGENDA: tuple[AgendaSpec, ...] = (
    ("treated", 14,
     l10n("Publier l'ordre du jour du CA sur les kiosques",
          "De agenda van de raad van bestuur op de kiosken tonen",
          "Publish the board's agenda on the kiosks"),
     l10n("Les sociétaires veulent savoir de quoi parle le conseil avant la réunion.",
          "Vennoten willen vóór de vergadering weten waarover de raad praat.",
          "Members want to know what the board will discuss before it meets."),
     l10n("Adopté : l'ordre du jour est publié sur chaque kiosque une semaine avant.",
          "Aangenomen: de agenda staat een week vooraf op elke kiosk.",
          "Adopted: the agenda is published on every kiosk a week before.")),
    ("scheduled", 12,
     l10n("Aide aux déplacements pour l'assemblée générale",
          "Reishulp voor de algemene vergadering", "Travel aid for the general assembly"),
     l10n("Venir de Rennes coûte cher. Une aide permettrait à plus de sociétaires de voter "
          "sur place.",
          "Vanuit Rennes komen is duur. Met steun kunnen meer vennoten ter plaatse stemmen.",
          "Coming from Rennes is expensive. Support would let more members vote in person."),
     None),
    ("accepted", 11,
     l10n("Une rencontre CA–sociétaires à Rennes", "Een ontmoeting raad–vennoten in Rennes",
          "A board–members meeting in Rennes"),
     l10n("Rencontrer les administrateurs en dehors de l'AG, une fois par an dans chaque antenne.",
          "De bestuurders buiten de AV ontmoeten, één keer per jaar in elke antenne.",
          "Meet the directors outside the general assembly, once a year in every antenne."),
     l10n("Accepté : le conseil viendra à Rennes ; la date sera fixée à la prochaine réunion.",
          "Aanvaard: de raad komt naar Rennes; de datum volgt op de volgende vergadering.",
          "Accepted: the board will come to Rennes; the date is set at the next meeting.")),
    ("supported", 10,
     l10n("Des critères communs pour les budgets participatifs locaux",
          "Gemeenschappelijke criteria voor lokale participatieve budgetten",
          "Shared criteria for local participatory budgets"),
     l10n("Chaque antenne décide de son budget, mais avec des valeurs communes à toutes.",
          "Elke antenne beslist over haar budget, maar met waarden die voor alle antennes gelden.",
          "Each antenne decides on its budget, but with values shared by all."),
     None),
    ("submitted", 4,
     l10n("Traduire les documents de l'AG en néerlandais",
          "De documenten van de AV in het Nederlands vertalen",
          "Translate the general assembly papers into Dutch"),
     l10n("Beaucoup de sociétaires lisent mieux le néerlandais.",
          "Veel vennoten lezen beter Nederlands.",
          "Many members read Dutch more easily."),
     None),
    ("submitted", 2,
     l10n("Des permanences le samedi matin", "Inloopmomenten op zaterdagochtend",
          "Drop-in sessions on Saturday mornings"),
     l10n("En semaine, beaucoup d'entre nous sont en mission.",
          "Tijdens de week zijn velen van ons op opdracht.",
          "On weekdays many of us are out on jobs."),
     None),
    ("declined", 6,
     l10n("Rembourser les parts sociales en un mois",
          "Aandelen binnen een maand terugbetalen", "Pay back shares within a month"),
     l10n("Quand on quitte la coopérative, attendre le remboursement est long.",
          "Wie de coöperatie verlaat, wacht lang op de terugbetaling.",
          "When you leave the cooperative, waiting for your money back takes long."),
     l10n("Refusé : ce délai est fixé par les statuts. Seule l'assemblée générale peut le "
          "changer ; le conseil propose de mettre la question à son ordre du jour.",
          "Geweigerd: die termijn staat in de statuten. Alleen de algemene vergadering kan hem "
          "wijzigen; de raad stelt voor de vraag op haar agenda te zetten.",
          "Declined: this delay is set by the statutes. Only the general assembly can change "
          "it; the board proposes to put the question on its agenda.")),
)  # fmt: skip

LOCAL_AGENDA: tuple[AgendaSpec, ...] = (
    ("submitted", 3,
     l10n("Un coin calme pour téléphoner", "Een rustig hoekje om te bellen",
          "A quiet corner for phone calls"),
     l10n("Le labo est animé ; il manque un endroit pour appeler un client.",
          "Het labo is druk; er is geen plek om een klant te bellen.",
          "The lab is lively; there is nowhere to call a client."),
     None),
    ("accepted", 5,
     l10n("Fêter chaque mois les nouveaux sociétaires",
          "Elke maand de nieuwe vennoten vieren", "Celebrate new members every month"),
     l10n("Acheter sa part doit être un moment conscient et fêté.",
          "Je aandeel kopen moet een bewust en gevierd moment zijn.",
          "Buying your share should be a conscious, celebrated moment."),
     l10n("Accepté : un apéro le premier jeudi du mois.",
          "Aanvaard: een aperitief op de eerste donderdag van de maand.",
          "Accepted: drinks on the first Thursday of the month.")),
)  # fmt: skip

# The draft participatory budget of the antenne: (label, description, cost in euros).
PB_BUDGET_EUR = 5000
PB_PROJECTS: tuple[tuple[L10n, L10n, int], ...] = (
    (l10n("Coin enfants pendant les permanences", "Kinderhoek tijdens de inloopmomenten",
          "Children's corner during drop-ins"),
     l10n("Jeux et tapis pour que les parents puissent venir.",
          "Speelgoed en matten zodat ouders kunnen komen.",
          "Toys and mats so parents can come."), 800),
    (l10n("Aide aux déplacements pour l'AG", "Reishulp voor de AV",
          "Travel aid for the general assembly"),
     l10n("Trains et covoiturage pour les sociétaires de Rennes.",
          "Trein en carpooling voor de vennoten van Rennes.",
          "Trains and car-sharing for Rennes members."), 1500),
    (l10n("Cycle de formations entre sociétaires", "Opleidingsreeks tussen vennoten",
          "Peer training series"),
     l10n("Six ateliers animés et rémunérés par des sociétaires.",
          "Zes workshops, begeleid en betaald door en voor vennoten.",
          "Six workshops run, and paid for, by members."), 1200),
    (l10n("Matériel vidéo partagé", "Gedeeld videomateriaal", "Shared video kit"),
     l10n("Une caméra, deux micros et un trépied à emprunter.",
          "Een camera, twee microfoons en een statief om te lenen.",
          "A camera, two microphones and a tripod to borrow."), 2000),
    (l10n("Fête des nouveaux sociétaires", "Feest voor nieuwe vennoten", "New members' party"),
     l10n("Célébrer l'achat des parts, comme le demandent les groupes SIP.",
          "Het kopen van aandelen vieren, zoals de SIP-groepen vragen.",
          "Celebrate buying shares, as the SIP groups asked."), 600),
    (l10n("Supports en néerlandais et en anglais", "Documenten in het Nederlands en Engels",
          "Dutch and English materials"),
     l10n("Traduire le livret et les affiches de l'antenne.",
          "Het boekje en de affiches van de antenne vertalen.",
          "Translate the antenne's booklet and posters."), 900),
)  # fmt: skip

# The participatory budget's title and question (the vote is in French, as its texts have
# always been here; Dutch and English readers get the others).
PB_TITLE = l10n(
    "Budget participatif de l'antenne de Rennes",
    "Participatieve begroting van Smart Rennes",
    "Smart Rennes participatory budget",
)
PB_QUESTION = l10n(
    f"Quels projets financer pour la vie coopérative locale ? "
    f"Budget : {PB_BUDGET_EUR} €. Cochez tous les projets que vous soutenez.",
    f"Welke projecten financieren we voor het lokale coöperatieve leven? "
    f"Budget: € {PB_BUDGET_EUR}. Vink alle projecten aan die je steunt.",
    f"Which projects should we fund for local cooperative life? Budget: €{PB_BUDGET_EUR}. "
    "Tick every project you support.",
)
CONSULTATION_QUESTION = l10n(
    "Avis consultatif : le conseil local décidera en tenant compte des réponses.",
    "Raadplegend advies: de lokale raad beslist en houdt rekening met de antwoorden.",
    "Advisory: the local council will decide, taking the answers into account.",
)

# A consultation (advisory) on opening hours: a plurality vote.
CONSULTATION_TITLE = l10n(
    "Ouvrir l'antenne le samedi ?",
    "De antenne op zaterdag openen?",
    "Open the antenne on Saturdays?",
)
CONSULTATION_OPTIONS: tuple[L10n, ...] = (
    l10n("Oui, le matin", "Ja, 's ochtends", "Yes, mornings"),
    l10n("Oui, l'après-midi", "Ja, 's namiddags", "Yes, afternoons"),
    l10n("Non, plutôt un soir en semaine", "Nee, liever een avond in de week",
         "No, a weekday evening instead"),
)  # fmt: skip

# The vocabulary of "how involved do you want to be?" (`app.involvement.service`).
TOPICS: tuple[str, ...] = (
    "governance", "local_budget", "skill_sharing", "events", "training", "collective_struggles",
)  # fmt: skip
CHANNELS: tuple[str, ...] = ("email", "sms", "paper")
