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
    <name>Agenda</name>
    <message>
        <source>This person is no longer known.</source>
        <translation>Cette personne n&apos;est plus connue.</translation>
    </message>
    <message>
        <source>Only members of the cooperative can do this. A facilitator can tell you how to become one.</source>
        <translation>Seuls les membres de la coopérative peuvent le faire. Un·e facilitateur·rice peut vous dire comment le devenir.</translation>
    </message>
    <message>
        <source>This body is no longer known.</source>
        <translation>Cette instance n&apos;est plus connue.</translation>
    </message>
    <message>
        <source>This agenda item is no longer known.</source>
        <translation>Ce point de l&apos;ordre du jour n&apos;est plus connu.</translation>
    </message>
    <message>
        <source>The title is too long: at most {count} letters.</source>
        <translation>Le titre est trop long&#x202f;: {count} lettres au plus.</translation>
    </message>
    <message>
        <source>The title needs at least {count} letters.</source>
        <translation>Le titre demande au moins {count} lettres.</translation>
    </message>
    <message>
        <source>The explanation is too long: at most {count} letters.</source>
        <translation>L&apos;explication est trop longue&#x202f;: {count} lettres au plus.</translation>
    </message>
    <message>
        <source>{name}, you proposed this item: your name is already on it.</source>
        <translation>{name}, vous avez proposé ce point&#x202f;: votre nom y est déjà.</translation>
    </message>
    <message>
        <source>The body has already answered this item: it needs no more names.</source>
        <translation>L&apos;instance a déjà répondu à ce point&#x202f;: il n&apos;a plus besoin de signatures.</translation>
    </message>
    <message>
        <source>{name}, you have already co-signed this item.</source>
        <translation>{name}, vous avez déjà cosigné ce point.</translation>
    </message>
    <message>
        <source>The meeting&apos;s name is too long: at most {count} letters.</source>
        <translation>Le nom de la réunion est trop long&#x202f;: {count} lettres au plus.</translation>
    </message>
    <message>
        <source>The place you leave from is too long: at most {count} letters.</source>
        <translation>Le lieu de départ est trop long&#x202f;: {count} lettres au plus.</translation>
    </message>
    <message>
        <source>Write the place you leave from: at least {count} letters.</source>
        <translation>Écrivez d&apos;où vous partez&#x202f;: au moins {count} lettres.</translation>
    </message>
    <message>
        <source>Your few words are too long: at most {count} letters.</source>
        <translation>Vos quelques mots sont trop longs&#x202f;: {count} lettres au plus.</translation>
    </message>
    <message>
        <source>Choose a meeting or write its name.</source>
        <translation>Choisissez une réunion ou écrivez son nom.</translation>
    </message>
    <message>
        <source>The estimated cost must be between 1 and {most} euros.</source>
        <translation>Le coût estimé doit être entre 1 et {most} euros.</translation>
    </message>
    <message>
        <source>This meeting is no longer known.</source>
        <translation>Cette réunion n&apos;est plus connue.</translation>
    </message>
</context>
<context>
    <name>AnalogScreen</name>
    <message>
        <source>Show of hands</source>
        <translation>Mains levées</translation>
    </message>
    <message>
        <source>Votes cast</source>
        <translation>Votes exprimés</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valables</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Nuls</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>Blancs</translation>
    </message>
    <message>
        <source>Why is the count corrected? (required)</source>
        <translation>Pourquoi corriger le comptage&#x202f;? (obligatoire)</translation>
    </message>
    <message>
        <source>Save the correction</source>
        <translation>Enregistrer la correction</translation>
    </message>
    <message>
        <source>Save the count</source>
        <translation>Enregistrer le comptage</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>{cast} cast, but valid + invalid + blank make {total}.</source>
        <translation>{cast} exprimés, mais valables + nuls + blancs font {total}.</translation>
    </message>
    <message>
        <source>The totals agree.</source>
        <translation>Les totaux concordent.</translation>
    </message>
    <message>
        <source>= {total}</source>
        <translation>= {total}</translation>
    </message>
    <message>
        <source>{option} has {count} grades, more than the {valid} valid votes.</source>
        <translation>{option} a {count} mentions, plus que les {valid} votes valables.</translation>
    </message>
    <message>
        <source>The count is saved.</source>
        <translation>Le comptage est enregistré.</translation>
    </message>
</context>
<context>
    <name>AttendanceScreen</name>
    <message>
        <source>Session lists</source>
        <translation>Listes des séances</translation>
    </message>
    <message>
        <source>Check people in</source>
        <translation>Enregistrer les participants</translation>
    </message>
    <message>
        <source>Who comes to the session</source>
        <translation>Qui vient à la séance</translation>
    </message>
    <message>
        <source>Sessions and series</source>
        <translation>Séances et séries</translation>
    </message>
    <message>
        <source>Day before</source>
        <translation>Jour précédent</translation>
    </message>
    <message>
        <source>Day after</source>
        <translation>Jour suivant</translation>
    </message>
    <message>
        <source>No session this day.</source>
        <translation>Aucune séance ce jour-là.</translation>
    </message>
    <message>
        <source>Why give a seat by hand? (kept in the log)</source>
        <translation>Pourquoi donner une place à la main&#x202f;? (gardé dans le journal)</translation>
    </message>
    <message>
        <source>For example: she is presenting her project</source>
        <translation>Par exemple&#x202f;: elle présente son projet</translation>
    </message>
    <message>
        <source>Record who did not come</source>
        <translation>Noter qui n&apos;est pas venu</translation>
    </message>
    <message>
        <source>Print the attendance sheet</source>
        <translation>Imprimer la feuille d&apos;émargement</translation>
    </message>
    <message>
        <source>Save it as a spreadsheet</source>
        <translation>L&apos;enregistrer en tableur (CSV)</translation>
    </message>
    <message>
        <source>{time} {title}</source>
        <translation>{time} {title}</translation>
    </message>
    <message>
        <source>{session} (cancelled)</source>
        <translation>{session} (annulée)</translation>
    </message>
    <message>
        <source>Nobody has signed up yet.</source>
        <translation>Personne n&apos;est encore inscrit.</translation>
    </message>
    <message>
        <source>{start}–{end}</source>
        <translation>{start}–{end}</translation>
    </message>
    <message>
        <source>no seat limit</source>
        <translation>places sans limite</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) left</source>
        <translation>
            <numerusform>%Ln place libre</numerusform>
            <numerusform>%Ln places libres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%Ln place</numerusform>
            <numerusform>%Ln places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%Ln en attente</numerusform>
            <numerusform>%Ln en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>free</source>
        <translation>gratuit</translation>
    </message>
    <message>
        <source>{euros} € (paid at the desk)</source>
        <translation>{euros} € (payé à l&apos;accueil)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>waiting, number {n}</source>
        <translation>en attente, numéro {n}</translation>
    </message>
    <message>
        <source>seat offered, to confirm before {time}</source>
        <translation>place proposée, à confirmer avant {time}</translation>
    </message>
    <message>
        <source>has a seat</source>
        <translation>a une place</translation>
    </message>
    <message>
        <source>has a seat (to be confirmed by the hub)</source>
        <translation>a une place (à confirmer par le serveur)</translation>
    </message>
    <message>
        <source>came</source>
        <translation>est venu·e</translation>
    </message>
    <message>
        <source>did not come</source>
        <translation>n&apos;est pas venu·e</translation>
    </message>
    <message>
        <source>session cancelled</source>
        <translation>séance annulée</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>payé</translation>
    </message>
    <message>
        <source>not paid yet</source>
        <translation>pas encore payé</translation>
    </message>
    <message numerus="yes">
        <source>missed %n session(s) lately</source>
        <translation>
            <numerusform>a manqué %Ln séance récemment</numerusform>
            <numerusform>a manqué %Ln séances récemment</numerusform>
        </translation>
    </message>
    <message>
        <source>Give a seat</source>
        <translation>Donner une place</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Enregistrer l&apos;arrivée</translation>
    </message>
    <message>
        <source>Paid at the desk</source>
        <translation>Payé à l&apos;accueil</translation>
    </message>
    <message>
        <source>{name} is checked in.</source>
        <translation>{name} est enregistrée.</translation>
    </message>
    <message>
        <source>{name} has a seat now.</source>
        <translation>{name} a une place maintenant.</translation>
    </message>
    <message>
        <source>{name} paid at the desk.</source>
        <translation>{name} a payé à l&apos;accueil.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) did not come: noted, only they and you see it.</source>
        <translation>
            <numerusform>%Ln personne n&apos;est pas venue&#x202f;: noté, seuls elle et vous le voyez.</numerusform>
            <numerusform>%Ln personnes ne sont pas venues&#x202f;: noté, seuls elles et vous le voyez.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Impression…</translation>
    </message>
    <message>
        <source>The attendance sheet is printing.</source>
        <translation>La feuille d&apos;émargement s&apos;imprime.</translation>
    </message>
    <message>
        <source>{problem} The sheet is kept as {file}.</source>
        <translation>{problem} La feuille est gardée sous le nom {file}.</translation>
    </message>
    <message>
        <source>Saved as {file}.</source>
        <translation>Enregistré sous le nom {file}.</translation>
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
        <translation>Touchez l&apos;écran pour commencer</translation>
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
        <translation>Artistes, techniciens, formatrices, artisans&#x202f;: ici, chacun mène son activité, et nous décidons ensemble.</translation>
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
        <source>changed the kiosk&apos;s default language</source>
        <translation>a changé la langue d&apos;accueil de la borne</translation>
    </message>
    <message>
        <source>facilitator account created</source>
        <translation>compte d&apos;animateur·rice créé</translation>
    </message>
    <message>
        <source>printed a badge</source>
        <translation>a imprimé un badge</translation>
    </message>
    <message>
        <source>printed a new badge (the old one stopped)</source>
        <translation>a imprimé un nouveau badge (l&apos;ancien ne fonctionne plus)</translation>
    </message>
    <message>
        <source>stopped a lost badge</source>
        <translation>a désactivé un badge perdu</translation>
    </message>
    <message>
        <source>printed a batch of badges</source>
        <translation>a imprimé une série de badges</translation>
    </message>
    <message>
        <source>ticked a step of a member&apos;s journey</source>
        <translation>a coché une étape du parcours d&apos;un membre</translation>
    </message>
    <message>
        <source>recorded a new shareholder</source>
        <translation>a enregistré un·e nouveau·elle sociétaire</translation>
    </message>
    <message>
        <source>retried the changes the sync had set aside</source>
        <translation>a relancé les modifications que la synchronisation avait mises de côté</translation>
    </message>
    <message>
        <source>checked someone out</source>
        <translation>a enregistré un départ</translation>
    </message>
    <message>
        <source>exported the people who want a kind of news</source>
        <translation>a exporté les personnes qui souhaitent un type de nouvelles</translation>
    </message>
    <message>
        <source>exported a person&apos;s data</source>
        <translation>a exporté les données d&apos;une personne</translation>
    </message>
    <message>
        <source>erased a person&apos;s data</source>
        <translation>a effacé les données d&apos;une personne</translation>
    </message>
    <message>
        <source>created a session</source>
        <translation>a créé une séance</translation>
    </message>
    <message>
        <source>changed a session</source>
        <translation>a modifié une séance</translation>
    </message>
    <message>
        <source>cancelled a session</source>
        <translation>a annulé une séance</translation>
    </message>
    <message>
        <source>signed someone up for a session</source>
        <translation>a inscrit quelqu&apos;un à une séance</translation>
    </message>
    <message>
        <source>cancelled a sign-up</source>
        <translation>a annulé une inscription</translation>
    </message>
    <message>
        <source>checked someone in at a session</source>
        <translation>a enregistré une arrivée à une séance</translation>
    </message>
    <message>
        <source>took a seat offered from the waiting list</source>
        <translation>a accepté une place venue de la liste d&apos;attente</translation>
    </message>
    <message>
        <source>gave a seat to someone on the waiting list</source>
        <translation>a donné une place à une personne de la liste d&apos;attente</translation>
    </message>
    <message>
        <source>seats not taken in time went to the waiting list</source>
        <translation>des places non confirmées à temps sont passées à la liste d&apos;attente</translation>
    </message>
    <message>
        <source>marked a place paid at the desk</source>
        <translation>a noté une place payée à l&apos;accueil</translation>
    </message>
    <message>
        <source>recorded who did not come</source>
        <translation>a noté les absences</translation>
    </message>
    <message>
        <source>offered to host a session</source>
        <translation>a proposé d&apos;animer une séance</translation>
    </message>
    <message>
        <source>accepted an offer to host a session</source>
        <translation>a accepté une proposition d&apos;animer une séance</translation>
    </message>
    <message>
        <source>posted on the skills board</source>
        <translation>a publié une annonce sur le tableau des compétences</translation>
    </message>
    <message>
        <source>changed a post on the skills board</source>
        <translation>a modifié une annonce du tableau des compétences</translation>
    </message>
    <message>
        <source>kept a post on the skills board</source>
        <translation>a gardé une annonce sur le tableau des compétences</translation>
    </message>
    <message>
        <source>removed a post from the skills board</source>
        <translation>a retiré une annonce du tableau des compétences</translation>
    </message>
    <message>
        <source>reported a post</source>
        <translation>a signalé une annonce</translation>
    </message>
    <message>
        <source>hid a post</source>
        <translation>a masqué une annonce</translation>
    </message>
    <message>
        <source>showed a hidden post again</source>
        <translation>a réaffiché une annonce masquée</translation>
    </message>
    <message>
        <source>kept a reported post</source>
        <translation>a gardé une annonce signalée</translation>
    </message>
    <message>
        <source>added a skill to a sector</source>
        <translation>a ajouté une compétence à un secteur</translation>
    </message>
    <message>
        <source>asked for an introduction</source>
        <translation>a demandé une mise en relation</translation>
    </message>
    <message>
        <source>accepted an introduction</source>
        <translation>a accepté une mise en relation</translation>
    </message>
    <message>
        <source>declined an introduction</source>
        <translation>a décliné une mise en relation</translation>
    </message>
    <message>
        <source>proposed an agenda item</source>
        <translation>a proposé un point à l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>co-signed an agenda item</source>
        <translation>a cosigné un point à l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>asked for help with travel costs</source>
        <translation>a demandé une aide aux frais de déplacement</translation>
    </message>
    <message>
        <source>created a vote</source>
        <translation>a créé un vote</translation>
    </message>
    <message>
        <source>opened a vote</source>
        <translation>a ouvert un vote</translation>
    </message>
    <message>
        <source>closed a vote</source>
        <translation>a clos un vote</translation>
    </message>
    <message>
        <source>showed a vote&apos;s results</source>
        <translation>a affiché les résultats d&apos;un vote</translation>
    </message>
    <message>
        <source>published a vote&apos;s results</source>
        <translation>a publié les résultats d&apos;un vote</translation>
    </message>
    <message>
        <source>marked someone present for a vote</source>
        <translation>a noté une personne présente pour un vote</translation>
    </message>
    <message>
        <source>recorded a proxy</source>
        <translation>a enregistré une procuration</translation>
    </message>
    <message>
        <source>revoked a proxy</source>
        <translation>a révoqué une procuration</translation>
    </message>
    <message>
        <source>recorded a named show of hands</source>
        <translation>a enregistré un vote nominatif à main levée</translation>
    </message>
    <message>
        <source>entered a count of hands or paper ballots</source>
        <translation>a saisi un décompte à main levée ou sur papier</translation>
    </message>
    <message>
        <source>printed voting slips</source>
        <translation>a imprimé des bulletins de vote</translation>
    </message>
    <message>
        <source>facilitator mode ended by itself (nobody touched it)</source>
        <translation>le mode animation s&apos;est fermé de lui-même (personne n&apos;y touchait)</translation>
    </message>
    <message>
        <source>locked facilitator mode</source>
        <translation>a verrouillé le mode animation</translation>
    </message>
    <message>
        <source>another action</source>
        <translation>une autre action</translation>
    </message>
</context>
<context>
    <name>BadgeLayout</name>
    <message>
        <source>label 62 × 100 mm</source>
        <translation>étiquette 62 × 100 mm</translation>
    </message>
    <message>
        <source>label 54 × 101 mm</source>
        <translation>étiquette 54 × 101 mm</translation>
    </message>
    <message>
        <source>card 85.6 × 54 mm</source>
        <translation>carte 85,6 × 54 mm</translation>
    </message>
    <message>
        <source>A4 sheet of 8 badges</source>
        <translation>feuille A4 de 8 badges</translation>
    </message>
</context>
<context>
    <name>BadgePreviewScreen</name>
    <message>
        <source>Badge preview</source>
        <translation>Aperçu du badge</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>A specimen: the QR code of a real badge is made when it is printed.</source>
        <translation>Un spécimen&#x202f;: le code QR d&apos;un vrai badge est créé au moment de l&apos;impression.</translation>
    </message>
    <message>
        <source>No badge to show.</source>
        <translation>Aucun badge à montrer.</translation>
    </message>
    <message>
        <source>Choose a person first.</source>
        <translation>Choisissez d&apos;abord une personne.</translation>
    </message>
    <message>
        <source>The badge of {name}, {layout}.</source>
        <translation>Le badge de {name}, {layout}.</translation>
    </message>
</context>
<context>
    <name>BadgeRole</name>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Shareholder</source>
        <translation>Sociétaire</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Visiteur·euse</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitateur·rice</translation>
    </message>
</context>
<context>
    <name>Badges</name>
    <message>
        <source>Cannot write {path}: {error}</source>
        <translation>Impossible d&apos;écrire {path}&#x202f;: {error}</translation>
    </message>
    <message>
        <source>There is no badge to print.</source>
        <translation>Il n&apos;y a aucun badge à imprimer.</translation>
    </message>
    <message>
        <source>{path} is not a text file (UTF-8).</source>
        <translation>{path} n&apos;est pas un fichier texte (UTF-8).</translation>
    </message>
    <message>
        <source>Cannot read {path}: {error}</source>
        <translation>Impossible de lire {path}&#x202f;: {error}</translation>
    </message>
    <message>
        <source>Line {line} of {path} is not a person id.</source>
        <translation>La ligne {line} de {path} n&apos;est pas un identifiant de personne.</translation>
    </message>
    <message>
        <source>This is not an Antenne badge, or it was misread. Scan it again.</source>
        <translation>Ce n&apos;est pas un badge Antenne, ou il a été mal lu. Scannez-le à nouveau.</translation>
    </message>
    <message>
        <source>This badge is not recognised here. Ask at the welcome desk for a new one.</source>
        <translation>Ce badge n&apos;est pas reconnu ici. Demandez-en un nouveau à l&apos;accueil.</translation>
    </message>
    <message>
        <source>This badge was replaced by a newer one on {date}. Please use your new badge.</source>
        <translation>Ce badge a été remplacé par un plus récent le {date}. Utilisez votre nouveau badge.</translation>
    </message>
    <message>
        <source>This badge was reported lost on {date} and no longer works. Ask at the welcome desk for a new one.</source>
        <translation>Ce badge a été signalé comme perdu le {date} et ne fonctionne plus. Demandez-en un nouveau à l&apos;accueil.</translation>
    </message>
    <message>
        <source>This badge was withdrawn on {date} and no longer works. Ask at the welcome desk for a new one.</source>
        <translation>Ce badge a été retiré le {date} et ne fonctionne plus. Demandez-en un nouveau à l&apos;accueil.</translation>
    </message>
    <message>
        <source>This visitor badge was valid on {date} only. Ask at the welcome desk for today&apos;s badge.</source>
        <translation>Ce badge visiteur n&apos;était valable que le {date}. Demandez le badge du jour à l&apos;accueil.</translation>
    </message>
    <message>
        <source>Unknown badge layout {layout}: use one of {known}.</source>
        <translation>Format de badge inconnu {layout}&#x202f;: utilisez l&apos;un de {known}.</translation>
    </message>
    <message>
        <source>No session with id {id}.</source>
        <translation>Aucune séance avec l&apos;identifiant {id}.</translation>
    </message>
    <message>
        <source>No person with id {id}.</source>
        <translation>Aucune personne avec l&apos;identifiant {id}.</translation>
    </message>
</context>
<context>
    <name>BadgesScreen</name>
    <message>
        <source>Badges</source>
        <translation>Badges</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Trouver une personne</translation>
    </message>
    <message>
        <source>Choose a person to see their badge.</source>
        <translation>Choisissez une personne pour voir son badge.</translation>
    </message>
    <message>
        <source>Type a name on the left, or scan their badge.</source>
        <translation>Tapez un nom à gauche, ou scannez son badge.</translation>
    </message>
    <message>
        <source>Badge lost</source>
        <translation>Badge perdu</translation>
    </message>
    <message>
        <source>Larger preview</source>
        <translation>Aperçu en grand</translation>
    </message>
    <message>
        <source>Add to the batch</source>
        <translation>Ajouter à la série</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Vider</translation>
    </message>
    <message>
        <source>The badge could not be printed</source>
        <translation>Le badge n&apos;a pas pu être imprimé</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>No badge yet.</source>
        <translation>Pas encore de badge.</translation>
    </message>
    <message>
        <source>Print a badge</source>
        <translation>Imprimer un badge</translation>
    </message>
    <message>
        <source>Visitor badge of {date} ({layout}): no longer valid.</source>
        <translation>Badge visiteur du {date} ({layout})&#x202f;: plus valable.</translation>
    </message>
    <message>
        <source>Visitor badge for today, {date} ({layout}).</source>
        <translation>Badge visiteur pour aujourd&apos;hui, {date} ({layout}).</translation>
    </message>
    <message>
        <source>Badge in use since {date} ({layout}).</source>
        <translation>Badge en service depuis le {date} ({layout}).</translation>
    </message>
    <message>
        <source>Print a new badge</source>
        <translation>Imprimer un nouveau badge</translation>
    </message>
    <message>
        <source>Photograph this code: it works like the badge. The badge itself can be printed later.</source>
        <translation>Photographiez ce code&#x202f;: il fonctionne comme le badge. Le badge lui-même pourra être imprimé plus tard.</translation>
    </message>
    <message>
        <source>The sheet is kept and can be printed later.</source>
        <translation>La feuille est conservée et pourra être imprimée plus tard.</translation>
    </message>
    <message numerus="yes">
        <source>Batch to print: %n person(s)</source>
        <translation>
            <numerusform>Série à imprimer&#x202f;: %Ln personne</numerusform>
            <numerusform>Série à imprimer&#x202f;: %Ln personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>Print on A4 sheets</source>
        <translation>Imprimer sur feuilles A4</translation>
    </message>
    <message>
        <source>Choose a person, then “Add to the batch”: their badges print together.</source>
        <translation>Choisissez une personne, puis «&#x202f;Ajouter à la série&#x202f;»&#x202f;: leurs badges s&apos;impriment ensemble.</translation>
    </message>
    <message>
        <source>Print a new badge for {name}?</source>
        <translation>Imprimer un nouveau badge pour {name}&#x202f;?</translation>
    </message>
    <message>
        <source>{name}&apos;s current badge will stop working.</source>
        <translation>Le badge actuel de {name} cessera de fonctionner.</translation>
    </message>
    <message>
        <source>Print the new badge</source>
        <translation>Imprimer le nouveau badge</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Is the badge of {name} lost?</source>
        <translation>Le badge de {name} est-il perdu&#x202f;?</translation>
    </message>
    <message>
        <source>It stops working at once, for whoever finds it. You can print a new one after.</source>
        <translation>Il cesse de fonctionner tout de suite, pour qui le trouverait. Vous pourrez en imprimer un nouveau ensuite.</translation>
    </message>
    <message>
        <source>Yes, it no longer works</source>
        <translation>Oui, le désactiver</translation>
    </message>
    <message>
        <source>The lost badge no longer works.</source>
        <translation>Le badge perdu ne fonctionne plus.</translation>
    </message>
    <message numerus="yes">
        <source>Print %n badge(s) on A4 sheets?</source>
        <translation>
            <numerusform>Imprimer %Ln badge sur feuilles A4&#x202f;?</numerusform>
            <numerusform>Imprimer %Ln badges sur feuilles A4&#x202f;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone&apos;s previous badge stops working.</source>
        <translation>L&apos;ancien badge de chaque personne cessera de fonctionner.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s) sent to the printer.</source>
        <translation>
            <numerusform>%Ln badge envoyé à l&apos;imprimante.</numerusform>
            <numerusform>%Ln badges envoyés à l&apos;imprimante.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BasketBallot</name>
    <message>
        <source>In my basket</source>
        <translation>Dans mon panier</translation>
    </message>
    <message>
        <source>Remove from my basket</source>
        <translation>Retirer de mon panier</translation>
    </message>
    <message>
        <source>Add to my basket</source>
        <translation>Ajouter à mon panier</translation>
    </message>
    <message>
        <source>Over the budget</source>
        <translation>Dépasse le budget</translation>
    </message>
    <message>
        <source>Your basket: {spent} of {budget}</source>
        <translation>Votre panier&#x202f;: {spent} sur {budget}</translation>
    </message>
    <message>
        <source>No project: an empty basket.</source>
        <translation>Aucun projet&#x202f;: un panier vide.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>BoardScreen</name>
    <message>
        <source>Show more</source>
        <translation>Voir plus</translation>
    </message>
    <message>
        <source>Nobody checked in today has posted a skill yet.</source>
        <translation>Personne parmi les présents aujourd&apos;hui n&apos;a encore publié d&apos;annonce.</translation>
    </message>
    <message>
        <source>Tap “Skills in the room today” again to see every post.</source>
        <translation>Touchez à nouveau «&#x202f;Compétences présentes aujourd&apos;hui&#x202f;» pour tout voir.</translation>
    </message>
    <message>
        <source>No post matches these choices.</source>
        <translation>Aucune annonce ne correspond à ces choix.</translation>
    </message>
    <message>
        <source>Choose “Offers and needs” and “Every sector” to see every post.</source>
        <translation>Choisissez «&#x202f;Offres et demandes&#x202f;» et «&#x202f;Tous les secteurs&#x202f;» pour tout voir.</translation>
    </message>
</context>
<context>
    <name>BoothScreen</name>
    <message>
        <source>Voting booth</source>
        <translation>Isoloir</translation>
    </message>
    <message>
        <source>Scan your badge to vote</source>
        <translation>Scannez votre badge pour voter</translation>
    </message>
    <message>
        <source>Your vote is secret: nobody sees your choice.</source>
        <translation>Votre vote est secret&#x202f;: personne ne voit votre choix.</translation>
    </message>
    <message>
        <source>Review my vote</source>
        <translation>Relire mon vote</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Vote by phone</source>
        <translation>Voter par téléphone</translation>
    </message>
    <message>
        <source>Scan this code with your phone&apos;s camera</source>
        <translation>Scannez ce code avec l&apos;appareil photo de votre téléphone</translation>
    </message>
    <message>
        <source>Your vote stays secret: the code is linked to nobody and works once.</source>
        <translation>Votre vote reste secret&#x202f;: le code n&apos;est lié à personne et ne sert qu&apos;une fois.</translation>
    </message>
    <message>
        <source>Next code</source>
        <translation>Code suivant</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Your vote:</source>
        <translation>Votre vote&#x202f;:</translation>
    </message>
    <message>
        <source>Confirm my vote</source>
        <translation>Confirmer mon vote</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>This vote is not secret: your name and your choice will be in the minutes.</source>
        <translation>Ce vote n&apos;est pas secret&#x202f;: votre nom et votre choix figureront au procès-verbal.</translation>
    </message>
    <message>
        <source>This code is yours and works once. This vote is not secret.</source>
        <translation>Ce code est le vôtre et ne sert qu&apos;une fois. Ce vote n&apos;est pas secret.</translation>
    </message>
    <message>
        <source>Ballot for {name} (proxy)</source>
        <translation>Bulletin pour {name} (procuration)</translation>
    </message>
    <message>
        <source>Your ballot, {name}</source>
        <translation>Votre bulletin, {name}</translation>
    </message>
    <message>
        <source>Code {number} of {total}</source>
        <translation>Code {number} sur {total}</translation>
    </message>
