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


# Introductions relayed by the hub (`hub.service.intros`): `str.format` templates over `name`
# (whom the mail is for), `requester` and `author` (first name and initial), `other` (the
# other person's full name, once they accepted), `title` (the post's), `message` (the
# requester's words, `MESSAGE_BLOCK`), `accept` and `decline` (the links), `days` (how long
# they work) and `contact` (`CONTACT` lines, or `NO_CONTACT`). French puts a narrow no-break
# space before : ; ! ?
INTRO_MESSAGES: dict[str, dict[str, tuple[str, str]]] = {
    "fr": {
        "intro_relayed": (
            "{requester} aimerait vous rencontrer\u202f: {title}",
            "Bonjour {name},\n\n{requester} a vu votre annonce « {title} » au tableau des "
            "savoir-faire et aimerait vous rencontrer.{message}\n\n"
            "Si vous acceptez, vous recevrez chacun les coordonnées de l'autre par courriel. "
            "Si vous refusez, {requester} ne reçoit rien de vous, et nous le lui disons "
            "gentiment.\n\n"
            "Accepter\u202f: {accept}\nRefuser\u202f: {decline}\n\n"
            "Ces liens valent {days} jours et une seule fois. Vous pouvez aussi répondre à une "
            "borne, en scannant votre badge.\n",
        ),
        "intro_confirm": (
            "Confirmez votre réponse\u202f: {title}",
            "Bonjour {name},\n\nUne borne d'une autre antenne a noté que vous acceptiez de "
            "rencontrer {requester} au sujet de « {title} ». Vos coordonnées ne lui sont "
            "transmises que si vous le confirmez ici\u202f:\n\n"
            "Confirmer\u202f: {accept}\nRefuser\u202f: {decline}\n\n"
            "Ces liens valent {days} jours et une seule fois. Si ce n'était pas vous, "
            "refusez\u202f: rien ne sera transmis.\n",
        ),
        "intro_accepted_author": (
            "Votre rencontre avec {other}\u202f: {title}",
            "Bonjour {name},\n\nVous avez accepté de rencontrer {other} au sujet de "
            "« {title} ». Voici ses coordonnées\u202f; {other} a reçu les vôtres.\n\n{contact}\n\n"
            "Bonne rencontre\u202f!\n",
        ),
        "intro_accepted_author_elsewhere": (
            "Votre rencontre avec {other}\u202f: {title}",
            "Bonjour {name},\n\nVous avez accepté de rencontrer {other} au sujet de "
            "« {title} ». {other} a fait sa demande à la borne d'une autre antenne que la "
            "sienne\u202f: nous lui avons transmis vos coordonnées, et c'est {other} qui vous "
            "écrira (les siennes ne vous sont pas transmises).\n\nBonne rencontre\u202f!\n",
        ),
        "intro_accepted_requester": (
            "{other} accepte de vous rencontrer\u202f: {title}",
            "Bonjour {name},\n\n{other} accepte de vous rencontrer au sujet de « {title} ». "
            "Voici ses coordonnées\u202f; {other} a reçu les vôtres.\n\n{contact}\n\n"
            "Bonne rencontre\u202f!\n",
        ),
        "intro_declined": (
            "Votre demande de rencontre\u202f: {title}",
            "Bonjour {name},\n\n{author} ne peut pas donner suite à votre demande au sujet de "
            "« {title} » pour le moment. Merci d'avoir osé demander\u202f! D'autres membres "
            "proposent peut-être ce que vous cherchez\u202f: jetez un œil au tableau des "
            "savoir-faire à la borne de votre antenne.\n",
        ),
    },
    "nl": {
        "intro_relayed": (
            "{requester} wil je graag ontmoeten: {title}",
            "Hallo {name},\n\n{requester} zag je bericht ‘{title}’ op het vaardighedenbord en "
            "wil je graag ontmoeten.{message}\n\n"
            "Zeg je ja, dan krijgen jullie elk de contactgegevens van de ander per e-mail. "
            "Zeg je nee, dan krijgt {requester} niets van jou, en we laten het vriendelijk "
            "weten.\n\n"
            "Ja: {accept}\nNee: {decline}\n\n"
            "Deze links werken {days} dagen en één keer. Je kunt ook antwoorden aan een kiosk, "
            "door je badge te scannen.\n",
        ),
        "intro_confirm": (
            "Bevestig je antwoord: {title}",
            "Hallo {name},\n\nEen kiosk van een andere antenne noteerde dat je {requester} wilt "
            "ontmoeten over ‘{title}’. Je contactgegevens gaan pas naar {requester} als je dat "
            "hier bevestigt:\n\n"
            "Bevestigen: {accept}\nNee: {decline}\n\n"
            "Deze links werken {days} dagen en één keer. Was jij het niet? Kies dan nee: er "
            "wordt niets doorgegeven.\n",
        ),
        "intro_accepted_author": (
            "Je ontmoeting met {other}: {title}",
            "Hallo {name},\n\nJe zei ja tegen een ontmoeting met {other} over ‘{title}’. Hier "
            "zijn de contactgegevens; {other} kreeg die van jou.\n\n{contact}\n\n"
            "Veel plezier!\n",
        ),
        "intro_accepted_author_elsewhere": (
            "Je ontmoeting met {other}: {title}",
            "Hallo {name},\n\nJe zei ja tegen een ontmoeting met {other} over ‘{title}’. "
            "{other} vroeg dit aan de kiosk van een andere antenne dan de eigen: we gaven jouw "
            "contactgegevens door, en {other} neemt contact met je op (die van {other} geven we "
            "niet door).\n\nVeel plezier!\n",
        ),
        "intro_accepted_requester": (
            "{other} wil je graag ontmoeten: {title}",
            "Hallo {name},\n\n{other} zegt ja tegen een ontmoeting over ‘{title}’. Hier zijn "
            "de contactgegevens; {other} kreeg die van jou.\n\n{contact}\n\n"
            "Veel plezier!\n",
        ),
        "intro_declined": (
            "Je vraag om een ontmoeting: {title}",
            "Hallo {name},\n\n{author} kan voorlopig niet ingaan op je vraag over ‘{title}’. "
            "Fijn dat je het vroeg! Misschien bieden andere leden aan wat je zoekt: kijk eens "
            "op het vaardighedenbord aan de kiosk van je antenne.\n",
        ),
    },
    "en": {
        "intro_relayed": (
            "{requester} would like to meet you: {title}",
            "Hello {name},\n\n{requester} saw your post “{title}” on the skills board and would "
            "like to meet you.{message}\n\n"
            "If you accept, you will each receive the other's contact details by e-mail. If "
            "you decline, {requester} receives nothing of yours, and we tell them kindly.\n\n"
            "Accept: {accept}\nDecline: {decline}\n\n"
            "These links work once, for {days} days. You can also answer at a kiosk by "
            "scanning your badge.\n",
        ),
        "intro_confirm": (
            "Confirm your answer: {title}",
            "Hello {name},\n\nA kiosk of another antenne recorded that you accept to meet "
            "{requester} about “{title}”. Your contact details only go to them if you confirm "
            "it here:\n\n"
            "Confirm: {accept}\nDecline: {decline}\n\n"
            "These links work once, for {days} days. If it was not you, decline: nothing "
            "will be passed on.\n",
        ),
        "intro_accepted_author": (
            "Meeting {other}: {title}",
            "Hello {name},\n\nYou accepted to meet {other} about “{title}”. Here are their "
            "contact details; {other} received yours.\n\n{contact}\n\nEnjoy the meeting!\n",
        ),
        "intro_accepted_author_elsewhere": (
            "Meeting {other}: {title}",
            "Hello {name},\n\nYou accepted to meet {other} about “{title}”. {other} asked at "
            "the kiosk of another antenne than their own: we passed your contact details on, "
            "and {other} will write to you (theirs are not passed on).\n\nEnjoy the meeting!\n",
        ),
        "intro_accepted_requester": (
            "{other} would like to meet you: {title}",
            "Hello {name},\n\n{other} accepted to meet you about “{title}”. Here are their "
            "contact details; {other} received yours.\n\n{contact}\n\nEnjoy the meeting!\n",
        ),
        "intro_declined": (
            "Your request to meet: {title}",
            "Hello {name},\n\n{author} cannot take up your request about “{title}” for now. "
            "Thank you for asking! Other members may offer what you are looking for: have a "
            "look at the skills board at your antenne's kiosk.\n",
        ),
    },
}
MESSAGE_BLOCK = {
    "fr": "\n\nSon message\u202f:\n{message}",
    "nl": "\n\nZijn of haar bericht:\n{message}",
    "en": "\n\nTheir message:\n{message}",
}
CONTACT = {
    "fr": {"name": "Nom\u202f: {value}", "email": "Courriel\u202f: {value}",
           "phone": "Téléphone\u202f: {value}"},
    "nl": {"name": "Naam: {value}", "email": "E-mail: {value}", "phone": "Telefoon: {value}"},
    "en": {"name": "Name: {value}", "email": "E-mail: {value}", "phone": "Phone: {value}"},
}  # fmt: skip
NO_CONTACT = {
    "fr": "{other} n'a donné ni courriel ni téléphone : retrouvez-vous à l'antenne, ou "
    "demandez à un animateur ou une animatrice de vous mettre en contact.",
    "nl": "{other} gaf geen e-mail of telefoonnummer: spreek af in de antenne, of vraag een "
    "begeleider om jullie in contact te brengen.",
    "en": "{other} gave no e-mail or phone number: meet at the antenne, or ask a facilitator "
    "to put you in touch.",
}
