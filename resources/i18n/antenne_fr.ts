<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE" sourcelanguage="en_GB">
<context>
    <name>AccessibilityToggles</name>
    <message>
        <source>Larger text</source>
        <translation>Texte plus grand</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Smart · antenna of {antenna}</source>
        <translation>Smart · antenne de {antenna}</translation>
    </message>
    <message>
        <source>Touch the screen to start</source>
        <translation>Touchez l'écran pour commencer</translation>
    </message>
    <message>
        <source>A cooperative shared by its members</source>
        <translation>Une coopérative partagée par ses membres</translation>
    </message>
    <message>
        <source>Welcome to Smart</source>
        <translation>Bienvenue chez Smart</translation>
    </message>
    <message>
        <source>Artists, technicians, trainers, craftspeople: here we work on our own, and decide together.</source>
        <translation>Artistes, techniciens, formatrices, artisans : ici, chacun mène son activité, et nous décidons ensemble.</translation>
    </message>
    <message>
        <source>A story of the cooperative</source>
        <translation>Une histoire de la coopérative</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <source>entered facilitator mode</source>
        <translation>est entré·e en mode animation</translation>
    </message>
    <message>
        <source>wrong PIN</source>
        <translation>code PIN erroné</translation>
    </message>
    <message>
        <source>facilitator mode locked (too many wrong PINs)</source>
        <translation>mode animation bloqué (trop de codes PIN erronés)</translation>
    </message>
    <message>
        <source>left facilitator mode</source>
        <translation>a quitté le mode animation</translation>
    </message>
    <message>
        <source>changed the kiosk's default language</source>
        <translation>a changé la langue d'accueil de la borne</translation>
    </message>
    <message>
        <source>facilitator account created</source>
        <translation>compte d'animateur·rice créé</translation>
    </message>
</context>
<context>
    <name>Config</name>
    <message>
        <source>The setting {key} has an invalid value: {value}</source>
        <translation>Le réglage {key} a une valeur invalide : {value}</translation>
    </message>
    <message>
        <source>The configuration file {path} cannot be read: {error}</source>
        <translation>Le fichier de configuration {path} est illisible : {error}</translation>
    </message>
    <message>
        <source>Unknown setting {key} in {path}</source>
        <translation>Réglage inconnu {key} dans {path}</translation>
    </message>
    <message>
        <source>Unknown language {language}: use fr, nl or en</source>
        <translation>Langue inconnue {language} : utilisez fr, nl ou en</translation>
    </message>
</context>
<context>
    <name>Content</name>
    <message>
        <source>This page is no longer available.</source>
        <translation>Cette page n'est plus disponible.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>The demo antenne needs at least {minimum} people.</source>
        <translation>L'antenne de démonstration demande au moins {minimum} personnes.</translation>
    </message>
    <message>
        <source>--replace needs --db: name the file to replace.</source>
        <translation>--replace demande --db : indiquez le fichier à remplacer.</translation>
    </message>
    <message>
        <source>{path} already holds an antenne: use another file or --replace.</source>
        <translation>{path} contient déjà une antenne : utilisez un autre fichier ou --replace.</translation>
    </message>
</context>
<context>
    <name>FacilitatorLoginScreen</name>
    <message>
        <source>Facilitator mode</source>
        <translation>Mode animation</translation>
    </message>
    <message>
        <source>Type your facilitator PIN</source>
        <translation>Tapez votre code PIN d'animateur·rice</translation>
    </message>
</context>
<context>
    <name>FacilitatorScreen</name>
    <message>
        <source>Facilitator mode</source>
        <translation>Mode animation</translation>
    </message>
    <message>
        <source>Hello {name}, you are in facilitator mode.</source>
        <translation>Bonjour {name}, vous êtes en mode animation.</translation>
    </message>
    <message>
        <source>The kiosk's language</source>
        <translation>Langue de la borne</translation>
    </message>
    <message>
        <source>Each new visitor is greeted in this language; they can switch at any time.</source>
        <translation>Chaque nouvelle personne est accueillie dans cette langue ; elle peut en changer à tout moment.</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>Activité récente</translation>
    </message>
    <message>
        <source>Leave facilitator mode</source>
        <translation>Quitter le mode animation</translation>
    </message>
    <message>
        <source>Nothing yet.</source>
        <translation>Rien pour l'instant.</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>quelqu'un</translation>
    </message>
    <message>
        <source>New visitors will be greeted in {language}.</source>
        <translation>Les nouvelles personnes seront accueillies en {language}.</translation>
    </message>
</context>
<context>
    <name>Facilitators</name>
    <message>
        <source>The two PINs differ.</source>
        <translation>Les deux codes PIN sont différents.</translation>
    </message>
    <message>
        <source>A PIN is {minimum} to {maximum} digits.</source>
        <translation>Un code PIN compte de {minimum} à {maximum} chiffres.</translation>
    </message>
    <message>
        <source>Give the facilitator a name.</source>
        <translation>Donnez un nom à l'animateur·rice.</translation>
    </message>
    <message>
        <source>A facilitator named {name} already exists.</source>
        <translation>Un·e animateur·rice nommé·e {name} existe déjà.</translation>
    </message>
    <message>
        <source>This PIN is already taken: choose another one.</source>
        <translation>Ce code PIN est déjà pris : choisissez-en un autre.</translation>
    </message>
    <message>
        <source>No facilitator is registered on this kiosk yet (antenne facilitator add).</source>
        <translation>Aucun·e animateur·rice n'est encore enregistré·e sur cette borne (antenne facilitator add).</translation>
    </message>
    <message>
        <source>Wrong PIN. Tries left: {left}.</source>
        <translation>Code PIN erroné. Essais restants : {left}.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Facilitator mode is locked for {minutes} min.</source>
        <translation>Trop de codes PIN erronés. Le mode animation est bloqué pendant {minutes} min.</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Hello! What would you like to do?</source>
        <translation>Bonjour ! Que souhaitez-vous faire ?</translation>
    </message>
</context>
<context>
    <name>HomeTile</name>
    <message>
        <source>Facilitators</source>
        <translation>Animation</translation>
    </message>
    <message>
        <source>Facilitator mode, behind a PIN</source>
        <translation>Mode animation, protégé par un code PIN</translation>
    </message>
    <message>
        <source>Read: what is Smart?</source>
        <translation>Lire : c'est quoi Smart ?</translation>
    </message>
    <message>
        <source>The cooperative in plain words, and its statutes in brief</source>
        <translation>La coopérative en mots simples, et ses statuts en bref</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translation>Vous êtes toujours là ?</translation>
    </message>
    <message numerus="yes">
        <source>The screen starts again for the next person in %n second(s).</source>
        <translation><numerusform>L'écran recommence pour la personne suivante dans %n seconde.</numerusform><numerusform>L'écran recommence pour la personne suivante dans %n secondes.</numerusform></translation>
    </message>
    <message>
        <source>More time, please</source>
        <translation>Plus de temps, s'il vous plaît</translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
</context>
<context>
    <name>ReadScreen</name>
    <message>
        <source>What is Smart?</source>
        <translation>C'est quoi Smart ?</translation>
    </message>
    <message>
        <source>Nothing to read here yet.</source>
        <translation>Rien à lire ici pour l'instant.</translation>
    </message>
    <message>
        <source>The pages arrive with the next update of the kiosk.</source>
        <translation>Les pages arriveront avec la prochaine mise à jour de la borne.</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Something went wrong. Please try again, or ask someone at the desk.</source>
        <translation>Un problème est survenu. Réessayez, ou demandez à l'accueil.</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Texte plus grand</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
</context>
</TS>