</context>
<context>
    <name>Camera</name>
    <message>
        <source>The camera badge reader is switched on in the configuration but does not work (no camera, or the kiosk&apos;s multimedia package is missing). USB scanners still work.</source>
        <translation>Le lecteur de badges par caméra est activé dans la configuration mais ne fonctionne pas (pas de caméra, ou le module multimédia de la borne manque). Les lecteurs USB fonctionnent toujours.</translation>
    </message>
</context>
<context>
    <name>CelebrationScreen</name>
    <message>
        <source>Welcome among the shareholders</source>
        <translation>Bienvenue parmi les sociétaires</translation>
    </message>
    <message>
        <source>Welcome among the shareholders!</source>
        <translation>Bienvenue parmi les sociétaires&#x202f;!</translation>
    </message>
    <message>
        <source>Printing your certificate and your new badge…</source>
        <translation>Impression de votre certificat et de votre nouveau badge…</translation>
    </message>
    <message>
        <source>Your welcome certificate is printed.</source>
        <translation>Votre certificat de bienvenue est imprimé.</translation>
    </message>
    <message>
        <source>Your certificate will be printed later.</source>
        <translation>Votre certificat sera imprimé plus tard.</translation>
    </message>
    <message>
        <source>Take your new badge: it says “Shareholder”.</source>
        <translation>Prenez votre nouveau badge&#x202f;: il indique «&#x202f;Sociétaire&#x202f;».</translation>
    </message>
    <message>
        <source>Your new badge is shown here: photograph it.</source>
        <translation>Votre nouveau badge s&apos;affiche ici&#x202f;: prenez-le en photo.</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Merci&#x202f;!</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Text message (SMS)</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>On paper at the antenne</source>
        <translation>Sur papier à l&apos;antenne</translation>
    </message>
    <message>
        <source>No news, thank you</source>
        <translation>Pas de nouvelles, merci</translation>
    </message>
</context>
<context>
    <name>CheckinScreen</name>
    <message>
        <source>Check in</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>Are you {name}?</source>
        <translation>Êtes-vous {name}&#x202f;?</translation>
    </message>
    <message>
        <source>Hello {name}!</source>
        <translation>Bonjour {name}&#x202f;!</translation>
    </message>
    <message>
        <source>What brings you here today?</source>
        <translation>Qu&apos;est-ce qui vous amène aujourd&apos;hui&#x202f;?</translation>
    </message>
    <message>
        <source>This is not me</source>
        <translation>Ce n&apos;est pas moi</translation>
    </message>
    <message>
        <source>Yes, it is me: check in</source>
        <translation>Oui, c&apos;est moi&#x202f;: j&apos;arrive</translation>
    </message>
</context>
<context>
    <name>CheckinSearchScreen</name>
    <message>
        <source>Find my name</source>
        <translation>Trouver mon nom</translation>
    </message>
    <message>
        <source>Type your first name and the start of your last name, then tap your name.</source>
        <translation>Tapez votre prénom et le début de votre nom, puis touchez votre nom.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>The port must be between 1 and 65535, not {port}.</source>
        <translation>Le port doit être compris entre 1 et 65535, pas {port}.</translation>
    </message>
    <message>
        <source>{host} is neither an IP address nor a host name.</source>
        <translation>{host} n&apos;est ni une adresse IP ni un nom d&apos;hôte.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} est un dossier, pas un fichier de base de données.</translation>
    </message>
    <message>
        <source>The folder of {path} does not exist.</source>
        <translation>Le dossier de {path} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>There is no database at {path}: check the path, or create one with `antenne db upgrade` or `antenne demo`.</source>
        <translation>Il n&apos;y a pas de base de données à {path}&#x202f;: vérifiez le chemin, ou créez-en une avec `antenne db upgrade` ou `antenne demo`.</translation>
    </message>
    <message>
        <source>{path} is not an Antenne database.</source>
        <translation>{path} n&apos;est pas une base de données Antenne.</translation>
    </message>
    <message>
        <source>Cannot use {path}: {error}.</source>
        <translation>Impossible d&apos;utiliser {path}&#x202f;: {error}.</translation>
    </message>
    <message>
        <source>{path} is a folder: name the file to write.</source>
        <translation>{path} est un dossier&#x202f;: donnez le nom du fichier à écrire.</translation>
    </message>
</context>
<context>
    <name>Config</name>
    <message>
        <source>The setting {key} has an invalid value: {value}</source>
        <translation>Le réglage {key} a une valeur invalide&#x202f;: {value}</translation>
    </message>
    <message>
        <source>The configuration file {path} cannot be read: {error}</source>
        <translation>Le fichier de configuration {path} est illisible&#x202f;: {error}</translation>
    </message>
    <message>
        <source>Unknown setting {key} in {path}</source>
        <translation>Réglage inconnu {key} dans {path}</translation>
    </message>
    <message>
        <source>Unknown language {language}: use fr, nl or en</source>
        <translation>Langue inconnue {language}&#x202f;: utilisez fr, nl ou en</translation>
    </message>
</context>
<context>
    <name>ConfirmedScreen</name>
    <message>
        <source>Voting booth</source>
        <translation>Isoloir</translation>
    </message>
    <message>
        <source>Voted!</source>
        <translation>A voté&#x202f;!</translation>
    </message>
    <message>
        <source>Your ballot is in the box. Next ballot: your proxy.</source>
        <translation>Votre bulletin est dans l&apos;urne. Bulletin suivant&#x202f;: votre procuration.</translation>
    </message>
    <message>
        <source>Your ballot is in the box. Thank you!</source>
        <translation>Votre bulletin est dans l&apos;urne. Merci&#x202f;!</translation>
    </message>
    <message>
        <source>Next ballot</source>
        <translation>Bulletin suivant</translation>
    </message>
    <message>
        <source>I&apos;m done</source>
        <translation>J&apos;ai fini</translation>
    </message>
    <message numerus="yes">
        <source>Next ballot in %n second(s)</source>
        <translation>
            <numerusform>Bulletin suivant dans %Ln seconde</numerusform>
            <numerusform>Bulletin suivant dans %Ln secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Back to the start in %n second(s)</source>
        <translation>
            <numerusform>Retour à l&apos;accueil dans %Ln seconde</numerusform>
            <numerusform>Retour à l&apos;accueil dans %Ln secondes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsentScreen</name>
    <message>
        <source>Your data</source>
        <translation>Vos données</translation>
    </message>
    <message>
        <source>Before we go on: what we keep</source>
        <translation>Avant de continuer&#x202f;: ce que nous gardons</translation>
    </message>
    <message>
        <source>We keep your first and last name, your language, your e-mail and phone, and the days you came and why.</source>
        <translation>Nous gardons votre prénom et votre nom, votre langue, votre e-mail et votre téléphone, et les jours où vous êtes venu·e et pourquoi.</translation>
    </message>
    <message>
        <source>We keep your first and last name, your language, your e-mail, and the days you came and why.</source>
        <translation>Nous gardons vos prénom et nom, votre langue, votre e-mail, et les jours où vous êtes venu·e et pourquoi.</translation>
    </message>
    <message>
        <source>We keep your first and last name, your language, your phone number, and the days you came and why.</source>
        <translation>Nous gardons vos prénom et nom, votre langue, votre numéro de téléphone, et les jours où vous êtes venu·e et pourquoi.</translation>
    </message>
    <message>
        <source>We keep your first and last name, your language, and the days you came and why.</source>
        <translation>Nous gardons votre prénom et votre nom, votre langue, et les jours où vous êtes venu·e et pourquoi.</translation>
    </message>
    <message>
        <source>Kept until {date}, then deleted.</source>
        <translation>Gardé jusqu&apos;au {date}, puis effacé.</translation>
    </message>
    <message>
        <source>Smart&apos;s teams use it to welcome you and keep in touch; it stays in the cooperative&apos;s own systems. We never sell it or give it to anyone outside Smart. You can ask at the desk to see or delete it at any time.</source>
        <translation>Les équipes de Smart s&apos;en servent pour vous accueillir et garder le contact&#x202f;; il reste dans les systèmes de la coopérative. Nous ne le vendons jamais et ne le donnons à personne en dehors de Smart. Vous pouvez demander à l&apos;accueil de le voir ou de l&apos;effacer à tout moment.</translation>
    </message>
    <message>
        <source>Find me by my badge only</source>
        <translation>Me trouver par mon badge seulement</translation>
    </message>
    <message>
        <source>Then your name is never listed when someone types a name at the kiosk.</source>
        <translation>Votre nom n&apos;apparaîtra alors jamais quand quelqu&apos;un tape un nom sur la borne.</translation>
    </message>
    <message>
        <source>“No, thank you”: we keep nothing about you, and you are welcome all the same: look around, read, and ask at the desk.</source>
        <translation>«&#x202f;Non, merci&#x202f;»&#x202f;: nous ne gardons rien sur vous, et vous êtes le ou la bienvenue quand même&#x202f;: visitez, lisez, et demandez à l&apos;accueil.</translation>
    </message>
    <message>
        <source>No, thank you</source>
        <translation>Non, merci</translation>
    </message>
    <message>
        <source>I agree</source>
        <translation>J&apos;accepte</translation>
    </message>
    <message>
        <source>Nothing was kept. You are welcome anyway!</source>
        <translation>Rien n&apos;a été gardé. Bienvenue quand même&#x202f;!</translation>
    </message>
</context>
<context>
    <name>ConsoleScreen</name>
    <message>
        <source>Live vote</source>
        <translation>Vote en direct</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>New vote from a template</source>
        <translation>Nouveau vote à partir d&apos;un modèle</translation>
    </message>
    <message>
        <source>Budget to share, in euros</source>
        <translation>Budget à partager, en euros</translation>
    </message>
    <message>
        <source>Named vote (not secret)</source>
        <translation>Vote nominatif (non secret)</translation>
    </message>
    <message>
        <source>Projects: descriptions and pictures</source>
        <translation>Projets&#x202f;: descriptions et images</translation>
    </message>
    <message>
        <source>Create the vote</source>
        <translation>Créer le vote</translation>
    </message>
    <message>
        <source>Open the vote</source>
        <translation>Ouvrir le vote</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%Ln min</numerusform>
            <numerusform>%Ln min</numerusform>
        </translation>
    </message>
    <message>
        <source>No countdown</source>
        <translation>Sans compte à rebours</translation>
    </message>
    <message>
        <source>Close the vote</source>
        <translation>Clore le vote</translation>
    </message>
    <message>
        <source>Reveal the results</source>
        <translation>Dévoiler les résultats</translation>
    </message>
    <message>
        <source>Publish the results</source>
        <translation>Publier les résultats</translation>
    </message>
    <message>
        <source>Roll call and proxies</source>
        <translation>Appel et procurations</translation>
    </message>
    <message>
        <source>Booth</source>
        <translation>Isoloir</translation>
    </message>
    <message>
        <source>Show of hands</source>
        <translation>Mains levées</translation>
    </message>
    <message>
        <source>Projector on this screen</source>
        <translation>Projecteur sur cet écran</translation>
    </message>
    <message>
        <source>Projector on the second screen</source>
        <translation>Projecteur sur le second écran</translation>
    </message>
    <message>
        <source>Projector in a window</source>
        <translation>Projecteur dans une fenêtre</translation>
    </message>
    <message>
        <source>No vote yet.</source>
        <translation>Pas encore de vote.</translation>
    </message>
    <message>
        <source>Create one from a template.</source>
        <translation>Créez-en un à partir d&apos;un modèle.</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>État&#x202f;: {status}</translation>
    </message>
    <message>
        <source>{entitled} entitled</source>
        <translation>{entitled} ayants droit</translation>
    </message>
    <message>
        <source>Secret ballot</source>
        <translation>Vote à bulletin secret</translation>
    </message>
    <message>
        <source>Named vote: who voted what goes into the minutes</source>
        <translation>Vote nominatif&#x202f;: qui a voté quoi figurera au procès-verbal</translation>
    </message>
    <message>
        <source>Time left: {minutes}:{seconds:02d}</source>
        <translation>Temps restant&#x202f;: {minutes}:{seconds:02d}</translation>
    </message>
    <message>
        <source>Choose a template.</source>
        <translation>Choisissez un modèle.</translation>
    </message>
    <message>
        <source>Give the budget to share, in euros.</source>
        <translation>Indiquez le budget à partager, en euros.</translation>
    </message>
    <message>
        <source>Give the cost of {option}, in euros.</source>
        <translation>Indiquez le coût de {option}, en euros.</translation>
    </message>
    <message>
        <source>Option {number} needs a name in French.</source>
        <translation>L&apos;option {number} doit avoir un nom en français.</translation>
    </message>
    <message>
        <source>Option {number} needs a name in Dutch.</source>
        <translation>L&apos;option {number} doit avoir un nom en néerlandais.</translation>
    </message>
    <message>
        <source>Option {number} needs a name in English.</source>
        <translation>L&apos;option {number} doit avoir un nom en anglais.</translation>
    </message>
    <message>
        <source>Close the vote?</source>
        <translation>Clore le vote&#x202f;?</translation>
    </message>
    <message>
        <source>Nobody can vote after this. The results stay hidden until revealed.</source>
        <translation>Plus personne ne pourra voter. Les résultats restent cachés jusqu&apos;à ce qu&apos;on les dévoile.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Publish the results?</source>
        <translation>Publier les résultats&#x202f;?</translation>
    </message>
    <message>
        <source>They become the official results of this vote.</source>
        <translation>Ils deviennent les résultats officiels de ce vote.</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
</context>
<context>
    <name>Content</name>
    <message>
        <source>This page is no longer available.</source>
        <translation>Cette page n&apos;est plus disponible.</translation>
    </message>
</context>
<context>
    <name>CountField</name>
    <message>
        <source>One less</source>
        <translation>Un de moins</translation>
    </message>
    <message>
        <source>One more</source>
        <translation>Un de plus</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>The demo antenne holds {minimum} to {maximum} people.</source>
        <translation>L&apos;antenne de démonstration compte de {minimum} à {maximum} personnes.</translation>
    </message>
    <message>
        <source>--replace needs --db: name the file to replace.</source>
        <translation>--replace demande --db&#x202f;: indiquez le fichier à remplacer.</translation>
    </message>
    <message>
        <source>{path} already holds an antenne or people: use another file or --replace.</source>
        <translation>{path} contient déjà une antenne ou des personnes&#x202f;: utilisez un autre fichier ou --replace.</translation>
    </message>
</context>
<context>
    <name>FaceCard</name>
    <message>
        <source>until {day}</source>
        <translation>jusqu&apos;au {day}</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>sans date de fin</translation>
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
        <translation>Tapez votre code PIN d&apos;animateur·rice</translation>
    </message>
    <message>
        <source>Checking the PIN…</source>
        <translation>Vérification du code PIN…</translation>
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
        <source>The kiosk&apos;s language</source>
        <translation>Langue de la borne</translation>
    </message>
    <message>
        <source>Each new visitor is greeted in this language; they can switch at any time.</source>
        <translation>Chaque nouvelle personne est accueillie dans cette langue&#x202f;; elle peut en changer à tout moment.</translation>
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
        <translation>Rien pour l&apos;instant.</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>quelqu&apos;un</translation>
    </message>
    <message>
        <source>New visitors will be greeted in {language}.</source>
        <translation>Les nouvelles personnes seront accueillies en {language}.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from the hub still cannot be applied: this kiosk needs an update.</source>
        <translation>
            <numerusform>%Ln modification venue du hub ne peut toujours pas être appliquée&#x202f;: cette borne doit être mise à jour.</numerusform>
            <numerusform>%Ln modifications venues du hub ne peuvent toujours pas être appliquées&#x202f;: cette borne doit être mise à jour.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything that was set aside has been tried again.</source>
        <translation>Tout ce qui avait été mis de côté a été réessayé.</translation>
    </message>
</context>
<context>
    <name>Facilitators</name>
    <message>
        <source>The two PINs differ.</source>
        <translation>Les deux codes PIN sont différents.</translation>
    </message>
    <message>
        <source>A new PIN is {minimum} to {maximum} digits.</source>
        <translation>Un nouveau code PIN compte de {minimum} à {maximum} chiffres.</translation>
    </message>
    <message>
        <source>A PIN of one digit repeated (like 000000) is too easy to guess: choose another one.</source>
        <translation>Un code PIN fait d&apos;un seul chiffre répété (comme 000000) est trop facile à deviner&#x202f;: choisissez-en un autre.</translation>
    </message>
    <message>
        <source>A PIN of digits going up in a row (like 123456) is too easy to guess: choose another one.</source>
        <translation>Un code PIN de chiffres qui se suivent en montant (comme 123456) est trop facile à deviner&#x202f;: choisissez-en un autre.</translation>
    </message>
    <message>
        <source>A PIN of digits going down in a row (like 654321) is too easy to guess: choose another one.</source>
        <translation>Un code PIN de chiffres qui se suivent en descendant (comme 654321) est trop facile à deviner&#x202f;: choisissez-en un autre.</translation>
    </message>
    <message>
        <source>A PIN that repeats a group of digits (like 121212) is too easy to guess: choose another one.</source>
        <translation>Un code PIN qui répète un groupe de chiffres (comme 121212) est trop facile à deviner&#x202f;: choisissez-en un autre.</translation>
    </message>
    <message>
        <source>Give the facilitator a name.</source>
        <translation>Donnez un nom à l&apos;animateur·rice.</translation>
    </message>
    <message>
        <source>A facilitator named {name} already exists.</source>
        <translation>Un·e animateur·rice nommé·e {name} existe déjà.</translation>
    </message>
    <message>
        <source>This PIN is already taken: choose another one.</source>
        <translation>Ce code PIN est déjà pris&#x202f;: choisissez-en un autre.</translation>
    </message>
    <message>
        <source>No facilitator is registered on this kiosk yet (antenne facilitator add).</source>
        <translation>Aucun·e animateur·rice n&apos;est encore enregistré·e sur cette borne (antenne facilitator add).</translation>
    </message>
    <message>
        <source>Wrong PIN. Tries left: {left}.</source>
        <translation>Code PIN erroné. Essais restants&#x202f;: {left}.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Facilitator mode is locked for {minutes} min.</source>
        <translation>Trop de codes PIN erronés. Le mode animation est bloqué pendant {minutes} min.</translation>
    </message>
</context>
<context>
    <name>Governance</name>
    <message>
        <source>{day} at {time}</source>
        <translation>{day} à {time}</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>Concertation</source>
        <translation>Concertation</translation>
    </message>
    <message>
        <source>Co-decision</source>
        <translation>Codécision</translation>
    </message>
    <message>
        <source>This body is not known on this kiosk.</source>
        <translation>Cet organe n&apos;est pas connu sur cette borne.</translation>
    </message>
    <message>
        <source>This person is no longer known.</source>
        <translation>Cette personne n&apos;est plus connue.</translation>
    </message>
    <message>
        <source>That name is too long.</source>
        <translation>Ce nom est trop long.</translation>
    </message>
    <message>
        <source>All the members together</source>
        <translation>Tous les sociétaires ensemble</translation>
    </message>
    <message>
        <source>The elected board</source>
        <translation>Le conseil élu</translation>
    </message>
    <message>
        <source>The management team</source>
        <translation>L&apos;équipe de direction</translation>
    </message>
    <message>
        <source>The guardians of our values</source>
        <translation>Les gardiens de nos valeurs</translation>
    </message>
    <message>
        <source>The voice of the antennes</source>
        <translation>La voix des antennes</translation>
    </message>
    <message>
        <source>The local budget team</source>
        <translation>L&apos;équipe du budget local</translation>
    </message>
    <message>
        <source>every member, one vote each: elects the board and approves the accounts</source>
        <translation>chaque sociétaire, une voix chacun·e&#x202f;: élit le conseil et approuve les comptes</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Présidence</translation>
    </message>
    <message>
        <source>Vice-chair</source>
        <translation>Vice-présidence</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Secrétariat</translation>
    </message>
    <message>
        <source>Treasurer</source>
        <translation>Trésorerie</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Administrateur·rice</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Animation</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>elects</source>
        <translation>élit</translation>
    </message>
    <message>
        <source>reports to</source>
        <translation>rend compte à</translation>
    </message>
    <message>
        <source>appoints</source>
        <translation>nomme</translation>
    </message>
    <message>
        <source>advises</source>
        <translation>conseille</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>Soutenu</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>On a meeting&apos;s agenda</source>
        <translation>À l&apos;ordre du jour d&apos;une réunion</translation>
    </message>
    <message>
        <source>Treated</source>
        <translation>Traité</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Half of the members must be present.</source>
        <translation>La moitié des membres doit être présente.</translation>
    </message>
    <message>
        <source>Two thirds of the members must be present.</source>
        <translation>Les deux tiers des membres doivent être présents.</translation>
    </message>
    <message>
        <source>A third of the members must be present.</source>
        <translation>Un tiers des membres doit être présent.</translation>
    </message>
    <message>
        <source>Three quarters of the members must be present.</source>
        <translation>Les trois quarts des membres doivent être présents.</translation>
    </message>
    <message>
        <source>One member in ten must be present.</source>
        <translation>Un membre sur dix doit être présent.</translation>
    </message>
    <message>
        <source>A decision passes with a simple majority.</source>
        <translation>Une décision passe à la majorité simple.</translation>
    </message>
    <message>
        <source>A decision needs two thirds of the votes.</source>
        <translation>Une décision demande les deux tiers des voix.</translation>
    </message>
    <message>
        <source>A decision needs three quarters of the votes.</source>
        <translation>Une décision demande les trois quarts des voix.</translation>
    </message>
    <message>
        <source>A decision needs everyone to agree.</source>
        <translation>Une décision demande l&apos;accord de tout le monde.</translation>
    </message>
    <message>
        <source>A decision passes when nobody has a serious objection.</source>
        <translation>Une décision passe quand personne n&apos;a d&apos;objection sérieuse.</translation>
    </message>
    <message>
        <source>Changing the statutes needs two thirds of the votes.</source>
        <translation>Changer les statuts demande les deux tiers des voix.</translation>
    </message>
    <message>
        <source>Changing the statutes needs three quarters of the votes.</source>
        <translation>Changer les statuts demande les trois quarts des voix.</translation>
    </message>
    <message>
        <source>In a tie, the chair decides.</source>
        <translation>En cas d&apos;égalité, la présidence tranche.</translation>
    </message>
    <message>
        <source>In a tie, lots are drawn.</source>
        <translation>En cas d&apos;égalité, on tire au sort.</translation>
    </message>
    <message>
        <source>In a tie, the proposal is not adopted.</source>
        <translation>En cas d&apos;égalité, la proposition n&apos;est pas adoptée.</translation>
    </message>
    <message>
        <source>It meets once a year.</source>
        <translation>Il se réunit une fois par an.</translation>
    </message>
    <message>
        <source>It meets every month.</source>
        <translation>Il se réunit chaque mois.</translation>
    </message>
    <message>
        <source>It meets every week.</source>
        <translation>Il se réunit chaque semaine.</translation>
    </message>
    <message>
        <source>No minimum attendance: whoever comes decides.</source>
        <translation>Pas de présence minimale&#x202f;: celles et ceux qui viennent décident.</translation>
    </message>
    <message>
        <source>At least {percent}% of the members must be present.</source>
        <translation>Au moins {percent}&#xa0;% des membres doivent être présents.</translation>
    </message>
    <message>
        <source>Nobody can vote for someone else.</source>
        <translation>Personne ne peut voter pour quelqu&apos;un d&apos;autre.</translation>
    </message>
    <message>
        <source>Read its published agenda and minutes.</source>
        <translation>Lire son ordre du jour et ses procès-verbaux publiés.</translation>
    </message>
    <message>
        <source>Propose an item for its agenda.</source>
        <translation>Proposer un point pour son ordre du jour.</translation>
    </message>
    <message>
        <source>Come to its next meeting, on {day}.</source>
        <translation>Venir à sa prochaine réunion, le {day}.</translation>
    </message>
    <message>
        <source>Come to its meetings.</source>
        <translation>Venir à ses réunions.</translation>
    </message>
    <message>
        <source>Take part in its decisions and vote.</source>
        <translation>Prendre part à ses décisions et voter.</translation>
    </message>
    <message>
        <source>Stand for election: a seat frees up on {day}.</source>
        <translation>Se présenter&#x202f;: un siège se libère le {day}.</translation>
    </message>
</context>
<context>
    <name>GovernanceBodyScreen</name>
    <message>
        <source>How it works</source>
        <translation>Comment ça marche</translation>
    </message>
    <message>
        <source>Who sits on it</source>
        <translation>Qui y siège</translation>
    </message>
    <message>
        <source>Photo board</source>
        <translation>Trombinoscope</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Prochaine réunion</translation>
    </message>
    <message>
        <source>Items members brought</source>
        <translation>Points apportés par des sociétaires</translation>
    </message>
    <message>
        <source>Minutes of past meetings</source>
        <translation>Procès-verbaux des réunions passées</translation>
    </message>
    <message>
        <source>Meet the board</source>
        <translation>Rencontrer le conseil</translation>
    </message>
    <message>
        <source>Propose an item</source>
        <translation>Proposer un point</translation>
    </message>
    <message>
        <source>Back to the map</source>
        <translation>Retour à la carte</translation>
    </message>
    <message>
        <source>Its rules have not been published yet.</source>
        <translation>Ses règles ne sont pas encore publiées.</translation>
    </message>
    <message>
        <source>No member has proposed an item yet.</source>
        <translation>Aucun sociétaire n&apos;a encore proposé de point.</translation>
    </message>
    <message>
        <source>The minutes are not published yet.</source>
        <translation>Le procès-verbal n&apos;est pas encore publié.</translation>
    </message>
    <message>
        <source>No minutes published yet.</source>
        <translation>Aucun procès-verbal publié pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Sign-up comes with the sessions: until then, just come along at the time shown.</source>
        <translation>L&apos;inscription arrive avec les sessions&#x202f;: d&apos;ici là, venez simplement à l&apos;heure indiquée.</translation>
    </message>
    <message>
        <source>No meeting planned yet.</source>
        <translation>Aucune réunion prévue pour l&apos;instant.</translation>
    </message>
    <message>
        <source>{place}, also online</source>
        <translation>{place}, aussi en ligne</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>On the agenda:</source>
        <translation>À l&apos;ordre du jour&#x202f;:</translation>
    </message>
    <message>
        <source>The agenda is not published yet.</source>
        <translation>L&apos;ordre du jour n&apos;est pas encore publié.</translation>
    </message>
