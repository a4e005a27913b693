"""The words of the hub's e-mails, in French, Dutch and English (plain dictionaries: the hub
has no gettext catalogue, and these few sentences are all it writes to people).

Each message is a subject and a body, `str.format` templates over `name`, `title`, `when`,
`where`, `deadline`, `position` and `notice`; `FOOTER` closes every mail. Dates are written
with the names below, never the machine's locale (docs/architecture.md, "Mail from the hub").
"""

from __future__ import annotations

from datetime import datetime

LANGUAGES = ("fr", "nl", "en")

MESSAGES: dict[str, dict[str, tuple[str, str]]] = {
    "fr": {
        "seat_granted": (
            "Votre place est confirmée : {title}",
            "Bonjour {name},\n\nVotre place pour « {title} » le {when} est confirmée.{where}\n\n"
            "Si vous ne pouvez pas venir, dites-le à la borne (« Je ne peux pas venir ») : "
            "votre place ira à la personne suivante sur la liste d'attente.\n",
        ),
        "seat_waitlisted": (
            "Vous êtes sur la liste d'attente : {title}",
            "Bonjour {name},\n\n« {title} » le {when} est complet. Vous êtes n° {position} "
            "sur la liste d'attente ; nous vous écrirons si une place se libère.\n",
        ),
        "seat_offered": (
            "Une place s'est libérée pour vous : {title}",
            "Bonjour {name},\n\nUne place s'est libérée pour « {title} » le {when}.{where}\n\n"
            "Elle est à vous si vous la confirmez à la borne (en scannant votre badge) avant "
            "le {deadline} ; ensuite, elle ira à la personne suivante sur la liste d'attente.\n",
        ),
        "seat_promoted": (
            "Une place s'est libérée pour vous : {title}",
            "Bonjour {name},\n\nUne place s'est libérée pour « {title} » le {when} : "
            "elle est à vous.{where}\n",
        ),
        "session_changed": (
            "Modification : {title}",
            "Bonjour {name},\n\n« {title} » a été modifié ; il a lieu le {when}.{where}\n\n"
            "Le message des animateurs : {notice}\n",
        ),
        "session_cancelled": (
            "Annulation : {title}",
            "Bonjour {name},\n\n« {title} » du {when} est annulé.\n\n"
            "Le message des animateurs : {notice}\n",
        ),
    },
    "nl": {
        "seat_granted": (
            "Je plaats is bevestigd: {title}",
            "Hallo {name},\n\nJe plaats voor ‘{title}’ op {when} is bevestigd.{where}\n\n"
            "Kun je niet komen? Meld het aan de kiosk (‘Ik kan niet komen’): dan gaat je "
            "plaats naar de volgende op de wachtlijst.\n",
        ),
        "seat_waitlisted": (
            "Je staat op de wachtlijst: {title}",
            "Hallo {name},\n\n‘{title}’ op {when} is volzet. Je staat op nummer {position} "
            "van de wachtlijst; we schrijven je als er een plaats vrijkomt.\n",
        ),
        "seat_offered": (
            "Er is een plaats vrij voor jou: {title}",
            "Hallo {name},\n\nEr is een plaats vrijgekomen voor ‘{title}’ op {when}.{where}\n\n"
            "Ze is van jou als je ze vóór {deadline} aan de kiosk bevestigt (scan je badge); "
            "daarna gaat ze naar de volgende op de wachtlijst.\n",
        ),
        "seat_promoted": (
            "Er is een plaats vrij voor jou: {title}",
            "Hallo {name},\n\nEr is een plaats vrijgekomen voor ‘{title}’ op {when}: "
            "ze is van jou.{where}\n",
        ),
        "session_changed": (
            "Gewijzigd: {title}",
            "Hallo {name},\n\n‘{title}’ is gewijzigd; het vindt plaats op {when}.{where}\n\n"
            "Het bericht van de begeleiders: {notice}\n",
        ),
        "session_cancelled": (
            "Geannuleerd: {title}",
            "Hallo {name},\n\n‘{title}’ van {when} is geannuleerd.\n\n"
            "Het bericht van de begeleiders: {notice}\n",
        ),
    },
    "en": {
        "seat_granted": (
            "Your seat is confirmed: {title}",
            "Hello {name},\n\nYour seat for “{title}” on {when} is confirmed.{where}\n\n"
            "If you cannot come, say so at the kiosk (“I can't come”): your seat goes to the "
            "next person on the waiting list.\n",
        ),
        "seat_waitlisted": (
            "You are on the waiting list: {title}",
            "Hello {name},\n\n“{title}” on {when} is full. You are number {position} on the "
            "waiting list; we will write to you if a seat frees up.\n",
        ),
        "seat_offered": (
            "A seat is free for you: {title}",
            "Hello {name},\n\nA seat has freed up for “{title}” on {when}.{where}\n\n"
            "It is yours if you confirm it at the kiosk (scan your badge) before {deadline}; "
            "after that it goes to the next person on the waiting list.\n",
        ),
        "seat_promoted": (
            "A seat is free for you: {title}",
            "Hello {name},\n\nA seat has freed up for “{title}” on {when}: it is yours.{where}\n",
        ),
        "session_changed": (
            "Changed: {title}",
            "Hello {name},\n\n“{title}” has changed; it takes place on {when}.{where}\n\n"
            "The facilitators' message: {notice}\n",
        ),
        "session_cancelled": (
            "Cancelled: {title}",
            "Hello {name},\n\n“{title}” on {when} is cancelled.\n\n"
            "The facilitators' message: {notice}\n",
        ),
    },
}

WHERE = {
    "fr": "\nLieu : {location}",
    "nl": "\nWaar: {location}",
    "en": "\nWhere: {location}",
}
# Why the person receives it, and how to stop.
FOOTER = {
    "fr": "\n-- \nVous recevez ce courriel parce que vous avez choisi d'être contacté·e par "
    "courriel. Pour ne plus en recevoir, changez ce choix à la borne.\n",
    "nl": "\n-- \nJe krijgt deze e-mail omdat je koos om per e-mail gecontacteerd te worden. "
    "Wil je dat niet meer, verander dan je keuze aan de kiosk.\n",
    "en": "\n-- \nYou receive this e-mail because you chose to be contacted by e-mail. "
    "To stop, change that choice at the kiosk.\n",
}
WEEKDAYS = {
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
MONTHS = {
    "fr": (
        "janvier", "février", "mars", "avril", "mai", "juin",
        "juillet", "août", "septembre", "octobre", "novembre", "décembre",
    ),
    "nl": (
        "januari", "februari", "maart", "april", "mei", "juni",
        "juli", "augustus", "september", "oktober", "november", "december",
    ),
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
}  # fmt: skip
AT = {"fr": "à", "nl": "om", "en": "at"}


def local_when(moment: datetime, language: str) -> str:
    """`moment` (already in the antenne's zone) as a person reads it: "mardi 8 décembre 2026
    à 14:00", "dinsdag 8 december 2026 om 14:00", "Tuesday 8 December 2026 at 14:00"."""
    weekday = WEEKDAYS[language][moment.weekday()]
    month = MONTHS[language][moment.month - 1]
    return f"{weekday} {moment.day} {month} {moment.year} {AT[language]} {moment:%H:%M}"
