"""Names for demo people: French (with Breton ones, this is Rennes) and Belgian (Walloon, Brussels
and Flemish), chosen to exercise what the kiosk must get right: accents, ligatures, particles
("de", "d'", "Van der", "De"), apostrophes inside names, hyphenated first and last names.

The lists are fixed tuples so a demo built with the same seed is the same, byte for byte.
"""

from __future__ import annotations

# People that every demo contains, first: they are the ones a tester searches for by hand
# (typing "evangeline" must find "Marie-Évangéline", "vanden" must find "Van den Bossche").
SHOWCASE: tuple[tuple[str, str, str], ...] = (
    # (first name, last name, language)
    ("Marie-Évangéline", "de La Tour d'Auvergne-Lauraguais", "fr"),
    ("Jean-Baptiste", "Van den Bossche", "nl"),
    ("Anaïs", "Lefèvre", "fr"),
    ("Noémie", "Lecœur", "fr"),
    ("Loïc", "Le Floc'h", "fr"),
    ("Zoë", "D'Hondt", "nl"),
    ("Pieter-Jan", "Van der Meulen", "nl"),
    ("Françoise", "d'Almeida", "fr"),
    ("Gwenaëlle", "Kerhervé", "fr"),
    ("Ann-Sofie", "Vandenbroucke", "nl"),
    ("Hélène", "Dubois-Lambert", "fr"),
    ("Maëlys", "N'Diaye", "fr"),
    ("Grégoire", "de Ghellinck", "fr"),
    ("Aurélien", "Œhmichen", "fr"),
    ("Siobhan", "O'Brien", "en"),
    ("Joëlle", "Van Damme", "fr"),
)

FIRST_NAMES_FR: tuple[str, ...] = (
    "Adèle", "Agnès", "Alexandre", "Amélie", "Anaïs", "André", "Anne-Laure", "Anne-Sophie",
    "Antoine", "Apolline", "Arnaud", "Aurélie", "Bastien", "Béatrice", "Benoît", "Bérénice",
    "Camille", "Cédric", "Céline", "Charles-Henri", "Chloé", "Clément", "Clémence", "Corentin",
    "Dominique", "Édouard", "Élodie", "Éloïse", "Émile", "Émilie", "Enzo", "Éric", "Estelle",
    "Étienne", "Fabienne", "François", "Frédérique", "Gaëlle", "Gaëtan", "Geneviève", "Gérald",
    "Guénolé", "Hélène", "Hervé", "Inès", "Irène", "Jean-Luc", "Jean-Marc", "Jean-Pierre",
    "Jérôme", "Joël", "Josée", "Julien", "Léa", "Léon", "Léonie", "Lucie", "Madeleine", "Maël",
    "Maëlle", "Manon", "Marc-Antoine", "Marie-Claire", "Marie-Hélène", "Marie-Noëlle", "Mathéo",
    "Mathilde", "Maxime", "Mélanie", "Nathanaël", "Noé", "Noël", "Océane", "Ophélie", "Pascale",
    "Paul-Émile", "Pierre-Yves", "Raphaël", "Régis", "Rémi", "Renée", "Ronan", "Sébastien",
    "Séverine", "Solène", "Sylvère", "Thaïs", "Théo", "Thérèse", "Timothée", "Valérie",
    "Victoire", "Yannick", "Yaëlle", "Yves-Marie", "Zoé",
)  # fmt: skip

FIRST_NAMES_NL: tuple[str, ...] = (
    "Anneleen", "Annelies", "Arne", "Bart", "Bram", "Dries", "Ellen", "Elke", "Emiel", "Ruben",
    "Femke", "Fien", "Floor", "Geert", "Griet", "Hanne", "Ine", "Jef", "Jens", "Joke", "Jonas",
    "Karel", "Katrien", "Kobe", "Koen", "Lieve", "Lien", "Lotte", "Marieke", "Mathias", "Nele",
    "Noor", "Pieter", "Pieter-Jan", "Sander", "Sien", "Stijn", "Tine", "Tom", "Veerle", "Wannes",
    "Ward", "Wouter", "Zoë", "Chloë", "Daphné", "Noë", "Jan-Willem", "Ann-Sofie", "Lise-Marie",
)  # fmt: skip

FIRST_NAMES_EN: tuple[str, ...] = (
    "Aisling", "Amira", "Chiara", "Dáire", "Eoin", "Ingrid", "João", "Kofi", "Łucja", "Malika",
    "Mónica", "Niamh", "Olúwaseun", "Rania", "Sinéad", "Søren", "Tomás", "Yusuf",
)  # fmt: skip

LAST_NAMES_FR: tuple[str, ...] = (
    "Barbier", "Benoît", "Bertin", "Boucher", "Bréhaut", "Chevalier", "Clément", "Cœurdevey",
    "Dufresne", "Dupré", "Étienne", "Fabre", "Faure", "Février", "Garnier", "Gauthier",
    "Guégan", "Guérin", "Hébert", "Jégou", "Kerboriou", "Lachenal", "Laîné", "Le Bihan",
    "Le Gall", "Le Goff", "Le Roux", "Leblanc", "Lebœuf", "Lefèvre", "Legrand", "Lemaître",
    "Lévêque", "Guillou-Le Corre", "Ménard", "Mercier", "Morvan", "Pérez", "Poirier", "Quéré",
    "Rivière", "Robin", "Roussel", "Sénéchal", "Tanguy", "Thébault", "Vallée", "Vérité",
    "de Beaumanoir", "de La Fontaine", "de Kergariou", "de Saint-Exupéry", "du Guesclin",
    "d'Argentré", "d'Aubigné", "Martin-Delahaye", "Moreau-Gicquel", "Riou", "Kervella",
    "Le Floc'h", "L'Hostis", "Desbois", "Gicquel", "Hervé",
)  # fmt: skip

LAST_NAMES_BE: tuple[str, ...] = (
    "Claes", "Coppens", "De Backer", "De Clercq", "De Smet", "De Wilde", "D'Hondt", "D'Haese",
    "Dubois", "Dupont", "Goossens", "Hermans", "Jacobs", "Janssens", "Lambert", "Maes",
    "Mertens", "Peeters", "Simonis", "Van Damme", "Van de Velde", "Van den Bossche",
    "Van der Meulen", "Van der Straeten", "Vandenbroucke", "Vanderlinden", "Vanhove",
    "Verbruggen", "Verhaegen", "Verstraete", "Wouters", "Willems", "Lemaire", "Delvaux",
    "Gérard", "Piérard", "Lefèbvre", "de Hemptinne", "de Lannoy", "Van Belle-Dewaele",
    "Vermeersch", "Dewaele", "Smets", "Declercq", "Ngombe", "El Amrani", "Vandeputte",
)  # fmt: skip

LAST_NAMES_OTHER: tuple[str, ...] = (
    "Benali", "Costa", "Diallo", "Fernández", "García", "Kowalczyk", "Müller", "N'Diaye",
    "Nguyen", "O'Connor", "Rossi", "Søndergaard", "Traoré", "Yılmaz",
)  # fmt: skip