</context>
<context>
    <name>GovernanceMapScreen</name>
    <message>
        <source>Who decides what</source>
        <translation>Qui décide quoi</translation>
    </message>
    <message>
        <source>Show everything</source>
        <translation>Tout montrer</translation>
    </message>
    <message>
        <source>Official terms</source>
        <translation>Termes officiels</translation>
    </message>
    <message>
        <source>Find a person: type a name</source>
        <translation>Trouver une personne&#x202f;: tapez un nom</translation>
    </message>
    <message>
        <source>Every member</source>
        <translation>Tous les sociétaires</translation>
    </message>
    <message>
        <source>Your item: {status}</source>
        <translation>Votre point&#x202f;: {status}</translation>
    </message>
    <message>
        <source>Meet the board: {when}</source>
        <translation>Rencontrer le CA&#x202f;: {when}</translation>
    </message>
    <message>
        <source>Type at least two letters of a name: their bodies light up.</source>
        <translation>Tapez au moins deux lettres d&apos;un nom&#x202f;: ses organes s&apos;allument.</translation>
    </message>
    <message>
        <source>Nobody with a mandate has that name.</source>
        <translation>Personne avec un mandat ne porte ce nom.</translation>
    </message>
    <message>
        <source>Lit up: the bodies of {names}.</source>
        <translation>En couleur&#x202f;: les organes de {names}.</translation>
    </message>
    <message>
        <source>{name}, here is where you can take part ({levels}).</source>
        <translation>{name}, voici où vous pouvez prendre part ({levels}).</translation>
    </message>
    <message>
        <source>{name}, you have not said how involved you want to be: here is everything.</source>
        <translation>{name}, vous n&apos;avez pas encore dit comment vous voulez participer&#x202f;: voici tout.</translation>
    </message>
    <message>
        <source>Your items on the agendas</source>
        <translation>Vos points aux ordres du jour</translation>
    </message>
    <message>
        <source>No body to show yet.</source>
        <translation>Aucun organe à montrer pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>GovernancePeopleScreen</name>
    <message>
        <source>Back to the body</source>
        <translation>Retour à l&apos;organe</translation>
    </message>
    <message>
        <source>Nobody holds a mandate in this body at the moment.</source>
        <translation>Personne n&apos;a de mandat dans cet organe pour le moment.</translation>
    </message>
    <message>
        <source>Photo board</source>
        <translation>Trombinoscope</translation>
    </message>
</context>
<context>
    <name>GovernancePlurals</name>
    <message numerus="yes">
        <source>%n member item(s) · {status}</source>
        <translation>
            <numerusform>%Ln point de membre · {status}</numerusform>
            <numerusform>%Ln points de membres · {status}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n elected member(s) who decide the main directions</source>
        <translation>
            <numerusform>le sociétaire élu qui décide des grandes orientations</numerusform>
            <numerusform>les %Ln sociétaires élus qui décident des grandes orientations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n person(s) who run the cooperative day to day</source>
        <translation>
            <numerusform>la personne qui fait tourner la coopérative au quotidien</numerusform>
            <numerusform>les %Ln personnes qui font tourner la coopérative au quotidien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) who check that decisions keep to our values</source>
        <translation>
            <numerusform>%Ln personne qui veille à ce que les décisions respectent nos valeurs</numerusform>
            <numerusform>%Ln personnes qui veillent à ce que les décisions respectent nos valeurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) who carry the antennes&apos; topics to the board</source>
        <translation>
            <numerusform>%Ln personne qui porte les sujets des antennes au conseil</numerusform>
            <numerusform>%Ln personnes qui portent les sujets des antennes au conseil</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) who bring the antenne to life and speak for it</source>
        <translation>
            <numerusform>%Ln sociétaire qui fait vivre l&apos;antenne et parle en son nom</numerusform>
            <numerusform>%Ln sociétaires qui font vivre l&apos;antenne et parlent en son nom</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) who run the budget the members decide together</source>
        <translation>
            <numerusform>%Ln sociétaire qui mène le budget que les sociétaires décident ensemble</numerusform>
            <numerusform>%Ln sociétaires qui mènent le budget que les sociétaires décident ensemble</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) working together on one topic</source>
        <translation>
            <numerusform>%Ln sociétaire qui travaille sur un sujet</numerusform>
            <numerusform>%Ln sociétaires qui travaillent ensemble sur un sujet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) with a mandate</source>
        <translation>
            <numerusform>%Ln personne avec un mandat</numerusform>
            <numerusform>%Ln personnes avec un mandat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Everyone can carry %n proxy(ies).</source>
        <translation>
            <numerusform>Chacun peut porter %Ln procuration.</numerusform>
            <numerusform>Chacun peut porter %Ln procurations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An item a member proposes goes on its agenda once %n member(s) support it.</source>
        <translation>
            <numerusform>Un point proposé par un sociétaire va à l&apos;ordre du jour dès que %Ln sociétaire le soutient.</numerusform>
            <numerusform>Un point proposé par un sociétaire va à l&apos;ordre du jour dès que %Ln sociétaires le soutiennent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%Ln personne</numerusform>
            <numerusform>%Ln personnes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GovernancePrint</name>
    <message>
        <source>Every member</source>
        <translation>Tous les sociétaires</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>sans date de fin</translation>
    </message>
    <message>
        <source>until {day}</source>
        <translation>jusqu&apos;au {day}</translation>
    </message>
    <message>
        <source>Antenne — printed on {day}</source>
        <translation>Antenne — imprimé le {day}</translation>
    </message>
    <message>
        <source>Nobody holds a mandate in this body at the moment.</source>
        <translation>Personne n&apos;a de mandat dans cet organe pour le moment.</translation>
    </message>
    <message>
        <source>Scan: who decides what, on your phone</source>
        <translation>Scannez&#x202f;: qui décide quoi, sur votre téléphone</translation>
    </message>
    <message>
        <source>No QR code: this kiosk is not linked to the cooperative&apos;s hub yet.</source>
        <translation>Pas de code QR&#x202f;: cette borne n&apos;est pas encore reliée au serveur de la coopérative.</translation>
    </message>
    <message>
        <source>Who sits on it: {body}</source>
        <translation>Qui y siège&#x202f;: {body}</translation>
    </message>
    <message>
        <source>Who decides what in our cooperative</source>
        <translation>Qui décide quoi dans notre coopérative</translation>
    </message>
    <message>
        <source>Every box is a group of people; every arrow says who elects, appoints, advises or reports to whom.</source>
        <translation>Chaque case est un groupe de personnes&#x202f;; chaque flèche dit qui élit, nomme, conseille qui ou rend des comptes à qui.</translation>
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
        <translation>Bonjour&#x202f;! Que souhaitez-vous faire&#x202f;?</translation>
    </message>
    <message>
        <source>Hello {name}!</source>
        <translation>Bonjour {name}&#x202f;!</translation>
    </message>
    <message>
        <source>What you can do next:</source>
        <translation>Ce que vous pouvez faire maintenant&#x202f;:</translation>
    </message>
    <message>
        <source>Have a badge? Hold it against the reader under the screen.</source>
        <translation>Vous avez un badge&#x202f;? Posez-le sur le lecteur, sous l’écran.</translation>
    </message>
    <message>
        <source>You are greeted by your first name, with what you can do next.</source>
        <translation>Vous êtes accueilli·e par votre prénom, avec ce que vous pouvez faire ensuite.</translation>
    </message>
    <message>
        <source>A badge held against the reader under the screen</source>
        <translation>Un badge posé sur le lecteur, sous l’écran</translation>
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
        <translation>Lire&#x202f;: c&apos;est quoi Smart&#x202f;?</translation>
    </message>
    <message>
        <source>The cooperative in plain words, and its statutes in brief</source>
        <translation>La coopérative en mots simples, et ses statuts en bref</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Badges</translation>
    </message>
    <message>
        <source>Print, reprint, stop a lost badge, print a batch on A4</source>
        <translation>Imprimer, réimprimer, désactiver un badge perdu, imprimer une série sur A4</translation>
    </message>
    <message>
        <source>Who wants which news</source>
        <translation>Qui veut quelles nouvelles</translation>
    </message>
    <message>
        <source>Counts per participation level and topic; export a list</source>
        <translation>Nombres par niveau de participation et par thème&#x202f;; exporter une liste</translation>
    </message>
    <message>
        <source>Welcome / Check in</source>
        <translation>Bienvenue / Arrivée</translation>
    </message>
    <message>
        <source>Scan your badge, find your name, or register for your first visit</source>
        <translation>Scannez votre badge, trouvez votre nom, ou inscrivez-vous pour une première visite</translation>
    </message>
    <message>
        <source>Who is here today</source>
        <translation>Qui est là aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Everyone checked in and not yet gone</source>
        <translation>Toutes les personnes arrivées et pas encore parties</translation>
    </message>
    <message>
        <source>Live vote</source>
        <translation>Vote en direct</translation>
    </message>
    <message>
        <source>Create, open and close a vote; roll call, booth, hands, projector</source>
        <translation>Créer, ouvrir et clore un vote&#x202f;; appel, isoloir, mains levées, projecteur</translation>
    </message>
    <message>
        <source>Who decides what</source>
        <translation>Qui décide quoi</translation>
    </message>
    <message>
        <source>The cooperative&apos;s councils and their people, in plain words</source>
        <translation>Les conseils de la coopérative et leurs membres, en mots simples</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Co-working, drop-ins and workshops: sign up, check in</source>
        <translation>Co-working, permanences et ateliers&#x202f;: s&apos;inscrire, arriver</translation>
    </message>
    <message>
        <source>Lists, attendance sheets, the programme</source>
        <translation>Listes, émargement, programme</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <source>Offer what you know, find who can help you</source>
        <translation>Partagez ce que vous savez, trouvez qui peut vous aider</translation>
    </message>
    <message>
        <source>Moderate skill posts</source>
        <translation>Modérer les annonces</translation>
    </message>
    <message>
        <source>Reports, new skills, the needs nobody offers</source>
        <translation>Signalements, nouvelles compétences, besoins sans offre</translation>
    </message>
</context>
<context>
    <name>HostProposeScreen</name>
    <message>
        <source>Host a drop-in</source>
        <translation>Animer une permanence</translation>
    </message>
    <message>
        <source>Host a drop-in session</source>
        <translation>Animer une permanence</translation>
    </message>
    <message>
        <source>{name}, propose your skill-share session</source>
        <translation>{name}, proposez votre séance de partage</translation>
    </message>
    <message>
        <source>{name}, what would you like to share?</source>
        <translation>{name}, que voulez-vous partager&#x202f;?</translation>
    </message>
    <message>
        <source>Members can host a session on a topic they know: others drop in, ask, learn. A facilitator looks at your offer and puts it on the programme.</source>
        <translation>Les sociétaires peuvent animer une séance sur un sujet qu&apos;ils connaissent&#x202f;: on passe, on pose ses questions, on apprend. Un·e animateur·rice regarde votre offre et la met au programme.</translation>
    </message>
    <message>
        <source>Scan your badge to offer a session.</source>
        <translation>Scannez votre badge pour proposer une séance.</translation>
    </message>
    <message>
        <source>Members of the cooperative can do this.</source>
        <translation>Les sociétaires de la coopérative peuvent le faire.</translation>
    </message>
    <message>
        <source>Your topic, in a few words</source>
        <translation>Votre sujet, en quelques mots</translation>
    </message>
    <message>
        <source>For example: invoicing without stress</source>
        <translation>Par exemple&#x202f;: facturer sans stress</translation>
    </message>
    <message>
        <source>A few lines for those who come (optional)</source>
        <translation>Quelques lignes pour celles et ceux qui viennent (facultatif)</translation>
    </message>
    <message>
        <source>Which day?</source>
        <translation>Quel jour&#x202f;?</translation>
    </message>
    <message>
        <source>At what time?</source>
        <translation>À quelle heure&#x202f;?</translation>
    </message>
    <message>
        <source>{hour} h</source>
        <translation>{hour} h</translation>
    </message>
    <message>
        <source>on the hour</source>
        <translation>pile</translation>
    </message>
    <message>
        <source>at half past</source>
        <translation>et demie</translation>
    </message>
    <message>
        <source>For how long?</source>
        <translation>Pour combien de temps&#x202f;?</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <source>1 hour 30</source>
        <translation>1 h 30</translation>
    </message>
    <message>
        <source>2 hours</source>
        <translation>2 heures</translation>
    </message>
    <message>
        <source>3 hours</source>
        <translation>3 heures</translation>
    </message>
    <message>
        <source>How many people at most?</source>
        <translation>Combien de personnes au plus&#x202f;?</translation>
    </message>
    <message>
        <source>Once, or every week?</source>
        <translation>Une fois, ou chaque semaine&#x202f;?</translation>
    </message>
    <message>
        <source>Just once</source>
        <translation>Une seule fois</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Chaque semaine</translation>
    </message>
    <message>
        <source>Send my offer</source>
        <translation>Envoyer mon offre</translation>
    </message>
    <message>
        <source>Sorry {name}, only members of the cooperative can host a drop-in.</source>
        <translation>Désolés {name}, seuls les sociétaires de la coopérative peuvent animer une permanence.</translation>
    </message>
    <message>
        <source>Thank you {name}! A facilitator will look at your offer. Once accepted, it is on the programme and you will see it at your next scan.</source>
        <translation>Merci {name}&#x202f;! Un·e animateur·rice va regarder votre offre. Une fois acceptée, elle est au programme et vous la verrez à votre prochain passage de badge.</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translation>Vous êtes toujours là&#x202f;?</translation>
    </message>
    <message numerus="yes">
        <source>The screen starts again for the next person in %n second(s).</source>
        <translation>
            <numerusform>L&apos;écran recommence pour la personne suivante dans %Ln seconde.</numerusform>
            <numerusform>L&apos;écran recommence pour la personne suivante dans %Ln secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>More time, please</source>
        <translation>Plus de temps, s&apos;il vous plaît</translation>
    </message>
</context>
<context>
    <name>Involvement</name>
    <message>
        <source>Unknown {what}: {values}.</source>
        <translation>{what} inconnu&#x202f;: {values}.</translation>
    </message>
    <message>
        <source>“No news” cannot go with another way of hearing from us.</source>
        <translation>«&#x202f;Pas de nouvelles&#x202f;» ne peut pas aller avec une autre façon d&apos;avoir de nos nouvelles.</translation>
    </message>
    <message>
        <source>This person is no longer known.</source>
        <translation>Cette personne n&apos;est plus connue.</translation>
    </message>
</context>
<context>
    <name>InvolvementScreen</name>
    <message>
        <source>How involved?</source>
        <translation>Ma participation</translation>
    </message>
    <message>
        <source>How involved do you want to be?</source>
        <translation>Comment voulez-vous participer&#x202f;?</translation>
    </message>
    <message>
        <source>Choose as many as you like. You can change your answers at any time, here at the kiosk.</source>
        <translation>Choisissez autant que vous voulez. Vous pouvez changer vos réponses à tout moment, ici au kiosque.</translation>
    </message>
    <message>
        <source>What interests you?</source>
        <translation>Qu&apos;est-ce qui vous intéresse&#x202f;?</translation>
    </message>
    <message>
        <source>How do you want to hear from us?</source>
        <translation>Comment voulez-vous avoir de nos nouvelles&#x202f;?</translation>
    </message>
    <message>
        <source>Save my answers</source>
        <translation>Enregistrer mes réponses</translation>
    </message>
    <message>
        <source>Scan your badge to answer.</source>
        <translation>Scannez votre badge pour répondre.</translation>
    </message>
    <message>
        <source>Your answers are kept with your badge&apos;s name.</source>
        <translation>Vos réponses sont gardées avec le nom de votre badge.</translation>
    </message>
    <message>
        <source>Thank you! Your answers are saved.</source>
        <translation>Merci&#x202f;! Vos réponses sont enregistrées.</translation>
    </message>
</context>
<context>
    <name>InvolvementStatsScreen</name>
    <message>
        <source>Who wants which news</source>
        <translation>Qui veut quelles nouvelles</translation>
    </message>
    <message>
        <source>What the people of this antenne want</source>
        <translation>Ce que veulent les personnes de cette antenne</translation>
    </message>
    <message>
        <source>Participation levels</source>
        <translation>Niveaux de participation</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Export the people who want this news</source>
        <translation>Exporter les personnes qui veulent ces nouvelles</translation>
    </message>
    <message>
        <source>Only people who agreed to be contacted, with a way to reach them.</source>
        <translation>Seulement les personnes qui ont accepté d&apos;être contactées, avec un moyen de les joindre.</translation>
    </message>
    <message>
        <source>Export a CSV file</source>
        <translation>Exporter un fichier CSV</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) answered.</source>
        <translation>
            <numerusform>%Ln personne a répondu.</numerusform>
            <numerusform>%Ln personnes ont répondu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) exported to {path}</source>
        <translation>
            <numerusform>%Ln personne exportée dans {path}</numerusform>
            <numerusform>%Ln personnes exportées dans {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemScreen</name>
    <message>
        <source>An item for a body&apos;s agenda</source>
        <translation>Un point pour l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>This item is no longer known.</source>
        <translation>Ce point n&apos;est plus connu.</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>Où il en est</translation>
    </message>
    <message>
        <source>Proposed by {name} to: {body}</source>
        <translation>Proposé par {name} à&#x202f;: {body}</translation>
    </message>
    <message>
        <source>{count} of the {needed} signatures needed</source>
        <translation>{count} des {needed} signatures nécessaires</translation>
    </message>
    <message>
        <source>{count} signatures: enough ({needed} needed)</source>
        <translation>{count} signatures&#x202f;: c&apos;est assez ({needed} nécessaires)</translation>
    </message>
    <message>
        <source>You agree it should be discussed? Scan your badge to add your name.</source>
        <translation>Vous trouvez qu&apos;il faut en parler&#x202f;? Scannez votre badge pour ajouter votre nom.</translation>
    </message>
    <message>
        <source>The body has answered: no more names are needed.</source>
        <translation>L&apos;instance a répondu&#x202f;: plus besoin de signatures.</translation>
    </message>
    <message>
        <source>The body&apos;s answer</source>
        <translation>La réponse de l&apos;instance</translation>
    </message>
    <message>
        <source>When it is discussed</source>
        <translation>Quand on en parle</translation>
    </message>
    <message>
        <source>On the agenda of: {meeting}, {when}</source>
        <translation>À l&apos;ordre du jour de&#x202f;: {meeting}, {when}</translation>
    </message>
    <message>
        <source>Thank you, {name}: your name is on it.</source>
        <translation>Merci, {name}&#x202f;: votre nom y est.</translation>
    </message>
</context>
<context>
    <name>Journey</name>
    <message>
        <source>This person is no longer known.</source>
        <translation>Cette personne n&apos;est plus connue.</translation>
    </message>
    <message>
        <source>No journey step {slug}.</source>
        <translation>Pas d&apos;étape de parcours {slug}.</translation>
    </message>
    <message>
        <source>{name} is already a shareholder.</source>
        <translation>{name} est déjà sociétaire.</translation>
    </message>
</context>
<context>
    <name>JourneyNext</name>
    <message>
        <source>Read the booklet: the cooperative in plain words, in ten minutes.</source>
        <translation>Lisez le livret&#x202f;: la coopérative en mots simples, en dix minutes.</translation>
    </message>
    <message>
        <source>Read the booklet</source>
        <translation>Lire le livret</translation>
    </message>
    <message>
        <source>Sign up for an information session: an hour to ask all your questions.</source>
        <translation>Inscrivez-vous à une séance d&apos;information&#x202f;: une heure pour poser toutes vos questions.</translation>
    </message>
    <message>
        <source>See the sessions</source>
        <translation>Voir les séances</translation>
    </message>
    <message>
        <source>Meet a facilitator: ask at the desk, they will tick this step with you.</source>
        <translation>Rencontrez un·e facilitateur·rice&#x202f;: demandez à l&apos;accueil, cette étape sera cochée avec vous.</translation>
    </message>
    <message>
        <source>Come and work at the antenne: check in at the welcome screen when you do.</source>
        <translation>Venez travailler à l&apos;antenne&#x202f;: signalez votre arrivée sur l&apos;écran Bienvenue ce jour-là.</translation>
    </message>
    <message>
        <source>Go to the welcome screen</source>
        <translation>Aller à l&apos;écran Bienvenue</translation>
    </message>
    <message>
        <source>Offer a skill, or ask for one, on the skills board.</source>
        <translation>Proposez une compétence, ou demandez-en une, sur le tableau des compétences.</translation>
    </message>
    <message>
        <source>Open the skills board</source>
        <translation>Ouvrir le tableau des compétences</translation>
    </message>
    <message>
        <source>Vote in the next consultation or assembly: the facilitators open the booth here.</source>
        <translation>Votez à la prochaine consultation ou assemblée&#x202f;: l&apos;équipe d&apos;animation ouvre l&apos;isoloir ici.</translation>
    </message>
    <message>
        <source>Become a shareholder: buy your shares with a facilitator at the desk.</source>
        <translation>Devenez sociétaire&#x202f;: prenez vos parts avec un·e facilitateur·rice à l&apos;accueil.</translation>
    </message>
    <message>
        <source>Put a subject on the agenda of one of the bodies.</source>
        <translation>Mettez un sujet à l&apos;ordre du jour d&apos;une des instances.</translation>
    </message>
    <message>
        <source>Propose an agenda item</source>
        <translation>Proposer un point à l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Next: {step}.</source>
        <translation>Prochaine étape&#x202f;: {step}.</translation>
    </message>
    <message>
        <source>Every step is done. Thank you for making the cooperative yours!</source>
        <translation>Toutes les étapes sont faites. Merci de faire vivre la coopérative&#x202f;!</translation>
    </message>
</context>
<context>
    <name>JourneyScreen</name>
    <message>
        <source>My journey</source>
        <translation>Mon parcours</translation>
    </message>
    <message>
        <source>Record: became a shareholder</source>
        <translation>Enregistrer&#x202f;: est devenu·e sociétaire</translation>
    </message>
    <message>
        <source>My items on a body&apos;s agenda</source>
        <translation>Mes points à l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Help with travel costs</source>
        <translation>Aide aux frais de déplacement</translation>
    </message>
    <message>
        <source>Export this person&apos;s data</source>
        <translation>Exporter les données de cette personne</translation>
    </message>
    <message>
        <source>Erase this person&apos;s data</source>
        <translation>Effacer les données de cette personne</translation>
    </message>
    <message>
        <source>Scan your badge to see your journey.</source>
        <translation>Scannez votre badge pour voir votre parcours.</translation>
    </message>
    <message>
        <source>From your first visit to becoming a shareholder.</source>
        <translation>De votre première visite jusqu&apos;à devenir sociétaire.</translation>
    </message>
    <message>
        <source>The journey of {name}</source>
        <translation>Le parcours de {name}</translation>
    </message>
    <message numerus="yes">
        <source>%n of the steps done.</source>
        <translation>
            <numerusform>%Ln étape faite.</numerusform>
            <numerusform>%Ln étapes faites.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each step at its own pace.</source>
        <translation>Chaque étape à son rythme.</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Marquer comme fait</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Et maintenant&#x202f;?</translation>
    </message>
    <message>
        <source>Has {name} bought their shares?</source>
        <translation>{name} a-t-il ou elle pris ses parts&#x202f;?</translation>
    </message>
    <message>
        <source>The celebration starts, a welcome certificate is printed and the badge is reprinted with the role “Shareholder”.</source>
        <translation>La fête commence, un certificat de bienvenue est imprimé et le badge est réimprimé avec le rôle «&#x202f;Sociétaire&#x202f;».</translation>
    </message>
    <message>
        <source>Yes, celebrate!</source>
        <translation>Oui, fêtons ça&#x202f;!</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export everything the kiosk holds about {name}?</source>
        <translation>Exporter tout ce que la borne garde sur {name}&#x202f;?</translation>
    </message>
    <message>
        <source>A JSON file is written to the kiosk&apos;s exports folder. Hand it only to the person themselves.</source>
        <translation>Un fichier JSON est écrit dans le dossier d&apos;exports de la borne. Ne le remettez qu&apos;à la personne elle-même.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Data exported to {path}</source>
        <translation>Données exportées dans {path}</translation>
    </message>
    <message>
        <source>Erase the data of {name}?</source>
        <translation>Effacer les données de {name}&#x202f;?</translation>
    </message>
    <message>
        <source>Visits, badges, journey and posts are deleted, the profile is emptied; only anonymous counts remain. This cannot be undone.</source>
        <translation>Les visites, badges, parcours et annonces sont supprimés, le profil est vidé&#x202f;; seuls des comptages anonymes restent. C&apos;est irréversible.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>The person&apos;s data is erased.</source>
        <translation>Les données de la personne sont effacées.</translation>
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
    <name>Level</name>
    <message>
        <source>Information: receive the news</source>
        <translation>Information&#x202f;: recevoir les nouvelles</translation>
    </message>
    <message>
        <source>Consultation: give my opinion</source>
        <translation>Consultation&#x202f;: donner mon avis</translation>
    </message>
    <message>
        <source>Concertation: work on proposals</source>
        <translation>Concertation&#x202f;: travailler les propositions</translation>
    </message>
    <message>
        <source>Co-decision: decide together</source>
        <translation>Codécision&#x202f;: décider ensemble</translation>
    </message>
    <message>
        <source>The antenne&apos;s news, the board&apos;s agendas, what was decided.</source>
        <translation>Les nouvelles de l&apos;antenne, l&apos;ordre du jour du conseil, ce qui a été décidé.</translation>
    </message>
    <message>
        <source>Short surveys, advisory votes: you say what you think.</source>
        <translation>Petits sondages, votes consultatifs&#x202f;: vous dites ce que vous pensez.</translation>
    </message>
    <message>
        <source>Working groups that prepare proposals with the board.</source>
        <translation>Des groupes de travail qui préparent des propositions avec le conseil.</translation>
    </message>
    <message>
        <source>The general assembly, the local budget: your vote counts.</source>
        <translation>L&apos;assemblée générale, le budget local&#x202f;: votre voix compte.</translation>
    </message>
</context>
<context>
    <name>NamedHandsScreen</name>
    <message>
        <source>Call each name and tap the answer given. The answers are recorded by name and printed in the minutes.</source>
        <translation>Appelez chaque nom et touchez la réponse donnée. Les réponses sont enregistrées avec les noms et figurent au procès-verbal.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>The vote is not open yet.</source>
        <translation>Le vote n&apos;est pas encore ouvert.</translation>
    </message>
    <message>
        <source>{name}, by proxy: {holder} answers</source>
        <translation>{name}, par procuration&#x202f;: {holder} répond</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) have already voted.</source>
        <translation>
            <numerusform>%Ln personne a déjà voté.</numerusform>
            <numerusform>%Ln personnes ont déjà voté.</numerusform>
        </translation>
    </message>
    <message>
        <source>Named vote</source>
        <translation>Vote nominatif</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) to record</source>
        <translation>
            <numerusform>%Ln réponse à enregistrer</numerusform>
            <numerusform>%Ln réponses à enregistrer</numerusform>
        </translation>
    </message>
    <message>
        <source>Record the answers</source>
        <translation>Enregistrer les réponses</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) recorded.</source>
        <translation>
            <numerusform>%Ln réponse enregistrée.</numerusform>
            <numerusform>%Ln réponses enregistrées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NextStep</name>
    <message>
        <source>Read the booklet</source>
        <translation>Lire le livret</translation>
    </message>
    <message>
        <source>How involved do I want to be?</source>
        <translation>Comment je veux participer</translation>
    </message>
    <message>
        <source>My journey</source>
        <translation>Mon parcours</translation>
    </message>
    <message>
        <source>Where do I fit in the governance?</source>
        <translation>Où est ma place dans la gouvernance&#x202f;?</translation>
    </message>
</context>
<context>
    <name>Onboarding</name>
    <message>
        <source>Please write your first name.</source>
        <translation>Écrivez votre prénom, s&apos;il vous plaît.</translation>
    </message>
    <message>
        <source>Please write your last name.</source>
        <translation>Écrivez votre nom, s&apos;il vous plaît.</translation>
    </message>
    <message>
        <source>A name can be at most {max} characters long.</source>
        <translation>Un nom peut faire au plus {max} caractères.</translation>
    </message>
    <message>
        <source>A name can hold letters, spaces, hyphens and apostrophes only.</source>
        <translation>Un nom ne peut contenir que des lettres, des espaces, des traits d&apos;union et des apostrophes.</translation>
    </message>
    <message>
        <source>This e-mail address does not look right: it needs an @ and a domain, like name@example.org.</source>
        <translation>Cette adresse e-mail ne semble pas correcte&#x202f;: il faut un @ et un domaine, comme nom@exemple.org.</translation>
    </message>
    <message>
        <source>This phone number does not look right: use digits, spaces and + only.</source>
        <translation>Ce numéro de téléphone ne semble pas correct&#x202f;: utilisez seulement des chiffres, des espaces et +.</translation>
    </message>
    <message>
        <source>Please choose why you came today.</source>
        <translation>Choisissez pourquoi vous venez aujourd&apos;hui, s&apos;il vous plaît.</translation>
    </message>
    <message>
        <source>Please choose your language.</source>
        <translation>Choisissez votre langue, s&apos;il vous plaît.</translation>
    </message>
    <message>
        <source>This person is no longer known.</source>
        <translation>Cette personne n&apos;est plus connue.</translation>
    </message>
    <message>
        <source>We can only register you if you agree to what we keep. You can also ask someone at the desk.</source>
        <translation>Nous ne pouvons vous inscrire que si vous acceptez ce que nous gardons. Vous pouvez aussi demander à l&apos;accueil.</translation>
    </message>
</context>
<context>
    <name>OptionRows</name>
    <message>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>néerlandais</translation>
    </message>
    <message>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <source>Name ({language})</source>
        <translation>Nom ({language})</translation>
    </message>
    <message>
        <source>Name ({language}, optional)</source>
        <translation>Nom ({language}, facultatif)</translation>
    </message>
    <message>
        <source>Description ({language}, optional)</source>
        <translation>Description ({language}, facultative)</translation>
    </message>
    <message>
        <source>Cost in euros</source>
        <translation>Coût en euros</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Remove this option</source>
        <translation>Retirer cette option</translation>
    </message>
    <message>
        <source>Language of the vote</source>
        <translation>Langue du vote</translation>
    </message>
    <message>
        <source>Texts in</source>
        <translation>Textes en</translation>
    </message>
    <message>
        <source>{language}, translated</source>
        <translation>{language}, traduit</translation>
    </message>
    <message>
        <source>The texts in {language} are the vote&apos;s own and count; the other languages are optional translations, shown to those who read them.</source>
        <translation>Les textes en {language} sont ceux du vote et font foi&#x202f;; les autres langues sont des traductions facultatives, montrées à qui les lit.</translation>
    </message>
    <message>
        <source>Title ({language}, optional)</source>
        <translation>Titre ({language}, facultatif)</translation>
    </message>
    <message>
        <source>Title of the vote ({language})</source>
        <translation>Titre du vote ({language})</translation>
    </message>
    <message>
        <source>Question ({language}, optional)</source>
        <translation>Question ({language}, facultative)</translation>
    </message>
    <message>
        <source>Add a project</source>
        <translation>Ajouter un projet</translation>
    </message>
    <message>
        <source>Add an option</source>
        <translation>Ajouter une option</translation>
    </message>
</context>
<context>
    <name>PersonSearch</name>
    <message>
        <source>Type a first or last name</source>
        <translation>Tapez un prénom ou un nom</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Trouver une personne</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Type your first name and the first letter of your last name.</source>
        <translation>Tapez votre prénom et la première lettre de votre nom.</translation>
    </message>
    <message>
        <source>Start typing: the list fills in as you type.</source>
        <translation>Commencez à taper&#x202f;: la liste se remplit au fur et à mesure.</translation>
    </message>
    <message>
        <source>Several people have this name: type more letters of your last name.</source>
        <translation>Plusieurs personnes portent ce nom&#x202f;: tapez plus de lettres de votre nom.</translation>
    </message>
    <message>
        <source>Nobody found with this name. Found by your badge only? Scan your badge.</source>
        <translation>Personne ne porte ce nom ici. Vous avez choisi d&apos;être trouvé·e par votre badge seulement&#x202f;? Scannez votre badge.</translation>
    </message>
    <message>
        <source>Nobody found with this name.</source>
        <translation>Personne n&apos;a ce nom.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) found</source>
        <translation>
            <numerusform>%Ln personne trouvée</numerusform>
            <numerusform>%Ln personnes trouvées</numerusform>
        </translation>
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
    <name>Printing</name>
    <message>
        <source>No printer is set up on this kiosk.</source>
        <translation>Aucune imprimante n&apos;est configurée sur cette borne.</translation>
    </message>
    <message>
        <source>The printer {name} does not exist.</source>
        <translation>L&apos;imprimante {name} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The printer {name} is paused. It may be out of labels or paper.</source>
        <translation>L&apos;imprimante {name} est en pause. Il n&apos;y a peut-être plus d&apos;étiquettes ou de papier.</translation>
    </message>
    <message>
        <source>The printer is not answering.</source>
        <translation>L&apos;imprimante ne répond pas.</translation>
    </message>
    <message>
        <source>The printer could not print this.</source>
        <translation>L&apos;imprimante n&apos;a pas pu imprimer ce document.</translation>
    </message>
    <message>
        <source>Your badge will be ready at the desk. Until then, the code on screen works like your badge.</source>
        <translation>Votre badge vous attend à l&apos;accueil. D&apos;ici là, le code à l&apos;écran fonctionne comme votre badge.</translation>
    </message>
    <message>
        <source>This could not be printed here. Please ask at the desk: they can print it for you.</source>
        <translation>L&apos;impression n&apos;a pas pu se faire ici. Demandez à l&apos;accueil&#x202f;: on l&apos;imprimera pour vous.</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>Nobody is known by the id {id}.</source>
        <translation>Personne n&apos;est connu sous l&apos;identifiant {id}.</translation>
    </message>
    <message>
        <source>{id} was already erased: only an anonymous tombstone is left, nothing personal.</source>
        <translation>{id} a déjà été effacé·e&#x202f;: il ne reste qu&apos;une trace anonyme, rien de personnel.</translation>
    </message>
</context>
<context>
    <name>PrivateFiles</name>
    <message>
        <source>Other users of this computer can read the kiosk&apos;s database (contact details, the sync token). Ask whoever looks after the kiosk to run: {command}</source>
        <translation>D&apos;autres utilisateurs de cet ordinateur peuvent lire la base de données de la borne (coordonnées, jeton de synchronisation). Demandez à la personne qui s&apos;occupe de la borne de lancer&#x202f;: {command}</translation>
    </message>
</context>
<context>
    <name>ProgrammeScreen</name>
    <message>
        <source>Now: {title}</source>
        <translation>En ce moment&#x202f;: {title}</translation>
    </message>
    <message>
        <source>Next today: {title}</source>
        <translation>Bientôt aujourd&apos;hui&#x202f;: {title}</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Sessions: co-working, drop-ins, workshops</source>
        <translation>Séances&#x202f;: co-working, permanences, ateliers</translation>
    </message>
    <message>
        <source>Host a session on your topic</source>
        <translation>Animer une permanence sur votre sujet</translation>
    </message>
    <message>
        <source>Day before</source>
        <translation>Jour d&apos;avant</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Jour suivant</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Basic trainings</source>
        <translation>Formations de base</translation>
    </message>
    <message>
        <source>Topics {arrow} ({count})</source>
        <translation>Thèmes {arrow} ({count})</translation>
    </message>
    <message>
        <source>Topic: {topic} {arrow}</source>
        <translation>Thème&#x202f;: {topic} {arrow}</translation>
    </message>
    <message>
        <source>Every topic</source>
        <translation>Tous les thèmes</translation>
    </message>
    <message>
        <source>Today, {day}</source>
        <translation>Aujourd&apos;hui, {day}</translation>
    </message>
    <message>
        <source>Tomorrow, {day}</source>
        <translation>Demain, {day}</translation>
    </message>
    <message>
        <source>No session this day.</source>
        <translation>Aucune séance ce jour-là.</translation>
    </message>
    <message>
        <source>Swipe or tap “Next day” to see the next.</source>
        <translation>Glissez ou touchez «&#x202f;Jour suivant&#x202f;» pour voir le suivant.</translation>
    </message>
    <message>
        <source>Show more sessions ({count})</source>
        <translation>Voir plus de séances ({count})</translation>
    </message>
</context>
<context>
    <name>ProjectorResultsScreen</name>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
</context>
<context>
    <name>ProjectorScreen</name>
    <message>
        <source>Projector</source>
        <translation>Projecteur</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Antenne — projector</source>
        <translation>Antenne — projecteur</translation>
    </message>
</context>
<context>
    <name>ProjectsEditor</name>
    <message>
        <source>What is this project? A few sentences (at most 600 characters).</source>
        <translation>De quoi s&apos;agit-il&#x202f;? Quelques phrases (600 caractères au plus).</translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation>Choisir une image</translation>
    </message>
    <message>
        <source>Remove the picture</source>
        <translation>Retirer l&apos;image</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>Enregistrer le projet</translation>
    </message>
    <message>
        <source>Back to the vote</source>
        <translation>Retour au vote</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Projects of “{title}”</source>
        <translation>Projets de «&#x202f;{title}&#x202f;»</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Pas d&apos;image</translation>
    </message>
    <message>
        <source>Looking for pictures…</source>
        <translation>Recherche des images…</translation>
    </message>
    <message>
        <source>Tap a picture for this project.</source>
        <translation>Touchez une image pour ce projet.</translation>
    </message>
    <message>
        <source>No picture found. Plug in a USB stick with the pictures (JPEG or PNG), then try again.</source>
        <translation>Aucune image trouvée. Branchez une clé USB contenant les images (JPEG ou PNG), puis réessayez.</translation>
    </message>
    <message>
        <source>The project is saved.</source>
        <translation>Le projet est enregistré.</translation>
    </message>
</context>
<context>
    <name>ProposeScreen</name>
    <message>
        <source>Propose an item</source>
        <translation>Proposer un point</translation>
    </message>
    <message>
        <source>Propose an item to a body</source>
        <translation>Proposer un point à une instance</translation>
    </message>
    <message>
        <source>{name}, what should the body talk about?</source>
        <translation>{name}, de quoi l&apos;instance devrait-elle parler&#x202f;?</translation>
    </message>
    <message>
        <source>Any member can ask a body of the cooperative to discuss a question. Once enough members have signed it too, it goes to the body&apos;s secretary.</source>
        <translation>Chaque sociétaire peut demander à une instance de la coopérative de parler d&apos;une question. Quand assez de sociétaires l&apos;ont signée aussi, elle part chez le ou la secrétaire de l&apos;instance.</translation>
    </message>
    <message>
        <source>Scan your badge to propose an item.</source>
        <translation>Scannez votre badge pour proposer un point.</translation>
    </message>
    <message>
        <source>Members of the cooperative can do this.</source>
        <translation>Les membres de la coopérative peuvent le faire.</translation>
    </message>
    <message>
        <source>Which body?</source>
        <translation>Quelle instance&#x202f;?</translation>
    </message>
    <message>
        <source>Title: your question in one sentence</source>
        <translation>Titre&#x202f;: votre question en une phrase</translation>
    </message>
    <message>
        <source>For example: a meeting room open evenings</source>
        <translation>Par exemple&#x202f;: une salle de réunion ouverte le soir</translation>
    </message>
    <message>
        <source>A few lines to explain (optional)</source>
        <translation>Quelques lignes pour expliquer (facultatif)</translation>
    </message>
    <message>
        <source>A photo of a document (optional)</source>
        <translation>La photo d&apos;un document (facultatif)</translation>
    </message>
    <message>
        <source>Send my proposal</source>
        <translation>Envoyer ma proposition</translation>
    </message>
    <message>
        <source>Your items already proposed</source>
        <translation>Vos points déjà proposés</translation>
    </message>
    <message>
        <source>{title} ({body})</source>
        <translation>{title} ({body})</translation>
    </message>
    <message>
        <source>Hold the document in front of the camera…</source>
        <translation>Tenez le document devant la caméra…</translation>
    </message>
    <message>
        <source>Remove the photo</source>
        <translation>Retirer la photo</translation>
    </message>
    <message>
        <source>No camera on this kiosk</source>
        <translation>Pas de caméra sur ce kiosque</translation>
    </message>
    <message>
        <source>Your proposal goes without a photo.</source>
        <translation>Votre proposition part sans photo.</translation>
    </message>
    <message>
        <source>Take a photo</source>
        <translation>Prendre une photo</translation>
    </message>
    <message>
        <source>A letter, a poster, a page of minutes.</source>
        <translation>Une lettre, une affiche, une page de procès-verbal.</translation>
    </message>
    <message>
        <source>Take it again</source>
        <translation>La reprendre</translation>
    </message>
    <message>
        <source>The photo goes with your proposal.</source>
        <translation>La photo part avec votre proposition.</translation>
    </message>
    <message>
        <source>Choose the body your item is for.</source>
        <translation>Choisissez l&apos;instance à qui s&apos;adresse votre point.</translation>
    </message>
</context>
<context>
    <name>Purpose</name>
    <message>
        <source>Information session</source>
        <translation>Séance d&apos;information</translation>
    </message>
    <message>
        <source>Co-working</source>
        <translation>Co-working</translation>
    </message>
    <message>
        <source>Drop-in session</source>
        <translation>Permanence</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Autre chose</translation>
    </message>
</context>
<context>
    <name>RankingBallot</name>
    <message>
        <source>Tap the options in your order of preference: first, second…</source>
        <translation>Touchez les options dans votre ordre de préférence&#x202f;: la première, puis la deuxième…</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Recommencer</translation>
    </message>
</context>
<context>
    <name>ReadScreen</name>
    <message>
        <source>The booklet</source>
        <translation>Le livret</translation>
    </message>
    <message>
        <source>Print this page</source>
        <translation>Imprimer cette page</translation>
    </message>
    <message>
        <source>Scan to continue reading on your phone.</source>
        <translation>Scannez pour continuer la lecture sur votre téléphone.</translation>
    </message>
    <message>
        <source>Nothing to read here yet.</source>
        <translation>Rien à lire ici pour l&apos;instant.</translation>
    </message>
    <message>
        <source>The pages arrive with the next update of the kiosk.</source>
        <translation>Les pages arriveront avec la prochaine mise à jour de la borne.</translation>
    </message>
    <message>
        <source>The page is being printed.</source>
        <translation>La page est en cours d&apos;impression.</translation>
    </message>
</context>
<context>
    <name>RegisterScreen</name>
    <message>
        <source>First visit</source>
        <translation>Première visite</translation>
    </message>
    <message>
        <source>Nice to meet you!</source>
        <translation>Enchanté·e&#x202f;!</translation>
    </message>
    <message>
        <source>Only your names are needed. E-mail and phone are optional.</source>
        <translation>Seuls vos prénom et nom sont nécessaires. L&apos;e-mail et le téléphone sont facultatifs.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail (optional)</source>
        <translation>E-mail (facultatif)</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>Téléphone (facultatif)</translation>
    </message>
    <message>
        <source>Your language</source>
        <translation>Votre langue</translation>
    </message>
    <message>
        <source>Why did you come today?</source>
        <translation>Pourquoi êtes-vous venu·e aujourd&apos;hui&#x202f;?</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
</context>
<context>
    <name>RollcallScreen</name>
    <message>
        <source>Roll call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Scan badges at the door, or find a person and tap their name to tick them present.</source>
        <translation>Scannez les badges à l&apos;entrée, ou cherchez une personne et touchez son nom pour la marquer présente.</translation>
    </message>
    <message>
        <source>Record a proxy</source>
        <translation>Enregistrer une procuration</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>No vote to call the roll for.</source>
        <translation>Aucun vote pour lequel faire l&apos;appel.</translation>
    </message>
    <message>
        <source>No quorum for this vote.</source>
        <translation>Pas de quorum pour ce vote.</translation>
    </message>
    <message>
        <source>Quorum met</source>
        <translation>Quorum atteint</translation>
    </message>
    <message>
        <source>Quorum not met yet</source>
        <translation>Quorum pas encore atteint</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Personnes présentes</translation>
    </message>
    <message>
        <source>Represented by a proxy</source>
        <translation>Représentées par procuration</translation>
    </message>
    <message>
        <source>Entitled to vote</source>
        <translation>Ayant droit de vote</translation>
    </message>
    <message>
        <source>represented by {name}</source>
        <translation>représenté·e par {name}</translation>
    </message>
    <message>
        <source>present, does not vote</source>
        <translation>présent·e, ne vote pas</translation>
    </message>
    <message numerus="yes">
        <source>holds %n proxy(ies)</source>
        <translation>
            <numerusform>détient %Ln procuration</numerusform>
            <numerusform>détient %Ln procurations</numerusform>
        </translation>
    </message>
    <message>
        <source>has voted</source>
        <translation>a voté</translation>
    </message>
    <message>
        <source>Revoke the proxy</source>
        <translation>Révoquer la procuration</translation>
    </message>
    <message>
        <source>Revoke the proxy of {name}?</source>
        <translation>Révoquer la procuration de {name}&#x202f;?</translation>
    </message>
    <message>
        <source>{holder} will no longer vote for {name}.</source>
        <translation>{holder} ne votera plus pour {name}.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The proxy of {name} is revoked.</source>
        <translation>La procuration de {name} est révoquée.</translation>
    </message>
    <message>
        <source>Proxy recorded.</source>
        <translation>Procuration enregistrée.</translation>
    </message>
    <message>
        <source>{name} is present.</source>
        <translation>{name} est présent·e.</translation>
    </message>
    <message>
        <source>1. Who gives the proxy? (absent)</source>
        <translation>1. Qui donne procuration&#x202f;? (absent·e)</translation>
    </message>
    <message>
        <source>2. Who holds the proxy of {name}? (present)</source>
        <translation>2. Qui reçoit la procuration de {name}&#x202f;? (présent·e)</translation>
    </message>
</context>
<context>
    <name>RoomDisplay</name>
    <message>
        <source>{value}%</source>
        <translation>{value}&#x202f;%</translation>
    </message>
    <message>
        <source>Vote by phone: scan or type</source>
        <translation>Voter par téléphone&#x202f;: scannez ou tapez</translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation>Participation</translation>
    </message>
    <message>
        <source>{voted} of {roll} voters have voted ({share})</source>
        <translation>{voted} votants sur {roll} ont voté ({share})</translation>
    </message>
    <message>
        <source>The vote is closed.</source>
        <translation>Le vote est clos.</translation>
    </message>
    <message>
        <source>The vote is open.</source>
        <translation>Le vote est ouvert.</translation>
    </message>
    <message>
        <source>Vote closes in</source>
        <translation>Clôture du vote dans</translation>
    </message>
    <message>
        <source>The results are not revealed yet.</source>
        <translation>Les résultats ne sont pas encore dévoilés.</translation>
    </message>
    <message>
        <source>No result</source>
        <translation>Pas de résultat</translation>
    </message>
    <message>
        <source>ADOPTED</source>
        <translation>ADOPTÉE</translation>
    </message>
    <message>
        <source>REJECTED</source>
        <translation>REJETÉE</translation>
    </message>
    <message>
        <source>Tie: {names}</source>
        <translation>Égalité&#x202f;: {names}</translation>
    </message>
    <message>
        <source>Chosen: {name}</source>
        <translation>Choix de la salle&#x202f;: {name}</translation>
    </message>
    <message>
        <source>No winner</source>
        <translation>Aucune option ne l&apos;emporte</translation>
    </message>
    <message>
        <source>Each option&apos;s median grade: half the voters gave it that or better.</source>
        <translation>La mention majoritaire de chaque option&#x202f;: la moitié des votants lui ont donné au moins cette mention.</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) funded</source>
        <translation>
            <numerusform>%Ln projet financé</numerusform>
            <numerusform>%Ln projets financés</numerusform>
        </translation>
    </message>
    <message>
        <source>Budget used: {spent} of {budget}</source>
        <translation>Budget utilisé&#x202f;: {spent} sur {budget}</translation>
    </message>
    <message>
        <source>Budget used</source>
        <translation>Budget utilisé</translation>
    </message>
    <message>
        <source>More than half</source>
        <translation>Il fallait plus de la moitié</translation>
    </message>
    <message>
        <source>Two thirds</source>
        <translation>Il fallait les deux tiers</translation>
    </message>
    <message>
        <source>Three quarters</source>
        <translation>Il fallait les trois quarts</translation>
    </message>
    <message>
        <source>of the votes cast</source>
        <translation>des suffrages exprimés</translation>
    </message>
    <message>
        <source>of the votes present</source>
        <translation>des voix présentes</translation>
    </message>
    <message>
        <source>of the votes entitled</source>
        <translation>des voix des ayants droit</translation>
    </message>
    <message>
        <source>The quorum was not met: without it the vote cannot decide.</source>
        <translation>Le quorum n&apos;est pas atteint&#x202f;: sans quorum, le vote ne peut rien décider.</translation>
    </message>
    <message>
        <source>Unanimity was needed: nobody against.</source>
        <translation>Il fallait l&apos;unanimité&#x202f;: personne contre.</translation>
    </message>
    <message>
        <source>{needed} {base} were needed: {share} voted for.</source>
        <translation>{needed} {base}&#x202f;: {share} ont voté pour.</translation>
    </message>
</context>
<context>
    <name>SessionCheckinScreen</name>
    <message>
        <source>Check in</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>Scan your badge to check in.</source>
        <translation>Scannez votre badge pour signaler votre arrivée.</translation>
    </message>
    <message>
        <source>{name}, you were already checked in. Enjoy!</source>
        <translation>{name}, votre arrivée était déjà notée. Bonne séance&#x202f;!</translation>
    </message>
    <message>
        <source>Welcome, {name}: you are checked in.</source>
        <translation>Bienvenue, {name}&#x202f;: votre arrivée est notée.</translation>
    </message>
</context>
<context>
    <name>SessionDetailScreen</name>
    <message>
        <source>A session</source>
        <translation>Une séance</translation>
    </message>
    <message>
        <source>Sign up</source>
        <translation>S&apos;inscrire</translation>
    </message>
    <message>
        <source>I&apos;m coming</source>
        <translation>Je viens</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Signaler mon arrivée</translation>
    </message>
    <message>
        <source>I can&apos;t come</source>
        <translation>Je ne peux pas venir</translation>
    </message>
    <message>
        <source>Check people in</source>
        <translation>Enregistrer les participants</translation>
    </message>
    <message>
        <source>Join the video call: scan with your phone</source>
        <translation>Rejoindre l&apos;appel vidéo&#x202f;: scannez avec votre téléphone</translation>
    </message>
    <message>
        <source>Add it to your phone&apos;s calendar</source>
        <translation>Ajoutez-la à l&apos;agenda de votre téléphone</translation>
    </message>
    <message>
        <source>This session is no longer on the programme.</source>
        <translation>Cette séance n&apos;est plus au programme.</translation>
    </message>
    <message>
        <source>Note: {notice}</source>
        <translation>À noter&#x202f;: {notice}</translation>
    </message>
    <message>
        <source>Join the waiting list</source>
        <translation>Rejoindre la liste d&apos;attente</translation>
    </message>
    <message>
        <source>Scan your badge to see your place.</source>
        <translation>Scannez votre badge pour voir votre place.</translation>
    </message>
</context>
<context>
    <name>SessionEditorScreen</name>
    <message>
        <source>Sessions and series</source>
        <translation>Séances et séries</translation>
    </message>
    <message>
        <source>Offers to host ({count})</source>
        <translation>Offres d&apos;animation ({count})</translation>
    </message>
    <message>
        <source>A new session or series</source>
        <translation>Une nouvelle séance ou série</translation>
    </message>
    <message>
        <source>Change or cancel</source>
        <translation>Modifier ou annuler</translation>
    </message>
    <message>
        <source>Members offered to host these drop-ins. Accepted, they are on the programme.</source>
        <translation>Des sociétaires proposent d&apos;animer ces permanences. Acceptées, elles sont au programme.</translation>
    </message>
    <message>
        <source>No member&apos;s offer is waiting.</source>
        <translation>Aucune offre de sociétaire n&apos;attend.</translation>
    </message>
    <message>
        <source>Weekly offers run until (a day, like 2027-06-30)</source>
        <translation>Les offres hebdomadaires durent jusqu&apos;au (un jour, comme 2027-06-30)</translation>
    </message>
    <message>
        <source>What kind of session?</source>
        <translation>Quel genre de séance&#x202f;?</translation>
    </message>
    <message>
        <source>Mentored co-working</source>
        <translation>Coworking accompagné</translation>
    </message>
    <message>
        <source>Drop-in</source>
        <translation>Permanence</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Meet the board</source>
        <translation>Rencontre avec le CA</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Topic (optional)</source>
        <translation>Sujet (facultatif)</translation>
    </message>
    <message>
        <source>What happens there (optional)</source>
        <translation>Ce qui s&apos;y passe (facultatif)</translation>
    </message>
    <message>
        <source>Room (optional)</source>
        <translation>Salle (facultatif)</translation>
    </message>
    <message>
        <source>First day and time</source>
        <translation>Premier jour et heure</translation>
    </message>
    <message>
        <source>Day, like 2026-12-15</source>
        <translation>Jour, comme 2026-12-15</translation>
    </message>
    <message>
        <source>Time, like 14:00</source>
        <translation>Heure, comme 14:00</translation>
    </message>
    <message>
        <source>Length in minutes</source>
        <translation>Durée en minutes</translation>
    </message>
    <message>
        <source>Seats (0: no limit)</source>
        <translation>Places (0&#x202f;: sans limite)</translation>
    </message>
    <message>
        <source>Price in euros (0: free)</source>
        <translation>Prix en euros (0&#x202f;: gratuit)</translation>
    </message>
    <message>
        <source>How often?</source>
        <translation>À quelle fréquence&#x202f;?</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Une fois</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Chaque semaine</translation>
    </message>
    <message>
        <source>Every other week</source>
        <translation>Une semaine sur deux</translation>
    </message>
    <message>
        <source>Every month, same weekday</source>
        <translation>Chaque mois, même jour de la semaine</translation>
    </message>
    <message>
        <source>Last day of the series</source>
        <translation>Dernier jour de la série</translation>
    </message>
    <message>
        <source>Day, like 2027-06-30</source>
        <translation>Jour, comme 2027-06-30</translation>
    </message>
    <message>
        <source>Days without the session (holidays), separated by spaces</source>
        <translation>Jours sans séance (congés), séparés par des espaces</translation>
    </message>
    <message>
        <source>Like 2026-12-24 2026-12-31</source>
        <translation>Comme 2026-12-24 2026-12-31</translation>
    </message>
    <message>
        <source>Week before</source>
        <translation>Semaine précédente</translation>
    </message>
    <message>
        <source>Week after</source>
        <translation>Semaine suivante</translation>
    </message>
    <message>
        <source>From {day}</source>
        <translation>À partir du {day}</translation>
    </message>
    <message>
        <source>No session this week.</source>
        <translation>Aucune séance cette semaine.</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Time and length in minutes</source>
        <translation>Heure et durée en minutes</translation>
    </message>
    <message>
        <source>Like 14:00</source>
        <translation>Comme 14:00</translation>
    </message>
    <message>
        <source>Which sessions?</source>
        <translation>Quelles séances&#x202f;?</translation>
    </message>
    <message>
        <source>This one</source>
        <translation>Celle-ci</translation>
    </message>
    <message>
        <source>This one and the following ones</source>
        <translation>Celle-ci et les suivantes</translation>
    </message>
    <message>
        <source>The reason, for those signed up</source>
        <translation>La raison, pour les inscrits</translation>
    </message>
    <message>
        <source>For example: the room is being painted</source>
        <translation>Par exemple&#x202f;: la salle est en peinture</translation>
    </message>
    <message>
        <source>Put it on the programme</source>
        <translation>Mettre au programme</translation>
    </message>
    <message>
        <source>Save the change</source>
        <translation>Enregistrer la modification</translation>
    </message>
    <message>
        <source>Cancel the session</source>
        <translation>Annuler la séance</translation>
    </message>
    <message>
        <source>{topic}, by {name}: from {day} at {time}, {minutes} min, {seats} people</source>
        <translation>{topic}, par {name}&#x202f;: à partir du {day} à {time}, {minutes} min, {seats} personnes</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>{day} {time}: {title}</source>
        <translation>{day} {time}&#x202f;: {title}</translation>
    </message>
    <message>
        <source>Type the last day like 2027-06-30.</source>
        <translation>Écrivez le dernier jour comme 2027-06-30.</translation>
    </message>
    <message numerus="yes">
        <source>On the programme: %n session(s).</source>
        <translation>
            <numerusform>Au programme&#x202f;: %Ln séance.</numerusform>
            <numerusform>Au programme&#x202f;: %Ln séances.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the first day like 2026-12-15.</source>
        <translation>Écrivez le premier jour comme 2026-12-15.</translation>
    </message>
    <message>
        <source>Type the time like 14:00.</source>
        <translation>Écrivez l&apos;heure comme 14:00.</translation>
    </message>
    <message>
        <source>Type the price in euros, like 20 or 12,50.</source>
        <translation>Écrivez le prix en euros, comme 20 ou 12,50.</translation>
    </message>
    <message>
        <source>Type the last day of the series like 2027-06-30.</source>
        <translation>Écrivez le dernier jour de la série comme 2027-06-30.</translation>
    </message>
    <message>
        <source>This is not a day: {text}</source>
        <translation>Ce n&apos;est pas un jour&#x202f;: {text}</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Changed.</source>
        <translation>Modifié.</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n session(s).</source>
        <translation>
            <numerusform>Annulé&#x202f;: %Ln séance.</numerusform>
            <numerusform>Annulé&#x202f;: %Ln séances.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) will read the reason at their next scan.</source>
        <translation>
            <numerusform>%Ln personne lira la raison à son prochain passage de badge.</numerusform>
            <numerusform>%Ln personnes liront la raison à leur prochain passage de badge.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionForWhom</name>
    <message>
        <source>For members working on their project, with a mentor to ask.</source>
        <translation>Pour les membres qui avancent sur leur projet, avec un mentor à qui poser ses questions.</translation>
    </message>
    <message>
        <source>For anyone curious about the topic: no need to prepare.</source>
        <translation>Pour toute personne curieuse du thème&#x202f;: rien à préparer.</translation>
    </message>
    <message>
        <source>For members and visitors who want to practise.</source>
        <translation>Pour les membres et les visiteurs qui veulent pratiquer.</translation>
    </message>
    <message>
        <source>For members who want to learn a skill step by step.</source>
        <translation>Pour les membres qui veulent apprendre un savoir-faire pas à pas.</translation>
    </message>
    <message>
        <source>For every member with a question or an idea for the board.</source>
        <translation>Pour chaque membre qui a une question ou une idée pour le conseil.</translation>
    </message>
</context>
<context>
    <name>SessionKind</name>
    <message>
        <source>Mentored co-working</source>
        <translation>Co-working accompagné</translation>
    </message>
    <message>
        <source>Drop-in</source>
        <translation>Permanence</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Meet the board</source>
        <translation>Rencontre avec le conseil</translation>
    </message>
</context>
<context>
    <name>SessionSignupScreen</name>
    <message>
        <source>Sign up</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <source>Scan your badge to sign up.</source>
        <translation>Scannez votre badge pour vous inscrire.</translation>
    </message>
    <message>
        <source>No badge? Type your name and tap it.</source>
        <translation>Pas de badge&#x202f;? Tapez votre nom et touchez-le.</translation>
    </message>
</context>
<context>
    <name>SessionStep</name>
    <message>
        <source>Back to the session</source>
        <translation>Retour à la séance</translation>
    </message>
</context>
<context>
    <name>SessionTopic</name>
    <message>
        <source>Accounting</source>
        <translation>Comptabilité</translation>
    </message>
    <message>
        <source>Copyright</source>
        <translation>Droits d&apos;auteur</translation>
    </message>
    <message>
        <source>Co-working</source>
        <translation>Coworking</translation>
    </message>
    <message>
        <source>Working across borders</source>
        <translation>Travailler au-delà des frontières</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>Gouvernance</translation>
    </message>
    <message>
        <source>Participatory budget</source>
        <translation>Budget participatif</translation>
    </message>
    <message>
        <source>Payslip</source>
        <translation>Fiche de paie</translation>
    </message>
    <message>
        <source>Photography</source>
        <translation>Photographie</translation>
    </message>
    <message>
        <source>Welcome to Smart</source>
        <translation>Bienvenue chez Smart</translation>
    </message>
</context>
<context>
    <name>SessionWaitlistedScreen</name>
    <message>
        <source>Waiting list</source>
        <translation>Liste d&apos;attente</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>Et ensuite&#x202f;?</translation>
    </message>
    <message>
        <source>When someone can&apos;t come, their seat goes to the first person waiting, at once. You will see it at your next badge scan, on any kiosk.</source>
        <translation>Quand quelqu&apos;un ne peut pas venir, sa place va aussitôt à la première personne en attente. Vous le verrez à votre prochain scan de badge, sur n&apos;importe quelle borne.</translation>
    </message>
    <message>
        <source>A seat freed more than {hours} hours before the start waits for you until {hours} hours before the start: scan your badge and say you come, or it goes to the next person. A seat freed later is simply yours.</source>
        <translation>Une place libérée plus de {hours} heures avant le début vous attend jusqu&apos;à {hours} heures avant le début&#x202f;: scannez votre badge et dites que vous venez, sinon elle va à la personne suivante. Une place libérée plus tard est tout simplement à vous.</translation>
    </message>
    <message>
        <source>Camille, you are number 3 on the waiting list.</source>
        <translation>Camille, vous êtes numéro 3 sur la liste d&apos;attente.</translation>
    </message>
    <message>
        <source>A seat is yours if you say you come {deadline}.</source>
        <translation>Une place est à vous si vous dites que vous venez {deadline}.</translation>
    </message>
</context>
<context>
    <name>SessionWords</name>
    <message>
        <source>Free</source>
        <translation>Gratuit</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Open to all</source>
        <translation>Ouvert à tous</translation>
    </message>
    <message>
        <source>Full: waiting list</source>
        <translation>Complet&#x202f;: liste d&apos;attente</translation>
    </message>
    <message>
        <source>1 seat left</source>
        <translation>1 place restante</translation>
    </message>
    <message>
        <source>{count} seats left</source>
        <translation>{count} places restantes</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>At the antenne</source>
        <translation>À l&apos;antenne</translation>
    </message>
    <message>
        <source>With {name}</source>
        <translation>Avec {name}</translation>
    </message>
    <message>
        <source>by {day}, {time}</source>
        <translation>avant {day}, {time}</translation>
    </message>
    <message>
        <source>{name}, your seat is confirmed.</source>
        <translation>{name}, votre place est confirmée.</translation>
    </message>
    <message>
        <source>{name}, you have a seat: we&apos;ll confirm it.</source>
        <translation>{name}, vous avez une place&#x202f;: nous la confirmerons.</translation>
    </message>
    <message>
        <source>{name}, you are number {position} on the waiting list.</source>
        <translation>{name}, vous êtes numéro {position} sur la liste d&apos;attente.</translation>
    </message>
    <message>
        <source>{name}, a seat is waiting for you: say you come {deadline}.</source>
        <translation>{name}, une place vous attend&#x202f;: dites que vous venez {deadline}.</translation>
    </message>
    <message>
        <source>{name}, you are checked in.</source>
        <translation>{name}, votre arrivée est notée.</translation>
    </message>
    <message>
        <source>This session is cancelled.</source>
        <translation>Cette séance est annulée.</translation>
    </message>
    <message>
        <source>{name}, you have no place in it.</source>
        <translation>{name}, vous n&apos;y avez pas de place.</translation>
    </message>
    <message>
        <source>{session}: your seat is confirmed.</source>
        <translation>{session}&#x202f;: votre place est confirmée.</translation>
    </message>
    <message>
        <source>{session}: you have a seat.</source>
        <translation>{session}&#x202f;: vous avez une place.</translation>
    </message>
    <message>
        <source>{session}: a seat is waiting for you, say you come {deadline}.</source>
        <translation>{session}&#x202f;: une place vous attend, dites que vous venez {deadline}.</translation>
    </message>
    <message>
        <source>{session}: you are on the waiting list.</source>
        <translation>{session}&#x202f;: vous êtes sur la liste d&apos;attente.</translation>
    </message>
    <message>
        <source>{session}: cancelled.</source>
        <translation>{session}&#x202f;: annulée.</translation>
    </message>
    <message>
        <source>{session}: your place was given up.</source>
        <translation>{session}&#x202f;: votre place a été libérée.</translation>
    </message>
    <message>
        <source>{session}: changed.</source>
        <translation>{session}&#x202f;: modifiée.</translation>
    </message>
    <message>
        <source>You&apos;re signed up for {title} at {time}: check in?</source>
        <translation>Vous êtes inscrit·e à {title} à {time}&#x202f;: signaler votre arrivée&#x202f;?</translation>
    </message>
    <message>
        <source>News of your sessions since your last visit</source>
        <translation>Du nouveau pour vos séances depuis votre dernière visite</translation>
    </message>
    <message>
        <source>Sessions now and soon</source>
        <translation>Séances en cours et bientôt</translation>
    </message>
    <message>
        <source>Check in: {title}</source>
        <translation>Signaler mon arrivée&#x202f;: {title}</translation>
    </message>
    <message>
        <source>Now: {title}</source>
        <translation>En ce moment&#x202f;: {title}</translation>
    </message>
    <message>
        <source>Next today: {title}</source>
        <translation>Bientôt aujourd&apos;hui&#x202f;: {title}</translation>
    </message>
</context>
<context>
    <name>Sessions</name>
    <message>
        <source>Not a day (YYYY-MM-DD): {value}.</source>
        <translation>Ce n&apos;est pas un jour (AAAA-MM-JJ)&#x202f;: {value}.</translation>
    </message>
    <message>
        <source>Not a local start (YYYY-MM-DDTHH:MM): {value}.</source>
        <translation>Ce n&apos;est pas une heure de début locale (AAAA-MM-JJTHH:MM)&#x202f;: {value}.</translation>
    </message>
    <message>
        <source>Not a price in euros: {value}.</source>
        <translation>Ce n&apos;est pas un prix en euros&#x202f;: {value}.</translation>
    </message>
    <message>
        <source>Not a session id: {value}.</source>
        <translation>Ce n&apos;est pas un identifiant de séance&#x202f;: {value}.</translation>
    </message>
    <message>
        <source>This session is no longer on the programme.</source>
        <translation>Cette séance n&apos;est plus au programme.</translation>
    </message>
    <message>
        <source>The text holds a character that is not allowed.</source>
        <translation>Le texte contient un caractère interdit.</translation>
    </message>
    <message>
        <source>The title is too long: at most {count} letters.</source>
        <translation>Le titre est trop long&#x202f;: {count} caractères au plus.</translation>
    </message>
    <message>
        <source>The title needs at least {count} letters.</source>
        <translation>Le titre doit compter au moins {count} caractères.</translation>
    </message>
    <message>
        <source>The topic is too long: at most {count} letters.</source>
        <translation>Le sujet est trop long&#x202f;: {count} caractères au plus.</translation>
    </message>
    <message>
        <source>The reason is too long: at most {count} letters.</source>
        <translation>La raison est trop longue&#x202f;: {count} caractères au plus.</translation>
    </message>
    <message>
        <source>Please give a reason (at least {count} letters): people signed up read it.</source>
        <translation>Donnez une raison (au moins {count} caractères)&#x202f;: les inscrits la liront.</translation>
    </message>
    <message>
        <source>A session lasts between {shortest} minutes and {longest} hours.</source>
        <translation>Une séance dure entre {shortest} minutes et {longest} heures.</translation>
    </message>
    <message>
        <source>A session has between 1 and {count} seats.</source>
        <translation>Une séance a entre 1 et {count} places.</translation>
    </message>
    <message>
        <source>The price is between 0 and {count} euros.</source>
        <translation>Le prix est compris entre 0 et {count} euros.</translation>
    </message>
    <message>
        <source>Please choose the kind of session.</source>
        <translation>Choisissez le type de séance.</translation>
    </message>
    <message>
        <source>Please choose the session&apos;s language.</source>
        <translation>Choisissez la langue de la séance.</translation>
    </message>
    <message>
        <source>The video link must be a web address (https://…).</source>
        <translation>Le lien vidéo doit être une adresse web (https://…).</translation>
    </message>
    <message>
        <source>Give the start in the antenne&apos;s local time.</source>
        <translation>Indiquez le début à l&apos;heure locale de l&apos;antenne.</translation>
    </message>
    <message>
        <source>A series needs its last day, on or after the first.</source>
        <translation>Une série a besoin de son dernier jour, le premier jour ou après.</translation>
    </message>
    <message>
        <source>A series lasts at most a year.</source>
        <translation>Une série dure un an au plus.</translation>
    </message>
    <message>
        <source>At most {count} days without the session.</source>
        <translation>Au plus {count} jours sans séance.</translation>
    </message>
    <message>
        <source>The description is too long: at most {count} letters.</source>
        <translation>La description est trop longue&#x202f;: {count} caractères au plus.</translation>
    </message>
    <message>
        <source>The place is too long: at most {count} letters.</source>
        <translation>Le lieu est trop long&#x202f;: {count} caractères au plus.</translation>
    </message>
    <message>
        <source>This person is no longer known.</source>
        <translation>Cette personne n&apos;est plus connue.</translation>
    </message>
    <message>
        <source>This session is not on the programme yet: a facilitator will look at it.</source>
        <translation>Cette séance n&apos;est pas encore au programme&#x202f;: un animateur va l&apos;examiner.</translation>
    </message>
    <message>
        <source>This session is cancelled.</source>
        <translation>Cette séance est annulée.</translation>
    </message>
    <message>
        <source>This session is over.</source>
        <translation>Cette séance est terminée.</translation>
    </message>
    <message>
        <source>{name}, you already have a place in this session.</source>
        <translation>{name}, vous avez déjà une place dans cette séance.</translation>
    </message>
    <message>
        <source>{name}, you have no place in this session to give up.</source>
        <translation>{name}, vous n&apos;avez pas de place à libérer dans cette séance.</translation>
    </message>
    <message>
        <source>{name}, there is no seat waiting for you in this session any more.</source>
        <translation>{name}, aucune place ne vous attend plus dans cette séance.</translation>
    </message>
    <message>
        <source>{name} is not on this session&apos;s waiting list.</source>
        <translation>{name} n&apos;est pas sur la liste d&apos;attente de cette séance.</translation>
    </message>
    <message>
        <source>Check-in opens an hour before the session and closes at its end.</source>
        <translation>L&apos;accueil ouvre une heure avant la séance et ferme à sa fin.</translation>
    </message>
    <message>
        <source>Only the session&apos;s host can check people in from the list.</source>
        <translation>Seul l&apos;hôte de la séance peut enregistrer l&apos;arrivée depuis la liste.</translation>
    </message>
    <message>
        <source>{name}, the session is full: you can join its waiting list.</source>
        <translation>{name}, la séance est complète&#x202f;: vous pouvez vous mettre sur la liste d&apos;attente.</translation>
    </message>
    <message>
        <source>The session is not over yet.</source>
        <translation>La séance n&apos;est pas encore terminée.</translation>
    </message>
    <message>
        <source>This session is free: there is nothing to pay.</source>
        <translation>Cette séance est gratuite&#x202f;: il n&apos;y a rien à payer.</translation>
    </message>
    <message>
        <source>{name} has no place in this session.</source>
        <translation>{name} n&apos;a pas de place dans cette séance.</translation>
    </message>
    <message>
        <source>These dates leave no session at all.</source>
        <translation>Avec ces dates, il ne reste aucune séance.</translation>
    </message>
    <message>
        <source>The first session would start in the past.</source>
        <translation>La première séance commencerait dans le passé.</translation>
    </message>
    <message>
        <source>Members can offer a drop-in or a workshop.</source>
        <translation>Les membres peuvent proposer une permanence ou un atelier.</translation>
    </message>
    <message>
        <source>Only members of the cooperative can host a drop-in.</source>
        <translation>Seuls les membres de la coopérative peuvent animer une permanence.</translation>
    </message>
    <message>
        <source>This session is already on the programme.</source>
        <translation>Cette séance est déjà au programme.</translation>
    </message>
    <message>
        <source>More people have a seat than that: the session needs at least {count}.</source>
        <translation>Plus de personnes ont déjà une place&#x202f;: la séance en demande au moins {count}.</translation>
    </message>
    <message>
        <source>This session is already cancelled.</source>
        <translation>Cette séance est déjà annulée.</translation>
    </message>
    <message>
        <source>There is no series of sessions {id}.</source>
        <translation>Il n&apos;y a pas de série de séances {id}.</translation>
    </message>
    <message>
        <source>There is no antenne {slug}.</source>
        <translation>Il n&apos;y a pas d&apos;antenne {slug}.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {error}</source>
        <translation>Impossible d&apos;écrire {path}&#x202f;: {error}</translation>
    </message>
    <message>
        <source>There is no session {id}.</source>
        <translation>Il n&apos;y a pas de séance {id}.</translation>
    </message>
</context>
<context>
    <name>SkillEditorScreen</name>
    <message>
        <source>Change my post</source>
        <translation>Modifier mon annonce</translation>
    </message>
    <message>
        <source>Post a skill</source>
        <translation>Publier une annonce</translation>
    </message>
    <message>
        <source>Post an offer or a need</source>
        <translation>Publier une offre ou une demande</translation>
    </message>
    <message>
        <source>{name}, change your post</source>
        <translation>{name}, modifiez votre annonce</translation>
    </message>
    <message>
        <source>{name}, what would you like to share?</source>
        <translation>{name}, que voulez-vous partager&#x202f;?</translation>
    </message>
    <message>
        <source>Scan your badge to post an offer or a need.</source>
        <translation>Scannez votre badge pour publier une offre ou une demande.</translation>
    </message>
    <message>
        <source>Your post shows your first name and initial, never your contact details.</source>
        <translation>Votre annonce montre votre prénom et votre initiale, jamais vos coordonnées.</translation>
    </message>
    <message>
        <source>Do you offer a skill, or do you need one?</source>
        <translation>Vous proposez une compétence, ou vous en cherchez une&#x202f;?</translation>
    </message>
    <message>
        <source>I offer a skill</source>
        <translation>Je propose une compétence</translation>
    </message>
    <message>
        <source>I need a skill</source>
        <translation>Je cherche une compétence</translation>
    </message>
    <message>
        <source>A title, in a few words</source>
        <translation>Un titre, en quelques mots</translation>
    </message>
    <message>
        <source>For example: help with spreadsheets</source>
        <translation>Par exemple&#x202f;: de l&apos;aide avec les tableurs</translation>
    </message>
    <message>
        <source>A few lines to say more (optional)</source>
        <translation>Quelques lignes pour en dire plus (facultatif)</translation>
    </message>
    <message>
        <source>In which sector?</source>
        <translation>Dans quel secteur&#x202f;?</translation>
    </message>
    <message>
        <source>Which skills? Up to five</source>
        <translation>Quelles compétences&#x202f;? Cinq au plus</translation>
    </message>
    <message>
        <source>Not in the list? Say it in a few words (optional)</source>
        <translation>Pas dans la liste&#x202f;? Dites-le en quelques mots (facultatif)</translation>
    </message>
    <message>
        <source>How?</source>
        <translation>Comment&#x202f;?</translation>
    </message>
    <message>
        <source>What level?</source>
        <translation>Quel niveau&#x202f;?</translation>
    </message>
    <message>
        <source>First steps: I am starting out</source>
        <translation>Premiers pas&#x202f;: je débute</translation>
    </message>
    <message>
        <source>Confirmed: I practise it</source>
        <translation>Confirmé&#x202f;: je pratique</translation>
    </message>
    <message>
        <source>Expert: I could teach it</source>
        <translation>Expert&#x202f;: je pourrais l&apos;enseigner</translation>
    </message>
    <message>
        <source>When are you available? (optional)</source>
        <translation>Quand êtes-vous disponible&#x202f;? (facultatif)</translation>
    </message>
    <message>
        <source>For example: Tuesday afternoons</source>
        <translation>Par exemple&#x202f;: le mardi après-midi</translation>
    </message>
    <message>
        <source>How long should it stay on the board?</source>
        <translation>Combien de temps reste-t-elle affichée&#x202f;?</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%Ln mois</numerusform>
            <numerusform>%Ln mois</numerusform>
        </translation>
    </message>
    <message>
        <source>See my post</source>
        <translation>Voir mon annonce</translation>
    </message>
    <message>
        <source>Back to the board</source>
        <translation>Retour au tableau</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Step {step} of {steps}</source>
        <translation>Étape {step} sur {steps}</translation>
    </message>
    <message>
        <source>Save my changes</source>
        <translation>Enregistrer mes changements</translation>
    </message>
    <message>
        <source>Post it</source>
        <translation>Publier</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Posted! It is on the board until {day}.</source>
        <translation>Publié&#x202f;! Votre annonce est affichée jusqu&apos;au {day}.</translation>
    </message>
    <message>
        <source>Posted! It is on the board.</source>
        <translation>Publié&#x202f;! Votre annonce est affichée.</translation>
    </message>
    <message>
        <source>Available: {when}</source>
        <translation>Disponible&#x202f;: {when}</translation>
    </message>
    <message numerus="yes">
        <source>On the board for %n month(s)</source>
        <translation>
            <numerusform>Affichée pendant %Ln mois</numerusform>
            <numerusform>Affichée pendant %Ln mois</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose offer or need first.</source>
        <translation>Choisissez d&apos;abord offre ou demande.</translation>
    </message>
    <message>
        <source>Give your post a title.</source>
        <translation>Donnez un titre à votre annonce.</translation>
    </message>
    <message>
        <source>Five skills at most: tap one to let it go first.</source>
        <translation>Cinq compétences au plus&#x202f;: touchez-en une pour la retirer d&apos;abord.</translation>
    </message>
    <message>
        <source>Chosen: {skills}</source>
        <translation>Choisies&#x202f;: {skills}</translation>
    </message>
    <message>
        <source>Only its author can change a post.</source>
        <translation>Seul son auteur peut modifier une annonce.</translation>
    </message>
</context>
<context>
    <name>SkillFreshScreen</name>
    <message>
        <source>Your posts</source>
        <translation>Vos annonces</translation>
    </message>
    <message>
        <source>Is your post on the skills board still up to date?</source>
        <translation>Votre annonce sur le tableau des compétences est-elle toujours à jour&#x202f;?</translation>
    </message>
    <message>
        <source>Are your posts on the skills board still up to date?</source>
        <translation>Vos annonces sur le tableau des compétences sont-elles toujours à jour&#x202f;?</translation>
    </message>
    <message>
        <source>Members read them to find who can help. One tap keeps a post, changes it or takes it off the board.</source>
        <translation>Les membres les lisent pour trouver qui peut les aider. Un geste suffit pour garder une annonce, la modifier ou la retirer du tableau.</translation>
    </message>
    <message>
        <source>Your posts are up to date.</source>
        <translation>Vos annonces sont à jour.</translation>
    </message>
    <message>
        <source>Thank you for keeping them fresh.</source>
        <translation>Merci de les tenir à jour.</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Still offering this?</source>
        <translation>Vous le proposez toujours&#x202f;?</translation>
    </message>
    <message>
        <source>Still looking for this?</source>
        <translation>Vous le cherchez toujours&#x202f;?</translation>
    </message>
    <message>
        <source>It ended on {day}: it is no longer on the board.</source>
        <translation>Elle a pris fin le {day}&#x202f;: elle n&apos;est plus sur le tableau.</translation>
    </message>
    <message>
        <source>It leaves the board on {day}.</source>
        <translation>Elle quitte le tableau le {day}.</translation>
    </message>
    <message>
        <source>You last confirmed it more than three months ago.</source>
        <translation>Vous l&apos;avez confirmée pour la dernière fois il y a plus de trois mois.</translation>
    </message>
    <message>
        <source>Keep six more months</source>
        <translation>Garder six mois de plus</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Kept until {day}.</source>
        <translation>Gardée jusqu&apos;au {day}.</translation>
    </message>
    <message>
        <source>Kept.</source>
        <translation>Gardée.</translation>
    </message>
    <message>
        <source>Remove this post from the skills board?</source>
        <translation>Retirer cette annonce du tableau des compétences&#x202f;?</translation>
    </message>
    <message>
        <source>Remove it</source>
        <translation>La retirer</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>La garder</translation>
    </message>
    <message>
        <source>Removed from the board.</source>
        <translation>Retirée du tableau.</translation>
    </message>
</context>
<context>
    <name>SkillIntroScreen</name>
    <message>
        <source>Meet a member</source>
        <translation>Rencontrer un membre</translation>
    </message>
    <message>
        <source>{name}, you would like to meet {author}</source>
        <translation>{name}, vous aimeriez rencontrer {author}</translation>
    </message>
    <message>
        <source>Ask to meet {author}</source>
        <translation>Demander à rencontrer {author}</translation>
    </message>
    <message>
        <source>Scan your badge to ask for an introduction.</source>
        <translation>Scannez votre badge pour demander une mise en relation.</translation>
    </message>
    <message>
        <source>The kiosk passes your request on: nobody sees your contact details here.</source>
        <translation>La borne transmet votre demande&#x202f;: personne ne voit vos coordonnées ici.</translation>
    </message>
    <message>
        <source>A few words for {author} (optional)</source>
        <translation>Quelques mots pour {author} (facultatif)</translation>
    </message>
    <message>
        <source>For example: I am starting out and would love an hour of your advice.</source>
        <translation>Par exemple&#x202f;: je débute et j&apos;aimerais une heure de vos conseils.</translation>
    </message>
    <message>
        <source>{author} sees your first name and your message, never your e-mail address or your phone number, until they accept.</source>
        <translation>{author} voit votre prénom et votre message, jamais votre adresse e-mail ni votre téléphone, tant qu&apos;il ou elle n&apos;a pas accepté.</translation>
    </message>
    <message>
        <source>Your request is on its way.</source>
        <translation>Votre demande est partie.</translation>
    </message>
    <message>
        <source>If {author} chose to receive e-mails, they get your request by e-mail, without your address. Otherwise they see it at their next badge scan, at any antenne.</source>
        <translation>Si {author} a choisi de recevoir des e-mails, votre demande lui arrive par e-mail, sans votre adresse. Sinon, il ou elle la verra en scannant son badge, dans n&apos;importe quelle antenne.</translation>
    </message>
    <message>
        <source>If they accept, you each receive the other&apos;s contact details, by e-mail or at your next badge scan. If they decline, you are told too.</source>
        <translation>En cas d&apos;accord, vous recevez chacun les coordonnées de l&apos;autre, par e-mail ou à votre prochain passage de badge. En cas de refus, vous êtes prévenu aussi.</translation>
    </message>
    <message>
        <source>Follow it on your phone</source>
        <translation>Suivre sur votre téléphone</translation>
    </message>
    <message>
        <source>Back to the board</source>
        <translation>Retour au tableau</translation>
    </message>
    <message>
        <source>Send my request</source>
        <translation>Envoyer ma demande</translation>
    </message>
    <message>
        <source>Back to the post</source>
        <translation>Retour à l&apos;annonce</translation>
    </message>
    <message>
        <source>This post is no longer on the board.</source>
        <translation>Cette annonce n&apos;est plus affichée.</translation>
    </message>
    <message>
        <source>{typed} of {most} characters</source>
        <translation>{typed} caractères sur {most}</translation>
    </message>
</context>
<context>
    <name>SkillMatchesScreen</name>
    <message>
        <source>My matches</source>
        <translation>Mes correspondances</translation>
    </message>
    <message>
        <source>{name}, who fits your posts</source>
        <translation>{name}, qui correspond à vos annonces</translation>
    </message>
    <message>
        <source>Who fits your posts</source>
        <translation>Qui correspond à vos annonces</translation>
    </message>
    <message>
        <source>The offers that fit what you need, the needs that fit what you offer: the best first. Ask to meet someone: their contact details stay private until they accept.</source>
        <translation>Les offres qui répondent à vos besoins, les besoins qui correspondent à vos offres&#x202f;: les meilleures d&apos;abord. Demandez à rencontrer quelqu&apos;un&#x202f;: ses coordonnées restent privées jusqu&apos;à ce qu&apos;il accepte.</translation>
    </message>
    <message>
        <source>Scan your badge to see who fits your posts.</source>
        <translation>Scannez votre badge pour voir qui correspond à vos annonces.</translation>
    </message>
    <message>
        <source>Members with a post on the skills board see the offers and needs that fit.</source>
        <translation>Les membres qui ont une annonce sur le tableau des compétences voient les offres et les besoins qui y répondent.</translation>
    </message>
    <message>
        <source>You have no post on the skills board yet.</source>
        <translation>Vous n&apos;avez pas encore d&apos;annonce sur le tableau des compétences.</translation>
    </message>
    <message>
        <source>Say what you can pass on, or what you are looking for.</source>
        <translation>Dites ce que vous pouvez transmettre, ou ce que vous cherchez.</translation>
    </message>
    <message>
        <source>Write a post</source>
        <translation>Écrire une annonce</translation>
    </message>
    <message>
        <source>They would like to meet you</source>
        <translation>Ils aimeraient vous rencontrer</translation>
    </message>
    <message>
        <source>For what you need</source>
        <translation>Pour ce que vous cherchez</translation>
    </message>
    <message>
        <source>For what you offer</source>
        <translation>Pour ce que vous proposez</translation>
    </message>
    <message>
        <source>{name} would like to meet you about “{title}”</source>
        <translation>{name} aimerait vous rencontrer à propos de «&#x202f;{title}&#x202f;»</translation>
    </message>
    <message>
        <source>“{message}”</source>
        <translation>«&#x202f;{message}&#x202f;»</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Your offer: {title}</source>
        <translation>Votre offre&#x202f;: {title}</translation>
    </message>
    <message>
        <source>Your need: {title}</source>
        <translation>Votre besoin&#x202f;: {title}</translation>
    </message>
    <message>
        <source>No need fits it yet: it stays on the board.</source>
        <translation>Aucun besoin n&apos;y correspond encore&#x202f;: elle reste sur le tableau.</translation>
    </message>
    <message>
        <source>No offer fits it yet: it stays on the board.</source>
        <translation>Aucune offre n&apos;y répond encore&#x202f;: il reste sur le tableau.</translation>
    </message>
    <message>
        <source>Propose a skill-share session</source>
        <translation>Proposer une séance de partage</translation>
    </message>
    <message>
        <source>In common: {skills}</source>
        <translation>En commun&#x202f;: {skills}</translation>
    </message>
    <message>
        <source>Close in what it says</source>
        <translation>Proche par ce qu&apos;elle dit</translation>
    </message>
    <message>
        <source>I&apos;d like to meet them</source>
        <translation>J&apos;aimerais les rencontrer</translation>
    </message>
    <message>
        <source>Thank you! The hub sends you and {name} each other&apos;s contact details by e-mail.</source>
        <translation>Merci&#x202f;! Vous recevrez par e-mail les coordonnées de {name}, qui recevra les vôtres.</translation>
    </message>
    <message>
        <source>Thank you! You gave us no e-mail address: ask at the desk, they will put {name} and you in touch.</source>
        <translation>Merci&#x202f;! Vous ne nous avez pas donné d&apos;adresse e-mail&#x202f;: demandez à l&apos;accueil, on vous mettra en contact avec {name}.</translation>
    </message>
    <message>
        <source>Understood: {name} does not receive your contact details.</source>
        <translation>Entendu&#x202f;: {name} ne reçoit pas vos coordonnées.</translation>
    </message>
</context>
<context>
    <name>SkillPlurals</name>
    <message numerus="yes">
        <source>%n post(s)</source>
        <translation>
            <numerusform>%Ln annonce</numerusform>
            <numerusform>%Ln annonces</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SkillPostScreen</name>
    <message>
        <source>A post</source>
        <translation>Une annonce</translation>
    </message>
    <message>
        <source>This post is no longer on the board.</source>
        <translation>Cette annonce n&apos;est plus affichée.</translation>
    </message>
    <message>
        <source>Its author removed it, or its time is over.</source>
        <translation>Son auteur l&apos;a retirée, ou sa durée est passée.</translation>
    </message>
    <message>
        <source>Read it on your phone</source>
        <translation>Lisez-la sur votre téléphone</translation>
    </message>
    <message>
        <source>You wrote it? Scan your badge to change it, renew it or remove it.</source>
        <translation>C&apos;est la vôtre&#x202f;? Scannez votre badge pour la modifier, la prolonger ou la retirer.</translation>
    </message>
    <message>
        <source>Change it</source>
        <translation>La modifier</translation>
    </message>
    <message>
        <source>Keep it six more months</source>
        <translation>La garder six mois de plus</translation>
    </message>
    <message>
        <source>Remove it</source>
        <translation>La retirer</translation>
    </message>
    <message>
        <source>I&apos;d like to meet them</source>
        <translation>J&apos;aimerais rencontrer cette personne</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Signaler</translation>
    </message>
    <message>
        <source>What is wrong with this post?</source>
        <translation>Qu&apos;est-ce qui ne va pas avec cette annonce&#x202f;?</translation>
    </message>
    <message>
        <source>A few words for the facilitators (optional)</source>
        <translation>Quelques mots pour l&apos;équipe d&apos;animation (facultatif)</translation>
    </message>
    <message>
        <source>Send the report</source>
        <translation>Envoyer le signalement</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>{kind} · here today</source>
        <translation>{kind} · ici aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Level: {level} · {modality}</source>
        <translation>Niveau&#x202f;: {level} · {modality}</translation>
    </message>
    <message>
        <source>Available: {when}</source>
        <translation>Disponible&#x202f;: {when}</translation>
    </message>
    <message>
        <source>On the board until {day}</source>
        <translation>Affichée jusqu&apos;au {day}</translation>
    </message>
    <message>
        <source>A facilitator took this post off the board.</source>
        <translation>L&apos;équipe d&apos;animation a retiré cette annonce du tableau.</translation>
    </message>
    <message>
        <source>This post is out of date: it is off the board until its author renews it.</source>
        <translation>Cette annonce est expirée&#x202f;: elle n&apos;est plus affichée jusqu&apos;à ce que son auteur la prolonge.</translation>
    </message>
    <message>
        <source>This is your post.</source>
        <translation>C&apos;est votre annonce.</translation>
    </message>
    <message>
        <source>You asked to meet them</source>
        <translation>Vous avez demandé à la rencontrer</translation>
    </message>
    <message>
        <source>Done: your post stays on the board until {day}.</source>
        <translation>C&apos;est fait&#x202f;: votre annonce reste affichée jusqu&apos;au {day}.</translation>
    </message>
    <message>
        <source>Remove “{title}” from the board?</source>
        <translation>Retirer «&#x202f;{title}&#x202f;» du tableau&#x202f;?</translation>
    </message>
    <message>
        <source>Nobody will see it any more. This cannot be undone.</source>
        <translation>Plus personne ne la verra. C&apos;est définitif.</translation>
    </message>
    <message>
        <source>Yes, remove it</source>
        <translation>Oui, la retirer</translation>
    </message>
    <message>
        <source>No, keep it</source>
        <translation>Non, la garder</translation>
    </message>
    <message>
        <source>Your post is removed from the board.</source>
        <translation>Votre annonce est retirée du tableau.</translation>
    </message>
    <message>
        <source>Choose what is wrong with it first.</source>
        <translation>Choisissez d&apos;abord ce qui ne va pas.</translation>
    </message>
    <message>
        <source>Thank you. A facilitator will look at this post soon.</source>
        <translation>Merci. L&apos;équipe d&apos;animation regardera cette annonce bientôt.</translation>
    </message>
</context>
<context>
    <name>SkillWords</name>
    <message>
        <source>Offer</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Offres</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>First steps</source>
        <translation>Premiers pas</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Expert</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Sur place</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>In person or online</source>
        <translation>Sur place ou en ligne</translation>
    </message>
    <message>
        <source>It shows contact details</source>
        <translation>Elle montre des coordonnées</translation>
    </message>
    <message>
        <source>It is offensive</source>
        <translation>Elle est offensante</translation>
    </message>
    <message>
        <source>It is advertising</source>
        <translation>C&apos;est de la publicité</translation>
    </message>
    <message>
        <source>It is out of date</source>
        <translation>Elle n&apos;est plus d&apos;actualité</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Autre chose</translation>
    </message>
    <message>
        <source>{author}, antenne of {antenna}</source>
        <translation>{author}, antenne de {antenna}</translation>
    </message>
    <message>
        <source>{kind} · here today</source>
        <translation>{kind} · ici aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Every sector {arrow}</source>
        <translation>Tous les secteurs {arrow}</translation>
    </message>
    <message>
        <source>Sector: {sector} {arrow}</source>
        <translation>Secteur&#x202f;: {sector} {arrow}</translation>
    </message>
    <message>
        <source>Offers and needs</source>
        <translation>Offres et demandes</translation>
    </message>
    <message>
        <source>Any way</source>
        <translation>Peu importe</translation>
    </message>
    <message>
        <source>Every sector</source>
        <translation>Tous les secteurs</translation>
    </message>
    <message>
        <source>Skills in the room today</source>
        <translation>Compétences présentes aujourd&apos;hui</translation>
    </message>
</context>
<context>
    <name>Skills</name>
    <message>
        <source>This post is no longer on the board.</source>
        <translation>Cette annonce n&apos;est plus au tableau.</translation>
    </message>
    <message>
        <source>The text holds a character that is not allowed.</source>
        <translation>Le texte contient un caractère interdit.</translation>
    </message>
    <message>
        <source>Please leave out e-mail addresses and phone numbers: the kiosk introduces people without them.</source>
        <translation>Merci de ne pas mettre d&apos;adresse e-mail ni de numéro de téléphone&#x202f;: la borne met les gens en contact sans eux.</translation>
    </message>
    <message>
        <source>A post stays on the board for 1, 3, 6 or 12 months.</source>
        <translation>Une annonce reste au tableau 1, 3, 6 ou 12 mois.</translation>
    </message>
    <message>
        <source>Please choose at most {count} skills.</source>
        <translation>Choisissez au plus {count} compétences.</translation>
    </message>
    <message>
        <source>One of the chosen skills no longer exists: please choose again.</source>
        <translation>Une des compétences choisies n&apos;existe plus&#x202f;: choisissez à nouveau.</translation>
    </message>
    <message>
        <source>Please choose an offer or a need.</source>
        <translation>Choisissez une offre ou une demande.</translation>
    </message>
    <message>
        <source>Please choose how you meet and your level.</source>
        <translation>Choisissez comment vous rencontrer et votre niveau.</translation>
    </message>
    <message>
        <source>Please choose the post&apos;s language.</source>
        <translation>Choisissez la langue de l&apos;annonce.</translation>
    </message>
    <message>
        <source>The title is too long: at most {count} letters.</source>
        <translation>Le titre est trop long&#x202f;: {count} lettres au plus.</translation>
    </message>
    <message>
        <source>Please give your post a title.</source>
        <translation>Donnez un titre à votre annonce.</translation>
    </message>
    <message>
        <source>The description is too long: at most {count} letters.</source>
        <translation>La description est trop longue&#x202f;: {count} lettres au plus.</translation>
    </message>
    <message>
        <source>The availability is too long: at most {count} letters.</source>
        <translation>Les disponibilités sont trop longues&#x202f;: {count} lettres au plus.</translation>
    </message>
    <message>
        <source>The other skill is too long: at most {count} letters.</source>
        <translation>L&apos;autre compétence est trop longue&#x202f;: {count} lettres au plus.</translation>
    </message>
    <message>
        <source>The reason is too long: at most {count} letters.</source>
        <translation>La raison est trop longue&#x202f;: {count} lettres au plus.</translation>
    </message>
    <message>
        <source>Please give a reason (at least {count} letters): the author reads it.</source>
        <translation>Donnez une raison ({count} lettres au moins)&#x202f;: l&apos;auteur la lira.</translation>
    </message>
    <message>
        <source>This person is no longer known.</source>
        <translation>Cette personne n&apos;est plus connue.</translation>
    </message>
    <message>
        <source>Only the post&apos;s author can change it.</source>
        <translation>Seul l&apos;auteur de l&apos;annonce peut la modifier.</translation>
    </message>
    <message>
        <source>Only a facilitator can moderate the board.</source>
        <translation>Seul un animateur ou une animatrice peut modérer le tableau.</translation>
    </message>
    <message>
        <source>This post is already hidden.</source>
        <translation>Cette annonce est déjà masquée.</translation>
    </message>
    <message>
        <source>This post is not hidden.</source>
        <translation>Cette annonce n&apos;est pas masquée.</translation>
    </message>
    <message>
        <source>Please choose why you report this post.</source>
        <translation>Choisissez pourquoi vous signalez cette annonce.</translation>
    </message>
    <message>
        <source>The note is too long: at most {count} letters.</source>
        <translation>La remarque est trop longue&#x202f;: {count} lettres au plus.</translation>
    </message>
    <message>
        <source>You already reported this post: a facilitator will look at it.</source>
        <translation>Vous avez déjà signalé cette annonce&#x202f;: un animateur ou une animatrice va l&apos;examiner.</translation>
    </message>
    <message>
        <source>This report was already dealt with.</source>
        <translation>Ce signalement a déjà été traité.</translation>
    </message>
    <message>
        <source>The message is too long: at most {count} letters.</source>
        <translation>Le message est trop long&#x202f;: {count} lettres au plus.</translation>
    </message>
    <message>
        <source>This is your own post.</source>
        <translation>C&apos;est votre propre annonce.</translation>
    </message>
    <message>
        <source>You already asked: the author has not answered yet.</source>
        <translation>Vous avez déjà demandé&#x202f;: l&apos;auteur n&apos;a pas encore répondu.</translation>
    </message>
    <message>
        <source>The author already answered you.</source>
        <translation>L&apos;auteur vous a déjà répondu.</translation>
    </message>
    <message>
        <source>This introduction request no longer exists.</source>
        <translation>Cette demande de mise en relation n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Only the post&apos;s author can answer this request.</source>
        <translation>Seul l&apos;auteur de l&apos;annonce peut répondre à cette demande.</translation>
    </message>
    <message>
        <source>You already answered this request.</source>
        <translation>Vous avez déjà répondu à cette demande.</translation>
    </message>
    <message>
        <source>Please say which other skill becomes a tag.</source>
        <translation>Indiquez quelle autre compétence devient une étiquette.</translation>
    </message>
    <message>
        <source>A label is too long: at most {count} letters.</source>
        <translation>Un libellé est trop long&#x202f;: {count} lettres au plus.</translation>
    </message>
    <message>
        <source>Please give the skill&apos;s name in French.</source>
        <translation>Donnez le nom de la compétence en français.</translation>
    </message>
    <message>
        <source>The skill&apos;s name needs letters or digits.</source>
        <translation>Le nom de la compétence doit contenir des lettres ou des chiffres.</translation>
    </message>
    <message>
        <source>Please choose the skill&apos;s sector.</source>
        <translation>Choisissez le secteur de la compétence.</translation>
    </message>
    <message>
        <source>The limit is between 1 and {count}.</source>
        <translation>La limite est comprise entre 1 et {count}.</translation>
    </message>
    <message>
        <source>Not a person id: {value}.</source>
        <translation>Ce n&apos;est pas un identifiant de personne&#x202f;: {value}.</translation>
    </message>
    <message>
        <source>The search is too long: at most {count} letters.</source>
        <translation>La recherche est trop longue&#x202f;: {count} lettres au plus.</translation>
    </message>
    <message>
        <source>Nothing to search for: type a word.</source>
        <translation>Rien à chercher&#x202f;: tapez un mot.</translation>
    </message>
</context>
<context>
    <name>SkillsBoardScreen</name>
    <message>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <source>Skills to share</source>
        <translation>Des compétences à partager</translation>
    </message>
    <message>
        <source>Tap a card to read it and meet its author: the kiosk makes the introduction.</source>
        <translation>Touchez une annonce pour la lire et rencontrer son auteur&#x202f;: la borne vous met en relation.</translation>
    </message>
    <message>
        <source>Post an offer or a need</source>
        <translation>Publier une offre ou une demande</translation>
    </message>
    <message>
        <source>My matches</source>
        <translation>Mes correspondances</translation>
    </message>
    <message>
        <source>Search: a skill, a word, a sector…</source>
        <translation>Chercher&#x202f;: une compétence, un mot, un secteur…</translation>
    </message>
</context>
<context>
    <name>SkillsModerationScreen</name>
    <message>
        <source>Skills board</source>
        <translation>Tableau des compétences</translation>
    </message>
    <message>
        <source>The skills board: reports and skills</source>
        <translation>Le tableau des compétences&#x202f;: signalements et compétences</translation>
    </message>
    <message numerus="yes">
        <source>Reports (%n)</source>
        <translation>
            <numerusform>Signalements (%Ln)</numerusform>
            <numerusform>Signalements (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hidden posts (%n)</source>
        <translation>
            <numerusform>Annonces masquées (%Ln)</numerusform>
            <numerusform>Annonces masquées (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New skills (%n)</source>
        <translation>
            <numerusform>Nouvelles compétences (%Ln)</numerusform>
            <numerusform>Nouvelles compétences (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>The needs nobody offers</source>
        <translation>Les besoins sans offre</translation>
    </message>
    <message>
        <source>Words members typed under “other” because the list lacked their skill. Make one a skill of the list: the posts that carry it get it, and everyone can find it in their language.</source>
        <translation>Les mots que les membres ont tapés sous «&#x202f;autre&#x202f;» parce que la liste n&apos;avait pas leur compétence. Faites-en une compétence de la liste&#x202f;: les annonces qui la portent la reçoivent, et chacun la trouve dans sa langue.</translation>
    </message>
    <message>
        <source>No report waiting.</source>
        <translation>Aucun signalement en attente.</translation>
    </message>
    <message>
        <source>Thank you for looking.</source>
        <translation>Merci d&apos;avoir regardé.</translation>
    </message>
    <message>
        <source>No post is hidden.</source>
        <translation>Aucune annonce n&apos;est masquée.</translation>
    </message>
    <message>
        <source>No “other” text on the board.</source>
        <translation>Aucun texte «&#x202f;autre&#x202f;» sur le tableau.</translation>
    </message>
    <message>
        <source>“{text}” as a skill</source>
        <translation>«&#x202f;{text}&#x202f;» comme compétence</translation>
    </message>
    <message>
        <source>In which sector?</source>
        <translation>Dans quel secteur&#x202f;?</translation>
    </message>
    <message>
        <source>Add the skill</source>
        <translation>Ajouter la compétence</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Hidden. Its author reads: “{reason}”</source>
        <translation>Masquée. Son auteur lit&#x202f;: «&#x202f;{reason}&#x202f;»</translation>
    </message>
    <message>
        <source>Show it again…</source>
        <translation>La montrer à nouveau…</translation>
    </message>
    <message>
        <source>Why does it come back? (kept in the log)</source>
        <translation>Pourquoi revient-elle&#x202f;? (gardé dans le journal)</translation>
    </message>
    <message>
        <source>For example: the author removed the phone number</source>
        <translation>Par exemple&#x202f;: l&apos;auteur a retiré le numéro de téléphone</translation>
    </message>
    <message>
        <source>Show it again</source>
        <translation>La montrer à nouveau</translation>
    </message>
    <message numerus="yes">
        <source>On %n post(s)</source>
        <translation>
            <numerusform>Sur %Ln annonce</numerusform>
            <numerusform>Sur %Ln annonces</numerusform>
        </translation>
    </message>
    <message>
        <source>Make it a skill</source>
        <translation>En faire une compétence</translation>
    </message>
    <message>
        <source>Its name in French</source>
        <translation>Son nom en français</translation>
    </message>
    <message>
        <source>Its name in Dutch</source>
        <translation>Son nom en néerlandais</translation>
    </message>
    <message>
        <source>Its name in English</source>
        <translation>Son nom en anglais</translation>
    </message>
    <message>
        <source>Reported: {reason}</source>
        <translation>Signalée&#x202f;: {reason}</translation>
    </message>
    <message>
        <source>“{note}”</source>
        <translation>«&#x202f;{note}&#x202f;»</translation>
    </message>
    <message>
        <source>On {day}</source>
        <translation>Le {day}</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>La garder</translation>
    </message>
    <message>
        <source>Hide it…</source>
        <translation>La masquer…</translation>
    </message>
    <message>
        <source>Why is it hidden? Its author reads this.</source>
        <translation>Pourquoi est-elle masquée&#x202f;? Son auteur lira ceci.</translation>
    </message>
    <message>
        <source>For example: a phone number in the text</source>
        <translation>Par exemple&#x202f;: un numéro de téléphone dans le texte</translation>
    </message>
    <message>
        <source>Hide this post</source>
        <translation>Masquer cette annonce</translation>
    </message>
    <message>
        <source>The post stays on the board.</source>
        <translation>L&apos;annonce reste sur le tableau.</translation>
    </message>
    <message>
        <source>Say why it is hidden: its author reads it.</source>
        <translation>Dites pourquoi elle est masquée&#x202f;: son auteur le lira.</translation>
    </message>
    <message>
        <source>The post is hidden: it left the board.</source>
        <translation>L&apos;annonce est masquée&#x202f;: elle a quitté le tableau.</translation>
    </message>
    <message>
        <source>Say why it comes back.</source>
        <translation>Dites pourquoi elle revient.</translation>
    </message>
    <message>
        <source>The post is back on the board.</source>
        <translation>L&apos;annonce est de retour sur le tableau.</translation>
    </message>
    <message>
        <source>Choose the skill&apos;s sector.</source>
        <translation>Choisissez le secteur de la compétence.</translation>
    </message>
    <message>
        <source>“{skill}” is a skill of the list now.</source>
        <translation>«&#x202f;{skill}&#x202f;» est maintenant une compétence de la liste.</translation>
    </message>
</context>
<context>
    <name>SkillsNeedsScreen</name>
    <message>
        <source>Needs nobody offers</source>
        <translation>Besoins sans offre</translation>
    </message>
    <message>
        <source>The needs nobody offers</source>
        <translation>Les besoins sans offre</translation>
    </message>
    <message>
        <source>Members&apos; needs that no offer on the board fits, counted by sector: that list is how the antenne identifies the trainings to organise.</source>
        <translation>Les besoins des membres auxquels aucune offre du tableau ne répond, comptés par secteur&#x202f;: c&apos;est avec cette liste que l&apos;antenne repère les formations à organiser.</translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) nobody offers</source>
        <translation>
            <numerusform>%Ln besoin sans offre</numerusform>
            <numerusform>%Ln besoins sans offre</numerusform>
        </translation>
    </message>
    <message>
        <source>Every need on the board has an offer that fits.</source>
        <translation>Chaque besoin du tableau a une offre qui y répond.</translation>
    </message>
    <message>
        <source>Nothing to organise for now.</source>
        <translation>Rien à organiser pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Reports and skills</source>
        <translation>Signalements et compétences</translation>
    </message>
    <message>
        <source>This week&apos;s new matches</source>
        <translation>Les nouvelles correspondances de la semaine</translation>
    </message>
    <message numerus="yes">
        <source>And %n more.</source>
        <translation>
            <numerusform>Et %Ln autre.</numerusform>
            <numerusform>Et %Ln autres.</numerusform>
        </translation>
    </message>
    <message>
        <source>No new match this week.</source>
        <translation>Aucune nouvelle correspondance cette semaine.</translation>
    </message>
    <message>
        <source>No sector given</source>
        <translation>Sans secteur</translation>
    </message>
    <message numerus="yes">
        <source>%n need(s)</source>
        <translation>
            <numerusform>%Ln besoin</numerusform>
            <numerusform>%Ln besoins</numerusform>
        </translation>
    </message>
    <message>
        <source>Propose a training</source>
        <translation>Proposer une formation</translation>
    </message>
    <message>
        <source>{offerer} offers “{offer}” — {needer} needs “{need}”</source>
        <translation>{offerer} propose «&#x202f;{offer}&#x202f;» — {needer} cherche «&#x202f;{need}&#x202f;»</translation>
    </message>
    <message>
        <source>Training: {sector}</source>
        <translation>Formation&#x202f;: {sector}</translation>
    </message>
    <message>
        <source>Members asked for: {needs}</source>
        <translation>Des membres ont demandé&#x202f;: {needs}</translation>
    </message>
</context>
<context>
    <name>SkillsSearchScreen</name>
    <message>
        <source>Search the skills</source>
        <translation>Chercher une compétence</translation>
    </message>
    <message>
        <source>What are you looking for?</source>
        <translation>Que cherchez-vous&#x202f;?</translation>
    </message>
    <message>
        <source>A skill, a word, a sector…</source>
        <translation>Une compétence, un mot, un secteur…</translation>
    </message>
    <message>
        <source>Post it as a need</source>
        <translation>La publier comme demande</translation>
    </message>
    <message>
        <source>Nothing found for “{query}”.</source>
        <translation>Rien trouvé pour «&#x202f;{query}&#x202f;».</translation>
    </message>
    <message>
        <source>Nobody offers it yet? Post it as a need: the kiosk tells you who can help.</source>
        <translation>Personne ne la propose encore&#x202f;? Publiez-la comme demande&#x202f;: la borne vous dira qui peut aider.</translation>
    </message>
</context>
<context>
    <name>StaffBand</name>
    <message>
        <source>Facilitator mode — {name}</source>
        <translation>Mode animation — {name}</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <source>Lock: leave facilitator mode now</source>
        <translation>Verrouiller&#x202f;: quitter le mode animation maintenant</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>The hub cannot be reached (no network, or the hub is down). Nothing is lost: changes are sent when it is back.</source>
        <translation>Le hub est injoignable (pas de réseau, ou le hub est arrêté). Rien n&apos;est perdu&#x202f;: les modifications seront envoyées à son retour.</translation>
    </message>
    <message>
        <source>The hub had a problem (HTTP {status}).</source>
        <translation>Le hub a rencontré un problème (HTTP {status}).</translation>
    </message>
    <message>
        <source>This kiosk is too old for the hub: update it. Its changes are kept and will be sent after the update.</source>
        <translation>Cette borne est trop ancienne pour le hub&#x202f;: mettez-la à jour. Ses modifications sont conservées et seront envoyées après la mise à jour.</translation>
    </message>
    <message>
        <source>The hub is older than this kiosk: the hub must be updated. The kiosk&apos;s changes are kept.</source>
        <translation>Le hub est plus ancien que cette borne&#x202f;: il faut mettre le hub à jour. Les modifications de la borne sont conservées.</translation>
    </message>
    <message>
        <source>The hub refuses this kiosk: its device key is in use on another machine. Enrol this kiosk again with a new code.</source>
        <translation>Le hub refuse cette borne&#x202f;: sa clé d&apos;appareil est utilisée sur une autre machine. Inscrivez à nouveau cette borne avec un nouveau code.</translation>
    </message>
    <message>
        <source>The hub stopped syncing with this kiosk: a copy of it used its device key. Nothing is lost here. Ask the hub&apos;s administrator to switch the copy off and reset this kiosk&apos;s device (antenne hub device reset).</source>
        <translation>Le hub a arrêté la synchronisation avec cette borne&#x202f;: une copie de celle-ci a utilisé sa clé d&apos;appareil. Rien n&apos;est perdu ici. Demandez à l&apos;administrateur du hub d&apos;éteindre la copie et de réinitialiser l&apos;appareil de cette borne (antenne hub device reset).</translation>
    </message>
    <message>
        <source>The enrolment code was refused: it is unknown, already used or expired. Ask the hub for a new one.</source>
        <translation>Le code d&apos;inscription a été refusé&#x202f;: il est inconnu, déjà utilisé ou expiré. Demandez-en un nouveau au hub.</translation>
    </message>
    <message>
        <source>The hub does not know this kiosk&apos;s device key (revoked?): enrol this kiosk again with a new code.</source>
        <translation>Le hub ne connaît pas la clé d&apos;appareil de cette borne (révoquée&#x202f;?)&#x202f;: inscrivez à nouveau cette borne avec un nouveau code.</translation>
    </message>
    <message>
        <source>The hub refused the request (HTTP {status}).</source>
        <translation>Le hub a refusé la demande (HTTP {status}).</translation>
    </message>
    <message>
        <source>The hub answered some of this kiosk&apos;s changes with an error ({count}). They are kept and sent again at the next sync; if this goes on, tell the hub&apos;s administrator.</source>
        <translation>Le hub a répondu par une erreur à certaines modifications de cette borne ({count}). Elles sont gardées et renvoyées à la prochaine synchronisation&#x202f;; si cela continue, prévenez l&apos;administrateur du hub.</translation>
    </message>
    <message>
        <source>The sync failed on this kiosk (see its log). Nothing is lost; it is tried again later.</source>
        <translation>La synchronisation a échoué sur cette borne (voir son journal). Rien n&apos;est perdu&#x202f;; elle sera retentée plus tard.</translation>
    </message>
    <message>
        <source>This kiosk is not enrolled with a hub yet: enrol it with a code.</source>
        <translation>Cette borne n&apos;est pas encore inscrite auprès d&apos;un hub&#x202f;: inscrivez-la avec un code.</translation>
    </message>
    <message>
        <source>{url} is not a hub address: write it as https://host (or http://).</source>
        <translation>{url} n&apos;est pas l&apos;adresse d&apos;un hub&#x202f;: écrivez-la sous la forme https://hôte (ou http://).</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <source>Sync with the cooperative</source>
        <translation>Synchronisation avec la coopérative</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Try again what was set aside</source>
        <translation>Réessayer ce qui a été mis de côté</translation>
    </message>
    <message>
        <source>This kiosk is not connected to the cooperative&apos;s central server: everything stays on this kiosk. To connect it, ask the cooperative for a connection code (antenne sync enroll).</source>
        <translation>Cette borne n&apos;est pas reliée au serveur central de la coopérative&#x202f;: tout reste sur cette borne. Pour la relier, demandez un code de connexion à la coopérative (antenne sync enroll).</translation>
    </message>
    <message>
        <source>Reading the sync status…</source>
        <translation>Lecture de l&apos;état de la synchronisation…</translation>
    </message>
    <message>
        <source>This kiosk is not enrolled with the hub yet: enrol it with a code (antenne sync enroll).</source>
        <translation>Cette borne n&apos;est pas encore inscrite auprès du hub&#x202f;: inscrivez-la avec un code (antenne sync enroll).</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>Pas encore synchronisée.</translation>
    </message>
    <message>
        <source>Last sync: {when}.</source>
        <translation>Dernière synchronisation&#x202f;: {when}.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent.</source>
        <translation>
            <numerusform>%Ln modification attend d&apos;être envoyée.</numerusform>
            <numerusform>%Ln modifications attendent d&apos;être envoyées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waiting to be sent.</source>
        <translation>Rien n&apos;attend d&apos;être envoyé.</translation>
    </message>
    <message>
        <source>Offline since {when}: the hub cannot be reached. Nothing is lost; changes are sent when it is back.</source>
        <translation>Hors ligne depuis {when}&#x202f;: le hub est injoignable. Rien n&apos;est perdu&#x202f;; les modifications partiront à son retour.</translation>
    </message>
    <message>
        <source>This kiosk&apos;s clock is wrong (more than 5 minutes off the hub&apos;s): set its date and time.</source>
        <translation>L&apos;horloge de cette borne est fausse (plus de 5 minutes d&apos;écart avec celle du hub)&#x202f;: réglez sa date et son heure.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from the hub could not be applied on this kiosk. Have the kiosk updated, then tap “Try again what was set aside”. Nothing else is lost: everything else is synced.</source>
        <translation>
            <numerusform>%Ln modification venue du hub n&apos;a pas pu être appliquée sur cette borne. Faites mettre la borne à jour, puis touchez «&#x202f;Réessayer ce qui a été mis de côté&#x202f;». Rien d&apos;autre n&apos;est perdu&#x202f;: tout le reste est synchronisé.</numerusform>
            <numerusform>%Ln modifications venues du hub n&apos;ont pas pu être appliquées sur cette borne. Faites mettre la borne à jour, puis touchez «&#x202f;Réessayer ce qui a été mis de côté&#x202f;». Rien d&apos;autre n&apos;est perdu&#x202f;: tout le reste est synchronisé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The hub refused %n change(s) made on this kiosk: they are kept here but no longer sent. Tell the hub&apos;s administrator. Nothing else is lost: everything else is synced.</source>
        <translation>
            <numerusform>Le hub a refusé %Ln modification faite sur cette borne&#x202f;: elle est gardée ici mais n&apos;est plus envoyée. Prévenez l&apos;administrateur du hub. Rien d&apos;autre n&apos;est perdu&#x202f;: tout le reste est synchronisé.</numerusform>
            <numerusform>Le hub a refusé %Ln modifications faites sur cette borne&#x202f;: elles sont gardées ici mais ne sont plus envoyées. Prévenez l&apos;administrateur du hub. Rien d&apos;autre n&apos;est perdu&#x202f;: tout le reste est synchronisé.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tally</name>
    <message>
        <source>Ballot {ballot}: &quot;count&quot; must be a whole number of at least 0, not {value}.</source>
        <translation>Bulletin {ballot}&#x202f;: «&#x202f;count&#x202f;» doit être un nombre entier d&apos;au moins 0, pas {value}.</translation>
    </message>
    <message>
        <source>{what} must be a number, not {value}.</source>
        <translation>{what} doit être un nombre, pas {value}.</translation>
    </message>
    <message>
        <source>&quot;{field}&quot; must be a whole number of at least 0, not {value}.</source>
        <translation>«&#x202f;{field}&#x202f;» doit être un nombre entier d&apos;au moins 0, pas {value}.</translation>
    </message>
    <message>
        <source>&quot;options&quot; must be a non-empty list of names.</source>
        <translation>«&#x202f;options&#x202f;» doit être une liste de noms, non vide.</translation>
    </message>
    <message>
        <source>Every option must be a non-empty name, not {value}.</source>
        <translation>Chaque option doit avoir un nom non vide, pas {value}.</translation>
    </message>
    <message>
        <source>The option {option} is listed twice.</source>
        <translation>L&apos;option {option} figure deux fois.</translation>
    </message>
    <message>
        <source>&quot;ballots&quot; must be a list of ballots.</source>
        <translation>«&#x202f;ballots&#x202f;» doit être une liste de bulletins.</translation>
    </message>
    <message>
        <source>Ballot {ballot} is not an object like {example}.</source>
        <translation>Le bulletin {ballot} n&apos;est pas un objet comme {example}.</translation>
    </message>
    <message>
        <source>Ballot {ballot}: unknown field {field} (expected {example}).</source>
        <translation>Bulletin {ballot}&#x202f;: champ inconnu {field} (attendu&#x202f;: {example}).</translation>
    </message>
    <message>
        <source>Ballot {ballot}: &quot;{field}&quot; is missing.</source>
        <translation>Bulletin {ballot}&#x202f;: «&#x202f;{field}&#x202f;» manque.</translation>
    </message>
    <message>
        <source>Ballot {ballot}: &quot;{field}&quot; is not in the expected form {example}.</source>
        <translation>Bulletin {ballot}&#x202f;: «&#x202f;{field}&#x202f;» n&apos;a pas la forme attendue {example}.</translation>
    </message>
    <message>
        <source>Ballot {ballot}: {option} is not one of the options.</source>
        <translation>Bulletin {ballot}&#x202f;: {option} ne fait pas partie des options.</translation>
    </message>
    <message>
        <source>Ballot {ballot}: {option} appears twice.</source>
        <translation>Bulletin {ballot}&#x202f;: {option} apparaît deux fois.</translation>
    </message>
    <message>
        <source>Ballot {ballot}: the grade of {option} must be a whole number from 0 to {top}, not {value}.</source>
        <translation>Bulletin {ballot}&#x202f;: la mention de {option} doit être un nombre entier de 0 à {top}, pas {value}.</translation>
    </message>
    <message>
        <source>Ballot {ballot}: the score of {option} must be a whole number of at least 0, not {value}.</source>
        <translation>Bulletin {ballot}&#x202f;: la note de {option} doit être un nombre entier d&apos;au moins 0, pas {value}.</translation>
    </message>
    <message>
        <source>Ballot {ballot}: the score of {option} must be a whole number from 0 to {top}, not {value}.</source>
        <translation>Bulletin {ballot}&#x202f;: la note de {option} doit être un nombre entier de 0 à {top}, pas {value}.</translation>
    </message>
    <message>
        <source>&quot;grades&quot; must be a non-empty list of grade names, worst grade first.</source>
        <translation>«&#x202f;grades&#x202f;» doit être une liste non vide de mentions, de la pire à la meilleure.</translation>
    </message>
    <message>
        <source>Two grades have the same name.</source>
        <translation>Deux mentions portent le même nom.</translation>
    </message>
    <message>
        <source>&quot;tallies&quot; must map each option to its counts per grade, worst first.</source>
        <translation>«&#x202f;tallies&#x202f;» doit associer à chaque option ses nombres par mention, de la pire à la meilleure.</translation>
    </message>
    <message>
        <source>Tallies: {option} is not one of the options.</source>
        <translation>Décomptes&#x202f;: {option} ne fait pas partie des options.</translation>
    </message>
    <message>
        <source>Tallies of {option}: give {grades} whole numbers of at least 0, one per grade, worst first.</source>
        <translation>Décomptes de {option}&#x202f;: donnez {grades} nombres entiers d&apos;au moins 0, un par mention, de la pire à la meilleure.</translation>
    </message>
    <message>
        <source>Ballot {ballot}: &quot;choice&quot; must be yes, no, abstain or invalid, not {value}.</source>
        <translation>Bulletin {ballot}&#x202f;: «&#x202f;choice&#x202f;» doit être yes, no, abstain ou invalid, pas {value}.</translation>
    </message>
    <message>
        <source>&quot;rules&quot; must be an object.</source>
        <translation>«&#x202f;rules&#x202f;» doit être un objet.</translation>
    </message>
    <message>
        <source>Unknown 100 % base {value}; expected one of {choices}.</source>
        <translation>Base de 100 % inconnue&#x202f;: {value}&#x202f;; attendu&#x202f;: {choices}.</translation>
    </message>
    <message>
        <source>Unknown threshold {value}; expected one of {choices}.</source>
        <translation>Seuil inconnu&#x202f;: {value}&#x202f;; attendu&#x202f;: {choices}.</translation>
    </message>
    <message>
        <source>The quorum must read {example}.</source>
        <translation>Le quorum doit s&apos;écrire {example}.</translation>
    </message>
    <message>
        <source>&quot;options&quot; must list the projects as {example}.</source>
        <translation>«&#x202f;options&#x202f;» doit lister les projets comme {example}.</translation>
    </message>
    <message>
        <source>The quorum ratio must be from 0 to 1.</source>
        <translation>La proportion du quorum doit être comprise entre 0 et 1.</translation>
    </message>
    <message>
        <source>These rules need &quot;present&quot;: the weight of people present.</source>
        <translation>Ces règles demandent «&#x202f;present&#x202f;»&#x202f;: le poids des personnes présentes.</translation>
    </message>
    <message>
        <source>These rules need &quot;entitled&quot;: the weight of people entitled to vote.</source>
        <translation>Ces règles demandent «&#x202f;entitled&#x202f;»&#x202f;: le poids des personnes ayant droit de vote.</translation>
    </message>
    <message>
        <source>{cast} ballots were cast but only {present} votes were present.</source>
        <translation>{cast} bulletins ont été déposés mais seules {present} voix étaient présentes.</translation>
    </message>
    <message>
        <source>{present} votes are present but only {entitled} are entitled.</source>
        <translation>{present} voix sont présentes mais seules {entitled} ont droit de vote.</translation>
    </message>
    <message>
        <source>Ballot {ballot}: an objection must give its reason as text (null means consent).</source>
        <translation>Bulletin {ballot}&#x202f;: une objection doit donner sa raison en texte (null signifie le consentement).</translation>
    </message>
    <message>
        <source>Every project needs an id and a cost, as {example}; got {value}.</source>
        <translation>Chaque projet a besoin d&apos;un identifiant et d&apos;un coût, comme {example}&#x202f;; reçu&#x202f;: {value}.</translation>
    </message>
    <message>
        <source>A project id must be a non-empty text, not {value}.</source>
        <translation>L&apos;identifiant d&apos;un projet doit être un texte non vide, pas {value}.</translation>
    </message>
    <message>
        <source>The project {project} is listed twice.</source>
        <translation>Le projet {project} figure deux fois.</translation>
    </message>
    <message>
        <source>The project {project} must cost more than 0.</source>
        <translation>Le projet {project} doit coûter plus de 0.</translation>
    </message>
    <message>
        <source>The budget must be more than 0.</source>
        <translation>Le budget doit être supérieur à 0.</translation>
    </message>
    <message>
        <source>Unknown participatory budgeting rule {value}; expected one of {choices}.</source>
        <translation>Règle de budget participatif inconnue&#x202f;: {value}&#x202f;; attendu&#x202f;: {choices}.</translation>
    </message>
    <message>
        <source>Ballot {ballot} supports {count} projects; at most {maximum} are allowed.</source>
        <translation>Le bulletin {ballot} soutient {count} projets&#x202f;; {maximum} au plus sont permis.</translation>
    </message>
    <message>
        <source>Ballot {ballot} supports {count} projects; at least {minimum} are required.</source>
        <translation>Le bulletin {ballot} soutient {count} projets&#x202f;; il en faut au moins {minimum}.</translation>
    </message>
    <message>
        <source>Ballot {ballot} chooses projects costing {cost} in total, over the {maximum} a ballot may spend.</source>
        <translation>Le bulletin {ballot} choisit des projets coûtant {cost} au total, plus que les {maximum} qu&apos;un bulletin peut dépenser.</translation>
    </message>
    <message>
        <source>Ballot {ballot} gives {points} points to {project}; at most {maximum} per project.</source>
        <translation>Le bulletin {ballot} donne {points} points à {project}&#x202f;; {maximum} au plus par projet.</translation>
    </message>
    <message>
        <source>Ballot {ballot} gives {points} points in all; at most {maximum}.</source>
        <translation>Le bulletin {ballot} donne {points} points en tout&#x202f;; {maximum} au plus.</translation>
    </message>
    <message>
        <source>Ballot {ballot}: the points for {project} must be a whole number, not {value}.</source>
        <translation>Bulletin {ballot}&#x202f;: les points pour {project} doivent être un nombre entier, pas {value}.</translation>
    </message>
    <message>
        <source>A participatory budget needs a &quot;budget&quot;.</source>
        <translation>Un budget participatif a besoin d&apos;un «&#x202f;budget&#x202f;».</translation>
    </message>
    <message>
        <source>A vote must be a JSON object.</source>
        <translation>Un vote doit être un objet JSON.</translation>
    </message>
    <message>
        <source>Unknown method {value}; expected one of {choices}.</source>
        <translation>Méthode inconnue&#x202f;: {value}&#x202f;; attendu&#x202f;: {choices}.</translation>
    </message>
    <message>
        <source>A rule applies only to participatory budgets.</source>
        <translation>Une règle ne s&apos;applique qu&apos;aux budgets participatifs.</translation>
    </message>
    <message>
        <source>A Pabulib file holds a participatory budget.</source>
        <translation>Un fichier Pabulib contient un budget participatif.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>Impossible de lire {path}&#x202f;: {reason}.</translation>
    </message>
    <message>
        <source>Not valid JSON (line {line}, column {column}): {reason}.</source>
        <translation>JSON non valable (ligne {line}, colonne {column})&#x202f;: {reason}.</translation>
    </message>
    <message>
        <source>{path} is not a UTF-8 text file.</source>
        <translation>{path} n&apos;est pas un fichier texte UTF-8.</translation>
    </message>
    <message>
        <source>META {key} must be a whole number, not {value}.</source>
        <translation>META {key} doit être un nombre entier, pas {value}.</translation>
    </message>
    <message>
        <source>Line {line}: the {section} section has no header.</source>
        <translation>Ligne {line}&#x202f;: la section {section} n&apos;a pas d&apos;en-tête.</translation>
    </message>
    <message>
        <source>Line {line}: the {section} section has no {column} column.</source>
        <translation>Ligne {line}&#x202f;: la section {section} n&apos;a pas de colonne {column}.</translation>
    </message>
    <message>
        <source>Line {line}: expected a META, PROJECTS or VOTES section first.</source>
        <translation>Ligne {line}&#x202f;: une section META, PROJECTS ou VOTES était attendue d&apos;abord.</translation>
    </message>
    <message>
        <source>Line {line}: a META line reads key;value.</source>
        <translation>Ligne {line}&#x202f;: une ligne META s&apos;écrit clé;valeur.</translation>
    </message>
    <message>
        <source>Line {line}: {count} fields where the header has {expected}.</source>
        <translation>Ligne {line}&#x202f;: {count} champs alors que l&apos;en-tête en a {expected}.</translation>
    </message>
    <message>
        <source>Line {line}: a project without an id.</source>
        <translation>Ligne {line}&#x202f;: un projet sans identifiant.</translation>
    </message>
    <message>
        <source>Line {line}: the project {project} is listed twice.</source>
        <translation>Ligne {line}&#x202f;: le projet {project} figure deux fois.</translation>
    </message>
    <message>
        <source>The file has no {section} section.</source>
        <translation>Le fichier n&apos;a pas de section {section}.</translation>
    </message>
    <message>
        <source>META has no budget.</source>
        <translation>META n&apos;indique pas de budget.</translation>
    </message>
    <message>
        <source>Vote type {value} is not supported: only approval and cumulative are.</source>
        <translation>Le type de vote {value} n&apos;est pas pris en charge&#x202f;: seuls approval et cumulative le sont.</translation>
    </message>
    <message>
        <source>Ballot {ballot}: {projects} projects but {points} numbers of points.</source>
        <translation>Bulletin {ballot}&#x202f;: {projects} projets mais {points} nombres de points.</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Something went wrong. Please try again, or ask someone at the desk.</source>
        <translation>Un problème est survenu. Réessayez, ou demandez à l&apos;accueil.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Proposed</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <source>Supported by enough members</source>
        <translation>Soutenu par assez de sociétaires</translation>
    </message>
    <message>
        <source>Accepted by the body</source>
        <translation>Accepté par l&apos;instance</translation>
    </message>
    <message>
        <source>On a meeting&apos;s agenda</source>
        <translation>À l&apos;ordre du jour d&apos;une réunion</translation>
    </message>
    <message>
        <source>Discussed at the meeting</source>
        <translation>Discuté en réunion</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>It needs the names of more members before it goes further.</source>
        <translation>Il lui faut les noms d&apos;autres sociétaires pour aller plus loin.</translation>
    </message>
    <message>
        <source>It has gone to the body&apos;s secretary, who will answer.</source>
        <translation>Il est parti chez le ou la secrétaire de l&apos;instance, qui répondra.</translation>
    </message>
    <message>
        <source>The body will put it on one of its meetings.</source>
        <translation>L&apos;instance le mettra à l&apos;une de ses réunions.</translation>
    </message>
    <message>
        <source>It will be discussed at the meeting shown below.</source>
        <translation>On en parlera à la réunion indiquée plus bas.</translation>
    </message>
    <message>
        <source>The body has discussed it: its answer is below.</source>
        <translation>L&apos;instance en a parlé&#x202f;: sa réponse est plus bas.</translation>
    </message>
    <message>
        <source>The body will not take it up: its answer is below.</source>
        <translation>L&apos;instance ne le retient pas&#x202f;: sa réponse est plus bas.</translation>
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
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Contraste</translation>
    </message>
</context>
<context>
    <name>Topic</name>
    <message>
        <source>Governance</source>
        <translation>Gouvernance</translation>
    </message>
    <message>
        <source>Local budget</source>
        <translation>Budget local</translation>
    </message>
    <message>
        <source>Skill sharing</source>
        <translation>Partage de compétences</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Collective struggles</source>
        <translation>Luttes collectives</translation>
    </message>
</context>
<context>
    <name>TravelAidScreen</name>
    <message>
        <source>Help with travel costs</source>
        <translation>Aide aux frais de déplacement</translation>
    </message>
    <message>
        <source>{name}, your travel to a meeting</source>
        <translation>{name}, votre déplacement vers une réunion</translation>
    </message>
    <message>
        <source>The cooperative can pay part of your travel to a national or international meeting. Ask here; the answer comes within a few days. Scan your badge again to see it.</source>
        <translation>La coopérative peut payer une partie de votre trajet vers une réunion nationale ou internationale. Demandez ici&#x202f;; la réponse arrive en quelques jours. Scannez à nouveau votre badge pour la voir.</translation>
    </message>
    <message>
        <source>Scan your badge to ask for help or to see your requests.</source>
        <translation>Scannez votre badge pour demander une aide ou voir vos demandes.</translation>
    </message>
    <message>
        <source>Members of the cooperative can do this.</source>
        <translation>Les membres de la coopérative peuvent le faire.</translation>
    </message>
    <message>
        <source>Your requests</source>
        <translation>Vos demandes</translation>
    </message>
    <message>
        <source>You have not asked for travel aid yet.</source>
        <translation>Vous n&apos;avez pas encore demandé d&apos;aide au déplacement.</translation>
    </message>
    <message>
        <source>A new request</source>
        <translation>Une nouvelle demande</translation>
    </message>
    <message>
        <source>Which meeting?</source>
        <translation>Quelle réunion&#x202f;?</translation>
    </message>
    <message>
        <source>The meeting&apos;s name, where and when</source>
        <translation>Le nom de la réunion, où et quand</translation>
    </message>
    <message>
        <source>From where do you leave?</source>
        <translation>D&apos;où partez-vous&#x202f;?</translation>
    </message>
    <message>
        <source>For example: Rennes</source>
        <translation>Par exemple&#x202f;: Rennes</translation>
    </message>
    <message>
        <source>Estimated cost of the trip, in euros</source>
        <translation>Coût estimé du trajet, en euros</translation>
    </message>
    <message>
        <source>A few words (optional)</source>
        <translation>Quelques mots (facultatif)</translation>
    </message>
    <message>
        <source>Send my request</source>
        <translation>Envoyer ma demande</translation>
    </message>
    <message>
        <source>From {place}, about {cost}. {status}</source>
        <translation>Depuis {place}, environ {cost}. {status}</translation>
    </message>
    <message>
        <source>The answer: {answer}</source>
        <translation>La réponse&#x202f;: {answer}</translation>
    </message>
    <message>
        <source>Waiting for an answer.</source>
        <translation>En attente d&apos;une réponse.</translation>
    </message>
    <message>
        <source>Granted.</source>
        <translation>Accordée.</translation>
    </message>
    <message>
        <source>Not granted.</source>
        <translation>Pas accordée.</translation>
    </message>
    <message>
        <source>Another meeting</source>
        <translation>Une autre réunion</translation>
    </message>
    <message>
        <source>Choose a meeting or write its name.</source>
        <translation>Choisissez une réunion ou écrivez son nom.</translation>
    </message>
    <message>
        <source>Your request is sent. The answer will show here.</source>
        <translation>Votre demande est envoyée. La réponse s&apos;affichera ici.</translation>
    </message>
</context>
<context>
    <name>VoteChoice</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>Abstention</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Nul</translation>
    </message>
</context>
<context>
    <name>VoteGrade</name>
    <message>
        <source>Reject</source>
        <translation>À rejeter</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>Insuffisant</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Passable</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bien</translation>
    </message>
    <message>
        <source>Very good</source>
        <translation>Très bien</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>Excellent</translation>
    </message>
</context>
<context>
    <name>VoteLevel</name>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Consultation — advisory</source>
        <translation>Consultation — avis consultatif</translation>
    </message>
    <message>
        <source>Concertation</source>
        <translation>Concertation</translation>
    </message>
    <message>
        <source>Co-decision — binding</source>
        <translation>Codécision — engageante</translation>
    </message>
</context>
<context>
    <name>VoteStatus</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
</context>
<context>
    <name>VoteTemplate</name>
    <message>
        <source>Statute change (⅔)</source>
        <translation>Modification des statuts (⅔)</translation>
    </message>
    <message>
        <source>Board decision</source>
        <translation>Décision du conseil</translation>
    </message>
    <message>
        <source>Participatory budget</source>
        <translation>Budget participatif</translation>
    </message>
    <message>
        <source>Consultation (judgment)</source>
        <translation>Consultation (jugement)</translation>
    </message>
    <message>
        <source>Consent round</source>
        <translation>Tour de consentement</translation>
    </message>
</context>
<context>
    <name>Voting</name>
    <message>
        <source>Ledger entry {seq} is missing or out of place (found {found}).</source>
        <translation>L&apos;entrée {seq} du registre manque ou n&apos;est pas à sa place (trouvé {found}).</translation>
    </message>
    <message>
        <source>Ledger entry {seq} does not follow the one before it.</source>
        <translation>L&apos;entrée {seq} du registre ne suit pas la précédente.</translation>
    </message>
    <message>
        <source>Ledger entry {seq} ({kind}) was altered: its hash differs.</source>
        <translation>L&apos;entrée {seq} du registre ({kind}) a été modifiée&#x202f;: son empreinte diffère.</translation>
    </message>
    <message>
        <source>{voted} of {present} present have voted</source>
        <translation>{voted} des {present} présents ont voté</translation>
    </message>
    <message>
        <source>Not a vote id: {value}.</source>
        <translation>Pas un identifiant de vote&#x202f;: {value}.</translation>
    </message>
    <message>
        <source>The picture of {option} must be a file name, relative to {path}.</source>
        <translation>L&apos;image de {option} doit être un nom de fichier, relatif à {path}.</translation>
    </message>
    <message>
        <source>Cannot read the vote in {path}: {reason}.</source>
        <translation>Impossible de lire le vote dans {path}&#x202f;: {reason}.</translation>
    </message>
    <message>
        <source>The countdown is 1 to {maximum} minutes.</source>
        <translation>Le compte à rebours dure de 1 à {maximum} minutes.</translation>
    </message>
    <message>
        <source>The vote is not open yet: open it first (antenne vote open).</source>
        <translation>Le vote n&apos;est pas encore ouvert&#x202f;: ouvrez-le d&apos;abord (antenne vote open).</translation>
    </message>
    <message>
        <source>The vote is closed: it takes no more ballots.</source>
        <translation>Le vote est clos&#x202f;: il n&apos;accepte plus de bulletins.</translation>
    </message>
    <message>
        <source>A vote must be a JSON object.</source>
        <translation>Un vote doit être un objet JSON.</translation>
    </message>
    <message>
        <source>A vote needs a title.</source>
        <translation>Un vote a besoin d&apos;un titre.</translation>
    </message>
    <message>
        <source>Unknown method {method}.</source>
        <translation>Méthode inconnue&#x202f;: {method}.</translation>
    </message>
    <message>
        <source>Unknown participation level {level}: information, consultation, concertation or codecision.</source>
        <translation>Niveau de participation inconnu {level}&#x202f;: information, consultation, concertation ou codecision.</translation>
    </message>
    <message>
        <source>Name the channels: kiosk, phone, analog.</source>
        <translation>Nommez les canaux&#x202f;: kiosk, phone, analog.</translation>
    </message>
    <message>
        <source>Unknown channel {channel}: kiosk, phone or analog.</source>
        <translation>Canal inconnu {channel}&#x202f;: kiosk, phone ou analog.</translation>
    </message>
    <message>
        <source>Say whether the vote is secret: true or false.</source>
        <translation>Indiquez si le vote est secret&#x202f;: true ou false.</translation>
    </message>
    <message>
        <source>The title is too long: at most {limit} characters.</source>
        <translation>Le titre est trop long&#x202f;: {limit} caractères au plus.</translation>
    </message>
    <message>
        <source>The question must be text of at most {limit} characters.</source>
        <translation>La question doit être un texte de {limit} caractères au plus.</translation>
    </message>
    <message>
        <source>No governance body is called {body}.</source>
        <translation>Aucun organe ne s&apos;appelle {body}.</translation>
    </message>
    <message>
        <source>The name of an option is too long: at most {limit} characters.</source>
        <translation>Le nom d&apos;une option est trop long&#x202f;: {limit} caractères au plus.</translation>
    </message>
    <message>
        <source>Unknown template {name}.</source>
        <translation>Modèle inconnu&#x202f;: {name}.</translation>
    </message>
    <message>
        <source>The vote needs its options.</source>
        <translation>Le vote a besoin de ses options.</translation>
    </message>
    <message>
        <source>Every option needs a label.</source>
        <translation>Chaque option a besoin d&apos;un libellé.</translation>
    </message>
    <message>
        <source>The cost of {option} must be a whole number.</source>
        <translation>Le coût de {option} doit être un nombre entier.</translation>
    </message>
    <message>
        <source>Every project needs a cost.</source>
        <translation>Chaque projet a besoin d&apos;un coût.</translation>
    </message>
    <message>
        <source>The description of {option} must be text.</source>
        <translation>La description de {option} doit être du texte.</translation>
    </message>
    <message>
        <source>The description of {option} is too long: at most {limit} characters.</source>
        <translation>La description de {option} est trop longue&#x202f;: {limit} caractères au plus.</translation>
    </message>
    <message>
        <source>The picture of {option} must be a picture file.</source>
        <translation>L&apos;image de {option} doit être un fichier image.</translation>
    </message>
    <message>
        <source>Unknown eligibility {value}: {choices}.</source>
        <translation>Droit de vote inconnu {value}&#x202f;: {choices}.</translation>
    </message>
    <message>
        <source>This vote does not exist.</source>
        <translation>Ce vote n&apos;existe pas.</translation>
    </message>
    <message>
        <source>This option does not exist.</source>
        <translation>Cette option n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The vote is {status}: this cannot be done now.</source>
        <translation>Le vote est à l&apos;état {status}&#x202f;: ce n&apos;est pas possible maintenant.</translation>
    </message>
    <message>
        <source>The vote is not closed yet: no results.</source>
        <translation>Le vote n&apos;est pas encore clos&#x202f;: pas de résultats.</translation>
    </message>
    <message>
        <source>This person is not known here.</source>
        <translation>Cette personne n&apos;est pas connue ici.</translation>
    </message>
    <message>
        <source>{name} cannot vote: only shareholders vote on this decision.</source>
        <translation>{name} ne peut pas voter&#x202f;: seuls les sociétaires votent sur cette décision.</translation>
    </message>
    <message>
        <source>{name} cannot vote: only members vote on this decision.</source>
        <translation>{name} ne peut pas voter&#x202f;: seuls les membres votent sur cette décision.</translation>
    </message>
    <message>
        <source>A weight is a whole number of at least 1.</source>
        <translation>Un poids est un nombre entier d&apos;au moins 1.</translation>
    </message>
    <message>
        <source>Nobody can hold their own proxy.</source>
        <translation>Personne ne peut détenir sa propre procuration.</translation>
    </message>
    <message>
        <source>{name} must be present to hold a proxy.</source>
        <translation>{name} doit être présent·e pour détenir une procuration.</translation>
    </message>
    <message>
        <source>{name} is present and votes in person.</source>
        <translation>{name} est présent·e et vote en personne.</translation>
    </message>
    <message>
        <source>{name} has already given a proxy for this vote.</source>
        <translation>{name} a déjà donné procuration pour ce vote.</translation>
    </message>
    <message>
        <source>{name} already holds {held} proxies; the rules allow {cap}.</source>
        <translation>{name} détient déjà {held} procurations&#x202f;; les règles en permettent {cap}.</translation>
    </message>
    <message>
        <source>{name} has already voted.</source>
        <translation>{name} a déjà voté.</translation>
    </message>
    <message>
        <source>{name} has given no proxy for this vote.</source>
        <translation>{name} n&apos;a pas donné de procuration pour ce vote.</translation>
    </message>
    <message>
        <source>{holder} has already voted with the proxy of {name}: it can no longer be revoked.</source>
        <translation>{holder} a déjà voté avec la procuration de {name}&#x202f;: elle ne peut plus être révoquée.</translation>
    </message>
    <message>
        <source>An objection can be at most {maximum} characters long.</source>
        <translation>Une objection tient en {maximum} caractères au plus.</translation>
    </message>
    <message>
        <source>{name}, please sign in at the door first (roll call).</source>
        <translation>{name}, signalez d&apos;abord votre présence à l&apos;entrée (appel).</translation>
    </message>
    <message>
        <source>{name}, you have already voted.</source>
        <translation>{name}, vous avez déjà voté.</translation>
    </message>
    <message>
        <source>This person is not on the voter roll.</source>
        <translation>Cette personne n&apos;est pas sur la liste électorale.</translation>
    </message>
    <message>
        <source>This vote has already been cast.</source>
        <translation>Ce vote a déjà été exprimé.</translation>
    </message>
    <message>
        <source>Please sign in at the door first (roll call).</source>
        <translation>Signalez d&apos;abord votre présence à l&apos;entrée (appel).</translation>
    </message>
    <message>
        <source>There is no such proxy.</source>
        <translation>Cette procuration n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The member who gave this proxy is here and votes in person.</source>
        <translation>La personne qui a donné cette procuration est là et vote elle-même.</translation>
    </message>
    <message>
        <source>No answer to record.</source>
        <translation>Aucune réponse à enregistrer.</translation>
    </message>
    <message>
        <source>Ask for 1 to {maximum} codes.</source>
        <translation>Demandez de 1 à {maximum} codes.</translation>
    </message>
    <message>
        <source>A weighted vote is cast at the booth.</source>
        <translation>Un vote pondéré se fait à l&apos;isoloir.</translation>
    </message>
    <message>
        <source>This vote does not use this channel.</source>
        <translation>Ce vote n&apos;utilise pas ce canal.</translation>
    </message>
    <message>
        <source>This code is not valid.</source>
        <translation>Ce code n&apos;est pas valable.</translation>
    </message>
    <message>
        <source>This vote is not secret: each phone code belongs to the person whose badge was scanned at the booth. Codes printed on slips cannot be used.</source>
        <translation>Ce vote n&apos;est pas secret&#x202f;: chaque code téléphone appartient à la personne dont le badge a été scanné à l&apos;isoloir. Les codes imprimés sur des bulletins ne peuvent pas servir.</translation>
    </message>
    <message>
        <source>By a show of hands, a named vote records each person&apos;s yes, no or abstain: it works for a motion only. Use the booth or phones for this kind of vote.</source>
        <translation>À main levée, un vote nominatif note le oui, le non ou l&apos;abstention de chaque personne&#x202f;: cela ne vaut que pour une motion. Pour ce type de vote, utilisez l&apos;isoloir ou les téléphones.</translation>
    </message>
    <message>
        <source>A named vote is not counted: record each person&apos;s answer as their name is called.</source>
        <translation>Un vote nominatif ne se compte pas&#x202f;: notez la réponse de chaque personne à l&apos;appel de son nom.</translation>
    </message>
    <message>
        <source>A secret vote is never recorded by name: count the hands instead.</source>
        <translation>Un vote secret n&apos;est jamais noté nom par nom&#x202f;: comptez plutôt les mains levées.</translation>
    </message>
    <message>
        <source>This code has already been used.</source>
        <translation>Ce code a déjà servi.</translation>
    </message>
    <message>
        <source>The vote is closed: no more ballots.</source>
        <translation>Le vote est clos&#x202f;: plus de bulletins.</translation>
    </message>
    <message>
        <source>A show of hands cannot count this kind of vote.</source>
        <translation>Des mains levées ne peuvent pas compter ce type de vote.</translation>
    </message>
    <message>
        <source>Counted hands cannot be shared out by equal shares: use the booth or phones.</source>
        <translation>Des mains comptées ne se répartissent pas par parts égales&#x202f;: utilisez l&apos;isoloir ou les téléphones.</translation>
    </message>
    <message>
        <source>Counts are whole numbers of at least 0.</source>
        <translation>Les comptes sont des nombres entiers d&apos;au moins 0.</translation>
    </message>
    <message>
        <source>{cast} votes cast, but {valid} valid + {invalid} invalid + {blank} blank make {total}.</source>
        <translation>{cast} votes exprimés, mais {valid} valables + {invalid} nuls + {blank} blancs font {total}.</translation>
    </message>
    <message>
        <source>{option} is not one of the choices.</source>
        <translation>{option} ne fait pas partie des choix.</translation>
    </message>
    <message>
        <source>Give {option} one count per grade ({grades} numbers).</source>
        <translation>Donnez pour {option} un compte par mention ({grades} nombres).</translation>
    </message>
    <message>
        <source>{option} has {count} votes, more than the {valid} valid ones.</source>
        <translation>{option} a {count} voix, plus que les {valid} votes valables.</translation>
    </message>
    <message>
        <source>The choices add up to {total}, but {valid} votes are valid.</source>
        <translation>Les choix font {total} au total, mais {valid} votes sont valables.</translation>
    </message>
    <message>
        <source>{cast} votes cast by hand, {others} counted before and {electronic} at the booth or by phone: more than the {room} votes present.</source>
        <translation>{cast} votes à main levée, {others} comptés avant et {electronic} à l&apos;isoloir ou par téléphone&#x202f;: plus que les {room} voix présentes.</translation>
    </message>
    <message>
        <source>Say why the count is corrected.</source>
        <translation>Dites pourquoi le comptage est corrigé.</translation>
    </message>
    <message>
        <source>This count was already replaced.</source>
        <translation>Ce comptage a déjà été remplacé.</translation>
    </message>
    <message>
        <source>The vote&apos;s title differs from the one sealed when it opened.</source>
        <translation>Le titre du vote diffère de celui scellé à son ouverture.</translation>
    </message>
    <message>
        <source>The vote&apos;s question differs from the one sealed when it opened.</source>
        <translation>La question du vote diffère de celle scellée à son ouverture.</translation>
    </message>
    <message>
        <source>The vote&apos;s language differs from the one sealed when it opened.</source>
        <translation>La langue du vote diffère de celle scellée à son ouverture.</translation>
    </message>
    <message>
        <source>The vote&apos;s title or question in another language differs from the one sealed when it opened.</source>
        <translation>Le titre ou la question du vote dans une autre langue diffère de celui scellé à l&apos;ouverture.</translation>
    </message>
    <message>
        <source>The voting method differs from the one sealed when the vote opened.</source>
        <translation>La méthode de vote diffère de celle scellée à l&apos;ouverture du vote.</translation>
    </message>
    <message>
        <source>The participation level differs from the one sealed when the vote opened.</source>
        <translation>Le niveau de participation diffère de celui scellé à l&apos;ouverture du vote.</translation>
    </message>
    <message>
        <source>The ways to vote (channels) differ from those sealed when the vote opened.</source>
        <translation>Les façons de voter (canaux) diffèrent de celles scellées à l&apos;ouverture du vote.</translation>
    </message>
    <message>
        <source>Whether the vote is secret differs from what was sealed when it opened.</source>
        <translation>Le caractère secret du vote diffère de ce qui a été scellé à son ouverture.</translation>
    </message>
    <message>
        <source>The body that votes, or its name, differs from the one sealed when it opened.</source>
        <translation>L&apos;organe qui vote, ou son nom, diffère de celui scellé à l&apos;ouverture.</translation>
    </message>
    <message>
        <source>The vote&apos;s opening time differs from the one sealed when it opened.</source>
        <translation>L&apos;heure d&apos;ouverture du vote diffère de celle scellée à son ouverture.</translation>
    </message>
    <message>
        <source>The vote&apos;s deadline differs from the one sealed when it opened.</source>
        <translation>L&apos;heure limite du vote diffère de celle scellée à son ouverture.</translation>
    </message>
    <message>
        <source>The vote has {count} options; {sealed} were sealed when it opened.</source>
        <translation>Le vote compte {count} options&#x202f;; {sealed} ont été scellées à son ouverture.</translation>
    </message>
    <message>
        <source>Option {number} ({sealed}) was moved since the vote opened.</source>
        <translation>L&apos;option {number} ({sealed}) a été déplacée depuis l&apos;ouverture du vote.</translation>
    </message>
    <message>
        <source>The name of option {number} differs from the one sealed ({sealed}).</source>
        <translation>Le nom de l&apos;option {number} diffère de celui scellé ({sealed}).</translation>
    </message>
    <message>
        <source>The description of option {number} ({sealed}) differs from the one sealed.</source>
        <translation>La description de l&apos;option {number} ({sealed}) diffère de celle scellée.</translation>
    </message>
    <message>
        <source>The name or description of option {number} ({sealed}) in another language differs from the one sealed.</source>
        <translation>Le nom ou la description de l&apos;option {number} ({sealed}) dans une autre langue diffère de celui scellé.</translation>
    </message>
    <message>
        <source>The cost of option {number} ({sealed}) differs from the one sealed.</source>
        <translation>Le coût de l&apos;option {number} ({sealed}) diffère de celui scellé.</translation>
    </message>
    <message>
        <source>The picture of option {number} ({sealed}) differs from the one sealed.</source>
        <translation>L&apos;image de l&apos;option {number} ({sealed}) diffère de celle scellée.</translation>
    </message>
    <message>
        <source>The majority required differs from the one sealed when the vote opened.</source>
        <translation>La majorité requise diffère de celle scellée à l&apos;ouverture du vote.</translation>
    </message>
    <message>
        <source>The base of the majority differs from the one sealed when the vote opened.</source>
        <translation>La base de calcul de la majorité diffère de celle scellée à l&apos;ouverture du vote.</translation>
    </message>
    <message>
        <source>The quorum differs from the one sealed when the vote opened.</source>
        <translation>Le quorum diffère de celui scellé à l&apos;ouverture du vote.</translation>
    </message>
    <message>
        <source>The budget differs from the one sealed when the vote opened.</source>
        <translation>Le budget diffère de celui scellé à l&apos;ouverture du vote.</translation>
    </message>
    <message>
        <source>The budget&apos;s counting rule differs from the one sealed when the vote opened.</source>
        <translation>La règle de calcul du budget diffère de celle scellée à l&apos;ouverture du vote.</translation>
    </message>
    <message>
        <source>The rule “{rule}” differs from the one sealed when the vote opened.</source>
        <translation>La règle «&#x202f;{rule}&#x202f;» diffère de celle scellée à l&apos;ouverture du vote.</translation>
    </message>
    <message>
        <source>The vote&apos;s closing time differs from the one sealed at close.</source>
        <translation>L&apos;heure de clôture du vote diffère de celle scellée à la clôture.</translation>
    </message>
    <message>
        <source>Entitled to vote: {now}; {sealed} were sealed at close.</source>
        <translation>Ayant droit de vote&#x202f;: {now}&#x202f;; {sealed} scellés à la clôture.</translation>
    </message>
    <message>
        <source>Present: {now}; {sealed} were sealed at close.</source>
        <translation>Présents&#x202f;: {now}&#x202f;; {sealed} scellés à la clôture.</translation>
    </message>
    <message>
        <source>Represented by proxy: {now}; {sealed} were sealed at close.</source>
        <translation>Représentés par procuration&#x202f;: {now}&#x202f;; {sealed} scellés à la clôture.</translation>
    </message>
    <message>
        <source>Voted: {now}; {sealed} were sealed at close.</source>
        <translation>Votants&#x202f;: {now}&#x202f;; {sealed} scellés à la clôture.</translation>
    </message>
    <message>
        <source>Votes by channel: {now}; {sealed} were sealed at close.</source>
        <translation>Votes par canal&#x202f;: {now}&#x202f;; {sealed} scellés à la clôture.</translation>
    </message>
    <message>
        <source>The voter roll holds {now} people; {sealed} were sealed at close.</source>
        <translation>La liste des votants compte {now} personnes&#x202f;; {sealed} ont été scellées à la clôture.</translation>
    </message>
    <message>
        <source>The voter roll says {now} people voted; {sealed} were sealed at close.</source>
        <translation>La liste des votants dit que {now} personnes ont voté&#x202f;; {sealed} ont été scellées à la clôture.</translation>
    </message>
    <message>
        <source>Proxies: {now}; {sealed} were sealed at close.</source>
        <translation>Procurations&#x202f;: {now}&#x202f;; {sealed} scellées à la clôture.</translation>
    </message>
    <message>
        <source>Phone codes issued: {now}; {sealed} were sealed at close.</source>
        <translation>Codes pour téléphone émis&#x202f;: {now}&#x202f;; {sealed} scellés à la clôture.</translation>
    </message>
    <message>
        <source>Phone codes used: {now}; {sealed} were sealed at close.</source>
        <translation>Codes pour téléphone utilisés&#x202f;: {now}&#x202f;; {sealed} scellés à la clôture.</translation>
    </message>
    <message>
        <source>The counts of hands or paper differ from those sealed at close.</source>
        <translation>Les décomptes à main levée ou sur papier diffèrent de ceux scellés à la clôture.</translation>
    </message>
    <message>
        <source>The ledger does not record the close.</source>
        <translation>Le registre n&apos;enregistre pas la clôture.</translation>
    </message>
    <message>
        <source>The vote is marked {status}; its ledger says {sealed}.</source>
        <translation>Le vote est marqué {status}&#x202f;; son registre dit {sealed}.</translation>
    </message>
    <message>
        <source>Whether the results were revealed differs from what the ledger says.</source>
        <translation>Le fait que les résultats aient été dévoilés diffère de ce que dit le registre.</translation>
    </message>
    <message>
        <source>The box holds {count} ballots; {sealed} were sealed at close.</source>
        <translation>L&apos;urne contient {count} bulletins&#x202f;; {sealed} ont été scellés à la clôture.</translation>
    </message>
    <message>
        <source>The ballot box differs from the one sealed at close: a ballot was added, removed or altered.</source>
        <translation>L&apos;urne diffère de celle scellée à la clôture&#x202f;: un bulletin a été ajouté, retiré ou modifié.</translation>
    </message>
    <message>
        <source>The ledger records {events} ballots cast; the box holds {count}.</source>
        <translation>Le registre compte {events} bulletins déposés&#x202f;; l&apos;urne en contient {count}.</translation>
    </message>
    <message>
        <source>Counting the box again gives other results.</source>
        <translation>Recompter l&apos;urne donne d&apos;autres résultats.</translation>
    </message>
    <message>
        <source>The named ballots differ from the ballot box: a choice was added, removed or altered.</source>
        <translation>Les votes nominatifs diffèrent de l&apos;urne&#x202f;: un choix a été ajouté, retiré ou modifié.</translation>
    </message>
    <message>
        <source>The kept results differ from those in the ledger.</source>
        <translation>Les résultats conservés diffèrent de ceux du registre.</translation>
    </message>
    <message>
        <source>The phone ballot page cannot be served on {host}:{port} ({reason}).</source>
        <translation>La page de vote par téléphone ne peut pas être servie sur {host}:{port} ({reason}).</translation>
    </message>
    <message>
        <source>This file is not a picture the kiosk can show (JPEG, PNG, WebP, GIF or BMP).</source>
        <translation>Ce fichier n&apos;est pas une image que la borne peut afficher (JPEG, PNG, WebP, GIF ou BMP).</translation>
    </message>
    <message>
        <source>This picture is too large ({size} MB): at most {limit} MB, please.</source>
        <translation>Cette image est trop lourde ({size} Mo)&#x202f;: {limit} Mo au plus, s&apos;il vous plaît.</translation>
    </message>
    <message>
        <source>This picture is too large ({width} × {height} pixels): please make it smaller.</source>
        <translation>Cette image est trop grande ({width} × {height} pixels)&#x202f;: réduisez-la, s&apos;il vous plaît.</translation>
    </message>
    <message>
        <source>Cannot read the picture {path}: {reason}.</source>
        <translation>Impossible de lire l&apos;image {path}&#x202f;: {reason}.</translation>
    </message>
    <message>
        <source>The translations must be texts per language: fr, nl or en.</source>
        <translation>Les traductions doivent être des textes par langue&#x202f;: fr, nl ou en.</translation>
    </message>
    <message>
        <source>Unknown language {language}: fr, nl or en.</source>
        <translation>Langue inconnue {language}&#x202f;: fr, nl ou en.</translation>
    </message>
    <message>
        <source>The texts in {language} are the vote&apos;s own: they are not a translation.</source>
        <translation>Les textes en {language} sont ceux du vote&#x202f;: ce n&apos;est pas une traduction.</translation>
    </message>
    <message>
        <source>The {language} translation of {what} must be text.</source>
        <translation>La traduction {language} de {what} doit être un texte.</translation>
    </message>
    <message>
        <source>The {language} translation of {what} is too long: at most {limit} characters.</source>
        <translation>La traduction {language} de {what} est trop longue&#x202f;: {limit} caractères au plus.</translation>
    </message>
</context>
<context>
    <name>WelcomeDoneScreen</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>You are checked in, {name}. Welcome!</source>
        <translation>Votre arrivée est notée, {name}. Bienvenue&#x202f;!</translation>
    </message>
    <message>
        <source>You are checked in. Welcome!</source>
        <translation>Votre arrivée est notée. Bienvenue&#x202f;!</translation>
    </message>
    <message>
        <source>Your badge is being printed…</source>
        <translation>Votre badge est en cours d&apos;impression…</translation>
    </message>
    <message>
        <source>Take your badge from the printer.</source>
        <translation>Prenez votre badge à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>The code is hidden now, so that nobody else can use it.</source>
        <translation>Le code est maintenant caché, pour que personne d&apos;autre ne puisse s&apos;en servir.</translation>
    </message>
    <message>
        <source>Photograph this code: it works like your badge today.</source>
        <translation>Prenez ce code en photo&#x202f;: il fonctionne comme votre badge aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>My journey</source>
        <translation>Mon parcours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Welcome to the antenne!</source>
        <translation>Bienvenue à l&apos;antenne&#x202f;!</translation>
    </message>
    <message>
        <source>Leaving? Scan your badge to check out.</source>
        <translation>Vous partez&#x202f;? Scannez votre badge pour signaler votre départ.</translation>
    </message>
    <message>
        <source>Have a badge? Scan it now to check in.</source>
        <translation>Vous avez un badge&#x202f;? Scannez-le pour signaler votre arrivée.</translation>
    </message>
    <message>
        <source>Hold it flat against the reader under the screen.</source>
        <translation>Posez-le à plat sur le lecteur, sous l’écran.</translation>
    </message>
    <message>
        <source>A badge held against the reader under the screen</source>
        <translation>Un badge posé sur le lecteur, sous l’écran</translation>
    </message>
    <message>
        <source>I am a member: find my name</source>
        <translation>Je suis membre&#x202f;: trouver mon nom</translation>
    </message>
    <message>
        <source>First visit? Register</source>
        <translation>Première visite&#x202f;? Inscription</translation>
    </message>
    <message>
        <source>I am leaving</source>
        <translation>Je pars</translation>
    </message>
    <message>
        <source>Goodbye {name}, see you soon!</source>
        <translation>Au revoir {name}, à bientôt&#x202f;!</translation>
    </message>
    <message>
        <source>{name}, you had not checked in today. See you soon!</source>
        <translation>{name}, votre arrivée n&apos;avait pas été notée aujourd&apos;hui. À bientôt&#x202f;!</translation>
    </message>
</context>
<context>
    <name>WhosHereScreen</name>
    <message>
        <source>Who is here today</source>
        <translation>Qui est là aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) here today</source>
        <translation>
            <numerusform>%Ln personne là aujourd&apos;hui</numerusform>
            <numerusform>%Ln personnes là aujourd&apos;hui</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody has checked in yet today.</source>
        <translation>Personne n&apos;est encore arrivé aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>People appear here when they check in at the welcome kiosk.</source>
        <translation>Les personnes apparaissent ici quand elles arrivent au kiosque d&apos;accueil.</translation>
    </message>
    <message>
        <source>{name} {initial}. · {purpose} · since {time}</source>
        <translation>{name} {initial}. · {purpose} · depuis {time}</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>{name} is checked out.</source>
        <translation>Le départ de {name} est enregistré.</translation>
    </message>
</context>
<context>
    <name>_BodyBase</name>
    <message>
        <source>A body of the cooperative</source>
        <translation>Un organe de la coopérative</translation>
    </message>
</context>
</TS>
