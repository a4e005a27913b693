<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE" sourcelanguage="en_GB">
<context>
    <name>AccessibilityToggles</name>
    <message>
        <source>Larger text</source>
        <translation>Grotere tekst</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoog contrast</translation>
    </message>
</context>
<context>
    <name>Agenda</name>
    <message>
        <source>This person is no longer known.</source>
        <translation>Deze persoon is niet meer bekend.</translation>
    </message>
    <message>
        <source>Only members of the cooperative can do this. A facilitator can tell you how to become one.</source>
        <translation>Alleen leden van de coöperatie kunnen dit doen. Een begeleider kan je vertellen hoe je lid wordt.</translation>
    </message>
    <message>
        <source>This body is no longer known.</source>
        <translation>Dit orgaan is niet meer bekend.</translation>
    </message>
    <message>
        <source>This agenda item is no longer known.</source>
        <translation>Dit agendapunt is niet meer bekend.</translation>
    </message>
    <message>
        <source>The title is too long: at most {count} letters.</source>
        <translation>De titel is te lang: hoogstens {count} letters.</translation>
    </message>
    <message>
        <source>The title needs at least {count} letters.</source>
        <translation>De titel heeft minstens {count} letters nodig.</translation>
    </message>
    <message>
        <source>The explanation is too long: at most {count} letters.</source>
        <translation>De uitleg is te lang: hoogstens {count} letters.</translation>
    </message>
    <message>
        <source>{name}, you proposed this item: your name is already on it.</source>
        <translation>{name}, je stelde dit punt voor: je naam staat er al op.</translation>
    </message>
    <message>
        <source>The body has already answered this item: it needs no more names.</source>
        <translation>Het orgaan heeft dit punt al beantwoord: er zijn geen handtekeningen meer nodig.</translation>
    </message>
    <message>
        <source>{name}, you have already co-signed this item.</source>
        <translation>{name}, je hebt dit punt al mee ondertekend.</translation>
    </message>
    <message>
        <source>The meeting&apos;s name is too long: at most {count} letters.</source>
        <translation>De naam van de vergadering is te lang: hoogstens {count} letters.</translation>
    </message>
    <message>
        <source>The place you leave from is too long: at most {count} letters.</source>
        <translation>De vertrekplaats is te lang: hoogstens {count} letters.</translation>
    </message>
    <message>
        <source>Write the place you leave from: at least {count} letters.</source>
        <translation>Schrijf waar je vertrekt: minstens {count} letters.</translation>
    </message>
    <message>
        <source>Your few words are too long: at most {count} letters.</source>
        <translation>Je paar woorden zijn te lang: hoogstens {count} letters.</translation>
    </message>
    <message>
        <source>Choose a meeting or write its name.</source>
        <translation>Kies een vergadering of schrijf haar naam.</translation>
    </message>
    <message>
        <source>The estimated cost must be between 1 and {most} euros.</source>
        <translation>De geschatte kost moet tussen 1 en {most} euro liggen.</translation>
    </message>
    <message>
        <source>This meeting is no longer known.</source>
        <translation>Deze vergadering is niet meer bekend.</translation>
    </message>
</context>
<context>
    <name>AnalogScreen</name>
    <message>
        <source>Show of hands</source>
        <translation>Handopsteken</translation>
    </message>
    <message>
        <source>Votes cast</source>
        <translation>Uitgebrachte stemmen</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Geldig</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Ongeldig</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>Blanco</translation>
    </message>
    <message>
        <source>Why is the count corrected? (required)</source>
        <translation>Waarom wordt de telling verbeterd? (verplicht)</translation>
    </message>
    <message>
        <source>Save the correction</source>
        <translation>Verbetering opslaan</translation>
    </message>
    <message>
        <source>Save the count</source>
        <translation>Telling opslaan</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>{cast} cast, but valid + invalid + blank make {total}.</source>
        <translation>{cast} uitgebracht, maar geldig + ongeldig + blanco maakt {total}.</translation>
    </message>
    <message>
        <source>The totals agree.</source>
        <translation>De totalen kloppen.</translation>
    </message>
    <message>
        <source>= {total}</source>
        <translation>= {total}</translation>
    </message>
    <message>
        <source>{option} has {count} grades, more than the {valid} valid votes.</source>
        <translation>{option} heeft {count} beoordelingen, meer dan de {valid} geldige stemmen.</translation>
    </message>
    <message>
        <source>The count is saved.</source>
        <translation>De telling is opgeslagen.</translation>
    </message>
</context>
<context>
    <name>AttendanceScreen</name>
    <message>
        <source>Session lists</source>
        <translation>Deelnemerslijsten</translation>
    </message>
    <message>
        <source>Check people in</source>
        <translation>Deelnemers aanmelden</translation>
    </message>
    <message>
        <source>Who comes to the session</source>
        <translation>Wie komt naar de sessie</translation>
    </message>
    <message>
        <source>Sessions and series</source>
        <translation>Sessies en reeksen</translation>
    </message>
    <message>
        <source>Day before</source>
        <translation>Dag ervoor</translation>
    </message>
    <message>
        <source>Day after</source>
        <translation>Dag erna</translation>
    </message>
    <message>
        <source>No session this day.</source>
        <translation>Geen sessie op deze dag.</translation>
    </message>
    <message>
        <source>Why give a seat by hand? (kept in the log)</source>
        <translation>Waarom een plaats met de hand geven? (bewaard in het logboek)</translation>
    </message>
    <message>
        <source>For example: she is presenting her project</source>
        <translation>Bijvoorbeeld: ze stelt haar project voor</translation>
    </message>
    <message>
        <source>Record who did not come</source>
        <translation>Noteren wie niet kwam</translation>
    </message>
    <message>
        <source>Print the attendance sheet</source>
        <translation>Aanwezigheidslijst afdrukken</translation>
    </message>
    <message>
        <source>Save it as a spreadsheet</source>
        <translation>Opslaan als rekenblad (CSV)</translation>
    </message>
    <message>
        <source>{time} {title}</source>
        <translation>{time} {title}</translation>
    </message>
    <message>
        <source>{session} (cancelled)</source>
        <translation>{session} (geannuleerd)</translation>
    </message>
    <message>
        <source>Nobody has signed up yet.</source>
        <translation>Nog niemand ingeschreven.</translation>
    </message>
    <message>
        <source>{start}–{end}</source>
        <translation>{start}–{end}</translation>
    </message>
    <message>
        <source>no seat limit</source>
        <translation>geen plaatslimiet</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) left</source>
        <translation>
            <numerusform>nog %Ln plaats</numerusform>
            <numerusform>nog %Ln plaatsen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%Ln plaats</numerusform>
            <numerusform>%Ln plaatsen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%Ln wachtend</numerusform>
            <numerusform>%Ln wachtenden</numerusform>
        </translation>
    </message>
    <message>
        <source>free</source>
        <translation>gratis</translation>
    </message>
    <message>
        <source>{euros} € (paid at the desk)</source>
        <translation>€ {euros} (betaald aan het onthaal)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <source>waiting, number {n}</source>
        <translation>wacht, nummer {n}</translation>
    </message>
    <message>
        <source>seat offered, to confirm before {time}</source>
        <translation>plaats aangeboden, te bevestigen vóór {time}</translation>
    </message>
    <message>
        <source>has a seat</source>
        <translation>heeft een plaats</translation>
    </message>
    <message>
        <source>has a seat (to be confirmed by the hub)</source>
        <translation>heeft een plaats (nog te bevestigen door de server)</translation>
    </message>
    <message>
        <source>came</source>
        <translation>was er</translation>
    </message>
    <message>
        <source>did not come</source>
        <translation>kwam niet</translation>
    </message>
    <message>
        <source>session cancelled</source>
        <translation>sessie geannuleerd</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>betaald</translation>
    </message>
    <message>
        <source>not paid yet</source>
        <translation>nog niet betaald</translation>
    </message>
    <message numerus="yes">
        <source>missed %n session(s) lately</source>
        <translation>
            <numerusform>miste onlangs %Ln sessie</numerusform>
            <numerusform>miste onlangs %Ln sessies</numerusform>
        </translation>
    </message>
    <message>
        <source>Give a seat</source>
        <translation>Plaats geven</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <source>Paid at the desk</source>
        <translation>Betaald aan het onthaal</translation>
    </message>
    <message>
        <source>{name} is checked in.</source>
        <translation>{name} is aangemeld.</translation>
    </message>
    <message>
        <source>{name} has a seat now.</source>
        <translation>{name} heeft nu een plaats.</translation>
    </message>
    <message>
        <source>{name} paid at the desk.</source>
        <translation>{name} heeft betaald aan het onthaal.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) did not come: noted, only they and you see it.</source>
        <translation>
            <numerusform>%Ln persoon kwam niet: genoteerd, alleen die persoon en jij zien het.</numerusform>
            <numerusform>%Ln personen kwamen niet: genoteerd, alleen zij en jij zien het.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Bezig met afdrukken…</translation>
    </message>
    <message>
        <source>The attendance sheet is printing.</source>
        <translation>De aanwezigheidslijst wordt afgedrukt.</translation>
    </message>
    <message>
        <source>{problem} The sheet is kept as {file}.</source>
        <translation>{problem} De lijst is bewaard als {file}.</translation>
    </message>
    <message>
        <source>Saved as {file}.</source>
        <translation>Opgeslagen als {file}.</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Welcome</source>
        <translation>Welkom</translation>
    </message>
    <message>
        <source>Smart · antenna of {antenna}</source>
        <translation>Smart · antenne {antenna}</translation>
    </message>
    <message>
        <source>Touch the screen to start</source>
        <translation>Raak het scherm aan om te beginnen</translation>
    </message>
    <message>
        <source>A cooperative shared by its members</source>
        <translation>Een coöperatie van en voor haar leden</translation>
    </message>
    <message>
        <source>Welcome to Smart</source>
        <translation>Welkom bij Smart</translation>
    </message>
    <message>
        <source>Artists, technicians, trainers, craftspeople: here we work on our own, and decide together.</source>
        <translation>Kunstenaars, technici, opleiders, ambachtslui: hier werkt ieder voor zich, en beslissen we samen.</translation>
    </message>
    <message>
        <source>A story of the cooperative</source>
        <translation>Een verhaal van de coöperatie</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <source>entered facilitator mode</source>
        <translation>is de begeleidersmodus binnengegaan</translation>
    </message>
    <message>
        <source>wrong PIN</source>
        <translation>verkeerde pincode</translation>
    </message>
    <message>
        <source>facilitator mode locked (too many wrong PINs)</source>
        <translation>begeleidersmodus geblokkeerd (te veel verkeerde pincodes)</translation>
    </message>
    <message>
        <source>left facilitator mode</source>
        <translation>heeft de begeleidersmodus verlaten</translation>
    </message>
    <message>
        <source>changed the kiosk&apos;s default language</source>
        <translation>heeft de standaardtaal van de kiosk gewijzigd</translation>
    </message>
    <message>
        <source>facilitator account created</source>
        <translation>begeleidersaccount aangemaakt</translation>
    </message>
    <message>
        <source>printed a badge</source>
        <translation>heeft een badge afgedrukt</translation>
    </message>
    <message>
        <source>printed a new badge (the old one stopped)</source>
        <translation>heeft een nieuwe badge afgedrukt (de oude werkt niet meer)</translation>
    </message>
    <message>
        <source>stopped a lost badge</source>
        <translation>heeft een verloren badge geblokkeerd</translation>
    </message>
    <message>
        <source>printed a batch of badges</source>
        <translation>heeft een reeks badges afgedrukt</translation>
    </message>
    <message>
        <source>ticked a step of a member&apos;s journey</source>
        <translation>vinkte een stap van het traject van een lid aan</translation>
    </message>
    <message>
        <source>recorded a new shareholder</source>
        <translation>registreerde een nieuwe vennoot</translation>
    </message>
    <message>
        <source>retried the changes the sync had set aside</source>
        <translation>heeft de door de synchronisatie opzijgezette wijzigingen opnieuw geprobeerd</translation>
    </message>
    <message>
        <source>checked someone out</source>
        <translation>heeft een vertrek geregistreerd</translation>
    </message>
    <message>
        <source>exported the people who want a kind of news</source>
        <translation>heeft de mensen geëxporteerd die een soort nieuws willen</translation>
    </message>
    <message>
        <source>exported a person&apos;s data</source>
        <translation>heeft de gegevens van een persoon geëxporteerd</translation>
    </message>
    <message>
        <source>erased a person&apos;s data</source>
        <translation>heeft de gegevens van een persoon gewist</translation>
    </message>
    <message>
        <source>created a session</source>
        <translation>heeft een sessie aangemaakt</translation>
    </message>
    <message>
        <source>changed a session</source>
        <translation>heeft een sessie gewijzigd</translation>
    </message>
    <message>
        <source>cancelled a session</source>
        <translation>heeft een sessie geannuleerd</translation>
    </message>
    <message>
        <source>signed someone up for a session</source>
        <translation>heeft iemand ingeschreven voor een sessie</translation>
    </message>
    <message>
        <source>cancelled a sign-up</source>
        <translation>heeft een inschrijving geannuleerd</translation>
    </message>
    <message>
        <source>checked someone in at a session</source>
        <translation>heeft een aankomst bij een sessie geregistreerd</translation>
    </message>
    <message>
        <source>took a seat offered from the waiting list</source>
        <translation>heeft een plaats van de wachtlijst aangenomen</translation>
    </message>
    <message>
        <source>gave a seat to someone on the waiting list</source>
        <translation>heeft een plaats gegeven aan iemand op de wachtlijst</translation>
    </message>
    <message>
        <source>seats not taken in time went to the waiting list</source>
        <translation>plaatsen die niet op tijd bevestigd werden, gingen naar de wachtlijst</translation>
    </message>
    <message>
        <source>marked a place paid at the desk</source>
        <translation>heeft een plaats als betaald aan de balie genoteerd</translation>
    </message>
    <message>
        <source>recorded who did not come</source>
        <translation>heeft genoteerd wie niet kwam</translation>
    </message>
    <message>
        <source>offered to host a session</source>
        <translation>heeft aangeboden een sessie te begeleiden</translation>
    </message>
    <message>
        <source>accepted an offer to host a session</source>
        <translation>heeft een aanbod om een sessie te begeleiden aanvaard</translation>
    </message>
    <message>
        <source>posted on the skills board</source>
        <translation>heeft een bericht op het vaardighedenbord geplaatst</translation>
    </message>
    <message>
        <source>changed a post on the skills board</source>
        <translation>heeft een bericht op het vaardighedenbord gewijzigd</translation>
    </message>
    <message>
        <source>kept a post on the skills board</source>
        <translation>heeft een bericht op het vaardighedenbord behouden</translation>
    </message>
    <message>
        <source>removed a post from the skills board</source>
        <translation>heeft een bericht van het vaardighedenbord verwijderd</translation>
    </message>
    <message>
        <source>reported a post</source>
        <translation>heeft een bericht gemeld</translation>
    </message>
    <message>
        <source>hid a post</source>
        <translation>heeft een bericht verborgen</translation>
    </message>
    <message>
        <source>showed a hidden post again</source>
        <translation>heeft een verborgen bericht weer getoond</translation>
    </message>
    <message>
        <source>kept a reported post</source>
        <translation>heeft een gemeld bericht behouden</translation>
    </message>
    <message>
        <source>added a skill to a sector</source>
        <translation>heeft een vaardigheid aan een sector toegevoegd</translation>
    </message>
    <message>
        <source>asked for an introduction</source>
        <translation>heeft om een kennismaking gevraagd</translation>
    </message>
    <message>
        <source>accepted an introduction</source>
        <translation>heeft een kennismaking aanvaard</translation>
    </message>
    <message>
        <source>declined an introduction</source>
        <translation>heeft een kennismaking afgeslagen</translation>
    </message>
    <message>
        <source>proposed an agenda item</source>
        <translation>heeft een agendapunt voorgesteld</translation>
    </message>
    <message>
        <source>co-signed an agenda item</source>
        <translation>heeft een agendapunt mee ondertekend</translation>
    </message>
    <message>
        <source>asked for help with travel costs</source>
        <translation>heeft hulp bij reiskosten gevraagd</translation>
    </message>
    <message>
        <source>created a vote</source>
        <translation>heeft een stemming aangemaakt</translation>
    </message>
    <message>
        <source>opened a vote</source>
        <translation>heeft een stemming geopend</translation>
    </message>
    <message>
        <source>closed a vote</source>
        <translation>heeft een stemming gesloten</translation>
    </message>
    <message>
        <source>showed a vote&apos;s results</source>
        <translation>heeft de resultaten van een stemming getoond</translation>
    </message>
    <message>
        <source>published a vote&apos;s results</source>
        <translation>heeft de resultaten van een stemming gepubliceerd</translation>
    </message>
    <message>
        <source>marked someone present for a vote</source>
        <translation>heeft iemand als aanwezig genoteerd voor een stemming</translation>
    </message>
    <message>
        <source>recorded a proxy</source>
        <translation>heeft een volmacht geregistreerd</translation>
    </message>
    <message>
        <source>revoked a proxy</source>
        <translation>heeft een volmacht ingetrokken</translation>
    </message>
    <message>
        <source>recorded a named show of hands</source>
        <translation>heeft een hoofdelijke stemming bij handopsteking geregistreerd</translation>
    </message>
    <message>
        <source>entered a count of hands or paper ballots</source>
        <translation>heeft een telling van handen of papieren stembiljetten ingevoerd</translation>
    </message>
    <message>
        <source>printed voting slips</source>
        <translation>heeft stembriefjes afgedrukt</translation>
    </message>
    <message>
        <source>facilitator mode ended by itself (nobody touched it)</source>
        <translation>de begeleidersmodus sloot vanzelf (niemand raakte het scherm aan)</translation>
    </message>
    <message>
        <source>locked facilitator mode</source>
        <translation>heeft de begeleidersmodus vergrendeld</translation>
    </message>
    <message>
        <source>another action</source>
        <translation>een andere handeling</translation>
    </message>
</context>
<context>
    <name>BadgeLayout</name>
    <message>
        <source>label 62 × 100 mm</source>
        <translation>etiket 62 × 100 mm</translation>
    </message>
    <message>
        <source>label 54 × 101 mm</source>
        <translation>etiket 54 × 101 mm</translation>
    </message>
    <message>
        <source>card 85.6 × 54 mm</source>
        <translation>kaart 85,6 × 54 mm</translation>
    </message>
    <message>
        <source>A4 sheet of 8 badges</source>
        <translation>A4-vel met 8 badges</translation>
    </message>
</context>
<context>
    <name>BadgePreviewScreen</name>
    <message>
        <source>Badge preview</source>
        <translation>Voorbeeld van de badge</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>A specimen: the QR code of a real badge is made when it is printed.</source>
        <translation>Een voorbeeld: de QR-code van een echte badge wordt gemaakt bij het afdrukken.</translation>
    </message>
    <message>
        <source>No badge to show.</source>
        <translation>Geen badge om te tonen.</translation>
    </message>
    <message>
        <source>Choose a person first.</source>
        <translation>Kies eerst een persoon.</translation>
    </message>
    <message>
        <source>The badge of {name}, {layout}.</source>
        <translation>De badge van {name}, {layout}.</translation>
    </message>
</context>
<context>
    <name>BadgeRole</name>
    <message>
        <source>Member</source>
        <translation>Lid</translation>
    </message>
    <message>
        <source>Shareholder</source>
        <translation>Vennoot</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Bezoeker</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Begeleider</translation>
    </message>
</context>
<context>
    <name>Badges</name>
    <message>
        <source>Cannot write {path}: {error}</source>
        <translation>Kan {path} niet schrijven: {error}</translation>
    </message>
    <message>
        <source>There is no badge to print.</source>
        <translation>Er is geen badge om af te drukken.</translation>
    </message>
    <message>
        <source>{path} is not a text file (UTF-8).</source>
        <translation>{path} is geen tekstbestand (UTF-8).</translation>
    </message>
    <message>
        <source>Cannot read {path}: {error}</source>
        <translation>Kan {path} niet lezen: {error}</translation>
    </message>
    <message>
        <source>Line {line} of {path} is not a person id.</source>
        <translation>Regel {line} van {path} is geen persoons-id.</translation>
    </message>
    <message>
        <source>This is not an Antenne badge, or it was misread. Scan it again.</source>
        <translation>Dit is geen Antenne-badge, of hij werd slecht gelezen. Scan hem opnieuw.</translation>
    </message>
    <message>
        <source>This badge is not recognised here. Ask at the welcome desk for a new one.</source>
        <translation>Deze badge wordt hier niet herkend. Vraag een nieuwe aan het onthaal.</translation>
    </message>
    <message>
        <source>This badge was replaced by a newer one on {date}. Please use your new badge.</source>
        <translation>Deze badge werd op {date} vervangen door een nieuwere. Gebruik je nieuwe badge.</translation>
    </message>
    <message>
        <source>This badge was reported lost on {date} and no longer works. Ask at the welcome desk for a new one.</source>
        <translation>Deze badge werd op {date} als verloren gemeld en werkt niet meer. Vraag een nieuwe aan het onthaal.</translation>
    </message>
    <message>
        <source>This badge was withdrawn on {date} and no longer works. Ask at the welcome desk for a new one.</source>
        <translation>Deze badge werd op {date} ingetrokken en werkt niet meer. Vraag een nieuwe aan het onthaal.</translation>
    </message>
    <message>
        <source>This visitor badge was valid on {date} only. Ask at the welcome desk for today&apos;s badge.</source>
        <translation>Deze bezoekersbadge was enkel geldig op {date}. Vraag aan het onthaal de badge van vandaag.</translation>
    </message>
    <message>
        <source>Unknown badge layout {layout}: use one of {known}.</source>
        <translation>Onbekend badgeformaat {layout}: gebruik een van {known}.</translation>
    </message>
    <message>
        <source>No session with id {id}.</source>
        <translation>Geen sessie met id {id}.</translation>
    </message>
    <message>
        <source>No person with id {id}.</source>
        <translation>Geen persoon met id {id}.</translation>
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
        <translation>Een persoon zoeken</translation>
    </message>
    <message>
        <source>Choose a person to see their badge.</source>
        <translation>Kies een persoon om de badge te zien.</translation>
    </message>
    <message>
        <source>Type a name on the left, or scan their badge.</source>
        <translation>Typ links een naam, of scan de badge.</translation>
    </message>
    <message>
        <source>Badge lost</source>
        <translation>Badge verloren</translation>
    </message>
    <message>
        <source>Larger preview</source>
        <translation>Groter voorbeeld</translation>
    </message>
    <message>
        <source>Add to the batch</source>
        <translation>Aan de reeks toevoegen</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Leegmaken</translation>
    </message>
    <message>
        <source>The badge could not be printed</source>
        <translation>De badge kon niet worden afgedrukt</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>No badge yet.</source>
        <translation>Nog geen badge.</translation>
    </message>
    <message>
        <source>Print a badge</source>
        <translation>Een badge afdrukken</translation>
    </message>
    <message>
        <source>Visitor badge of {date} ({layout}): no longer valid.</source>
        <translation>Bezoekersbadge van {date} ({layout}): niet meer geldig.</translation>
    </message>
    <message>
        <source>Visitor badge for today, {date} ({layout}).</source>
        <translation>Bezoekersbadge voor vandaag, {date} ({layout}).</translation>
    </message>
    <message>
        <source>Badge in use since {date} ({layout}).</source>
        <translation>Badge in gebruik sinds {date} ({layout}).</translation>
    </message>
    <message>
        <source>Print a new badge</source>
        <translation>Een nieuwe badge afdrukken</translation>
    </message>
    <message>
        <source>Photograph this code: it works like the badge. The badge itself can be printed later.</source>
        <translation>Fotografeer deze code: hij werkt zoals de badge. De badge zelf kan later worden afgedrukt.</translation>
    </message>
    <message>
        <source>The sheet is kept and can be printed later.</source>
        <translation>Het vel wordt bewaard en kan later worden afgedrukt.</translation>
    </message>
    <message numerus="yes">
        <source>Batch to print: %n person(s)</source>
        <translation>
            <numerusform>Reeks om af te drukken: %Ln persoon</numerusform>
            <numerusform>Reeks om af te drukken: %Ln personen</numerusform>
        </translation>
    </message>
    <message>
        <source>Print on A4 sheets</source>
        <translation>Afdrukken op A4-vellen</translation>
    </message>
    <message>
        <source>Choose a person, then “Add to the batch”: their badges print together.</source>
        <translation>Kies een persoon, dan ‘Aan de reeks toevoegen’: hun badges worden samen afgedrukt.</translation>
    </message>
    <message>
        <source>Print a new badge for {name}?</source>
        <translation>Een nieuwe badge afdrukken voor {name}?</translation>
    </message>
    <message>
        <source>{name}&apos;s current badge will stop working.</source>
        <translation>De huidige badge van {name} zal niet meer werken.</translation>
    </message>
    <message>
        <source>Print the new badge</source>
        <translation>De nieuwe badge afdrukken</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Is the badge of {name} lost?</source>
        <translation>Is de badge van {name} verloren?</translation>
    </message>
    <message>
        <source>It stops working at once, for whoever finds it. You can print a new one after.</source>
        <translation>Hij werkt meteen niet meer, voor wie hem vindt. Daarna kun je een nieuwe afdrukken.</translation>
    </message>
    <message>
        <source>Yes, it no longer works</source>
        <translation>Ja, blokkeren</translation>
    </message>
    <message>
        <source>The lost badge no longer works.</source>
        <translation>De verloren badge werkt niet meer.</translation>
    </message>
    <message numerus="yes">
        <source>Print %n badge(s) on A4 sheets?</source>
        <translation>
            <numerusform>%Ln badge afdrukken op A4-vellen?</numerusform>
            <numerusform>%Ln badges afdrukken op A4-vellen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone&apos;s previous badge stops working.</source>
        <translation>De vorige badge van iedereen werkt dan niet meer.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Afdrukken</translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s) sent to the printer.</source>
        <translation>
            <numerusform>%Ln badge naar de printer gestuurd.</numerusform>
            <numerusform>%Ln badges naar de printer gestuurd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BasketBallot</name>
    <message>
        <source>In my basket</source>
        <translation>In mijn mandje</translation>
    </message>
    <message>
        <source>Remove from my basket</source>
        <translation>Uit mijn mandje halen</translation>
    </message>
    <message>
        <source>Add to my basket</source>
        <translation>In mijn mandje leggen</translation>
    </message>
    <message>
        <source>Over the budget</source>
        <translation>Boven het budget</translation>
    </message>
    <message>
        <source>Your basket: {spent} of {budget}</source>
        <translation>Je mandje: {spent} van {budget}</translation>
    </message>
    <message>
        <source>No project: an empty basket.</source>
        <translation>Geen project: een leeg mandje.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
</context>
<context>
    <name>BoardScreen</name>
    <message>
        <source>Show more</source>
        <translation>Meer tonen</translation>
    </message>
    <message>
        <source>Nobody checked in today has posted a skill yet.</source>
        <translation>Niemand die vandaag aanwezig is, heeft al een zoekertje geplaatst.</translation>
    </message>
    <message>
        <source>Tap “Skills in the room today” again to see every post.</source>
        <translation>Tik nog eens op ‘Vaardigheden vandaag aanwezig’ om alles te zien.</translation>
    </message>
    <message>
        <source>No post matches these choices.</source>
        <translation>Geen zoekertje past bij deze keuzes.</translation>
    </message>
    <message>
        <source>Choose “Offers and needs” and “Every sector” to see every post.</source>
        <translation>Kies ‘Aanbod en vragen’ en ‘Alle sectoren’ om alles te zien.</translation>
    </message>
</context>
<context>
    <name>BoothScreen</name>
    <message>
        <source>Voting booth</source>
        <translation>Stemhokje</translation>
    </message>
    <message>
        <source>Scan your badge to vote</source>
        <translation>Scan je badge om te stemmen</translation>
    </message>
    <message>
        <source>Your vote is secret: nobody sees your choice.</source>
        <translation>Je stem is geheim: niemand ziet je keuze.</translation>
    </message>
    <message>
        <source>Review my vote</source>
        <translation>Mijn stem nakijken</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Vote by phone</source>
        <translation>Stemmen met je telefoon</translation>
    </message>
    <message>
        <source>Scan this code with your phone&apos;s camera</source>
        <translation>Scan deze code met de camera van je telefoon</translation>
    </message>
    <message>
        <source>Your vote stays secret: the code is linked to nobody and works once.</source>
        <translation>Je stem blijft geheim: de code is aan niemand gekoppeld en werkt één keer.</translation>
    </message>
    <message>
        <source>Next code</source>
        <translation>Volgende code</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Your vote:</source>
        <translation>Je stem:</translation>
    </message>
    <message>
        <source>Confirm my vote</source>
        <translation>Mijn stem bevestigen</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijzigen</translation>
    </message>
    <message>
        <source>This vote is not secret: your name and your choice will be in the minutes.</source>
        <translation>Deze stemming is niet geheim: je naam en je keuze komen in de notulen.</translation>
    </message>
    <message>
        <source>This code is yours and works once. This vote is not secret.</source>
        <translation>Deze code is van jou en werkt maar één keer. Deze stemming is niet geheim.</translation>
    </message>
    <message>
        <source>Ballot for {name} (proxy)</source>
        <translation>Stembiljet voor {name} (volmacht)</translation>
    </message>
    <message>
        <source>Your ballot, {name}</source>
        <translation>Je stembiljet, {name}</translation>
    </message>
    <message>
        <source>Code {number} of {total}</source>
        <translation>Code {number} van {total}</translation>
    </message>
</context>
<context>
    <name>Camera</name>
    <message>
        <source>The camera badge reader is switched on in the configuration but does not work (no camera, or the kiosk&apos;s multimedia package is missing). USB scanners still work.</source>
        <translation>De badgelezer met camera staat aan in de configuratie maar werkt niet (geen camera, of het multimediapakket van de kiosk ontbreekt). USB-scanners werken nog.</translation>
    </message>
</context>
<context>
    <name>CelebrationScreen</name>
    <message>
        <source>Welcome among the shareholders</source>
        <translation>Welkom bij de vennoten</translation>
    </message>
    <message>
        <source>Welcome among the shareholders!</source>
        <translation>Welkom bij de vennoten!</translation>
    </message>
    <message>
        <source>Printing your certificate and your new badge…</source>
        <translation>Je certificaat en je nieuwe badge worden afgedrukt…</translation>
    </message>
    <message>
        <source>Your welcome certificate is printed.</source>
        <translation>Je welkomstcertificaat is afgedrukt.</translation>
    </message>
    <message>
        <source>Your certificate will be printed later.</source>
        <translation>Je certificaat wordt later afgedrukt.</translation>
    </message>
    <message>
        <source>Take your new badge: it says “Shareholder”.</source>
        <translation>Neem je nieuwe badge: er staat „Vennoot” op.</translation>
    </message>
    <message>
        <source>Your new badge is shown here: photograph it.</source>
        <translation>Je nieuwe badge staat hier: maak er een foto van.</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Dank je!</translation>
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
        <translation>Sms</translation>
    </message>
    <message>
        <source>On paper at the antenne</source>
        <translation>Op papier in de antenne</translation>
    </message>
    <message>
        <source>No news, thank you</source>
        <translation>Geen nieuws, dank je</translation>
    </message>
</context>
<context>
    <name>CheckinScreen</name>
    <message>
        <source>Check in</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <source>Are you {name}?</source>
        <translation>Ben jij {name}?</translation>
    </message>
    <message>
        <source>Hello {name}!</source>
        <translation>Hallo {name}!</translation>
    </message>
    <message>
        <source>What brings you here today?</source>
        <translation>Waarvoor kom je vandaag?</translation>
    </message>
    <message>
        <source>This is not me</source>
        <translation>Dat ben ik niet</translation>
    </message>
    <message>
        <source>Yes, it is me: check in</source>
        <translation>Ja, dat ben ik: aanmelden</translation>
    </message>
</context>
<context>
    <name>CheckinSearchScreen</name>
    <message>
        <source>Find my name</source>
        <translation>Mijn naam zoeken</translation>
    </message>
    <message>
        <source>Type your first name and the start of your last name, then tap your name.</source>
        <translation>Typ je voornaam en het begin van je achternaam, en tik dan op je naam.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>The port must be between 1 and 65535, not {port}.</source>
        <translation>De poort moet tussen 1 en 65535 liggen, niet {port}.</translation>
    </message>
    <message>
        <source>{host} is neither an IP address nor a host name.</source>
        <translation>{host} is geen IP-adres en geen hostnaam.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} is een map, geen databasebestand.</translation>
    </message>
    <message>
        <source>The folder of {path} does not exist.</source>
        <translation>De map van {path} bestaat niet.</translation>
    </message>
    <message>
        <source>There is no database at {path}: check the path, or create one with `antenne db upgrade` or `antenne demo`.</source>
        <translation>Er is geen database op {path}: controleer het pad, of maak er een aan met `antenne db upgrade` of `antenne demo`.</translation>
    </message>
    <message>
        <source>{path} is not an Antenne database.</source>
        <translation>{path} is geen Antenne-database.</translation>
    </message>
    <message>
        <source>Cannot use {path}: {error}.</source>
        <translation>{path} kan niet worden gebruikt: {error}.</translation>
    </message>
    <message>
        <source>{path} is a folder: name the file to write.</source>
        <translation>{path} is een map: geef de naam van het bestand dat geschreven moet worden.</translation>
    </message>
</context>
<context>
    <name>Config</name>
    <message>
        <source>The setting {key} has an invalid value: {value}</source>
        <translation>De instelling {key} heeft een ongeldige waarde: {value}</translation>
    </message>
    <message>
        <source>The configuration file {path} cannot be read: {error}</source>
        <translation>Het configuratiebestand {path} kan niet gelezen worden: {error}</translation>
    </message>
    <message>
        <source>Unknown setting {key} in {path}</source>
        <translation>Onbekende instelling {key} in {path}</translation>
    </message>
    <message>
        <source>Unknown language {language}: use fr, nl or en</source>
        <translation>Onbekende taal {language}: gebruik fr, nl of en</translation>
    </message>
</context>
<context>
    <name>ConfirmedScreen</name>
    <message>
        <source>Voting booth</source>
        <translation>Stemhokje</translation>
    </message>
    <message>
        <source>Voted!</source>
        <translation>Gestemd!</translation>
    </message>
    <message>
        <source>Your ballot is in the box. Next ballot: your proxy.</source>
        <translation>Je stembiljet zit in de urne. Volgend stembiljet: je volmacht.</translation>
    </message>
    <message>
        <source>Your ballot is in the box. Thank you!</source>
        <translation>Je stembiljet zit in de urne. Dank je!</translation>
    </message>
    <message>
        <source>Next ballot</source>
        <translation>Volgend stembiljet</translation>
    </message>
    <message>
        <source>I&apos;m done</source>
        <translation>Ik ben klaar</translation>
    </message>
    <message numerus="yes">
        <source>Next ballot in %n second(s)</source>
        <translation>
            <numerusform>Volgend stembiljet over %Ln seconde</numerusform>
            <numerusform>Volgend stembiljet over %Ln seconden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Back to the start in %n second(s)</source>
        <translation>
            <numerusform>Terug naar het begin over %Ln seconde</numerusform>
            <numerusform>Terug naar het begin over %Ln seconden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsentScreen</name>
    <message>
        <source>Your data</source>
        <translation>Je gegevens</translation>
    </message>
    <message>
        <source>Before we go on: what we keep</source>
        <translation>Voor we verdergaan: wat we bewaren</translation>
    </message>
    <message>
        <source>We keep your first and last name, your language, your e-mail and phone, and the days you came and why.</source>
        <translation>We bewaren je voornaam en naam, je taal, je e-mail en telefoon, en de dagen waarop je kwam en waarom.</translation>
    </message>
    <message>
        <source>We keep your first and last name, your language, your e-mail, and the days you came and why.</source>
        <translation>We bewaren je voor- en achternaam, je taal, je e-mailadres, en de dagen dat je kwam en waarom.</translation>
    </message>
    <message>
        <source>We keep your first and last name, your language, your phone number, and the days you came and why.</source>
        <translation>We bewaren je voor- en achternaam, je taal, je telefoonnummer, en de dagen dat je kwam en waarom.</translation>
    </message>
    <message>
        <source>We keep your first and last name, your language, and the days you came and why.</source>
        <translation>We bewaren je voornaam en naam, je taal, en de dagen waarop je kwam en waarom.</translation>
    </message>
    <message>
        <source>Kept until {date}, then deleted.</source>
        <translation>Bewaard tot {date}, daarna gewist.</translation>
    </message>
    <message>
        <source>Smart&apos;s teams use it to welcome you and keep in touch; it stays in the cooperative&apos;s own systems. We never sell it or give it to anyone outside Smart. You can ask at the desk to see or delete it at any time.</source>
        <translation>De teams van Smart gebruiken ze om je te onthalen en contact te houden; ze blijven in de systemen van de coöperatie. We verkopen ze nooit en geven ze aan niemand buiten Smart. Je kunt aan de balie vragen om ze te zien of te wissen, wanneer je maar wilt.</translation>
    </message>
    <message>
        <source>Find me by my badge only</source>
        <translation>Vind me alleen via mijn badge</translation>
    </message>
    <message>
        <source>Then your name is never listed when someone types a name at the kiosk.</source>
        <translation>Dan verschijnt je naam nooit als iemand een naam typt op de zuil.</translation>
    </message>
    <message>
        <source>“No, thank you”: we keep nothing about you, and you are welcome all the same: look around, read, and ask at the desk.</source>
        <translation>‘Nee, bedankt’: we bewaren niets over jou, en je bent toch welkom: kijk rond, lees, en vraag het aan het onthaal.</translation>
    </message>
    <message>
        <source>No, thank you</source>
        <translation>Nee, dank je</translation>
    </message>
    <message>
        <source>I agree</source>
        <translation>Ik ga akkoord</translation>
    </message>
    <message>
        <source>Nothing was kept. You are welcome anyway!</source>
        <translation>Er werd niets bewaard. Welkom toch!</translation>
    </message>
</context>
<context>
    <name>ConsoleScreen</name>
    <message>
        <source>Live vote</source>
        <translation>Live stemming</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Stemmingen</translation>
    </message>
    <message>
        <source>New vote from a template</source>
        <translation>Nieuwe stemming op basis van een model</translation>
    </message>
    <message>
        <source>Budget to share, in euros</source>
        <translation>Te verdelen budget, in euro</translation>
    </message>
    <message>
        <source>Named vote (not secret)</source>
        <translation>Hoofdelijke stemming (niet geheim)</translation>
    </message>
    <message>
        <source>Projects: descriptions and pictures</source>
        <translation>Projecten: beschrijvingen en afbeeldingen</translation>
    </message>
    <message>
        <source>Create the vote</source>
        <translation>Stemming aanmaken</translation>
    </message>
    <message>
        <source>Open the vote</source>
        <translation>De stemming openen</translation>
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
        <translation>Zonder aftelling</translation>
    </message>
    <message>
        <source>Close the vote</source>
        <translation>Stemming sluiten</translation>
    </message>
    <message>
        <source>Reveal the results</source>
        <translation>Uitslag tonen</translation>
    </message>
    <message>
        <source>Publish the results</source>
        <translation>Uitslag bekendmaken</translation>
    </message>
    <message>
        <source>Roll call and proxies</source>
        <translation>Aanwezigheden en volmachten</translation>
    </message>
    <message>
        <source>Booth</source>
        <translation>Stemhokje</translation>
    </message>
    <message>
        <source>Show of hands</source>
        <translation>Handopsteken</translation>
    </message>
    <message>
        <source>Projector on this screen</source>
        <translation>Projector op dit scherm</translation>
    </message>
    <message>
        <source>Projector on the second screen</source>
        <translation>Projector op het tweede scherm</translation>
    </message>
    <message>
        <source>Projector in a window</source>
        <translation>Projector in een venster</translation>
    </message>
    <message>
        <source>No vote yet.</source>
        <translation>Nog geen stemming.</translation>
    </message>
    <message>
        <source>Create one from a template.</source>
        <translation>Maak er een aan op basis van een model.</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source>{entitled} entitled</source>
        <translation>{entitled} stemgerechtigden</translation>
    </message>
    <message>
        <source>Secret ballot</source>
        <translation>Geheime stemming</translation>
    </message>
    <message>
        <source>Named vote: who voted what goes into the minutes</source>
        <translation>Hoofdelijke stemming: wie wat stemde, komt in de notulen</translation>
    </message>
    <message>
        <source>Time left: {minutes}:{seconds:02d}</source>
        <translation>Resterende tijd: {minutes}:{seconds:02d}</translation>
    </message>
    <message>
        <source>Choose a template.</source>
        <translation>Kies een model.</translation>
    </message>
    <message>
        <source>Give the budget to share, in euros.</source>
        <translation>Geef het te verdelen budget in, in euro.</translation>
    </message>
    <message>
        <source>Give the cost of {option}, in euros.</source>
        <translation>Geef de kosten van {option}, in euro.</translation>
    </message>
    <message>
        <source>Option {number} needs a name in French.</source>
        <translation>Optie {number} heeft een naam in het Frans nodig.</translation>
    </message>
    <message>
        <source>Option {number} needs a name in Dutch.</source>
        <translation>Optie {number} heeft een naam in het Nederlands nodig.</translation>
    </message>
    <message>
        <source>Option {number} needs a name in English.</source>
        <translation>Optie {number} heeft een naam in het Engels nodig.</translation>
    </message>
    <message>
        <source>Close the vote?</source>
        <translation>De stemming sluiten?</translation>
    </message>
    <message>
        <source>Nobody can vote after this. The results stay hidden until revealed.</source>
        <translation>Daarna kan niemand nog stemmen. De uitslag blijft verborgen tot hij getoond wordt.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Publish the results?</source>
        <translation>De uitslag bekendmaken?</translation>
    </message>
    <message>
        <source>They become the official results of this vote.</source>
        <translation>Ze worden de officiële uitslag van deze stemming.</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Bekendmaken</translation>
    </message>
</context>
<context>
    <name>Content</name>
    <message>
        <source>This page is no longer available.</source>
        <translation>Deze pagina is niet meer beschikbaar.</translation>
    </message>
</context>
<context>
    <name>CountField</name>
    <message>
        <source>One less</source>
        <translation>Eén minder</translation>
    </message>
    <message>
        <source>One more</source>
        <translation>Eén meer</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>The demo antenne holds {minimum} to {maximum} people.</source>
        <translation>De demo-antenne telt {minimum} tot {maximum} personen.</translation>
    </message>
    <message>
        <source>--replace needs --db: name the file to replace.</source>
        <translation>--replace vereist --db: geef het bestand op dat vervangen moet worden.</translation>
    </message>
    <message>
        <source>{path} already holds an antenne or people: use another file or --replace.</source>
        <translation>{path} bevat al een antenne of personen: gebruik een ander bestand of --replace.</translation>
    </message>
</context>
<context>
    <name>FaceCard</name>
    <message>
        <source>until {day}</source>
        <translation>tot {day}</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>zonder einddatum</translation>
    </message>
</context>
<context>
    <name>FacilitatorLoginScreen</name>
    <message>
        <source>Facilitator mode</source>
        <translation>Begeleidersmodus</translation>
    </message>
    <message>
        <source>Type your facilitator PIN</source>
        <translation>Typ je pincode als begeleider</translation>
    </message>
    <message>
        <source>Checking the PIN…</source>
        <translation>De pincode wordt gecontroleerd…</translation>
    </message>
</context>
<context>
    <name>FacilitatorScreen</name>
    <message>
        <source>Facilitator mode</source>
        <translation>Begeleidersmodus</translation>
    </message>
    <message>
        <source>Hello {name}, you are in facilitator mode.</source>
        <translation>Hallo {name}, je bent in de begeleidersmodus.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s language</source>
        <translation>Taal van de kiosk</translation>
    </message>
    <message>
        <source>Each new visitor is greeted in this language; they can switch at any time.</source>
        <translation>Elke nieuwe bezoeker wordt in deze taal begroet; die kan op elk moment van taal wisselen.</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>Recente activiteit</translation>
    </message>
    <message>
        <source>Leave facilitator mode</source>
        <translation>Begeleidersmodus verlaten</translation>
    </message>
    <message>
        <source>Nothing yet.</source>
        <translation>Nog niets.</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>iemand</translation>
    </message>
    <message>
        <source>New visitors will be greeted in {language}.</source>
        <translation>Nieuwe bezoekers worden begroet in het {language}.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from the hub still cannot be applied: this kiosk needs an update.</source>
        <translation>
            <numerusform>%Ln wijziging van de hub kan nog steeds niet worden toegepast: deze kiosk moet worden bijgewerkt.</numerusform>
            <numerusform>%Ln wijzigingen van de hub kunnen nog steeds niet worden toegepast: deze kiosk moet worden bijgewerkt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything that was set aside has been tried again.</source>
        <translation>Alles wat opzij was gezet, is opnieuw geprobeerd.</translation>
    </message>
</context>
<context>
    <name>Facilitators</name>
    <message>
        <source>The two PINs differ.</source>
        <translation>De twee pincodes zijn verschillend.</translation>
    </message>
    <message>
        <source>A new PIN is {minimum} to {maximum} digits.</source>
        <translation>Een nieuwe pincode telt {minimum} tot {maximum} cijfers.</translation>
    </message>
    <message>
        <source>A PIN of one digit repeated (like 000000) is too easy to guess: choose another one.</source>
        <translation>Een pincode van één herhaald cijfer (zoals 000000) is te makkelijk te raden: kies een andere.</translation>
    </message>
    <message>
        <source>A PIN of digits going up in a row (like 123456) is too easy to guess: choose another one.</source>
        <translation>Een pincode van opeenvolgende cijfers die oplopen (zoals 123456) is te makkelijk te raden: kies een andere.</translation>
    </message>
    <message>
        <source>A PIN of digits going down in a row (like 654321) is too easy to guess: choose another one.</source>
        <translation>Een pincode van opeenvolgende cijfers die aflopen (zoals 654321) is te makkelijk te raden: kies een andere.</translation>
    </message>
    <message>
        <source>A PIN that repeats a group of digits (like 121212) is too easy to guess: choose another one.</source>
        <translation>Een pincode die een groep cijfers herhaalt (zoals 121212) is te makkelijk te raden: kies een andere.</translation>
    </message>
    <message>
        <source>Give the facilitator a name.</source>
        <translation>Geef de begeleider een naam.</translation>
    </message>
    <message>
        <source>A facilitator named {name} already exists.</source>
        <translation>Er bestaat al een begeleider met de naam {name}.</translation>
    </message>
    <message>
        <source>This PIN is already taken: choose another one.</source>
        <translation>Deze pincode is al in gebruik: kies een andere.</translation>
    </message>
    <message>
        <source>No facilitator is registered on this kiosk yet (antenne facilitator add).</source>
        <translation>Er is nog geen begeleider geregistreerd op deze kiosk (antenne facilitator add).</translation>
    </message>
    <message>
        <source>Wrong PIN. Tries left: {left}.</source>
        <translation>Verkeerde pincode. Resterende pogingen: {left}.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Facilitator mode is locked for {minutes} min.</source>
        <translation>Te veel verkeerde pincodes. De begeleidersmodus is {minutes} min. geblokkeerd.</translation>
    </message>
</context>
<context>
    <name>Governance</name>
    <message>
        <source>{day} at {time}</source>
        <translation>{day} om {time}</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informatie</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Raadpleging</translation>
    </message>
    <message>
        <source>Concertation</source>
        <translation>Overleg</translation>
    </message>
    <message>
        <source>Co-decision</source>
        <translation>Samen beslissen</translation>
    </message>
    <message>
        <source>This body is not known on this kiosk.</source>
        <translation>Dit orgaan is niet bekend op deze kiosk.</translation>
    </message>
    <message>
        <source>This person is no longer known.</source>
        <translation>Deze persoon is niet meer bekend.</translation>
    </message>
    <message>
        <source>That name is too long.</source>
        <translation>Die naam is te lang.</translation>
    </message>
    <message>
        <source>All the members together</source>
        <translation>Alle leden samen</translation>
    </message>
    <message>
        <source>The elected board</source>
        <translation>De verkozen raad</translation>
    </message>
    <message>
        <source>The management team</source>
        <translation>Het directieteam</translation>
    </message>
    <message>
        <source>The guardians of our values</source>
        <translation>De hoeders van onze waarden</translation>
    </message>
    <message>
        <source>The voice of the antennes</source>
        <translation>De stem van de antennes</translation>
    </message>
    <message>
        <source>The local budget team</source>
        <translation>Het team van het lokale budget</translation>
    </message>
    <message>
        <source>every member, one vote each: elects the board and approves the accounts</source>
        <translation>elk lid, één stem per persoon: kiest de raad en keurt de rekeningen goed</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Voorzitter</translation>
    </message>
    <message>
        <source>Vice-chair</source>
        <translation>Ondervoorzitter</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Secretaris</translation>
    </message>
    <message>
        <source>Treasurer</source>
        <translation>Penningmeester</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Bestuurder</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Begeleider</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Lid</translation>
    </message>
    <message>
        <source>elects</source>
        <translation>kiest</translation>
    </message>
    <message>
        <source>reports to</source>
        <translation>legt verantwoording af aan</translation>
    </message>
    <message>
        <source>appoints</source>
        <translation>benoemt</translation>
    </message>
    <message>
        <source>advises</source>
        <translation>adviseert</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Ingediend</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>Gesteund</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aanvaard</translation>
    </message>
    <message>
        <source>On a meeting&apos;s agenda</source>
        <translation>Op de agenda van een vergadering</translation>
    </message>
    <message>
        <source>Treated</source>
        <translation>Behandeld</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>Half of the members must be present.</source>
        <translation>De helft van de leden moet aanwezig zijn.</translation>
    </message>
    <message>
        <source>Two thirds of the members must be present.</source>
        <translation>Twee derde van de leden moet aanwezig zijn.</translation>
    </message>
    <message>
        <source>A third of the members must be present.</source>
        <translation>Een derde van de leden moet aanwezig zijn.</translation>
    </message>
    <message>
        <source>Three quarters of the members must be present.</source>
        <translation>Drie kwart van de leden moet aanwezig zijn.</translation>
    </message>
    <message>
        <source>One member in ten must be present.</source>
        <translation>Eén lid op tien moet aanwezig zijn.</translation>
    </message>
    <message>
        <source>A decision passes with a simple majority.</source>
        <translation>Een beslissing gaat door met een gewone meerderheid.</translation>
    </message>
    <message>
        <source>A decision needs two thirds of the votes.</source>
        <translation>Een beslissing vraagt twee derde van de stemmen.</translation>
    </message>
    <message>
        <source>A decision needs three quarters of the votes.</source>
        <translation>Een beslissing vraagt drie kwart van de stemmen.</translation>
    </message>
    <message>
        <source>A decision needs everyone to agree.</source>
        <translation>Een beslissing vraagt ieders akkoord.</translation>
    </message>
    <message>
        <source>A decision passes when nobody has a serious objection.</source>
        <translation>Een beslissing gaat door als niemand een ernstig bezwaar heeft.</translation>
    </message>
    <message>
        <source>Changing the statutes needs two thirds of the votes.</source>
        <translation>De statuten wijzigen vraagt twee derde van de stemmen.</translation>
    </message>
    <message>
        <source>Changing the statutes needs three quarters of the votes.</source>
        <translation>De statuten wijzigen vraagt drie kwart van de stemmen.</translation>
    </message>
    <message>
        <source>In a tie, the chair decides.</source>
        <translation>Bij gelijkheid beslist de voorzitter.</translation>
    </message>
    <message>
        <source>In a tie, lots are drawn.</source>
        <translation>Bij gelijkheid wordt geloot.</translation>
    </message>
    <message>
        <source>In a tie, the proposal is not adopted.</source>
        <translation>Bij gelijkheid is het voorstel niet aangenomen.</translation>
    </message>
    <message>
        <source>It meets once a year.</source>
        <translation>Het vergadert één keer per jaar.</translation>
    </message>
    <message>
        <source>It meets every month.</source>
        <translation>Het vergadert elke maand.</translation>
    </message>
    <message>
        <source>It meets every week.</source>
        <translation>Het vergadert elke week.</translation>
    </message>
    <message>
        <source>No minimum attendance: whoever comes decides.</source>
        <translation>Geen minimale opkomst: wie komt, beslist.</translation>
    </message>
    <message>
        <source>At least {percent}% of the members must be present.</source>
        <translation>Minstens {percent}% van de leden moet aanwezig zijn.</translation>
    </message>
    <message>
        <source>Nobody can vote for someone else.</source>
        <translation>Niemand kan voor iemand anders stemmen.</translation>
    </message>
    <message>
        <source>Read its published agenda and minutes.</source>
        <translation>De gepubliceerde agenda en verslagen lezen.</translation>
    </message>
    <message>
        <source>Propose an item for its agenda.</source>
        <translation>Een punt voor de agenda voorstellen.</translation>
    </message>
    <message>
        <source>Come to its next meeting, on {day}.</source>
        <translation>Naar de volgende vergadering komen, op {day}.</translation>
    </message>
    <message>
        <source>Come to its meetings.</source>
        <translation>Naar de vergaderingen komen.</translation>
    </message>
    <message>
        <source>Take part in its decisions and vote.</source>
        <translation>Meebeslissen en stemmen.</translation>
    </message>
    <message>
        <source>Stand for election: a seat frees up on {day}.</source>
        <translation>Je kandidaat stellen: er komt een zetel vrij op {day}.</translation>
    </message>
</context>
<context>
    <name>GovernanceBodyScreen</name>
    <message>
        <source>How it works</source>
        <translation>Hoe het werkt</translation>
    </message>
    <message>
        <source>Who sits on it</source>
        <translation>Wie zetelt erin</translation>
    </message>
    <message>
        <source>Photo board</source>
        <translation>Fotobord</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Volgende vergadering</translation>
    </message>
    <message>
        <source>Items members brought</source>
        <translation>Punten die leden inbrachten</translation>
    </message>
    <message>
        <source>Minutes of past meetings</source>
        <translation>Verslagen van vorige vergaderingen</translation>
    </message>
    <message>
        <source>Meet the board</source>
        <translation>De raad ontmoeten</translation>
    </message>
    <message>
        <source>Propose an item</source>
        <translation>Een punt voorstellen</translation>
    </message>
    <message>
        <source>Back to the map</source>
        <translation>Terug naar de kaart</translation>
    </message>
    <message>
        <source>Its rules have not been published yet.</source>
        <translation>De regels zijn nog niet gepubliceerd.</translation>
    </message>
    <message>
        <source>No member has proposed an item yet.</source>
        <translation>Nog geen lid heeft een punt voorgesteld.</translation>
    </message>
    <message>
        <source>The minutes are not published yet.</source>
        <translation>Het verslag is nog niet gepubliceerd.</translation>
    </message>
    <message>
        <source>No minutes published yet.</source>
        <translation>Nog geen verslag gepubliceerd.</translation>
    </message>
    <message>
        <source>Sign-up comes with the sessions: until then, just come along at the time shown.</source>
        <translation>Inschrijven komt met de sessies: kom tot dan gewoon langs op het aangegeven uur.</translation>
    </message>
    <message>
        <source>No meeting planned yet.</source>
        <translation>Nog geen vergadering gepland.</translation>
    </message>
    <message>
        <source>{place}, also online</source>
        <translation>{place}, ook online</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>On the agenda:</source>
        <translation>Op de agenda:</translation>
    </message>
    <message>
        <source>The agenda is not published yet.</source>
        <translation>De agenda is nog niet gepubliceerd.</translation>
    </message>
</context>
<context>
    <name>GovernanceMapScreen</name>
    <message>
        <source>Who decides what</source>
        <translation>Wie beslist wat</translation>
    </message>
    <message>
        <source>Show everything</source>
        <translation>Alles tonen</translation>
    </message>
    <message>
        <source>Official terms</source>
        <translation>Officiële termen</translation>
    </message>
    <message>
        <source>Find a person: type a name</source>
        <translation>Iemand zoeken: typ een naam</translation>
    </message>
    <message>
        <source>Every member</source>
        <translation>Alle leden</translation>
    </message>
    <message>
        <source>Your item: {status}</source>
        <translation>Je punt: {status}</translation>
    </message>
    <message>
        <source>Meet the board: {when}</source>
        <translation>Ontmoet het bestuur: {when}</translation>
    </message>
    <message>
        <source>Type at least two letters of a name: their bodies light up.</source>
        <translation>Typ minstens twee letters van een naam: de organen lichten op.</translation>
    </message>
    <message>
        <source>Nobody with a mandate has that name.</source>
        <translation>Niemand met een mandaat heeft die naam.</translation>
    </message>
    <message>
        <source>Lit up: the bodies of {names}.</source>
        <translation>Opgelicht: de organen van {names}.</translation>
    </message>
    <message>
        <source>{name}, here is where you can take part ({levels}).</source>
        <translation>{name}, hier kun je meedoen ({levels}).</translation>
    </message>
    <message>
        <source>{name}, you have not said how involved you want to be: here is everything.</source>
        <translation>{name}, je hebt nog niet gezegd hoe je wilt meedoen: hier is alles.</translation>
    </message>
    <message>
        <source>Your items on the agendas</source>
        <translation>Je punten op de agenda&apos;s</translation>
    </message>
    <message>
        <source>No body to show yet.</source>
        <translation>Nog geen orgaan om te tonen.</translation>
    </message>
</context>
<context>
    <name>GovernancePeopleScreen</name>
    <message>
        <source>Back to the body</source>
        <translation>Terug naar het orgaan</translation>
    </message>
    <message>
        <source>Nobody holds a mandate in this body at the moment.</source>
        <translation>Niemand heeft op dit moment een mandaat in dit orgaan.</translation>
    </message>
    <message>
        <source>Photo board</source>
        <translation>Fotobord</translation>
    </message>
</context>
<context>
    <name>GovernancePlurals</name>
    <message numerus="yes">
        <source>%n member item(s) · {status}</source>
        <translation>
            <numerusform>%Ln ledenpunt · {status}</numerusform>
            <numerusform>%Ln ledenpunten · {status}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n elected member(s) who decide the main directions</source>
        <translation>
            <numerusform>het verkozen lid dat de grote lijnen uitzet</numerusform>
            <numerusform>de %Ln verkozen leden die de grote lijnen uitzetten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n person(s) who run the cooperative day to day</source>
        <translation>
            <numerusform>de persoon die de coöperatie dagelijks leidt</numerusform>
            <numerusform>de %Ln personen die de coöperatie dagelijks leiden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) who check that decisions keep to our values</source>
        <translation>
            <numerusform>%Ln persoon die nagaat of beslissingen onze waarden respecteren</numerusform>
            <numerusform>%Ln personen die nagaan of beslissingen onze waarden respecteren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) who carry the antennes&apos; topics to the board</source>
        <translation>
            <numerusform>%Ln persoon die de onderwerpen van de antennes naar de raad brengt</numerusform>
            <numerusform>%Ln personen die de onderwerpen van de antennes naar de raad brengen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) who bring the antenne to life and speak for it</source>
        <translation>
            <numerusform>%Ln lid dat de antenne doet leven en voor haar spreekt</numerusform>
            <numerusform>%Ln leden die de antenne doen leven en voor haar spreken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) who run the budget the members decide together</source>
        <translation>
            <numerusform>%Ln lid dat het budget beheert waarover de leden samen beslissen</numerusform>
            <numerusform>%Ln leden die het budget beheren waarover de leden samen beslissen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) working together on one topic</source>
        <translation>
            <numerusform>%Ln lid dat aan één onderwerp werkt</numerusform>
            <numerusform>%Ln leden die samen aan één onderwerp werken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) with a mandate</source>
        <translation>
            <numerusform>%Ln persoon met een mandaat</numerusform>
            <numerusform>%Ln personen met een mandaat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Everyone can carry %n proxy(ies).</source>
        <translation>
            <numerusform>Iedereen kan %Ln volmacht dragen.</numerusform>
            <numerusform>Iedereen kan %Ln volmachten dragen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An item a member proposes goes on its agenda once %n member(s) support it.</source>
        <translation>
            <numerusform>Een punt dat een lid voorstelt, komt op de agenda zodra %Ln lid het steunt.</numerusform>
            <numerusform>Een punt dat een lid voorstelt, komt op de agenda zodra %Ln leden het steunen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%Ln persoon</numerusform>
            <numerusform>%Ln personen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GovernancePrint</name>
    <message>
        <source>Every member</source>
        <translation>Alle leden</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>zonder einddatum</translation>
    </message>
    <message>
        <source>until {day}</source>
        <translation>tot {day}</translation>
    </message>
    <message>
        <source>Antenne — printed on {day}</source>
        <translation>Antenne — afgedrukt op {day}</translation>
    </message>
    <message>
        <source>Nobody holds a mandate in this body at the moment.</source>
        <translation>Niemand heeft op dit moment een mandaat in dit orgaan.</translation>
    </message>
    <message>
        <source>Scan: who decides what, on your phone</source>
        <translation>Scan: wie beslist wat, op je telefoon</translation>
    </message>
    <message>
        <source>No QR code: this kiosk is not linked to the cooperative&apos;s hub yet.</source>
        <translation>Geen QR-code: deze zuil is nog niet verbonden met de server van de coöperatie.</translation>
    </message>
    <message>
        <source>Who sits on it: {body}</source>
        <translation>Wie zetelt erin: {body}</translation>
    </message>
    <message>
        <source>Who decides what in our cooperative</source>
        <translation>Wie beslist wat in onze coöperatie</translation>
    </message>
    <message>
        <source>Every box is a group of people; every arrow says who elects, appoints, advises or reports to whom.</source>
        <translation>Elk vak is een groep mensen; elke pijl zegt wie wie kiest, benoemt, adviseert of aan wie verantwoording aflegt.</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Hello! What would you like to do?</source>
        <translation>Hallo! Wat wil je doen?</translation>
    </message>
    <message>
        <source>Hello {name}!</source>
        <translation>Hallo {name}!</translation>
    </message>
    <message>
        <source>What you can do next:</source>
        <translation>Wat je nu kunt doen:</translation>
    </message>
    <message>
        <source>Have a badge? Hold it against the reader under the screen.</source>
        <translation>Heb je een badge? Houd hem tegen de lezer onder het scherm.</translation>
    </message>
    <message>
        <source>You are greeted by your first name, with what you can do next.</source>
        <translation>Je wordt begroet met je voornaam, en met wat je daarna kunt doen.</translation>
    </message>
    <message>
        <source>A badge held against the reader under the screen</source>
        <translation>Een badge tegen de lezer onder het scherm</translation>
    </message>
</context>
<context>
    <name>HomeTile</name>
    <message>
        <source>Facilitators</source>
        <translation>Begeleiders</translation>
    </message>
    <message>
        <source>Facilitator mode, behind a PIN</source>
        <translation>Begeleidersmodus, met pincode</translation>
    </message>
    <message>
        <source>Read: what is Smart?</source>
        <translation>Lees: wat is Smart?</translation>
    </message>
    <message>
        <source>The cooperative in plain words, and its statutes in brief</source>
        <translation>De coöperatie in eenvoudige woorden, en de statuten in het kort</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Badges</translation>
    </message>
    <message>
        <source>Print, reprint, stop a lost badge, print a batch on A4</source>
        <translation>Afdrukken, opnieuw afdrukken, een verloren badge blokkeren, een reeks op A4 afdrukken</translation>
    </message>
    <message>
        <source>Who wants which news</source>
        <translation>Wie wil welk nieuws</translation>
    </message>
    <message>
        <source>Counts per participation level and topic; export a list</source>
        <translation>Aantallen per participatieniveau en onderwerp; een lijst exporteren</translation>
    </message>
    <message>
        <source>Welcome / Check in</source>
        <translation>Onthaal / Aanmelden</translation>
    </message>
    <message>
        <source>Scan your badge, find your name, or register for your first visit</source>
        <translation>Scan je badge, zoek je naam, of schrijf je in voor een eerste bezoek</translation>
    </message>
    <message>
        <source>Who is here today</source>
        <translation>Wie is er vandaag</translation>
    </message>
    <message>
        <source>Everyone checked in and not yet gone</source>
        <translation>Iedereen die zich aanmeldde en nog niet weg is</translation>
    </message>
    <message>
        <source>Live vote</source>
        <translation>Live stemming</translation>
    </message>
    <message>
        <source>Create, open and close a vote; roll call, booth, hands, projector</source>
        <translation>Een stemming aanmaken, openen en sluiten; aanwezigheden, stemhokje, handopsteken, projector</translation>
    </message>
    <message>
        <source>Who decides what</source>
        <translation>Wie beslist wat</translation>
    </message>
    <message>
        <source>The cooperative&apos;s councils and their people, in plain words</source>
        <translation>De raden van de coöperatie en hun mensen, in gewone woorden</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessies</translation>
    </message>
    <message>
        <source>Co-working, drop-ins and workshops: sign up, check in</source>
        <translation>Coworking, inloopmomenten en workshops: inschrijven, aanmelden</translation>
    </message>
    <message>
        <source>Lists, attendance sheets, the programme</source>
        <translation>Lijsten, aanwezigheid, programma</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Vaardigheden</translation>
    </message>
    <message>
        <source>Offer what you know, find who can help you</source>
        <translation>Deel wat je kunt, vind wie je kan helpen</translation>
    </message>
    <message>
        <source>Moderate skill posts</source>
        <translation>Berichten modereren</translation>
    </message>
    <message>
        <source>Reports, new skills, the needs nobody offers</source>
        <translation>Meldingen, nieuwe vaardigheden, vragen zonder aanbod</translation>
    </message>
</context>
<context>
    <name>HostProposeScreen</name>
    <message>
        <source>Host a drop-in</source>
        <translation>Een inloopmoment leiden</translation>
    </message>
    <message>
        <source>Host a drop-in session</source>
        <translation>Een inloopmoment leiden</translation>
    </message>
    <message>
        <source>{name}, propose your skill-share session</source>
        <translation>{name}, stel je deelsessie voor</translation>
    </message>
    <message>
        <source>{name}, what would you like to share?</source>
        <translation>{name}, wat wil je delen?</translation>
    </message>
    <message>
        <source>Members can host a session on a topic they know: others drop in, ask, learn. A facilitator looks at your offer and puts it on the programme.</source>
        <translation>Leden kunnen een sessie leiden over een onderwerp dat ze kennen: anderen lopen binnen, vragen, leren. Een begeleider bekijkt je aanbod en zet het op het programma.</translation>
    </message>
    <message>
        <source>Scan your badge to offer a session.</source>
        <translation>Scan je badge om een sessie aan te bieden.</translation>
    </message>
    <message>
        <source>Members of the cooperative can do this.</source>
        <translation>Leden van de coöperatie kunnen dit doen.</translation>
    </message>
    <message>
        <source>Your topic, in a few words</source>
        <translation>Je onderwerp, in een paar woorden</translation>
    </message>
    <message>
        <source>For example: invoicing without stress</source>
        <translation>Bijvoorbeeld: factureren zonder stress</translation>
    </message>
    <message>
        <source>A few lines for those who come (optional)</source>
        <translation>Een paar regels voor wie komt (niet verplicht)</translation>
    </message>
    <message>
        <source>Which day?</source>
        <translation>Welke dag?</translation>
    </message>
    <message>
        <source>At what time?</source>
        <translation>Hoe laat?</translation>
    </message>
    <message>
        <source>{hour} h</source>
        <translation>{hour} u</translation>
    </message>
    <message>
        <source>on the hour</source>
        <translation>stipt</translation>
    </message>
    <message>
        <source>at half past</source>
        <translation>en half</translation>
    </message>
    <message>
        <source>For how long?</source>
        <translation>Hoe lang?</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 uur</translation>
    </message>
    <message>
        <source>1 hour 30</source>
        <translation>1,5 uur</translation>
    </message>
    <message>
        <source>2 hours</source>
        <translation>2 uur</translation>
    </message>
    <message>
        <source>3 hours</source>
        <translation>3 uur</translation>
    </message>
    <message>
        <source>How many people at most?</source>
        <translation>Hoeveel mensen maximaal?</translation>
    </message>
    <message>
        <source>Once, or every week?</source>
        <translation>Eén keer, of elke week?</translation>
    </message>
    <message>
        <source>Just once</source>
        <translation>Eén keer</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Elke week</translation>
    </message>
    <message>
        <source>Send my offer</source>
        <translation>Mijn aanbod versturen</translation>
    </message>
    <message>
        <source>Sorry {name}, only members of the cooperative can host a drop-in.</source>
        <translation>Sorry {name}, alleen leden van de coöperatie kunnen een inloopmoment leiden.</translation>
    </message>
    <message>
        <source>Thank you {name}! A facilitator will look at your offer. Once accepted, it is on the programme and you will see it at your next scan.</source>
        <translation>Bedankt {name}! Een begeleider bekijkt je aanbod. Eens aanvaard staat het op het programma en zie je het bij je volgende scan.</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translation>Ben je er nog?</translation>
    </message>
    <message numerus="yes">
        <source>The screen starts again for the next person in %n second(s).</source>
        <translation>
            <numerusform>Het scherm begint opnieuw voor de volgende persoon over %Ln seconde.</numerusform>
            <numerusform>Het scherm begint opnieuw voor de volgende persoon over %Ln seconden.</numerusform>
        </translation>
    </message>
    <message>
        <source>More time, please</source>
        <translation>Meer tijd, graag</translation>
    </message>
</context>
<context>
    <name>Involvement</name>
    <message>
        <source>Unknown {what}: {values}.</source>
        <translation>Onbekend {what}: {values}.</translation>
    </message>
    <message>
        <source>“No news” cannot go with another way of hearing from us.</source>
        <translation>„Geen nieuws” kan niet samen met een andere manier om van ons te horen.</translation>
    </message>
    <message>
        <source>This person is no longer known.</source>
        <translation>Deze persoon is niet meer gekend.</translation>
    </message>
</context>
<context>
    <name>InvolvementScreen</name>
    <message>
        <source>How involved?</source>
        <translation>Mijn deelname</translation>
    </message>
    <message>
        <source>How involved do you want to be?</source>
        <translation>Hoe wil je meedoen?</translation>
    </message>
    <message>
        <source>Choose as many as you like. You can change your answers at any time, here at the kiosk.</source>
        <translation>Kies zoveel je wilt. Je kunt je antwoorden altijd wijzigen, hier aan de kiosk.</translation>
    </message>
    <message>
        <source>What interests you?</source>
        <translation>Wat interesseert je?</translation>
    </message>
    <message>
        <source>How do you want to hear from us?</source>
        <translation>Hoe wil je van ons horen?</translation>
    </message>
    <message>
        <source>Save my answers</source>
        <translation>Mijn antwoorden bewaren</translation>
    </message>
    <message>
        <source>Scan your badge to answer.</source>
        <translation>Scan je badge om te antwoorden.</translation>
    </message>
    <message>
        <source>Your answers are kept with your badge&apos;s name.</source>
        <translation>Je antwoorden worden bewaard bij de naam op je badge.</translation>
    </message>
    <message>
        <source>Thank you! Your answers are saved.</source>
        <translation>Dank je! Je antwoorden zijn bewaard.</translation>
    </message>
</context>
<context>
    <name>InvolvementStatsScreen</name>
    <message>
        <source>Who wants which news</source>
        <translation>Wie wil welk nieuws</translation>
    </message>
    <message>
        <source>What the people of this antenne want</source>
        <translation>Wat de mensen van deze antenne willen</translation>
    </message>
    <message>
        <source>Participation levels</source>
        <translation>Participatieniveaus</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Onderwerpen</translation>
    </message>
    <message>
        <source>Export the people who want this news</source>
        <translation>De mensen exporteren die dit nieuws willen</translation>
    </message>
    <message>
        <source>Only people who agreed to be contacted, with a way to reach them.</source>
        <translation>Alleen mensen die akkoord gingen om gecontacteerd te worden, met een manier om hen te bereiken.</translation>
    </message>
    <message>
        <source>Export a CSV file</source>
        <translation>Een CSV-bestand exporteren</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) answered.</source>
        <translation>
            <numerusform>%Ln persoon antwoordde.</numerusform>
            <numerusform>%Ln personen antwoordden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) exported to {path}</source>
        <translation>
            <numerusform>%Ln persoon geëxporteerd naar {path}</numerusform>
            <numerusform>%Ln personen geëxporteerd naar {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemScreen</name>
    <message>
        <source>An item for a body&apos;s agenda</source>
        <translation>Een punt voor de agenda</translation>
    </message>
    <message>
        <source>This item is no longer known.</source>
        <translation>Dit punt is niet meer bekend.</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>Hoe ver het staat</translation>
    </message>
    <message>
        <source>Proposed by {name} to: {body}</source>
        <translation>Voorgesteld door {name} aan: {body}</translation>
    </message>
    <message>
        <source>{count} of the {needed} signatures needed</source>
        <translation>{count} van de {needed} nodige handtekeningen</translation>
    </message>
    <message>
        <source>{count} signatures: enough ({needed} needed)</source>
        <translation>{count} handtekeningen: genoeg ({needed} nodig)</translation>
    </message>
    <message>
        <source>You agree it should be discussed? Scan your badge to add your name.</source>
        <translation>Vind je dat erover gepraat moet worden? Scan je badge om je naam toe te voegen.</translation>
    </message>
    <message>
        <source>The body has answered: no more names are needed.</source>
        <translation>Het orgaan heeft geantwoord: er zijn geen namen meer nodig.</translation>
    </message>
    <message>
        <source>The body&apos;s answer</source>
        <translation>Het antwoord van het orgaan</translation>
    </message>
    <message>
        <source>When it is discussed</source>
        <translation>Wanneer het besproken wordt</translation>
    </message>
    <message>
        <source>On the agenda of: {meeting}, {when}</source>
        <translation>Op de agenda van: {meeting}, {when}</translation>
    </message>
    <message>
        <source>Thank you, {name}: your name is on it.</source>
        <translation>Bedankt, {name}: je naam staat erop.</translation>
    </message>
</context>
<context>
    <name>Journey</name>
    <message>
        <source>This person is no longer known.</source>
        <translation>Deze persoon is niet meer gekend.</translation>
    </message>
    <message>
        <source>No journey step {slug}.</source>
        <translation>Geen trajectstap {slug}.</translation>
    </message>
    <message>
        <source>{name} is already a shareholder.</source>
        <translation>{name} is al vennoot.</translation>
    </message>
</context>
<context>
    <name>JourneyNext</name>
    <message>
        <source>Read the booklet: the cooperative in plain words, in ten minutes.</source>
        <translation>Lees het boekje: de coöperatie in eenvoudige woorden, in tien minuten.</translation>
    </message>
    <message>
        <source>Read the booklet</source>
        <translation>Het boekje lezen</translation>
    </message>
    <message>
        <source>Sign up for an information session: an hour to ask all your questions.</source>
        <translation>Schrijf je in voor een infosessie: een uur om al je vragen te stellen.</translation>
    </message>
    <message>
        <source>See the sessions</source>
        <translation>De sessies bekijken</translation>
    </message>
    <message>
        <source>Meet a facilitator: ask at the desk, they will tick this step with you.</source>
        <translation>Ontmoet een begeleider: vraag het aan de balie, die vinkt deze stap samen met jou aan.</translation>
    </message>
    <message>
        <source>Come and work at the antenne: check in at the welcome screen when you do.</source>
        <translation>Kom werken in de antenne: meld je die dag aan op het welkomstscherm.</translation>
    </message>
    <message>
        <source>Go to the welcome screen</source>
        <translation>Naar het welkomstscherm</translation>
    </message>
    <message>
        <source>Offer a skill, or ask for one, on the skills board.</source>
        <translation>Bied een vaardigheid aan, of vraag er een, op het vaardighedenbord.</translation>
    </message>
    <message>
        <source>Open the skills board</source>
        <translation>Het vaardighedenbord openen</translation>
    </message>
    <message>
        <source>Vote in the next consultation or assembly: the facilitators open the booth here.</source>
        <translation>Stem bij de volgende raadpleging of vergadering: de begeleiders openen het stemhokje hier.</translation>
    </message>
    <message>
        <source>Become a shareholder: buy your shares with a facilitator at the desk.</source>
        <translation>Word vennoot: koop je aandelen met een begeleider aan de balie.</translation>
    </message>
    <message>
        <source>Put a subject on the agenda of one of the bodies.</source>
        <translation>Zet een onderwerp op de agenda van een van de organen.</translation>
    </message>
    <message>
        <source>Propose an agenda item</source>
        <translation>Een agendapunt voorstellen</translation>
    </message>
    <message>
        <source>Next: {step}.</source>
        <translation>Volgende stap: {step}.</translation>
    </message>
    <message>
        <source>Every step is done. Thank you for making the cooperative yours!</source>
        <translation>Alle stappen zijn gedaan. Bedankt dat je de coöperatie mee tot leven brengt!</translation>
    </message>
</context>
<context>
    <name>JourneyScreen</name>
    <message>
        <source>My journey</source>
        <translation>Mijn traject</translation>
    </message>
    <message>
        <source>Record: became a shareholder</source>
        <translation>Registreren: werd vennoot</translation>
    </message>
    <message>
        <source>My items on a body&apos;s agenda</source>
        <translation>Mijn agendapunten</translation>
    </message>
    <message>
        <source>Help with travel costs</source>
        <translation>Hulp bij reiskosten</translation>
    </message>
    <message>
        <source>Export this person&apos;s data</source>
        <translation>Gegevens van deze persoon exporteren</translation>
    </message>
    <message>
        <source>Erase this person&apos;s data</source>
        <translation>Gegevens van deze persoon wissen</translation>
    </message>
    <message>
        <source>Scan your badge to see your journey.</source>
        <translation>Scan je badge om je traject te zien.</translation>
    </message>
    <message>
        <source>From your first visit to becoming a shareholder.</source>
        <translation>Van je eerste bezoek tot je vennoot wordt.</translation>
    </message>
    <message>
        <source>The journey of {name}</source>
        <translation>Het traject van {name}</translation>
    </message>
    <message numerus="yes">
        <source>%n of the steps done.</source>
        <translation>
            <numerusform>%Ln stap gedaan.</numerusform>
            <numerusform>%Ln stappen gedaan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each step at its own pace.</source>
        <translation>Elke stap op je eigen tempo.</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Als gedaan aanduiden</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Wat kun je nu doen?</translation>
    </message>
    <message>
        <source>Has {name} bought their shares?</source>
        <translation>Heeft {name} aandelen genomen?</translation>
    </message>
    <message>
        <source>The celebration starts, a welcome certificate is printed and the badge is reprinted with the role “Shareholder”.</source>
        <translation>Het feest begint, een welkomstcertificaat wordt afgedrukt en de badge wordt opnieuw afgedrukt met de rol „Vennoot”.</translation>
    </message>
    <message>
        <source>Yes, celebrate!</source>
        <translation>Ja, vieren maar!</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Export everything the kiosk holds about {name}?</source>
        <translation>Alles exporteren wat de kiosk over {name} bewaart?</translation>
    </message>
    <message>
        <source>A JSON file is written to the kiosk&apos;s exports folder. Hand it only to the person themselves.</source>
        <translation>Er wordt een JSON-bestand in de exportmap van de kiosk geschreven. Geef het alleen aan de persoon zelf.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>Data exported to {path}</source>
        <translation>Gegevens geëxporteerd naar {path}</translation>
    </message>
    <message>
        <source>Erase the data of {name}?</source>
        <translation>De gegevens van {name} wissen?</translation>
    </message>
    <message>
        <source>Visits, badges, journey and posts are deleted, the profile is emptied; only anonymous counts remain. This cannot be undone.</source>
        <translation>Bezoeken, badges, traject en berichten worden verwijderd, het profiel wordt leeggemaakt; alleen anonieme tellingen blijven. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>The person&apos;s data is erased.</source>
        <translation>De gegevens van de persoon zijn gewist.</translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
</context>
<context>
    <name>Level</name>
    <message>
        <source>Information: receive the news</source>
        <translation>Informatie: het nieuws ontvangen</translation>
    </message>
    <message>
        <source>Consultation: give my opinion</source>
        <translation>Raadpleging: mijn mening geven</translation>
    </message>
    <message>
        <source>Concertation: work on proposals</source>
        <translation>Overleg: aan voorstellen werken</translation>
    </message>
    <message>
        <source>Co-decision: decide together</source>
        <translation>Mee beslissen: samen beslissen</translation>
    </message>
    <message>
        <source>The antenne&apos;s news, the board&apos;s agendas, what was decided.</source>
        <translation>Het nieuws van de antenne, de agenda van de raad, wat beslist werd.</translation>
    </message>
    <message>
        <source>Short surveys, advisory votes: you say what you think.</source>
        <translation>Korte bevragingen, adviserende stemmingen: je zegt wat je denkt.</translation>
    </message>
    <message>
        <source>Working groups that prepare proposals with the board.</source>
        <translation>Werkgroepen die voorstellen voorbereiden met de raad.</translation>
    </message>
    <message>
        <source>The general assembly, the local budget: your vote counts.</source>
        <translation>De algemene vergadering, het lokale budget: je stem telt.</translation>
    </message>
</context>
<context>
    <name>NamedHandsScreen</name>
    <message>
        <source>Call each name and tap the answer given. The answers are recorded by name and printed in the minutes.</source>
        <translation>Roep elke naam af en tik het gegeven antwoord aan. De antwoorden worden met de namen vastgelegd en komen in de notulen.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>The vote is not open yet.</source>
        <translation>De stemming is nog niet geopend.</translation>
    </message>
    <message>
        <source>{name}, by proxy: {holder} answers</source>
        <translation>{name}, bij volmacht: {holder} antwoordt</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) have already voted.</source>
        <translation>
            <numerusform>%Ln persoon heeft al gestemd.</numerusform>
            <numerusform>%Ln personen hebben al gestemd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Named vote</source>
        <translation>Hoofdelijke stemming</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) to record</source>
        <translation>
            <numerusform>%Ln antwoord vast te leggen</numerusform>
            <numerusform>%Ln antwoorden vast te leggen</numerusform>
        </translation>
    </message>
    <message>
        <source>Record the answers</source>
        <translation>De antwoorden vastleggen</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) recorded.</source>
        <translation>
            <numerusform>%Ln antwoord vastgelegd.</numerusform>
            <numerusform>%Ln antwoorden vastgelegd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NextStep</name>
    <message>
        <source>Read the booklet</source>
        <translation>Het boekje lezen</translation>
    </message>
    <message>
        <source>How involved do I want to be?</source>
        <translation>Hoe wil ik meedoen?</translation>
    </message>
    <message>
        <source>My journey</source>
        <translation>Mijn traject</translation>
    </message>
    <message>
        <source>Where do I fit in the governance?</source>
        <translation>Waar pas ik in het bestuur?</translation>
    </message>
</context>
<context>
    <name>Onboarding</name>
    <message>
        <source>Please write your first name.</source>
        <translation>Schrijf je voornaam, alsjeblieft.</translation>
    </message>
    <message>
        <source>Please write your last name.</source>
        <translation>Schrijf je naam, alsjeblieft.</translation>
    </message>
    <message>
        <source>A name can be at most {max} characters long.</source>
        <translation>Een naam mag hoogstens {max} tekens lang zijn.</translation>
    </message>
    <message>
        <source>A name can hold letters, spaces, hyphens and apostrophes only.</source>
        <translation>Een naam mag alleen letters, spaties, koppeltekens en apostrofs bevatten.</translation>
    </message>
    <message>
        <source>This e-mail address does not look right: it needs an @ and a domain, like name@example.org.</source>
        <translation>Dit e-mailadres lijkt niet te kloppen: er is een @ en een domein nodig, zoals naam@voorbeeld.org.</translation>
    </message>
    <message>
        <source>This phone number does not look right: use digits, spaces and + only.</source>
        <translation>Dit telefoonnummer lijkt niet te kloppen: gebruik alleen cijfers, spaties en +.</translation>
    </message>
    <message>
        <source>Please choose why you came today.</source>
        <translation>Kies waarvoor je vandaag komt, alsjeblieft.</translation>
    </message>
    <message>
        <source>Please choose your language.</source>
        <translation>Kies je taal, alsjeblieft.</translation>
    </message>
    <message>
        <source>This person is no longer known.</source>
        <translation>Deze persoon is niet meer gekend.</translation>
    </message>
    <message>
        <source>We can only register you if you agree to what we keep. You can also ask someone at the desk.</source>
        <translation>We kunnen je alleen inschrijven als je akkoord gaat met wat we bewaren. Je kunt het ook aan het onthaal vragen.</translation>
    </message>
</context>
<context>
    <name>OptionRows</name>
    <message>
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>Name ({language})</source>
        <translation>Naam ({language})</translation>
    </message>
    <message>
        <source>Name ({language}, optional)</source>
        <translation>Naam ({language}, optioneel)</translation>
    </message>
    <message>
        <source>Description ({language}, optional)</source>
        <translation>Beschrijving ({language}, optioneel)</translation>
    </message>
    <message>
        <source>Cost in euros</source>
        <translation>Kosten in euro</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <source>Remove this option</source>
        <translation>Deze optie weghalen</translation>
    </message>
    <message>
        <source>Language of the vote</source>
        <translation>Taal van de stemming</translation>
    </message>
    <message>
        <source>Texts in</source>
        <translation>Teksten in</translation>
    </message>
    <message>
        <source>{language}, translated</source>
        <translation>{language}, vertaald</translation>
    </message>
    <message>
        <source>The texts in {language} are the vote&apos;s own and count; the other languages are optional translations, shown to those who read them.</source>
        <translation>De teksten in het {language} zijn die van de stemming en gelden; de andere talen zijn optionele vertalingen, getoond aan wie ze leest.</translation>
    </message>
    <message>
        <source>Title ({language}, optional)</source>
        <translation>Titel ({language}, optioneel)</translation>
    </message>
    <message>
        <source>Title of the vote ({language})</source>
        <translation>Titel van de stemming ({language})</translation>
    </message>
    <message>
        <source>Question ({language}, optional)</source>
        <translation>Vraag ({language}, optioneel)</translation>
    </message>
    <message>
        <source>Add a project</source>
        <translation>Project toevoegen</translation>
    </message>
    <message>
        <source>Add an option</source>
        <translation>Optie toevoegen</translation>
    </message>
</context>
<context>
    <name>PersonSearch</name>
    <message>
        <source>Type a first or last name</source>
        <translation>Typ een voornaam of achternaam</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Een persoon zoeken</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>Type your first name and the first letter of your last name.</source>
        <translation>Typ je voornaam en de eerste letter van je achternaam.</translation>
    </message>
    <message>
        <source>Start typing: the list fills in as you type.</source>
        <translation>Begin te typen: de lijst vult zich terwijl je typt.</translation>
    </message>
    <message>
        <source>Several people have this name: type more letters of your last name.</source>
        <translation>Meerdere mensen hebben deze naam: typ meer letters van je achternaam.</translation>
    </message>
    <message>
        <source>Nobody found with this name. Found by your badge only? Scan your badge.</source>
        <translation>Niemand gevonden met deze naam. Wil je alleen via je badge gevonden worden? Scan je badge.</translation>
    </message>
    <message>
        <source>Nobody found with this name.</source>
        <translation>Niemand gevonden met deze naam.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) found</source>
        <translation>
            <numerusform>%Ln persoon gevonden</numerusform>
            <numerusform>%Ln personen gevonden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Erase</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Pincode</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>No printer is set up on this kiosk.</source>
        <translation>Er is geen printer ingesteld op deze kiosk.</translation>
    </message>
    <message>
        <source>The printer {name} does not exist.</source>
        <translation>De printer {name} bestaat niet.</translation>
    </message>
    <message>
        <source>The printer {name} is paused. It may be out of labels or paper.</source>
        <translation>De printer {name} staat op pauze. Misschien zijn de etiketten of het papier op.</translation>
    </message>
    <message>
        <source>The printer is not answering.</source>
        <translation>De printer reageert niet.</translation>
    </message>
    <message>
        <source>The printer could not print this.</source>
        <translation>De printer kon dit niet afdrukken.</translation>
    </message>
    <message>
        <source>Your badge will be ready at the desk. Until then, the code on screen works like your badge.</source>
        <translation>Je badge ligt klaar aan het onthaal. Tot dan werkt de code op het scherm als je badge.</translation>
    </message>
    <message>
        <source>This could not be printed here. Please ask at the desk: they can print it for you.</source>
        <translation>Dit kon hier niet afgedrukt worden. Vraag het aan het onthaal: daar drukken ze het voor je af.</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>Nobody is known by the id {id}.</source>
        <translation>Niemand is bekend met het id {id}.</translation>
    </message>
    <message>
        <source>{id} was already erased: only an anonymous tombstone is left, nothing personal.</source>
        <translation>{id} werd al gewist: er blijft alleen een anoniem spoor over, niets persoonlijks.</translation>
    </message>
</context>
<context>
    <name>PrivateFiles</name>
    <message>
        <source>Other users of this computer can read the kiosk&apos;s database (contact details, the sync token). Ask whoever looks after the kiosk to run: {command}</source>
        <translation>Andere gebruikers van deze computer kunnen de database van de kiosk lezen (contactgegevens, het synchronisatietoken). Vraag wie de kiosk beheert om dit uit te voeren: {command}</translation>
    </message>
</context>
<context>
    <name>ProgrammeScreen</name>
    <message>
        <source>Now: {title}</source>
        <translation>Nu: {title}</translation>
    </message>
    <message>
        <source>Next today: {title}</source>
        <translation>Straks vandaag: {title}</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessies</translation>
    </message>
    <message>
        <source>Sessions: co-working, drop-ins, workshops</source>
        <translation>Sessies: coworking, inloopmomenten, workshops</translation>
    </message>
    <message>
        <source>Host a session on your topic</source>
        <translation>Een inloopmoment over jouw onderwerp leiden</translation>
    </message>
    <message>
        <source>Day before</source>
        <translation>Dag ervoor</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Volgende dag</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <source>Basic trainings</source>
        <translation>Basisopleidingen</translation>
    </message>
    <message>
        <source>Topics {arrow} ({count})</source>
        <translation>Thema&apos;s {arrow} ({count})</translation>
    </message>
    <message>
        <source>Topic: {topic} {arrow}</source>
        <translation>Thema: {topic} {arrow}</translation>
    </message>
    <message>
        <source>Every topic</source>
        <translation>Alle thema&apos;s</translation>
    </message>
    <message>
        <source>Today, {day}</source>
        <translation>Vandaag, {day}</translation>
    </message>
    <message>
        <source>Tomorrow, {day}</source>
        <translation>Morgen, {day}</translation>
    </message>
    <message>
        <source>No session this day.</source>
        <translation>Geen sessie op deze dag.</translation>
    </message>
    <message>
        <source>Swipe or tap “Next day” to see the next.</source>
        <translation>Veeg of tik op ‘Volgende dag’ om de volgende te zien.</translation>
    </message>
    <message>
        <source>Show more sessions ({count})</source>
        <translation>Meer sessies tonen ({count})</translation>
    </message>
</context>
<context>
    <name>ProjectorResultsScreen</name>
    <message>
        <source>Results</source>
        <translation>Uitslag</translation>
    </message>
</context>
<context>
    <name>ProjectorScreen</name>
    <message>
        <source>Projector</source>
        <translation>Projector</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Antenne — projector</source>
        <translation>Antenne — projector</translation>
    </message>
</context>
<context>
    <name>ProjectsEditor</name>
    <message>
        <source>What is this project? A few sentences (at most 600 characters).</source>
        <translation>Waarover gaat dit project? Enkele zinnen (hoogstens 600 tekens).</translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation>Kies een afbeelding</translation>
    </message>
    <message>
        <source>Remove the picture</source>
        <translation>Afbeelding verwijderen</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>Project opslaan</translation>
    </message>
    <message>
        <source>Back to the vote</source>
        <translation>Terug naar de stemming</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Projects of “{title}”</source>
        <translation>Projecten van ‘{title}’</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Geen afbeelding</translation>
    </message>
    <message>
        <source>Looking for pictures…</source>
        <translation>Afbeeldingen zoeken…</translation>
    </message>
    <message>
        <source>Tap a picture for this project.</source>
        <translation>Tik op een afbeelding voor dit project.</translation>
    </message>
    <message>
        <source>No picture found. Plug in a USB stick with the pictures (JPEG or PNG), then try again.</source>
        <translation>Geen afbeelding gevonden. Steek een usb-stick met de afbeeldingen (JPEG of PNG) in en probeer opnieuw.</translation>
    </message>
    <message>
        <source>The project is saved.</source>
        <translation>Het project is opgeslagen.</translation>
    </message>
</context>
<context>
    <name>ProposeScreen</name>
    <message>
        <source>Propose an item</source>
        <translation>Een punt voorstellen</translation>
    </message>
    <message>
        <source>Propose an item to a body</source>
        <translation>Een punt voorstellen aan een orgaan</translation>
    </message>
    <message>
        <source>{name}, what should the body talk about?</source>
        <translation>{name}, waarover moet het orgaan praten?</translation>
    </message>
    <message>
        <source>Any member can ask a body of the cooperative to discuss a question. Once enough members have signed it too, it goes to the body&apos;s secretary.</source>
        <translation>Elke vennoot kan een orgaan van de coöperatie vragen een vraag te bespreken. Zodra genoeg vennoten mee ondertekenden, gaat ze naar de secretaris van het orgaan.</translation>
    </message>
    <message>
        <source>Scan your badge to propose an item.</source>
        <translation>Scan je badge om een punt voor te stellen.</translation>
    </message>
    <message>
        <source>Members of the cooperative can do this.</source>
        <translation>Leden van de coöperatie kunnen dit doen.</translation>
    </message>
    <message>
        <source>Which body?</source>
        <translation>Welk orgaan?</translation>
    </message>
    <message>
        <source>Title: your question in one sentence</source>
        <translation>Titel: je vraag in één zin</translation>
    </message>
    <message>
        <source>For example: a meeting room open evenings</source>
        <translation>Bijvoorbeeld: een vergaderzaal die &apos;s avonds open is</translation>
    </message>
    <message>
        <source>A few lines to explain (optional)</source>
        <translation>Een paar regels uitleg (niet verplicht)</translation>
    </message>
    <message>
        <source>A photo of a document (optional)</source>
        <translation>Een foto van een document (niet verplicht)</translation>
    </message>
    <message>
        <source>Send my proposal</source>
        <translation>Mijn voorstel versturen</translation>
    </message>
    <message>
        <source>Your items already proposed</source>
        <translation>Je punten die al voorgesteld zijn</translation>
    </message>
    <message>
        <source>{title} ({body})</source>
        <translation>{title} ({body})</translation>
    </message>
    <message>
        <source>Hold the document in front of the camera…</source>
        <translation>Houd het document voor de camera…</translation>
    </message>
    <message>
        <source>Remove the photo</source>
        <translation>De foto weghalen</translation>
    </message>
    <message>
        <source>No camera on this kiosk</source>
        <translation>Geen camera op deze kiosk</translation>
    </message>
    <message>
        <source>Your proposal goes without a photo.</source>
        <translation>Je voorstel gaat zonder foto.</translation>
    </message>
    <message>
        <source>Take a photo</source>
        <translation>Een foto nemen</translation>
    </message>
    <message>
        <source>A letter, a poster, a page of minutes.</source>
        <translation>Een brief, een affiche, een bladzijde uit een verslag.</translation>
    </message>
    <message>
        <source>Take it again</source>
        <translation>Opnieuw nemen</translation>
    </message>
    <message>
        <source>The photo goes with your proposal.</source>
        <translation>De foto gaat mee met je voorstel.</translation>
    </message>
    <message>
        <source>Choose the body your item is for.</source>
        <translation>Kies het orgaan waarvoor je punt bedoeld is.</translation>
    </message>
</context>
<context>
    <name>Purpose</name>
    <message>
        <source>Information session</source>
        <translation>Infosessie</translation>
    </message>
    <message>
        <source>Co-working</source>
        <translation>Coworking</translation>
    </message>
    <message>
        <source>Drop-in session</source>
        <translation>Inloopmoment</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Vergadering</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Iets anders</translation>
    </message>
</context>
<context>
    <name>RankingBallot</name>
    <message>
        <source>Tap the options in your order of preference: first, second…</source>
        <translation>Tik de opties aan in je volgorde van voorkeur: eerst je favoriet, dan de tweede…</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Opnieuw beginnen</translation>
    </message>
</context>
<context>
    <name>ReadScreen</name>
    <message>
        <source>The booklet</source>
        <translation>Het boekje</translation>
    </message>
    <message>
        <source>Print this page</source>
        <translation>Deze pagina afdrukken</translation>
    </message>
    <message>
        <source>Scan to continue reading on your phone.</source>
        <translation>Scan om verder te lezen op je telefoon.</translation>
    </message>
    <message>
        <source>Nothing to read here yet.</source>
        <translation>Hier is nog niets te lezen.</translation>
    </message>
    <message>
        <source>The pages arrive with the next update of the kiosk.</source>
        <translation>De pagina&apos;s komen met de volgende update van de kiosk.</translation>
    </message>
    <message>
        <source>The page is being printed.</source>
        <translation>De pagina wordt afgedrukt.</translation>
    </message>
</context>
<context>
    <name>RegisterScreen</name>
    <message>
        <source>First visit</source>
        <translation>Eerste bezoek</translation>
    </message>
    <message>
        <source>Nice to meet you!</source>
        <translation>Aangenaam!</translation>
    </message>
    <message>
        <source>Only your names are needed. E-mail and phone are optional.</source>
        <translation>Alleen je voornaam en naam zijn nodig. E-mail en telefoon zijn niet verplicht.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>E-mail (optional)</source>
        <translation>E-mail (niet verplicht)</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>Telefoon (niet verplicht)</translation>
    </message>
    <message>
        <source>Your language</source>
        <translation>Je taal</translation>
    </message>
    <message>
        <source>Why did you come today?</source>
        <translation>Waarom kwam je vandaag?</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Verder</translation>
    </message>
</context>
<context>
    <name>RollcallScreen</name>
    <message>
        <source>Roll call</source>
        <translation>Aanwezigheden</translation>
    </message>
    <message>
        <source>Scan badges at the door, or find a person and tap their name to tick them present.</source>
        <translation>Scan de badges aan de deur, of zoek iemand en tik op de naam om die als aanwezig aan te duiden.</translation>
    </message>
    <message>
        <source>Record a proxy</source>
        <translation>Een volmacht registreren</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>No vote to call the roll for.</source>
        <translation>Geen stemming om aanwezigheden voor op te nemen.</translation>
    </message>
    <message>
        <source>No quorum for this vote.</source>
        <translation>Geen quorum voor deze stemming.</translation>
    </message>
    <message>
        <source>Quorum met</source>
        <translation>Quorum bereikt</translation>
    </message>
    <message>
        <source>Quorum not met yet</source>
        <translation>Quorum nog niet bereikt</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <source>Represented by a proxy</source>
        <translation>Vertegenwoordigd met een volmacht</translation>
    </message>
    <message>
        <source>Entitled to vote</source>
        <translation>Stemgerechtigd</translation>
    </message>
    <message>
        <source>represented by {name}</source>
        <translation>vertegenwoordigd door {name}</translation>
    </message>
    <message>
        <source>present, does not vote</source>
        <translation>aanwezig, stemt niet</translation>
    </message>
    <message numerus="yes">
        <source>holds %n proxy(ies)</source>
        <translation>
            <numerusform>houdt %Ln volmacht</numerusform>
            <numerusform>houdt %Ln volmachten</numerusform>
        </translation>
    </message>
    <message>
        <source>has voted</source>
        <translation>heeft gestemd</translation>
    </message>
    <message>
        <source>Revoke the proxy</source>
        <translation>Volmacht intrekken</translation>
    </message>
    <message>
        <source>Revoke the proxy of {name}?</source>
        <translation>De volmacht van {name} intrekken?</translation>
    </message>
    <message>
        <source>{holder} will no longer vote for {name}.</source>
        <translation>{holder} stemt niet langer voor {name}.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>The proxy of {name} is revoked.</source>
        <translation>De volmacht van {name} is ingetrokken.</translation>
    </message>
    <message>
        <source>Proxy recorded.</source>
        <translation>Volmacht geregistreerd.</translation>
    </message>
    <message>
        <source>{name} is present.</source>
        <translation>{name} is aanwezig.</translation>
    </message>
    <message>
        <source>1. Who gives the proxy? (absent)</source>
        <translation>1. Wie geeft volmacht? (afwezig)</translation>
    </message>
    <message>
        <source>2. Who holds the proxy of {name}? (present)</source>
        <translation>2. Wie krijgt de volmacht van {name}? (aanwezig)</translation>
    </message>
</context>
<context>
    <name>RoomDisplay</name>
    <message>
        <source>{value}%</source>
        <translation>{value}%</translation>
    </message>
    <message>
        <source>Vote by phone: scan or type</source>
        <translation>Stem met je telefoon: scan of typ</translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation>Opkomst</translation>
    </message>
    <message>
        <source>{voted} of {roll} voters have voted ({share})</source>
        <translation>{voted} van de {roll} kiezers hebben gestemd ({share})</translation>
    </message>
    <message>
        <source>The vote is closed.</source>
        <translation>De stemming is gesloten.</translation>
    </message>
    <message>
        <source>The vote is open.</source>
        <translation>De stemming is open.</translation>
    </message>
    <message>
        <source>Vote closes in</source>
        <translation>De stemming sluit over</translation>
    </message>
    <message>
        <source>The results are not revealed yet.</source>
        <translation>De resultaten zijn nog niet bekendgemaakt.</translation>
    </message>
    <message>
        <source>No result</source>
        <translation>Geen uitslag</translation>
    </message>
    <message>
        <source>ADOPTED</source>
        <translation>AANGENOMEN</translation>
    </message>
    <message>
        <source>REJECTED</source>
        <translation>VERWORPEN</translation>
    </message>
    <message>
        <source>Tie: {names}</source>
        <translation>Gelijkspel: {names}</translation>
    </message>
    <message>
        <source>Chosen: {name}</source>
        <translation>Gekozen: {name}</translation>
    </message>
    <message>
        <source>No winner</source>
        <translation>Geen winnaar</translation>
    </message>
    <message>
        <source>Each option&apos;s median grade: half the voters gave it that or better.</source>
        <translation>Het meerderheidsoordeel van elke optie: de helft van de kiezers gaf dat of beter.</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) funded</source>
        <translation>
            <numerusform>%Ln project gefinancierd</numerusform>
            <numerusform>%Ln projecten gefinancierd</numerusform>
        </translation>
    </message>
    <message>
        <source>Budget used: {spent} of {budget}</source>
        <translation>Gebruikt budget: {spent} van {budget}</translation>
    </message>
    <message>
        <source>Budget used</source>
        <translation>Gebruikt budget</translation>
    </message>
    <message>
        <source>More than half</source>
        <translation>Meer dan de helft</translation>
    </message>
    <message>
        <source>Two thirds</source>
        <translation>Twee derde</translation>
    </message>
    <message>
        <source>Three quarters</source>
        <translation>Drie kwart</translation>
    </message>
    <message>
        <source>of the votes cast</source>
        <translation>van de uitgebrachte stemmen</translation>
    </message>
    <message>
        <source>of the votes present</source>
        <translation>van de aanwezige stemmen</translation>
    </message>
    <message>
        <source>of the votes entitled</source>
        <translation>van de stemgerechtigde stemmen</translation>
    </message>
    <message>
        <source>The quorum was not met: without it the vote cannot decide.</source>
        <translation>Het quorum is niet gehaald: zonder quorum kan de stemming niets beslissen.</translation>
    </message>
    <message>
        <source>Unanimity was needed: nobody against.</source>
        <translation>Eenparigheid was nodig: niemand tegen.</translation>
    </message>
    <message>
        <source>{needed} {base} were needed: {share} voted for.</source>
        <translation>{needed} {base} was nodig: {share} stemde voor.</translation>
    </message>
</context>
<context>
    <name>SessionCheckinScreen</name>
    <message>
        <source>Check in</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <source>Scan your badge to check in.</source>
        <translation>Scan je badge om je aan te melden.</translation>
    </message>
    <message>
        <source>{name}, you were already checked in. Enjoy!</source>
        <translation>{name}, je was al aangemeld. Veel plezier!</translation>
    </message>
    <message>
        <source>Welcome, {name}: you are checked in.</source>
        <translation>Welkom, {name}: je bent aangemeld.</translation>
    </message>
</context>
<context>
    <name>SessionDetailScreen</name>
    <message>
        <source>A session</source>
        <translation>Een sessie</translation>
    </message>
    <message>
        <source>Sign up</source>
        <translation>Inschrijven</translation>
    </message>
    <message>
        <source>I&apos;m coming</source>
        <translation>Ik kom</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <source>I can&apos;t come</source>
        <translation>Ik kan niet komen</translation>
    </message>
    <message>
        <source>Check people in</source>
        <translation>Deelnemers aanmelden</translation>
    </message>
    <message>
        <source>Join the video call: scan with your phone</source>
        <translation>Deelnemen aan het videogesprek: scan met je telefoon</translation>
    </message>
    <message>
        <source>Add it to your phone&apos;s calendar</source>
        <translation>Zet ze in de agenda van je telefoon</translation>
    </message>
    <message>
        <source>This session is no longer on the programme.</source>
        <translation>Deze sessie staat niet meer op het programma.</translation>
    </message>
    <message>
        <source>Note: {notice}</source>
        <translation>Let op: {notice}</translation>
    </message>
    <message>
        <source>Join the waiting list</source>
        <translation>Op de wachtlijst</translation>
    </message>
    <message>
        <source>Scan your badge to see your place.</source>
        <translation>Scan je badge om je plaats te zien.</translation>
    </message>
</context>
<context>
    <name>SessionEditorScreen</name>
    <message>
        <source>Sessions and series</source>
        <translation>Sessies en reeksen</translation>
    </message>
    <message>
        <source>Offers to host ({count})</source>
        <translation>Aanbiedingen ({count})</translation>
    </message>
    <message>
        <source>A new session or series</source>
        <translation>Een nieuwe sessie of reeks</translation>
    </message>
    <message>
        <source>Change or cancel</source>
        <translation>Wijzigen of annuleren</translation>
    </message>
    <message>
        <source>Members offered to host these drop-ins. Accepted, they are on the programme.</source>
        <translation>Leden bieden aan deze inloopmomenten te leiden. Eens aanvaard staan ze op het programma.</translation>
    </message>
    <message>
        <source>No member&apos;s offer is waiting.</source>
        <translation>Er wacht geen aanbod van een lid.</translation>
    </message>
    <message>
        <source>Weekly offers run until (a day, like 2027-06-30)</source>
        <translation>Wekelijkse aanbiedingen lopen tot (een dag, zoals 2027-06-30)</translation>
    </message>
    <message>
        <source>What kind of session?</source>
        <translation>Wat voor sessie?</translation>
    </message>
    <message>
        <source>Mentored co-working</source>
        <translation>Begeleid coworken</translation>
    </message>
    <message>
        <source>Drop-in</source>
        <translation>Inloopmoment</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Opleiding</translation>
    </message>
    <message>
        <source>Meet the board</source>
        <translation>Ontmoeting met het bestuur</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Topic (optional)</source>
        <translation>Onderwerp (niet verplicht)</translation>
    </message>
    <message>
        <source>What happens there (optional)</source>
        <translation>Wat er gebeurt (niet verplicht)</translation>
    </message>
    <message>
        <source>Room (optional)</source>
        <translation>Zaal (niet verplicht)</translation>
    </message>
    <message>
        <source>First day and time</source>
        <translation>Eerste dag en uur</translation>
    </message>
    <message>
        <source>Day, like 2026-12-15</source>
        <translation>Dag, zoals 2026-12-15</translation>
    </message>
    <message>
        <source>Time, like 14:00</source>
        <translation>Uur, zoals 14:00</translation>
    </message>
    <message>
        <source>Length in minutes</source>
        <translation>Duur in minuten</translation>
    </message>
    <message>
        <source>Seats (0: no limit)</source>
        <translation>Plaatsen (0: geen limiet)</translation>
    </message>
    <message>
        <source>Price in euros (0: free)</source>
        <translation>Prijs in euro (0: gratis)</translation>
    </message>
    <message>
        <source>How often?</source>
        <translation>Hoe vaak?</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Eén keer</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Elke week</translation>
    </message>
    <message>
        <source>Every other week</source>
        <translation>Om de twee weken</translation>
    </message>
    <message>
        <source>Every month, same weekday</source>
        <translation>Elke maand, zelfde weekdag</translation>
    </message>
    <message>
        <source>Last day of the series</source>
        <translation>Laatste dag van de reeks</translation>
    </message>
    <message>
        <source>Day, like 2027-06-30</source>
        <translation>Dag, zoals 2027-06-30</translation>
    </message>
    <message>
        <source>Days without the session (holidays), separated by spaces</source>
        <translation>Dagen zonder sessie (vakantie), gescheiden door spaties</translation>
    </message>
    <message>
        <source>Like 2026-12-24 2026-12-31</source>
        <translation>Zoals 2026-12-24 2026-12-31</translation>
    </message>
    <message>
        <source>Week before</source>
        <translation>Week ervoor</translation>
    </message>
    <message>
        <source>Week after</source>
        <translation>Week erna</translation>
    </message>
    <message>
        <source>From {day}</source>
        <translation>Vanaf {day}</translation>
    </message>
    <message>
        <source>No session this week.</source>
        <translation>Geen sessie deze week.</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Zaal</translation>
    </message>
    <message>
        <source>Time and length in minutes</source>
        <translation>Uur en duur in minuten</translation>
    </message>
    <message>
        <source>Like 14:00</source>
        <translation>Zoals 14:00</translation>
    </message>
    <message>
        <source>Which sessions?</source>
        <translation>Welke sessies?</translation>
    </message>
    <message>
        <source>This one</source>
        <translation>Deze</translation>
    </message>
    <message>
        <source>This one and the following ones</source>
        <translation>Deze en de volgende</translation>
    </message>
    <message>
        <source>The reason, for those signed up</source>
        <translation>De reden, voor wie ingeschreven is</translation>
    </message>
    <message>
        <source>For example: the room is being painted</source>
        <translation>Bijvoorbeeld: de zaal wordt geschilderd</translation>
    </message>
    <message>
        <source>Put it on the programme</source>
        <translation>Op het programma zetten</translation>
    </message>
    <message>
        <source>Save the change</source>
        <translation>Wijziging opslaan</translation>
    </message>
    <message>
        <source>Cancel the session</source>
        <translation>Sessie annuleren</translation>
    </message>
    <message>
        <source>{topic}, by {name}: from {day} at {time}, {minutes} min, {seats} people</source>
        <translation>{topic}, door {name}: vanaf {day} om {time}, {minutes} min, {seats} mensen</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aanvaarden</translation>
    </message>
    <message>
        <source>{day} {time}: {title}</source>
        <translation>{day} {time}: {title}</translation>
    </message>
    <message>
        <source>Type the last day like 2027-06-30.</source>
        <translation>Typ de laatste dag zoals 2027-06-30.</translation>
    </message>
    <message numerus="yes">
        <source>On the programme: %n session(s).</source>
        <translation>
            <numerusform>Op het programma: %Ln sessie.</numerusform>
            <numerusform>Op het programma: %Ln sessies.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the first day like 2026-12-15.</source>
        <translation>Typ de eerste dag zoals 2026-12-15.</translation>
    </message>
    <message>
        <source>Type the time like 14:00.</source>
        <translation>Typ het uur zoals 14:00.</translation>
    </message>
    <message>
        <source>Type the price in euros, like 20 or 12,50.</source>
        <translation>Typ de prijs in euro, zoals 20 of 12,50.</translation>
    </message>
    <message>
        <source>Type the last day of the series like 2027-06-30.</source>
        <translation>Typ de laatste dag van de reeks zoals 2027-06-30.</translation>
    </message>
    <message>
        <source>This is not a day: {text}</source>
        <translation>Dit is geen dag: {text}</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Changed.</source>
        <translation>Gewijzigd.</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n session(s).</source>
        <translation>
            <numerusform>Geannuleerd: %Ln sessie.</numerusform>
            <numerusform>Geannuleerd: %Ln sessies.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) will read the reason at their next scan.</source>
        <translation>
            <numerusform>%Ln persoon leest de reden bij de volgende scan.</numerusform>
            <numerusform>%Ln personen lezen de reden bij hun volgende scan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionForWhom</name>
    <message>
        <source>For members working on their project, with a mentor to ask.</source>
        <translation>Voor leden die aan hun project werken, met een mentor om vragen aan te stellen.</translation>
    </message>
    <message>
        <source>For anyone curious about the topic: no need to prepare.</source>
        <translation>Voor iedereen die nieuwsgierig is naar het thema: niets voor te bereiden.</translation>
    </message>
    <message>
        <source>For members and visitors who want to practise.</source>
        <translation>Voor leden en bezoekers die willen oefenen.</translation>
    </message>
    <message>
        <source>For members who want to learn a skill step by step.</source>
        <translation>Voor leden die stap voor stap een vaardigheid willen leren.</translation>
    </message>
    <message>
        <source>For every member with a question or an idea for the board.</source>
        <translation>Voor elk lid met een vraag of een idee voor het bestuur.</translation>
    </message>
</context>
<context>
    <name>SessionKind</name>
    <message>
        <source>Mentored co-working</source>
        <translation>Begeleid coworken</translation>
    </message>
    <message>
        <source>Drop-in</source>
        <translation>Inloopmoment</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Opleiding</translation>
    </message>
    <message>
        <source>Meet the board</source>
        <translation>Ontmoet het bestuur</translation>
    </message>
</context>
<context>
    <name>SessionSignupScreen</name>
    <message>
        <source>Sign up</source>
        <translation>Inschrijven</translation>
    </message>
    <message>
        <source>Scan your badge to sign up.</source>
        <translation>Scan je badge om je in te schrijven.</translation>
    </message>
    <message>
        <source>No badge? Type your name and tap it.</source>
        <translation>Geen badge? Typ je naam en tik erop.</translation>
    </message>
</context>
<context>
    <name>SessionStep</name>
    <message>
        <source>Back to the session</source>
        <translation>Terug naar de sessie</translation>
    </message>
</context>
<context>
    <name>SessionTopic</name>
    <message>
        <source>Accounting</source>
        <translation>Boekhouding</translation>
    </message>
    <message>
        <source>Copyright</source>
        <translation>Auteursrecht</translation>
    </message>
    <message>
        <source>Co-working</source>
        <translation>Coworking</translation>
    </message>
    <message>
        <source>Working across borders</source>
        <translation>Over de grens werken</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>Bestuur</translation>
    </message>
    <message>
        <source>Participatory budget</source>
        <translation>Participatief budget</translation>
    </message>
    <message>
        <source>Payslip</source>
        <translation>Loonfiche</translation>
    </message>
    <message>
        <source>Photography</source>
        <translation>Fotografie</translation>
    </message>
    <message>
        <source>Welcome to Smart</source>
        <translation>Welkom bij Smart</translation>
    </message>
</context>
<context>
    <name>SessionWaitlistedScreen</name>
    <message>
        <source>Waiting list</source>
        <translation>Wachtlijst</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>Wat gebeurt er nu?</translation>
    </message>
    <message>
        <source>When someone can&apos;t come, their seat goes to the first person waiting, at once. You will see it at your next badge scan, on any kiosk.</source>
        <translation>Als iemand niet kan komen, gaat die plaats meteen naar de eerste op de wachtlijst. Je ziet het bij je volgende badgescan, op elke kiosk.</translation>
    </message>
    <message>
        <source>A seat freed more than {hours} hours before the start waits for you until {hours} hours before the start: scan your badge and say you come, or it goes to the next person. A seat freed later is simply yours.</source>
        <translation>Een plaats die meer dan {hours} uur voor het begin vrijkomt, wacht op jou tot {hours} uur voor het begin: scan je badge en zeg dat je komt, anders gaat ze naar de volgende. Een plaats die later vrijkomt, is gewoon van jou.</translation>
    </message>
    <message>
        <source>Camille, you are number 3 on the waiting list.</source>
        <translation>Camille, je bent nummer 3 op de wachtlijst.</translation>
    </message>
    <message>
        <source>A seat is yours if you say you come {deadline}.</source>
        <translation>Er is een plaats voor jou als je zegt dat je komt {deadline}.</translation>
    </message>
</context>
<context>
    <name>SessionWords</name>
    <message>
        <source>Free</source>
        <translation>Gratis</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>Open to all</source>
        <translation>Open voor iedereen</translation>
    </message>
    <message>
        <source>Full: waiting list</source>
        <translation>Volzet: wachtlijst</translation>
    </message>
    <message>
        <source>1 seat left</source>
        <translation>Nog 1 plaats</translation>
    </message>
    <message>
        <source>{count} seats left</source>
        <translation>Nog {count} plaatsen</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>At the antenne</source>
        <translation>In de antenne</translation>
    </message>
    <message>
        <source>With {name}</source>
        <translation>Met {name}</translation>
    </message>
    <message>
        <source>by {day}, {time}</source>
        <translation>vóór {day}, {time}</translation>
    </message>
    <message>
        <source>{name}, your seat is confirmed.</source>
        <translation>{name}, je plaats is bevestigd.</translation>
    </message>
    <message>
        <source>{name}, you have a seat: we&apos;ll confirm it.</source>
        <translation>{name}, je hebt een plaats: we bevestigen ze nog.</translation>
    </message>
    <message>
        <source>{name}, you are number {position} on the waiting list.</source>
        <translation>{name}, je bent nummer {position} op de wachtlijst.</translation>
    </message>
    <message>
        <source>{name}, a seat is waiting for you: say you come {deadline}.</source>
        <translation>{name}, er wacht een plaats op je: zeg dat je komt {deadline}.</translation>
    </message>
    <message>
        <source>{name}, you are checked in.</source>
        <translation>{name}, je bent aangemeld.</translation>
    </message>
    <message>
        <source>This session is cancelled.</source>
        <translation>Deze sessie is geannuleerd.</translation>
    </message>
    <message>
        <source>{name}, you have no place in it.</source>
        <translation>{name}, je hebt er geen plaats.</translation>
    </message>
    <message>
        <source>{session}: your seat is confirmed.</source>
        <translation>{session}: je plaats is bevestigd.</translation>
    </message>
    <message>
        <source>{session}: you have a seat.</source>
        <translation>{session}: je hebt een plaats.</translation>
    </message>
    <message>
        <source>{session}: a seat is waiting for you, say you come {deadline}.</source>
        <translation>{session}: er wacht een plaats op je, zeg dat je komt {deadline}.</translation>
    </message>
    <message>
        <source>{session}: you are on the waiting list.</source>
        <translation>{session}: je staat op de wachtlijst.</translation>
    </message>
    <message>
        <source>{session}: cancelled.</source>
        <translation>{session}: geannuleerd.</translation>
    </message>
    <message>
        <source>{session}: your place was given up.</source>
        <translation>{session}: je plaats is vrijgegeven.</translation>
    </message>
    <message>
        <source>{session}: changed.</source>
        <translation>{session}: gewijzigd.</translation>
    </message>
    <message>
        <source>You&apos;re signed up for {title} at {time}: check in?</source>
        <translation>Je bent ingeschreven voor {title} om {time}: aanmelden?</translation>
    </message>
    <message>
        <source>News of your sessions since your last visit</source>
        <translation>Nieuws over je sessies sinds je laatste bezoek</translation>
    </message>
    <message>
        <source>Sessions now and soon</source>
        <translation>Sessies nu en straks</translation>
    </message>
    <message>
        <source>Check in: {title}</source>
        <translation>Aanmelden: {title}</translation>
    </message>
    <message>
        <source>Now: {title}</source>
        <translation>Nu: {title}</translation>
    </message>
    <message>
        <source>Next today: {title}</source>
        <translation>Straks vandaag: {title}</translation>
    </message>
</context>
<context>
    <name>Sessions</name>
    <message>
        <source>Not a day (YYYY-MM-DD): {value}.</source>
        <translation>Geen dag (JJJJ-MM-DD): {value}.</translation>
    </message>
    <message>
        <source>Not a local start (YYYY-MM-DDTHH:MM): {value}.</source>
        <translation>Geen lokaal beginuur (JJJJ-MM-DDTUU:MM): {value}.</translation>
    </message>
    <message>
        <source>Not a price in euros: {value}.</source>
        <translation>Geen prijs in euro: {value}.</translation>
    </message>
    <message>
        <source>Not a session id: {value}.</source>
        <translation>Geen id van een sessie: {value}.</translation>
    </message>
    <message>
        <source>This session is no longer on the programme.</source>
        <translation>Deze sessie staat niet meer op het programma.</translation>
    </message>
    <message>
        <source>The text holds a character that is not allowed.</source>
        <translation>De tekst bevat een teken dat niet toegelaten is.</translation>
    </message>
    <message>
        <source>The title is too long: at most {count} letters.</source>
        <translation>De titel is te lang: hoogstens {count} tekens.</translation>
    </message>
    <message>
        <source>The title needs at least {count} letters.</source>
        <translation>De titel heeft minstens {count} tekens nodig.</translation>
    </message>
    <message>
        <source>The topic is too long: at most {count} letters.</source>
        <translation>Het onderwerp is te lang: hoogstens {count} tekens.</translation>
    </message>
    <message>
        <source>The reason is too long: at most {count} letters.</source>
        <translation>De reden is te lang: hoogstens {count} tekens.</translation>
    </message>
    <message>
        <source>Please give a reason (at least {count} letters): people signed up read it.</source>
        <translation>Geef een reden (minstens {count} tekens): wie ingeschreven is, leest ze.</translation>
    </message>
    <message>
        <source>A session lasts between {shortest} minutes and {longest} hours.</source>
        <translation>Een sessie duurt tussen {shortest} minuten en {longest} uur.</translation>
    </message>
    <message>
        <source>A session has between 1 and {count} seats.</source>
        <translation>Een sessie heeft tussen 1 en {count} plaatsen.</translation>
    </message>
    <message>
        <source>The price is between 0 and {count} euros.</source>
        <translation>De prijs ligt tussen 0 en {count} euro.</translation>
    </message>
    <message>
        <source>Please choose the kind of session.</source>
        <translation>Kies het soort sessie.</translation>
    </message>
    <message>
        <source>Please choose the session&apos;s language.</source>
        <translation>Kies de taal van de sessie.</translation>
    </message>
    <message>
        <source>The video link must be a web address (https://…).</source>
        <translation>De videolink moet een webadres zijn (https://…).</translation>
    </message>
    <message>
        <source>Give the start in the antenne&apos;s local time.</source>
        <translation>Geef het begin in de lokale tijd van de antenne.</translation>
    </message>
    <message>
        <source>A series needs its last day, on or after the first.</source>
        <translation>Een reeks heeft een laatste dag nodig, op of na de eerste.</translation>
    </message>
    <message>
        <source>A series lasts at most a year.</source>
        <translation>Een reeks duurt hoogstens een jaar.</translation>
    </message>
    <message>
        <source>At most {count} days without the session.</source>
        <translation>Hoogstens {count} dagen zonder sessie.</translation>
    </message>
    <message>
        <source>The description is too long: at most {count} letters.</source>
        <translation>De beschrijving is te lang: hoogstens {count} tekens.</translation>
    </message>
    <message>
        <source>The place is too long: at most {count} letters.</source>
        <translation>De plaats is te lang: hoogstens {count} tekens.</translation>
    </message>
    <message>
        <source>This person is no longer known.</source>
        <translation>Deze persoon is niet meer bekend.</translation>
    </message>
    <message>
        <source>This session is not on the programme yet: a facilitator will look at it.</source>
        <translation>Deze sessie staat nog niet op het programma: een begeleider bekijkt ze.</translation>
    </message>
    <message>
        <source>This session is cancelled.</source>
        <translation>Deze sessie is geannuleerd.</translation>
    </message>
    <message>
        <source>This session is over.</source>
        <translation>Deze sessie is voorbij.</translation>
    </message>
    <message>
        <source>{name}, you already have a place in this session.</source>
        <translation>{name}, je hebt al een plaats in deze sessie.</translation>
    </message>
    <message>
        <source>{name}, you have no place in this session to give up.</source>
        <translation>{name}, je hebt geen plaats in deze sessie om vrij te geven.</translation>
    </message>
    <message>
        <source>{name}, there is no seat waiting for you in this session any more.</source>
        <translation>{name}, er wacht geen plaats meer op jou in deze sessie.</translation>
    </message>
    <message>
        <source>{name} is not on this session&apos;s waiting list.</source>
        <translation>{name} staat niet op de wachtlijst van deze sessie.</translation>
    </message>
    <message>
        <source>Check-in opens an hour before the session and closes at its end.</source>
        <translation>Aanmelden kan vanaf een uur voor de sessie tot ze afloopt.</translation>
    </message>
    <message>
        <source>Only the session&apos;s host can check people in from the list.</source>
        <translation>Alleen de gastheer of gastvrouw van de sessie kan mensen via de lijst aanmelden.</translation>
    </message>
    <message>
        <source>{name}, the session is full: you can join its waiting list.</source>
        <translation>{name}, de sessie is volzet: je kunt op de wachtlijst gaan staan.</translation>
    </message>
    <message>
        <source>The session is not over yet.</source>
        <translation>De sessie is nog niet voorbij.</translation>
    </message>
    <message>
        <source>This session is free: there is nothing to pay.</source>
        <translation>Deze sessie is gratis: er valt niets te betalen.</translation>
    </message>
    <message>
        <source>{name} has no place in this session.</source>
        <translation>{name} heeft geen plaats in deze sessie.</translation>
    </message>
    <message>
        <source>These dates leave no session at all.</source>
        <translation>Met deze data blijft er geen enkele sessie over.</translation>
    </message>
    <message>
        <source>The first session would start in the past.</source>
        <translation>De eerste sessie zou in het verleden beginnen.</translation>
    </message>
    <message>
        <source>Members can offer a drop-in or a workshop.</source>
        <translation>Leden kunnen een inloopmoment of een workshop aanbieden.</translation>
    </message>
    <message>
        <source>Only members of the cooperative can host a drop-in.</source>
        <translation>Alleen leden van de coöperatie kunnen een inloopmoment begeleiden.</translation>
    </message>
    <message>
        <source>This session is already on the programme.</source>
        <translation>Deze sessie staat al op het programma.</translation>
    </message>
    <message>
        <source>More people have a seat than that: the session needs at least {count}.</source>
        <translation>Er hebben al meer mensen een plaats: de sessie heeft er minstens {count} nodig.</translation>
    </message>
    <message>
        <source>This session is already cancelled.</source>
        <translation>Deze sessie is al geannuleerd.</translation>
    </message>
    <message>
        <source>There is no series of sessions {id}.</source>
        <translation>Er is geen reeks sessies {id}.</translation>
    </message>
    <message>
        <source>There is no antenne {slug}.</source>
        <translation>Er is geen antenne {slug}.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {error}</source>
        <translation>Kan {path} niet schrijven: {error}</translation>
    </message>
    <message>
        <source>There is no session {id}.</source>
        <translation>Er is geen sessie {id}.</translation>
    </message>
</context>
<context>
    <name>SkillEditorScreen</name>
    <message>
        <source>Change my post</source>
        <translation>Mijn zoekertje wijzigen</translation>
    </message>
    <message>
        <source>Post a skill</source>
        <translation>Een zoekertje plaatsen</translation>
    </message>
    <message>
        <source>Post an offer or a need</source>
        <translation>Aanbod of vraag plaatsen</translation>
    </message>
    <message>
        <source>{name}, change your post</source>
        <translation>{name}, wijzig je zoekertje</translation>
    </message>
    <message>
        <source>{name}, what would you like to share?</source>
        <translation>{name}, wat wil je delen?</translation>
    </message>
    <message>
        <source>Scan your badge to post an offer or a need.</source>
        <translation>Scan je badge om een aanbod of een vraag te plaatsen.</translation>
    </message>
    <message>
        <source>Your post shows your first name and initial, never your contact details.</source>
        <translation>Je zoekertje toont je voornaam en initiaal, nooit je contactgegevens.</translation>
    </message>
    <message>
        <source>Do you offer a skill, or do you need one?</source>
        <translation>Bied je een vaardigheid aan, of zoek je er een?</translation>
    </message>
    <message>
        <source>I offer a skill</source>
        <translation>Ik bied een vaardigheid aan</translation>
    </message>
    <message>
        <source>I need a skill</source>
        <translation>Ik zoek een vaardigheid</translation>
    </message>
    <message>
        <source>A title, in a few words</source>
        <translation>Een titel, in een paar woorden</translation>
    </message>
    <message>
        <source>For example: help with spreadsheets</source>
        <translation>Bijvoorbeeld: hulp met rekenbladen</translation>
    </message>
    <message>
        <source>A few lines to say more (optional)</source>
        <translation>Een paar regels om meer te zeggen (niet verplicht)</translation>
    </message>
    <message>
        <source>In which sector?</source>
        <translation>In welke sector?</translation>
    </message>
    <message>
        <source>Which skills? Up to five</source>
        <translation>Welke vaardigheden? Hoogstens vijf</translation>
    </message>
    <message>
        <source>Not in the list? Say it in a few words (optional)</source>
        <translation>Niet in de lijst? Zeg het in een paar woorden (niet verplicht)</translation>
    </message>
    <message>
        <source>How?</source>
        <translation>Hoe?</translation>
    </message>
    <message>
        <source>What level?</source>
        <translation>Welk niveau?</translation>
    </message>
    <message>
        <source>First steps: I am starting out</source>
        <translation>Eerste stappen: ik begin pas</translation>
    </message>
    <message>
        <source>Confirmed: I practise it</source>
        <translation>Ervaren: ik doe het geregeld</translation>
    </message>
    <message>
        <source>Expert: I could teach it</source>
        <translation>Expert: ik kan het aanleren</translation>
    </message>
    <message>
        <source>When are you available? (optional)</source>
        <translation>Wanneer ben je beschikbaar? (niet verplicht)</translation>
    </message>
    <message>
        <source>For example: Tuesday afternoons</source>
        <translation>Bijvoorbeeld: dinsdagnamiddag</translation>
    </message>
    <message>
        <source>How long should it stay on the board?</source>
        <translation>Hoelang blijft het op het bord?</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%Ln maand</numerusform>
            <numerusform>%Ln maanden</numerusform>
        </translation>
    </message>
    <message>
        <source>See my post</source>
        <translation>Mijn zoekertje bekijken</translation>
    </message>
    <message>
        <source>Back to the board</source>
        <translation>Terug naar het bord</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Step {step} of {steps}</source>
        <translation>Stap {step} van {steps}</translation>
    </message>
    <message>
        <source>Save my changes</source>
        <translation>Mijn wijzigingen bewaren</translation>
    </message>
    <message>
        <source>Post it</source>
        <translation>Plaatsen</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <source>Posted! It is on the board until {day}.</source>
        <translation>Geplaatst! Het staat op het bord tot {day}.</translation>
    </message>
    <message>
        <source>Posted! It is on the board.</source>
        <translation>Geplaatst! Het staat op het bord.</translation>
    </message>
    <message>
        <source>Available: {when}</source>
        <translation>Beschikbaar: {when}</translation>
    </message>
    <message numerus="yes">
        <source>On the board for %n month(s)</source>
        <translation>
            <numerusform>%Ln maand op het bord</numerusform>
            <numerusform>%Ln maanden op het bord</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose offer or need first.</source>
        <translation>Kies eerst aanbod of vraag.</translation>
    </message>
    <message>
        <source>Give your post a title.</source>
        <translation>Geef je zoekertje een titel.</translation>
    </message>
    <message>
        <source>Five skills at most: tap one to let it go first.</source>
        <translation>Hoogstens vijf vaardigheden: tik er eerst een aan om ze los te laten.</translation>
    </message>
    <message>
        <source>Chosen: {skills}</source>
        <translation>Gekozen: {skills}</translation>
    </message>
    <message>
        <source>Only its author can change a post.</source>
        <translation>Alleen wie het schreef, kan een zoekertje wijzigen.</translation>
    </message>
</context>
<context>
    <name>SkillFreshScreen</name>
    <message>
        <source>Your posts</source>
        <translation>Je berichten</translation>
    </message>
    <message>
        <source>Is your post on the skills board still up to date?</source>
        <translation>Is je bericht op het vaardighedenbord nog actueel?</translation>
    </message>
    <message>
        <source>Are your posts on the skills board still up to date?</source>
        <translation>Zijn je berichten op het vaardighedenbord nog actueel?</translation>
    </message>
    <message>
        <source>Members read them to find who can help. One tap keeps a post, changes it or takes it off the board.</source>
        <translation>Leden lezen ze om te vinden wie kan helpen. Met één tik hou je een bericht, pas je het aan of haal je het van het bord.</translation>
    </message>
    <message>
        <source>Your posts are up to date.</source>
        <translation>Je berichten zijn actueel.</translation>
    </message>
    <message>
        <source>Thank you for keeping them fresh.</source>
        <translation>Bedankt dat je ze actueel houdt.</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Still offering this?</source>
        <translation>Bied je dit nog aan?</translation>
    </message>
    <message>
        <source>Still looking for this?</source>
        <translation>Zoek je dit nog?</translation>
    </message>
    <message>
        <source>It ended on {day}: it is no longer on the board.</source>
        <translation>Het liep af op {day}: het staat niet meer op het bord.</translation>
    </message>
    <message>
        <source>It leaves the board on {day}.</source>
        <translation>Het verdwijnt van het bord op {day}.</translation>
    </message>
    <message>
        <source>You last confirmed it more than three months ago.</source>
        <translation>Je hebt het meer dan drie maanden geleden voor het laatst bevestigd.</translation>
    </message>
    <message>
        <source>Keep six more months</source>
        <translation>Nog zes maanden houden</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Aanpassen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Kept until {day}.</source>
        <translation>Blijft staan tot {day}.</translation>
    </message>
    <message>
        <source>Kept.</source>
        <translation>Blijft staan.</translation>
    </message>
    <message>
        <source>Remove this post from the skills board?</source>
        <translation>Dit bericht van het vaardighedenbord verwijderen?</translation>
    </message>
    <message>
        <source>Remove it</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Houden</translation>
    </message>
    <message>
        <source>Removed from the board.</source>
        <translation>Van het bord verwijderd.</translation>
    </message>
</context>
<context>
    <name>SkillIntroScreen</name>
    <message>
        <source>Meet a member</source>
        <translation>Een lid ontmoeten</translation>
    </message>
    <message>
        <source>{name}, you would like to meet {author}</source>
        <translation>{name}, je wilt {author} ontmoeten</translation>
    </message>
    <message>
        <source>Ask to meet {author}</source>
        <translation>Vragen om {author} te ontmoeten</translation>
    </message>
    <message>
        <source>Scan your badge to ask for an introduction.</source>
        <translation>Scan je badge om een kennismaking te vragen.</translation>
    </message>
    <message>
        <source>The kiosk passes your request on: nobody sees your contact details here.</source>
        <translation>De kiosk geeft je vraag door: niemand ziet hier je contactgegevens.</translation>
    </message>
    <message>
        <source>A few words for {author} (optional)</source>
        <translation>Een paar woorden voor {author} (niet verplicht)</translation>
    </message>
    <message>
        <source>For example: I am starting out and would love an hour of your advice.</source>
        <translation>Bijvoorbeeld: ik begin pas en wil graag een uurtje raad van je.</translation>
    </message>
    <message>
        <source>{author} sees your first name and your message, never your e-mail address or your phone number, until they accept.</source>
        <translation>{author} ziet je voornaam en je bericht, nooit je e-mailadres of je telefoonnummer, tot die persoon ja zegt.</translation>
    </message>
    <message>
        <source>Your request is on its way.</source>
        <translation>Je vraag is onderweg.</translation>
    </message>
    <message>
        <source>If {author} chose to receive e-mails, they get your request by e-mail, without your address. Otherwise they see it at their next badge scan, at any antenne.</source>
        <translation>Als {author} e-mails wil ontvangen, krijgt die persoon je vraag per e-mail, zonder je adres. Anders ziet die persoon ze bij de volgende badgescan, in eender welke antenne.</translation>
    </message>
    <message>
        <source>If they accept, you each receive the other&apos;s contact details, by e-mail or at your next badge scan. If they decline, you are told too.</source>
        <translation>Zegt die persoon ja, dan krijgen jullie elkaars contactgegevens, per e-mail of bij je volgende badgescan. Zegt die persoon nee, dan hoor je dat ook.</translation>
    </message>
    <message>
        <source>Follow it on your phone</source>
        <translation>Volg het op je telefoon</translation>
    </message>
    <message>
        <source>Back to the board</source>
        <translation>Terug naar het bord</translation>
    </message>
    <message>
        <source>Send my request</source>
        <translation>Mijn vraag versturen</translation>
    </message>
    <message>
        <source>Back to the post</source>
        <translation>Terug naar het zoekertje</translation>
    </message>
    <message>
        <source>This post is no longer on the board.</source>
        <translation>Dit zoekertje staat niet meer op het bord.</translation>
    </message>
    <message>
        <source>{typed} of {most} characters</source>
        <translation>{typed} van {most} tekens</translation>
    </message>
</context>
<context>
    <name>SkillMatchesScreen</name>
    <message>
        <source>My matches</source>
        <translation>Mijn matches</translation>
    </message>
    <message>
        <source>{name}, who fits your posts</source>
        <translation>{name}, wie past bij je berichten</translation>
    </message>
    <message>
        <source>Who fits your posts</source>
        <translation>Wie past bij je berichten</translation>
    </message>
    <message>
        <source>The offers that fit what you need, the needs that fit what you offer: the best first. Ask to meet someone: their contact details stay private until they accept.</source>
        <translation>De aanbiedingen die passen bij wat je zoekt, de vragen die passen bij wat je aanbiedt: de beste eerst. Vraag om iemand te ontmoeten: hun contactgegevens blijven privé tot ze aanvaarden.</translation>
    </message>
    <message>
        <source>Scan your badge to see who fits your posts.</source>
        <translation>Scan je badge om te zien wie bij je berichten past.</translation>
    </message>
    <message>
        <source>Members with a post on the skills board see the offers and needs that fit.</source>
        <translation>Leden met een bericht op het vaardighedenbord zien de aanbiedingen en vragen die erbij passen.</translation>
    </message>
    <message>
        <source>You have no post on the skills board yet.</source>
        <translation>Je hebt nog geen bericht op het vaardighedenbord.</translation>
    </message>
    <message>
        <source>Say what you can pass on, or what you are looking for.</source>
        <translation>Zeg wat je kunt doorgeven, of wat je zoekt.</translation>
    </message>
    <message>
        <source>Write a post</source>
        <translation>Een bericht schrijven</translation>
    </message>
    <message>
        <source>They would like to meet you</source>
        <translation>Zij willen je graag ontmoeten</translation>
    </message>
    <message>
        <source>For what you need</source>
        <translation>Voor wat je zoekt</translation>
    </message>
    <message>
        <source>For what you offer</source>
        <translation>Voor wat je aanbiedt</translation>
    </message>
    <message>
        <source>{name} would like to meet you about “{title}”</source>
        <translation>{name} wil je graag ontmoeten over ‘{title}’</translation>
    </message>
    <message>
        <source>“{message}”</source>
        <translation>‘{message}’</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aanvaarden</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nu niet</translation>
    </message>
    <message>
        <source>Your offer: {title}</source>
        <translation>Je aanbod: {title}</translation>
    </message>
    <message>
        <source>Your need: {title}</source>
        <translation>Je vraag: {title}</translation>
    </message>
    <message>
        <source>No need fits it yet: it stays on the board.</source>
        <translation>Er past nog geen vraag bij: het blijft op het bord.</translation>
    </message>
    <message>
        <source>No offer fits it yet: it stays on the board.</source>
        <translation>Er past nog geen aanbod bij: het blijft op het bord.</translation>
    </message>
    <message>
        <source>Propose a skill-share session</source>
        <translation>Een deelsessie voorstellen</translation>
    </message>
    <message>
        <source>In common: {skills}</source>
        <translation>Gemeenschappelijk: {skills}</translation>
    </message>
    <message>
        <source>Close in what it says</source>
        <translation>Verwant in wat het zegt</translation>
    </message>
    <message>
        <source>I&apos;d like to meet them</source>
        <translation>Ik wil hen graag ontmoeten</translation>
    </message>
    <message>
        <source>Thank you! The hub sends you and {name} each other&apos;s contact details by e-mail.</source>
        <translation>Bedankt! Jij en {name} krijgen elkaars contactgegevens per e-mail.</translation>
    </message>
    <message>
        <source>Thank you! You gave us no e-mail address: ask at the desk, they will put {name} and you in touch.</source>
        <translation>Bedankt! Je gaf ons geen e-mailadres: vraag het aan het onthaal, zij brengen {name} en jou in contact.</translation>
    </message>
    <message>
        <source>Understood: {name} does not receive your contact details.</source>
        <translation>Begrepen: {name} krijgt je contactgegevens niet.</translation>
    </message>
</context>
<context>
    <name>SkillPlurals</name>
    <message numerus="yes">
        <source>%n post(s)</source>
        <translation>
            <numerusform>%Ln zoekertje</numerusform>
            <numerusform>%Ln zoekertjes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SkillPostScreen</name>
    <message>
        <source>A post</source>
        <translation>Een zoekertje</translation>
    </message>
    <message>
        <source>This post is no longer on the board.</source>
        <translation>Dit zoekertje staat niet meer op het bord.</translation>
    </message>
    <message>
        <source>Its author removed it, or its time is over.</source>
        <translation>Wie het schreef, heeft het weggehaald, of de tijd is om.</translation>
    </message>
    <message>
        <source>Read it on your phone</source>
        <translation>Lees het op je telefoon</translation>
    </message>
    <message>
        <source>You wrote it? Scan your badge to change it, renew it or remove it.</source>
        <translation>Van jou? Scan je badge om het te wijzigen, te verlengen of weg te halen.</translation>
    </message>
    <message>
        <source>Change it</source>
        <translation>Wijzigen</translation>
    </message>
    <message>
        <source>Keep it six more months</source>
        <translation>Zes maanden langer houden</translation>
    </message>
    <message>
        <source>Remove it</source>
        <translation>Weghalen</translation>
    </message>
    <message>
        <source>I&apos;d like to meet them</source>
        <translation>Ik wil deze persoon ontmoeten</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Melden</translation>
    </message>
    <message>
        <source>What is wrong with this post?</source>
        <translation>Wat is er mis met dit zoekertje?</translation>
    </message>
    <message>
        <source>A few words for the facilitators (optional)</source>
        <translation>Een paar woorden voor de begeleiders (niet verplicht)</translation>
    </message>
    <message>
        <source>Send the report</source>
        <translation>Melding versturen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>{kind} · here today</source>
        <translation>{kind} · vandaag hier</translation>
    </message>
    <message>
        <source>Level: {level} · {modality}</source>
        <translation>Niveau: {level} · {modality}</translation>
    </message>
    <message>
        <source>Available: {when}</source>
        <translation>Beschikbaar: {when}</translation>
    </message>
    <message>
        <source>On the board until {day}</source>
        <translation>Op het bord tot {day}</translation>
    </message>
    <message>
        <source>A facilitator took this post off the board.</source>
        <translation>Een begeleider heeft dit zoekertje van het bord gehaald.</translation>
    </message>
    <message>
        <source>This post is out of date: it is off the board until its author renews it.</source>
        <translation>Dit zoekertje is verlopen: het staat niet meer op het bord tot wie het schreef het verlengt.</translation>
    </message>
    <message>
        <source>This is your post.</source>
        <translation>Dit is jouw zoekertje.</translation>
    </message>
    <message>
        <source>You asked to meet them</source>
        <translation>Je vroeg al om een ontmoeting</translation>
    </message>
    <message>
        <source>Done: your post stays on the board until {day}.</source>
        <translation>Gedaan: je zoekertje blijft op het bord tot {day}.</translation>
    </message>
    <message>
        <source>Remove “{title}” from the board?</source>
        <translation>‘{title}’ van het bord halen?</translation>
    </message>
    <message>
        <source>Nobody will see it any more. This cannot be undone.</source>
        <translation>Niemand ziet het nog. Dit kan niet ongedaan worden.</translation>
    </message>
    <message>
        <source>Yes, remove it</source>
        <translation>Ja, weghalen</translation>
    </message>
    <message>
        <source>No, keep it</source>
        <translation>Nee, houden</translation>
    </message>
    <message>
        <source>Your post is removed from the board.</source>
        <translation>Je zoekertje is van het bord gehaald.</translation>
    </message>
    <message>
        <source>Choose what is wrong with it first.</source>
        <translation>Kies eerst wat er mis is.</translation>
    </message>
    <message>
        <source>Thank you. A facilitator will look at this post soon.</source>
        <translation>Bedankt. Een begeleider bekijkt dit zoekertje binnenkort.</translation>
    </message>
</context>
<context>
    <name>SkillWords</name>
    <message>
        <source>Offer</source>
        <translation>Aanbod</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Aanbod</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Vragen</translation>
    </message>
    <message>
        <source>First steps</source>
        <translation>Eerste stappen</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Ervaren</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Expert</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Ter plaatse</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>In person or online</source>
        <translation>Ter plaatse of online</translation>
    </message>
    <message>
        <source>It shows contact details</source>
        <translation>Er staan contactgegevens in</translation>
    </message>
    <message>
        <source>It is offensive</source>
        <translation>Het is kwetsend</translation>
    </message>
    <message>
        <source>It is advertising</source>
        <translation>Het is reclame</translation>
    </message>
    <message>
        <source>It is out of date</source>
        <translation>Het is niet meer actueel</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Iets anders</translation>
    </message>
    <message>
        <source>{author}, antenne of {antenna}</source>
        <translation>{author}, antenne {antenna}</translation>
    </message>
    <message>
        <source>{kind} · here today</source>
        <translation>{kind} · vandaag hier</translation>
    </message>
    <message>
        <source>Every sector {arrow}</source>
        <translation>Alle sectoren {arrow}</translation>
    </message>
    <message>
        <source>Sector: {sector} {arrow}</source>
        <translation>Sector: {sector} {arrow}</translation>
    </message>
    <message>
        <source>Offers and needs</source>
        <translation>Aanbod en vragen</translation>
    </message>
    <message>
        <source>Any way</source>
        <translation>Maakt niet uit</translation>
    </message>
    <message>
        <source>Every sector</source>
        <translation>Alle sectoren</translation>
    </message>
    <message>
        <source>Skills in the room today</source>
        <translation>Vaardigheden vandaag aanwezig</translation>
    </message>
</context>
<context>
    <name>Skills</name>
    <message>
        <source>This post is no longer on the board.</source>
        <translation>Deze oproep staat niet meer op het bord.</translation>
    </message>
    <message>
        <source>The text holds a character that is not allowed.</source>
        <translation>De tekst bevat een teken dat niet mag.</translation>
    </message>
    <message>
        <source>Please leave out e-mail addresses and phone numbers: the kiosk introduces people without them.</source>
        <translation>Laat e-mailadressen en telefoonnummers weg: de kiosk brengt mensen met elkaar in contact zonder die gegevens.</translation>
    </message>
    <message>
        <source>A post stays on the board for 1, 3, 6 or 12 months.</source>
        <translation>Een oproep blijft 1, 3, 6 of 12 maanden op het bord.</translation>
    </message>
    <message>
        <source>Please choose at most {count} skills.</source>
        <translation>Kies hoogstens {count} vaardigheden.</translation>
    </message>
    <message>
        <source>One of the chosen skills no longer exists: please choose again.</source>
        <translation>Een van de gekozen vaardigheden bestaat niet meer: kies opnieuw.</translation>
    </message>
    <message>
        <source>Please choose an offer or a need.</source>
        <translation>Kies een aanbod of een vraag.</translation>
    </message>
    <message>
        <source>Please choose how you meet and your level.</source>
        <translation>Kies hoe jullie afspreken en je niveau.</translation>
    </message>
    <message>
        <source>Please choose the post&apos;s language.</source>
        <translation>Kies de taal van de oproep.</translation>
    </message>
    <message>
        <source>The title is too long: at most {count} letters.</source>
        <translation>De titel is te lang: hoogstens {count} letters.</translation>
    </message>
    <message>
        <source>Please give your post a title.</source>
        <translation>Geef je oproep een titel.</translation>
    </message>
    <message>
        <source>The description is too long: at most {count} letters.</source>
        <translation>De beschrijving is te lang: hoogstens {count} letters.</translation>
    </message>
    <message>
        <source>The availability is too long: at most {count} letters.</source>
        <translation>De beschikbaarheid is te lang: hoogstens {count} letters.</translation>
    </message>
    <message>
        <source>The other skill is too long: at most {count} letters.</source>
        <translation>De andere vaardigheid is te lang: hoogstens {count} letters.</translation>
    </message>
    <message>
        <source>The reason is too long: at most {count} letters.</source>
        <translation>De reden is te lang: hoogstens {count} letters.</translation>
    </message>
    <message>
        <source>Please give a reason (at least {count} letters): the author reads it.</source>
        <translation>Geef een reden (minstens {count} letters): de auteur leest ze.</translation>
    </message>
    <message>
        <source>This person is no longer known.</source>
        <translation>Deze persoon is niet meer gekend.</translation>
    </message>
    <message>
        <source>Only the post&apos;s author can change it.</source>
        <translation>Alleen de auteur van de oproep kan ze wijzigen.</translation>
    </message>
    <message>
        <source>Only a facilitator can moderate the board.</source>
        <translation>Alleen een begeleider kan het bord modereren.</translation>
    </message>
    <message>
        <source>This post is already hidden.</source>
        <translation>Deze oproep is al verborgen.</translation>
    </message>
    <message>
        <source>This post is not hidden.</source>
        <translation>Deze oproep is niet verborgen.</translation>
    </message>
    <message>
        <source>Please choose why you report this post.</source>
        <translation>Kies waarom je deze oproep meldt.</translation>
    </message>
    <message>
        <source>The note is too long: at most {count} letters.</source>
        <translation>De opmerking is te lang: hoogstens {count} letters.</translation>
    </message>
    <message>
        <source>You already reported this post: a facilitator will look at it.</source>
        <translation>Je hebt deze oproep al gemeld: een begeleider bekijkt ze.</translation>
    </message>
    <message>
        <source>This report was already dealt with.</source>
        <translation>Deze melding is al behandeld.</translation>
    </message>
    <message>
        <source>The message is too long: at most {count} letters.</source>
        <translation>Het bericht is te lang: hoogstens {count} letters.</translation>
    </message>
    <message>
        <source>This is your own post.</source>
        <translation>Dit is je eigen oproep.</translation>
    </message>
    <message>
        <source>You already asked: the author has not answered yet.</source>
        <translation>Je hebt het al gevraagd: de auteur heeft nog niet geantwoord.</translation>
    </message>
    <message>
        <source>The author already answered you.</source>
        <translation>De auteur heeft je al geantwoord.</translation>
    </message>
    <message>
        <source>This introduction request no longer exists.</source>
        <translation>Deze vraag om kennismaking bestaat niet meer.</translation>
    </message>
    <message>
        <source>Only the post&apos;s author can answer this request.</source>
        <translation>Alleen de auteur van de oproep kan deze vraag beantwoorden.</translation>
    </message>
    <message>
        <source>You already answered this request.</source>
        <translation>Je hebt deze vraag al beantwoord.</translation>
    </message>
    <message>
        <source>Please say which other skill becomes a tag.</source>
        <translation>Zeg welke andere vaardigheid een label wordt.</translation>
    </message>
    <message>
        <source>A label is too long: at most {count} letters.</source>
        <translation>Een label is te lang: hoogstens {count} letters.</translation>
    </message>
    <message>
        <source>Please give the skill&apos;s name in French.</source>
        <translation>Geef de naam van de vaardigheid in het Frans.</translation>
    </message>
    <message>
        <source>The skill&apos;s name needs letters or digits.</source>
        <translation>De naam van de vaardigheid moet letters of cijfers bevatten.</translation>
    </message>
    <message>
        <source>Please choose the skill&apos;s sector.</source>
        <translation>Kies de sector van de vaardigheid.</translation>
    </message>
    <message>
        <source>The limit is between 1 and {count}.</source>
        <translation>De limiet ligt tussen 1 en {count}.</translation>
    </message>
    <message>
        <source>Not a person id: {value}.</source>
        <translation>Geen id van een persoon: {value}.</translation>
    </message>
    <message>
        <source>The search is too long: at most {count} letters.</source>
        <translation>De zoekopdracht is te lang: hoogstens {count} letters.</translation>
    </message>
    <message>
        <source>Nothing to search for: type a word.</source>
        <translation>Niets om te zoeken: typ een woord.</translation>
    </message>
</context>
<context>
    <name>SkillsBoardScreen</name>
    <message>
        <source>Skills</source>
        <translation>Vaardigheden</translation>
    </message>
    <message>
        <source>Skills to share</source>
        <translation>Vaardigheden om te delen</translation>
    </message>
    <message>
        <source>Tap a card to read it and meet its author: the kiosk makes the introduction.</source>
        <translation>Tik op een zoekertje om het te lezen en wie het schreef te ontmoeten: de kiosk brengt jullie in contact.</translation>
    </message>
    <message>
        <source>Post an offer or a need</source>
        <translation>Aanbod of vraag plaatsen</translation>
    </message>
    <message>
        <source>My matches</source>
        <translation>Wat bij mij past</translation>
    </message>
    <message>
        <source>Search: a skill, a word, a sector…</source>
        <translation>Zoeken: een vaardigheid, een woord, een sector…</translation>
    </message>
</context>
<context>
    <name>SkillsModerationScreen</name>
    <message>
        <source>Skills board</source>
        <translation>Vaardighedenbord</translation>
    </message>
    <message>
        <source>The skills board: reports and skills</source>
        <translation>Het vaardighedenbord: meldingen en vaardigheden</translation>
    </message>
    <message numerus="yes">
        <source>Reports (%n)</source>
        <translation>
            <numerusform>Meldingen (%Ln)</numerusform>
            <numerusform>Meldingen (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hidden posts (%n)</source>
        <translation>
            <numerusform>Verborgen berichten (%Ln)</numerusform>
            <numerusform>Verborgen berichten (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New skills (%n)</source>
        <translation>
            <numerusform>Nieuwe vaardigheden (%Ln)</numerusform>
            <numerusform>Nieuwe vaardigheden (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>The needs nobody offers</source>
        <translation>De vragen zonder aanbod</translation>
    </message>
    <message>
        <source>Words members typed under “other” because the list lacked their skill. Make one a skill of the list: the posts that carry it get it, and everyone can find it in their language.</source>
        <translation>Woorden die leden onder ‘andere’ typten omdat hun vaardigheid niet in de lijst stond. Maak er een vaardigheid van de lijst van: de berichten die ze dragen krijgen ze, en iedereen vindt ze in zijn taal.</translation>
    </message>
    <message>
        <source>No report waiting.</source>
        <translation>Geen meldingen die wachten.</translation>
    </message>
    <message>
        <source>Thank you for looking.</source>
        <translation>Bedankt om te kijken.</translation>
    </message>
    <message>
        <source>No post is hidden.</source>
        <translation>Er is geen verborgen bericht.</translation>
    </message>
    <message>
        <source>No “other” text on the board.</source>
        <translation>Geen ‘andere’ tekst op het bord.</translation>
    </message>
    <message>
        <source>“{text}” as a skill</source>
        <translation>‘{text}’ als vaardigheid</translation>
    </message>
    <message>
        <source>In which sector?</source>
        <translation>In welke sector?</translation>
    </message>
    <message>
        <source>Add the skill</source>
        <translation>De vaardigheid toevoegen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Hidden. Its author reads: “{reason}”</source>
        <translation>Verborgen. De auteur leest: ‘{reason}’</translation>
    </message>
    <message>
        <source>Show it again…</source>
        <translation>Opnieuw tonen…</translation>
    </message>
    <message>
        <source>Why does it come back? (kept in the log)</source>
        <translation>Waarom komt het terug? (bewaard in het logboek)</translation>
    </message>
    <message>
        <source>For example: the author removed the phone number</source>
        <translation>Bijvoorbeeld: de auteur heeft het telefoonnummer verwijderd</translation>
    </message>
    <message>
        <source>Show it again</source>
        <translation>Opnieuw tonen</translation>
    </message>
    <message numerus="yes">
        <source>On %n post(s)</source>
        <translation>
            <numerusform>Op %Ln bericht</numerusform>
            <numerusform>Op %Ln berichten</numerusform>
        </translation>
    </message>
    <message>
        <source>Make it a skill</source>
        <translation>Er een vaardigheid van maken</translation>
    </message>
    <message>
        <source>Its name in French</source>
        <translation>De naam in het Frans</translation>
    </message>
    <message>
        <source>Its name in Dutch</source>
        <translation>De naam in het Nederlands</translation>
    </message>
    <message>
        <source>Its name in English</source>
        <translation>De naam in het Engels</translation>
    </message>
    <message>
        <source>Reported: {reason}</source>
        <translation>Gemeld: {reason}</translation>
    </message>
    <message>
        <source>“{note}”</source>
        <translation>‘{note}’</translation>
    </message>
    <message>
        <source>On {day}</source>
        <translation>Op {day}</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Houden</translation>
    </message>
    <message>
        <source>Hide it…</source>
        <translation>Verbergen…</translation>
    </message>
    <message>
        <source>Why is it hidden? Its author reads this.</source>
        <translation>Waarom wordt het verborgen? De auteur leest dit.</translation>
    </message>
    <message>
        <source>For example: a phone number in the text</source>
        <translation>Bijvoorbeeld: een telefoonnummer in de tekst</translation>
    </message>
    <message>
        <source>Hide this post</source>
        <translation>Dit bericht verbergen</translation>
    </message>
    <message>
        <source>The post stays on the board.</source>
        <translation>Het bericht blijft op het bord.</translation>
    </message>
    <message>
        <source>Say why it is hidden: its author reads it.</source>
        <translation>Zeg waarom het verborgen wordt: de auteur leest het.</translation>
    </message>
    <message>
        <source>The post is hidden: it left the board.</source>
        <translation>Het bericht is verborgen: het staat niet meer op het bord.</translation>
    </message>
    <message>
        <source>Say why it comes back.</source>
        <translation>Zeg waarom het terugkomt.</translation>
    </message>
    <message>
        <source>The post is back on the board.</source>
        <translation>Het bericht staat weer op het bord.</translation>
    </message>
    <message>
        <source>Choose the skill&apos;s sector.</source>
        <translation>Kies de sector van de vaardigheid.</translation>
    </message>
    <message>
        <source>“{skill}” is a skill of the list now.</source>
        <translation>‘{skill}’ is nu een vaardigheid van de lijst.</translation>
    </message>
</context>
<context>
    <name>SkillsNeedsScreen</name>
    <message>
        <source>Needs nobody offers</source>
        <translation>Vragen zonder aanbod</translation>
    </message>
    <message>
        <source>The needs nobody offers</source>
        <translation>De vragen zonder aanbod</translation>
    </message>
    <message>
        <source>Members&apos; needs that no offer on the board fits, counted by sector: that list is how the antenne identifies the trainings to organise.</source>
        <translation>De vragen van leden waar geen aanbod op het bord bij past, geteld per sector: met die lijst ziet de antenne welke opleidingen ze moet organiseren.</translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) nobody offers</source>
        <translation>
            <numerusform>%Ln vraag zonder aanbod</numerusform>
            <numerusform>%Ln vragen zonder aanbod</numerusform>
        </translation>
    </message>
    <message>
        <source>Every need on the board has an offer that fits.</source>
        <translation>Elke vraag op het bord heeft een passend aanbod.</translation>
    </message>
    <message>
        <source>Nothing to organise for now.</source>
        <translation>Voorlopig niets te organiseren.</translation>
    </message>
    <message>
        <source>Reports and skills</source>
        <translation>Meldingen en vaardigheden</translation>
    </message>
    <message>
        <source>This week&apos;s new matches</source>
        <translation>De nieuwe matches van deze week</translation>
    </message>
    <message numerus="yes">
        <source>And %n more.</source>
        <translation>
            <numerusform>En nog %Ln.</numerusform>
            <numerusform>En nog %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>No new match this week.</source>
        <translation>Geen nieuwe match deze week.</translation>
    </message>
    <message>
        <source>No sector given</source>
        <translation>Geen sector opgegeven</translation>
    </message>
    <message numerus="yes">
        <source>%n need(s)</source>
        <translation>
            <numerusform>%Ln vraag</numerusform>
            <numerusform>%Ln vragen</numerusform>
        </translation>
    </message>
    <message>
        <source>Propose a training</source>
        <translation>Een opleiding voorstellen</translation>
    </message>
    <message>
        <source>{offerer} offers “{offer}” — {needer} needs “{need}”</source>
        <translation>{offerer} biedt ‘{offer}’ aan — {needer} zoekt ‘{need}’</translation>
    </message>
    <message>
        <source>Training: {sector}</source>
        <translation>Opleiding: {sector}</translation>
    </message>
    <message>
        <source>Members asked for: {needs}</source>
        <translation>Leden vroegen om: {needs}</translation>
    </message>
</context>
<context>
    <name>SkillsSearchScreen</name>
    <message>
        <source>Search the skills</source>
        <translation>Vaardigheden zoeken</translation>
    </message>
    <message>
        <source>What are you looking for?</source>
        <translation>Wat zoek je?</translation>
    </message>
    <message>
        <source>A skill, a word, a sector…</source>
        <translation>Een vaardigheid, een woord, een sector…</translation>
    </message>
    <message>
        <source>Post it as a need</source>
        <translation>Plaats het als vraag</translation>
    </message>
    <message>
        <source>Nothing found for “{query}”.</source>
        <translation>Niets gevonden voor ‘{query}’.</translation>
    </message>
    <message>
        <source>Nobody offers it yet? Post it as a need: the kiosk tells you who can help.</source>
        <translation>Biedt nog niemand het aan? Plaats het als vraag: de kiosk zegt je wie kan helpen.</translation>
    </message>
</context>
<context>
    <name>StaffBand</name>
    <message>
        <source>Facilitator mode — {name}</source>
        <translation>Begeleidersmodus — {name}</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Vergrendelen</translation>
    </message>
    <message>
        <source>Lock: leave facilitator mode now</source>
        <translation>Vergrendelen: de begeleidersmodus nu verlaten</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>The hub cannot be reached (no network, or the hub is down). Nothing is lost: changes are sent when it is back.</source>
        <translation>De hub is niet bereikbaar (geen netwerk, of de hub ligt plat). Er gaat niets verloren: de wijzigingen worden verstuurd zodra hij terug is.</translation>
    </message>
    <message>
        <source>The hub had a problem (HTTP {status}).</source>
        <translation>De hub had een probleem (HTTP {status}).</translation>
    </message>
    <message>
        <source>This kiosk is too old for the hub: update it. Its changes are kept and will be sent after the update.</source>
        <translation>Deze zuil is te oud voor de hub: werk ze bij. Haar wijzigingen blijven bewaard en worden na de update verstuurd.</translation>
    </message>
    <message>
        <source>The hub is older than this kiosk: the hub must be updated. The kiosk&apos;s changes are kept.</source>
        <translation>De hub is ouder dan deze zuil: de hub moet worden bijgewerkt. De wijzigingen van de zuil blijven bewaard.</translation>
    </message>
    <message>
        <source>The hub refuses this kiosk: its device key is in use on another machine. Enrol this kiosk again with a new code.</source>
        <translation>De hub weigert deze zuil: haar apparaatsleutel wordt op een andere machine gebruikt. Registreer deze zuil opnieuw met een nieuwe code.</translation>
    </message>
    <message>
        <source>The hub stopped syncing with this kiosk: a copy of it used its device key. Nothing is lost here. Ask the hub&apos;s administrator to switch the copy off and reset this kiosk&apos;s device (antenne hub device reset).</source>
        <translation>De hub synchroniseert niet meer met deze kiosk: een kopie ervan gebruikte zijn apparaatsleutel. Hier gaat niets verloren. Vraag de beheerder van de hub de kopie uit te schakelen en het apparaat van deze kiosk te resetten (antenne hub device reset).</translation>
    </message>
    <message>
        <source>The enrolment code was refused: it is unknown, already used or expired. Ask the hub for a new one.</source>
        <translation>De inschrijvingscode werd geweigerd: hij is onbekend, al gebruikt of verlopen. Vraag de hub een nieuwe.</translation>
    </message>
    <message>
        <source>The hub does not know this kiosk&apos;s device key (revoked?): enrol this kiosk again with a new code.</source>
        <translation>De hub kent de apparaatsleutel van deze kiosk niet (ingetrokken?): schrijf deze kiosk opnieuw in met een nieuwe code.</translation>
    </message>
    <message>
        <source>The hub refused the request (HTTP {status}).</source>
        <translation>De hub weigerde het verzoek (HTTP {status}).</translation>
    </message>
    <message>
        <source>The hub answered some of this kiosk&apos;s changes with an error ({count}). They are kept and sent again at the next sync; if this goes on, tell the hub&apos;s administrator.</source>
        <translation>De hub antwoordde met een fout op sommige wijzigingen van deze kiosk ({count}). Ze worden bewaard en bij de volgende synchronisatie opnieuw verstuurd; blijft dit duren, verwittig dan de beheerder van de hub.</translation>
    </message>
    <message>
        <source>The sync failed on this kiosk (see its log). Nothing is lost; it is tried again later.</source>
        <translation>De synchronisatie is mislukt op deze kiosk (zie het logboek). Er gaat niets verloren; ze wordt later opnieuw geprobeerd.</translation>
    </message>
    <message>
        <source>This kiosk is not enrolled with a hub yet: enrol it with a code.</source>
        <translation>Deze zuil is nog niet bij een hub geregistreerd: registreer ze met een code.</translation>
    </message>
    <message>
        <source>{url} is not a hub address: write it as https://host (or http://).</source>
        <translation>{url} is geen hubadres: schrijf het als https://host (of http://).</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <source>Sync with the cooperative</source>
        <translation>Synchronisatie met de coöperatie</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Bezig met synchroniseren…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Nu synchroniseren</translation>
    </message>
    <message>
        <source>Try again what was set aside</source>
        <translation>Opnieuw proberen wat opzij is gezet</translation>
    </message>
    <message>
        <source>This kiosk is not connected to the cooperative&apos;s central server: everything stays on this kiosk. To connect it, ask the cooperative for a connection code (antenne sync enroll).</source>
        <translation>Deze zuil is niet verbonden met de centrale server van de coöperatie: alles blijft op deze zuil. Vraag de coöperatie om een verbindingscode om ze te verbinden (antenne sync enroll).</translation>
    </message>
    <message>
        <source>Reading the sync status…</source>
        <translation>De synchronisatiestatus wordt gelezen…</translation>
    </message>
    <message>
        <source>This kiosk is not enrolled with the hub yet: enrol it with a code (antenne sync enroll).</source>
        <translation>Deze kiosk is nog niet bij de hub aangemeld: meld hem aan met een code (antenne sync enroll).</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>Nog niet gesynchroniseerd.</translation>
    </message>
    <message>
        <source>Last sync: {when}.</source>
        <translation>Laatste synchronisatie: {when}.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent.</source>
        <translation>
            <numerusform>%Ln wijziging wacht om verstuurd te worden.</numerusform>
            <numerusform>%Ln wijzigingen wachten om verstuurd te worden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waiting to be sent.</source>
        <translation>Er wacht niets om verstuurd te worden.</translation>
    </message>
    <message>
        <source>Offline since {when}: the hub cannot be reached. Nothing is lost; changes are sent when it is back.</source>
        <translation>Offline sinds {when}: de hub is onbereikbaar. Er gaat niets verloren; de wijzigingen worden verstuurd zodra hij terug is.</translation>
    </message>
    <message>
        <source>This kiosk&apos;s clock is wrong (more than 5 minutes off the hub&apos;s): set its date and time.</source>
        <translation>De klok van deze kiosk klopt niet (meer dan 5 minuten verschil met die van de hub): stel datum en tijd in.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from the hub could not be applied on this kiosk. Have the kiosk updated, then tap “Try again what was set aside”. Nothing else is lost: everything else is synced.</source>
        <translation>
            <numerusform>%Ln wijziging van de hub kon niet op deze kiosk worden toegepast. Laat de kiosk bijwerken en tik daarna op „Opnieuw proberen wat opzij is gezet”. Verder gaat er niets verloren: al de rest is gesynchroniseerd.</numerusform>
            <numerusform>%Ln wijzigingen van de hub konden niet op deze kiosk worden toegepast. Laat de kiosk bijwerken en tik daarna op „Opnieuw proberen wat opzij is gezet”. Verder gaat er niets verloren: al de rest is gesynchroniseerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The hub refused %n change(s) made on this kiosk: they are kept here but no longer sent. Tell the hub&apos;s administrator. Nothing else is lost: everything else is synced.</source>
        <translation>
            <numerusform>De hub weigerde %Ln wijziging van deze kiosk: ze blijft hier bewaard maar wordt niet meer verstuurd. Verwittig de beheerder van de hub. Verder gaat er niets verloren: al de rest is gesynchroniseerd.</numerusform>
            <numerusform>De hub weigerde %Ln wijzigingen van deze kiosk: ze blijven hier bewaard maar worden niet meer verstuurd. Verwittig de beheerder van de hub. Verder gaat er niets verloren: al de rest is gesynchroniseerd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tally</name>
    <message>
        <source>Ballot {ballot}: &quot;count&quot; must be a whole number of at least 0, not {value}.</source>
        <translation>Stembiljet {ballot}: &quot;count&quot; moet een geheel getal van minstens 0 zijn, niet {value}.</translation>
    </message>
    <message>
        <source>{what} must be a number, not {value}.</source>
        <translation>{what} moet een getal zijn, niet {value}.</translation>
    </message>
    <message>
        <source>&quot;{field}&quot; must be a whole number of at least 0, not {value}.</source>
        <translation>&quot;{field}&quot; moet een geheel getal van minstens 0 zijn, niet {value}.</translation>
    </message>
    <message>
        <source>&quot;options&quot; must be a non-empty list of names.</source>
        <translation>&quot;options&quot; moet een niet-lege lijst van namen zijn.</translation>
    </message>
    <message>
        <source>Every option must be a non-empty name, not {value}.</source>
        <translation>Elke optie moet een niet-lege naam hebben, niet {value}.</translation>
    </message>
    <message>
        <source>The option {option} is listed twice.</source>
        <translation>De optie {option} staat er twee keer.</translation>
    </message>
    <message>
        <source>&quot;ballots&quot; must be a list of ballots.</source>
        <translation>&quot;ballots&quot; moet een lijst van stembiljetten zijn.</translation>
    </message>
    <message>
        <source>Ballot {ballot} is not an object like {example}.</source>
        <translation>Stembiljet {ballot} is geen object zoals {example}.</translation>
    </message>
    <message>
        <source>Ballot {ballot}: unknown field {field} (expected {example}).</source>
        <translation>Stembiljet {ballot}: onbekend veld {field} (verwacht: {example}).</translation>
    </message>
    <message>
        <source>Ballot {ballot}: &quot;{field}&quot; is missing.</source>
        <translation>Stembiljet {ballot}: &quot;{field}&quot; ontbreekt.</translation>
    </message>
    <message>
        <source>Ballot {ballot}: &quot;{field}&quot; is not in the expected form {example}.</source>
        <translation>Stembiljet {ballot}: &quot;{field}&quot; heeft niet de verwachte vorm {example}.</translation>
    </message>
    <message>
        <source>Ballot {ballot}: {option} is not one of the options.</source>
        <translation>Stembiljet {ballot}: {option} is geen van de opties.</translation>
    </message>
    <message>
        <source>Ballot {ballot}: {option} appears twice.</source>
        <translation>Stembiljet {ballot}: {option} komt twee keer voor.</translation>
    </message>
    <message>
        <source>Ballot {ballot}: the grade of {option} must be a whole number from 0 to {top}, not {value}.</source>
        <translation>Stembiljet {ballot}: het oordeel over {option} moet een geheel getal van 0 tot {top} zijn, niet {value}.</translation>
    </message>
    <message>
        <source>Ballot {ballot}: the score of {option} must be a whole number of at least 0, not {value}.</source>
        <translation>Stembiljet {ballot}: de score van {option} moet een geheel getal van minstens 0 zijn, niet {value}.</translation>
    </message>
    <message>
        <source>Ballot {ballot}: the score of {option} must be a whole number from 0 to {top}, not {value}.</source>
        <translation>Stembiljet {ballot}: de score van {option} moet een geheel getal van 0 tot {top} zijn, niet {value}.</translation>
    </message>
    <message>
        <source>&quot;grades&quot; must be a non-empty list of grade names, worst grade first.</source>
        <translation>&quot;grades&quot; moet een niet-lege lijst van oordelen zijn, het slechtste eerst.</translation>
    </message>
    <message>
        <source>Two grades have the same name.</source>
        <translation>Twee oordelen hebben dezelfde naam.</translation>
    </message>
    <message>
        <source>&quot;tallies&quot; must map each option to its counts per grade, worst first.</source>
        <translation>&quot;tallies&quot; moet per optie de aantallen per oordeel geven, het slechtste eerst.</translation>
    </message>
    <message>
        <source>Tallies: {option} is not one of the options.</source>
        <translation>Tellingen: {option} is geen van de opties.</translation>
    </message>
    <message>
        <source>Tallies of {option}: give {grades} whole numbers of at least 0, one per grade, worst first.</source>
        <translation>Tellingen van {option}: geef {grades} gehele getallen van minstens 0, één per oordeel, het slechtste eerst.</translation>
    </message>
    <message>
        <source>Ballot {ballot}: &quot;choice&quot; must be yes, no, abstain or invalid, not {value}.</source>
        <translation>Stembiljet {ballot}: &quot;choice&quot; moet yes, no, abstain of invalid zijn, niet {value}.</translation>
    </message>
    <message>
        <source>&quot;rules&quot; must be an object.</source>
        <translation>&quot;rules&quot; moet een object zijn.</translation>
    </message>
    <message>
        <source>Unknown 100 % base {value}; expected one of {choices}.</source>
        <translation>Onbekende 100%-basis {value}; verwacht een van {choices}.</translation>
    </message>
    <message>
        <source>Unknown threshold {value}; expected one of {choices}.</source>
        <translation>Onbekende drempel {value}; verwacht een van {choices}.</translation>
    </message>
    <message>
        <source>The quorum must read {example}.</source>
        <translation>Het quorum moet luiden: {example}.</translation>
    </message>
    <message>
        <source>&quot;options&quot; must list the projects as {example}.</source>
        <translation>&quot;options&quot; moet de projecten opsommen zoals {example}.</translation>
    </message>
    <message>
        <source>The quorum ratio must be from 0 to 1.</source>
        <translation>De quorumverhouding moet tussen 0 en 1 liggen.</translation>
    </message>
    <message>
        <source>These rules need &quot;present&quot;: the weight of people present.</source>
        <translation>Deze regels vragen &quot;present&quot;: het gewicht van de aanwezigen.</translation>
    </message>
    <message>
        <source>These rules need &quot;entitled&quot;: the weight of people entitled to vote.</source>
        <translation>Deze regels vragen &quot;entitled&quot;: het gewicht van de stemgerechtigden.</translation>
    </message>
    <message>
        <source>{cast} ballots were cast but only {present} votes were present.</source>
        <translation>Er werden {cast} stemmen uitgebracht maar er waren maar {present} stemmen aanwezig.</translation>
    </message>
    <message>
        <source>{present} votes are present but only {entitled} are entitled.</source>
        <translation>Er zijn {present} stemmen aanwezig maar maar {entitled} stemgerechtigd.</translation>
    </message>
    <message>
        <source>Ballot {ballot}: an objection must give its reason as text (null means consent).</source>
        <translation>Stembiljet {ballot}: een bezwaar moet zijn reden als tekst geven (null betekent consent).</translation>
    </message>
    <message>
        <source>Every project needs an id and a cost, as {example}; got {value}.</source>
        <translation>Elk project heeft een id en een kostprijs nodig, zoals {example}; ontvangen: {value}.</translation>
    </message>
    <message>
        <source>A project id must be a non-empty text, not {value}.</source>
        <translation>De id van een project moet een niet-lege tekst zijn, niet {value}.</translation>
    </message>
    <message>
        <source>The project {project} is listed twice.</source>
        <translation>Het project {project} staat er twee keer.</translation>
    </message>
    <message>
        <source>The project {project} must cost more than 0.</source>
        <translation>Het project {project} moet meer dan 0 kosten.</translation>
    </message>
    <message>
        <source>The budget must be more than 0.</source>
        <translation>Het budget moet meer dan 0 zijn.</translation>
    </message>
    <message>
        <source>Unknown participatory budgeting rule {value}; expected one of {choices}.</source>
        <translation>Onbekende regel voor participatief budget {value}; verwacht een van {choices}.</translation>
    </message>
    <message>
        <source>Ballot {ballot} supports {count} projects; at most {maximum} are allowed.</source>
        <translation>Stembiljet {ballot} steunt {count} projecten; hoogstens {maximum} zijn toegestaan.</translation>
    </message>
    <message>
        <source>Ballot {ballot} supports {count} projects; at least {minimum} are required.</source>
        <translation>Stembiljet {ballot} steunt {count} projecten; er zijn er minstens {minimum} nodig.</translation>
    </message>
    <message>
        <source>Ballot {ballot} chooses projects costing {cost} in total, over the {maximum} a ballot may spend.</source>
        <translation>Stembiljet {ballot} kiest projecten die samen {cost} kosten, meer dan de {maximum} die een stembiljet mag besteden.</translation>
    </message>
    <message>
        <source>Ballot {ballot} gives {points} points to {project}; at most {maximum} per project.</source>
        <translation>Stembiljet {ballot} geeft {points} punten aan {project}; hoogstens {maximum} per project.</translation>
    </message>
    <message>
        <source>Ballot {ballot} gives {points} points in all; at most {maximum}.</source>
        <translation>Stembiljet {ballot} geeft in totaal {points} punten; hoogstens {maximum}.</translation>
    </message>
    <message>
        <source>Ballot {ballot}: the points for {project} must be a whole number, not {value}.</source>
        <translation>Stembiljet {ballot}: de punten voor {project} moeten een geheel getal zijn, niet {value}.</translation>
    </message>
    <message>
        <source>A participatory budget needs a &quot;budget&quot;.</source>
        <translation>Een participatief budget heeft een &quot;budget&quot; nodig.</translation>
    </message>
    <message>
        <source>A vote must be a JSON object.</source>
        <translation>Een stemming moet een JSON-object zijn.</translation>
    </message>
    <message>
        <source>Unknown method {value}; expected one of {choices}.</source>
        <translation>Onbekende methode {value}; verwacht een van {choices}.</translation>
    </message>
    <message>
        <source>A rule applies only to participatory budgets.</source>
        <translation>Een regel geldt alleen voor participatieve budgetten.</translation>
    </message>
    <message>
        <source>A Pabulib file holds a participatory budget.</source>
        <translation>Een Pabulib-bestand bevat een participatief budget.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>Kan {path} niet lezen: {reason}.</translation>
    </message>
    <message>
        <source>Not valid JSON (line {line}, column {column}): {reason}.</source>
        <translation>Geen geldige JSON (regel {line}, kolom {column}): {reason}.</translation>
    </message>
    <message>
        <source>{path} is not a UTF-8 text file.</source>
        <translation>{path} is geen UTF-8-tekstbestand.</translation>
    </message>
    <message>
        <source>META {key} must be a whole number, not {value}.</source>
        <translation>META {key} moet een geheel getal zijn, niet {value}.</translation>
    </message>
    <message>
        <source>Line {line}: the {section} section has no header.</source>
        <translation>Regel {line}: de sectie {section} heeft geen kopregel.</translation>
    </message>
    <message>
        <source>Line {line}: the {section} section has no {column} column.</source>
        <translation>Regel {line}: de sectie {section} heeft geen kolom {column}.</translation>
    </message>
    <message>
        <source>Line {line}: expected a META, PROJECTS or VOTES section first.</source>
        <translation>Regel {line}: eerst werd een sectie META, PROJECTS of VOTES verwacht.</translation>
    </message>
    <message>
        <source>Line {line}: a META line reads key;value.</source>
        <translation>Regel {line}: een META-regel luidt sleutel;waarde.</translation>
    </message>
    <message>
        <source>Line {line}: {count} fields where the header has {expected}.</source>
        <translation>Regel {line}: {count} velden terwijl de kopregel er {expected} heeft.</translation>
    </message>
    <message>
        <source>Line {line}: a project without an id.</source>
        <translation>Regel {line}: een project zonder id.</translation>
    </message>
    <message>
        <source>Line {line}: the project {project} is listed twice.</source>
        <translation>Regel {line}: het project {project} staat er twee keer.</translation>
    </message>
    <message>
        <source>The file has no {section} section.</source>
        <translation>Het bestand heeft geen sectie {section}.</translation>
    </message>
    <message>
        <source>META has no budget.</source>
        <translation>META vermeldt geen budget.</translation>
    </message>
    <message>
        <source>Vote type {value} is not supported: only approval and cumulative are.</source>
        <translation>Stemtype {value} wordt niet ondersteund: alleen approval en cumulative.</translation>
    </message>
    <message>
        <source>Ballot {ballot}: {projects} projects but {points} numbers of points.</source>
        <translation>Stembiljet {ballot}: {projects} projecten maar {points} aantallen punten.</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Something went wrong. Please try again, or ask someone at the desk.</source>
        <translation>Er ging iets mis. Probeer opnieuw, of vraag het aan het onthaal.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Proposed</source>
        <translation>Voorgesteld</translation>
    </message>
    <message>
        <source>Supported by enough members</source>
        <translation>Gesteund door genoeg vennoten</translation>
    </message>
    <message>
        <source>Accepted by the body</source>
        <translation>Aanvaard door het orgaan</translation>
    </message>
    <message>
        <source>On a meeting&apos;s agenda</source>
        <translation>Op de agenda van een vergadering</translation>
    </message>
    <message>
        <source>Discussed at the meeting</source>
        <translation>Besproken op de vergadering</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>It needs the names of more members before it goes further.</source>
        <translation>Er zijn namen van meer vennoten nodig voor het verder gaat.</translation>
    </message>
    <message>
        <source>It has gone to the body&apos;s secretary, who will answer.</source>
        <translation>Het is naar de secretaris van het orgaan gegaan, die zal antwoorden.</translation>
    </message>
    <message>
        <source>The body will put it on one of its meetings.</source>
        <translation>Het orgaan zet het op een van zijn vergaderingen.</translation>
    </message>
    <message>
        <source>It will be discussed at the meeting shown below.</source>
        <translation>Het wordt besproken op de vergadering hieronder.</translation>
    </message>
    <message>
        <source>The body has discussed it: its answer is below.</source>
        <translation>Het orgaan heeft het besproken: het antwoord staat hieronder.</translation>
    </message>
    <message>
        <source>The body will not take it up: its answer is below.</source>
        <translation>Het orgaan neemt het niet op: het antwoord staat hieronder.</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Grotere tekst</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoog contrast</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Contrast</translation>
    </message>
</context>
<context>
    <name>Topic</name>
    <message>
        <source>Governance</source>
        <translation>Bestuur</translation>
    </message>
    <message>
        <source>Local budget</source>
        <translation>Lokaal budget</translation>
    </message>
    <message>
        <source>Skill sharing</source>
        <translation>Vaardigheden delen</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Evenementen</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Opleiding</translation>
    </message>
    <message>
        <source>Collective struggles</source>
        <translation>Collectieve strijd</translation>
    </message>
</context>
<context>
    <name>TravelAidScreen</name>
    <message>
        <source>Help with travel costs</source>
        <translation>Hulp bij reiskosten</translation>
    </message>
    <message>
        <source>{name}, your travel to a meeting</source>
        <translation>{name}, je reis naar een vergadering</translation>
    </message>
    <message>
        <source>The cooperative can pay part of your travel to a national or international meeting. Ask here; the answer comes within a few days. Scan your badge again to see it.</source>
        <translation>De coöperatie kan een deel van je reis naar een nationale of internationale vergadering betalen. Vraag het hier; het antwoord komt binnen enkele dagen. Scan je badge opnieuw om het te zien.</translation>
    </message>
    <message>
        <source>Scan your badge to ask for help or to see your requests.</source>
        <translation>Scan je badge om hulp te vragen of je aanvragen te zien.</translation>
    </message>
    <message>
        <source>Members of the cooperative can do this.</source>
        <translation>Leden van de coöperatie kunnen dit doen.</translation>
    </message>
    <message>
        <source>Your requests</source>
        <translation>Je aanvragen</translation>
    </message>
    <message>
        <source>You have not asked for travel aid yet.</source>
        <translation>Je hebt nog geen reishulp gevraagd.</translation>
    </message>
    <message>
        <source>A new request</source>
        <translation>Een nieuwe aanvraag</translation>
    </message>
    <message>
        <source>Which meeting?</source>
        <translation>Welke vergadering?</translation>
    </message>
    <message>
        <source>The meeting&apos;s name, where and when</source>
        <translation>De naam van de vergadering, waar en wanneer</translation>
    </message>
    <message>
        <source>From where do you leave?</source>
        <translation>Van waar vertrek je?</translation>
    </message>
    <message>
        <source>For example: Rennes</source>
        <translation>Bijvoorbeeld: Rennes</translation>
    </message>
    <message>
        <source>Estimated cost of the trip, in euros</source>
        <translation>Geschatte kost van de reis, in euro</translation>
    </message>
    <message>
        <source>A few words (optional)</source>
        <translation>Een paar woorden (niet verplicht)</translation>
    </message>
    <message>
        <source>Send my request</source>
        <translation>Mijn aanvraag versturen</translation>
    </message>
    <message>
        <source>From {place}, about {cost}. {status}</source>
        <translation>Vanuit {place}, ongeveer {cost}. {status}</translation>
    </message>
    <message>
        <source>The answer: {answer}</source>
        <translation>Het antwoord: {answer}</translation>
    </message>
    <message>
        <source>Waiting for an answer.</source>
        <translation>Wacht op een antwoord.</translation>
    </message>
    <message>
        <source>Granted.</source>
        <translation>Toegekend.</translation>
    </message>
    <message>
        <source>Not granted.</source>
        <translation>Niet toegekend.</translation>
    </message>
    <message>
        <source>Another meeting</source>
        <translation>Een andere vergadering</translation>
    </message>
    <message>
        <source>Choose a meeting or write its name.</source>
        <translation>Kies een vergadering of schrijf haar naam.</translation>
    </message>
    <message>
        <source>Your request is sent. The answer will show here.</source>
        <translation>Je aanvraag is verstuurd. Het antwoord verschijnt hier.</translation>
    </message>
</context>
<context>
    <name>VoteChoice</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>Onthouding</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Ongeldig</translation>
    </message>
</context>
<context>
    <name>VoteGrade</name>
    <message>
        <source>Reject</source>
        <translation>Afwijzen</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>Onvoldoende</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Matig</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Goed</translation>
    </message>
    <message>
        <source>Very good</source>
        <translation>Zeer goed</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>Uitstekend</translation>
    </message>
</context>
<context>
    <name>VoteLevel</name>
    <message>
        <source>Information</source>
        <translation>Informatie</translation>
    </message>
    <message>
        <source>Consultation — advisory</source>
        <translation>Raadpleging — adviserend</translation>
    </message>
    <message>
        <source>Concertation</source>
        <translation>Overleg</translation>
    </message>
    <message>
        <source>Co-decision — binding</source>
        <translation>Medebeslissing — bindend</translation>
    </message>
</context>
<context>
    <name>VoteStatus</name>
    <message>
        <source>Draft</source>
        <translation>Ontwerp</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Bekendgemaakt</translation>
    </message>
</context>
<context>
    <name>VoteTemplate</name>
    <message>
        <source>Statute change (⅔)</source>
        <translation>Statutenwijziging (⅔)</translation>
    </message>
    <message>
        <source>Board decision</source>
        <translation>Beslissing van de raad</translation>
    </message>
    <message>
        <source>Participatory budget</source>
        <translation>Participatief budget</translation>
    </message>
    <message>
        <source>Consultation (judgment)</source>
        <translation>Raadpleging (oordeel)</translation>
    </message>
    <message>
        <source>Consent round</source>
        <translation>Consentronde</translation>
    </message>
</context>
<context>
    <name>Voting</name>
    <message>
        <source>Ledger entry {seq} is missing or out of place (found {found}).</source>
        <translation>Registerregel {seq} ontbreekt of staat niet op zijn plaats ({found} gevonden).</translation>
    </message>
    <message>
        <source>Ledger entry {seq} does not follow the one before it.</source>
        <translation>Registerregel {seq} volgt niet op de vorige.</translation>
    </message>
    <message>
        <source>Ledger entry {seq} ({kind}) was altered: its hash differs.</source>
        <translation>Registerregel {seq} ({kind}) is gewijzigd: de hash verschilt.</translation>
    </message>
    <message>
        <source>{voted} of {present} present have voted</source>
        <translation>{voted} van de {present} aanwezigen hebben gestemd</translation>
    </message>
    <message>
        <source>Not a vote id: {value}.</source>
        <translation>Geen stemmings-id: {value}.</translation>
    </message>
    <message>
        <source>The picture of {option} must be a file name, relative to {path}.</source>
        <translation>De afbeelding van {option} moet een bestandsnaam zijn, relatief ten opzichte van {path}.</translation>
    </message>
    <message>
        <source>Cannot read the vote in {path}: {reason}.</source>
        <translation>Kan de stemming in {path} niet lezen: {reason}.</translation>
    </message>
    <message>
        <source>The countdown is 1 to {maximum} minutes.</source>
        <translation>Het aftellen duurt 1 tot {maximum} minuten.</translation>
    </message>
    <message>
        <source>The vote is not open yet: open it first (antenne vote open).</source>
        <translation>De stemming is nog niet geopend: open ze eerst (antenne vote open).</translation>
    </message>
    <message>
        <source>The vote is closed: it takes no more ballots.</source>
        <translation>De stemming is gesloten: er worden geen stembiljetten meer aanvaard.</translation>
    </message>
    <message>
        <source>A vote must be a JSON object.</source>
        <translation>Een stemming moet een JSON-object zijn.</translation>
    </message>
    <message>
        <source>A vote needs a title.</source>
        <translation>Een stemming heeft een titel nodig.</translation>
    </message>
    <message>
        <source>Unknown method {method}.</source>
        <translation>Onbekende methode: {method}.</translation>
    </message>
    <message>
        <source>Unknown participation level {level}: information, consultation, concertation or codecision.</source>
        <translation>Onbekend participatieniveau {level}: information, consultation, concertation of codecision.</translation>
    </message>
    <message>
        <source>Name the channels: kiosk, phone, analog.</source>
        <translation>Geef de kanalen op: kiosk, phone, analog.</translation>
    </message>
    <message>
        <source>Unknown channel {channel}: kiosk, phone or analog.</source>
        <translation>Onbekend kanaal {channel}: kiosk, phone of analog.</translation>
    </message>
    <message>
        <source>Say whether the vote is secret: true or false.</source>
        <translation>Zeg of de stemming geheim is: true of false.</translation>
    </message>
    <message>
        <source>The title is too long: at most {limit} characters.</source>
        <translation>De titel is te lang: hoogstens {limit} tekens.</translation>
    </message>
    <message>
        <source>The question must be text of at most {limit} characters.</source>
        <translation>De vraag moet een tekst van hoogstens {limit} tekens zijn.</translation>
    </message>
    <message>
        <source>No governance body is called {body}.</source>
        <translation>Geen enkel orgaan heet {body}.</translation>
    </message>
    <message>
        <source>The name of an option is too long: at most {limit} characters.</source>
        <translation>De naam van een optie is te lang: hoogstens {limit} tekens.</translation>
    </message>
    <message>
        <source>Unknown template {name}.</source>
        <translation>Onbekend model: {name}.</translation>
    </message>
    <message>
        <source>The vote needs its options.</source>
        <translation>De stemming heeft opties nodig.</translation>
    </message>
    <message>
        <source>Every option needs a label.</source>
        <translation>Elke optie heeft een naam nodig.</translation>
    </message>
    <message>
        <source>The cost of {option} must be a whole number.</source>
        <translation>De kosten van {option} moeten een geheel getal zijn.</translation>
    </message>
    <message>
        <source>Every project needs a cost.</source>
        <translation>Elk project heeft kosten nodig.</translation>
    </message>
    <message>
        <source>The description of {option} must be text.</source>
        <translation>De beschrijving van {option} moet tekst zijn.</translation>
    </message>
    <message>
        <source>The description of {option} is too long: at most {limit} characters.</source>
        <translation>De beschrijving van {option} is te lang: hoogstens {limit} tekens.</translation>
    </message>
    <message>
        <source>The picture of {option} must be a picture file.</source>
        <translation>De afbeelding van {option} moet een afbeeldingsbestand zijn.</translation>
    </message>
    <message>
        <source>Unknown eligibility {value}: {choices}.</source>
        <translation>Onbekend stemrecht {value}: {choices}.</translation>
    </message>
    <message>
        <source>This vote does not exist.</source>
        <translation>Deze stemming bestaat niet.</translation>
    </message>
    <message>
        <source>This option does not exist.</source>
        <translation>Deze optie bestaat niet.</translation>
    </message>
    <message>
        <source>The vote is {status}: this cannot be done now.</source>
        <translation>De stemming is {status}: dat kan nu niet.</translation>
    </message>
    <message>
        <source>The vote is not closed yet: no results.</source>
        <translation>De stemming is nog niet gesloten: geen uitslag.</translation>
    </message>
    <message>
        <source>This person is not known here.</source>
        <translation>Deze persoon is hier niet bekend.</translation>
    </message>
    <message>
        <source>{name} cannot vote: only shareholders vote on this decision.</source>
        <translation>{name} kan niet stemmen: alleen vennoten stemmen over deze beslissing.</translation>
    </message>
    <message>
        <source>{name} cannot vote: only members vote on this decision.</source>
        <translation>{name} kan niet stemmen: alleen leden stemmen over deze beslissing.</translation>
    </message>
    <message>
        <source>A weight is a whole number of at least 1.</source>
        <translation>Een gewicht is een geheel getal van minstens 1.</translation>
    </message>
    <message>
        <source>Nobody can hold their own proxy.</source>
        <translation>Niemand kan zijn eigen volmacht houden.</translation>
    </message>
    <message>
        <source>{name} must be present to hold a proxy.</source>
        <translation>{name} moet aanwezig zijn om een volmacht te houden.</translation>
    </message>
    <message>
        <source>{name} is present and votes in person.</source>
        <translation>{name} is aanwezig en stemt zelf.</translation>
    </message>
    <message>
        <source>{name} has already given a proxy for this vote.</source>
        <translation>{name} heeft al volmacht gegeven voor deze stemming.</translation>
    </message>
    <message>
        <source>{name} already holds {held} proxies; the rules allow {cap}.</source>
        <translation>{name} houdt al {held} volmachten; de regels staan er {cap} toe.</translation>
    </message>
    <message>
        <source>{name} has already voted.</source>
        <translation>{name} heeft al gestemd.</translation>
    </message>
    <message>
        <source>{name} has given no proxy for this vote.</source>
        <translation>{name} heeft voor deze stemming geen volmacht gegeven.</translation>
    </message>
    <message>
        <source>{holder} has already voted with the proxy of {name}: it can no longer be revoked.</source>
        <translation>{holder} heeft al gestemd met de volmacht van {name}: die kan niet meer worden ingetrokken.</translation>
    </message>
    <message>
        <source>An objection can be at most {maximum} characters long.</source>
        <translation>Een bezwaar telt hoogstens {maximum} tekens.</translation>
    </message>
    <message>
        <source>{name}, please sign in at the door first (roll call).</source>
        <translation>{name}, meld je eerst aan bij de deur (aanwezigheden).</translation>
    </message>
    <message>
        <source>{name}, you have already voted.</source>
        <translation>{name}, je hebt al gestemd.</translation>
    </message>
    <message>
        <source>This person is not on the voter roll.</source>
        <translation>Deze persoon staat niet op de kiezerslijst.</translation>
    </message>
    <message>
        <source>This vote has already been cast.</source>
        <translation>Deze stem is al uitgebracht.</translation>
    </message>
    <message>
        <source>Please sign in at the door first (roll call).</source>
        <translation>Meld je eerst aan bij de deur (aanwezigheden).</translation>
    </message>
    <message>
        <source>There is no such proxy.</source>
        <translation>Deze volmacht bestaat niet.</translation>
    </message>
    <message>
        <source>The member who gave this proxy is here and votes in person.</source>
        <translation>Het lid dat deze volmacht gaf, is aanwezig en stemt zelf.</translation>
    </message>
    <message>
        <source>No answer to record.</source>
        <translation>Geen antwoord om vast te leggen.</translation>
    </message>
    <message>
        <source>Ask for 1 to {maximum} codes.</source>
        <translation>Vraag 1 tot {maximum} codes.</translation>
    </message>
    <message>
        <source>A weighted vote is cast at the booth.</source>
        <translation>Een gewogen stem wordt in het stemhokje uitgebracht.</translation>
    </message>
    <message>
        <source>This vote does not use this channel.</source>
        <translation>Deze stemming gebruikt dit kanaal niet.</translation>
    </message>
    <message>
        <source>This code is not valid.</source>
        <translation>Deze code is niet geldig.</translation>
    </message>
    <message>
        <source>This vote is not secret: each phone code belongs to the person whose badge was scanned at the booth. Codes printed on slips cannot be used.</source>
        <translation>Deze stemming is niet geheim: elke telefooncode hoort bij de persoon van wie de badge aan het stemhokje werd gescand. Codes op afgedrukte strookjes werken niet.</translation>
    </message>
    <message>
        <source>By a show of hands, a named vote records each person&apos;s yes, no or abstain: it works for a motion only. Use the booth or phones for this kind of vote.</source>
        <translation>Bij handopsteken legt een hoofdelijke stemming het ja, nee of onthouding van elke persoon vast: dat kan alleen bij een motie. Gebruik voor dit soort stemming het stemhokje of de telefoons.</translation>
    </message>
    <message>
        <source>A named vote is not counted: record each person&apos;s answer as their name is called.</source>
        <translation>Een hoofdelijke stemming wordt niet geteld: noteer het antwoord van elke persoon wanneer de naam wordt afgeroepen.</translation>
    </message>
    <message>
        <source>A secret vote is never recorded by name: count the hands instead.</source>
        <translation>Een geheime stemming wordt nooit per naam genoteerd: tel in plaats daarvan de handen.</translation>
    </message>
    <message>
        <source>This code has already been used.</source>
        <translation>Deze code is al gebruikt.</translation>
    </message>
    <message>
        <source>The vote is closed: no more ballots.</source>
        <translation>De stemming is gesloten: geen stembiljetten meer.</translation>
    </message>
    <message>
        <source>A show of hands cannot count this kind of vote.</source>
        <translation>Handopsteken kan dit soort stemming niet tellen.</translation>
    </message>
    <message>
        <source>Counted hands cannot be shared out by equal shares: use the booth or phones.</source>
        <translation>Getelde handen kunnen niet in gelijke delen verdeeld worden: gebruik het stemhokje of de telefoons.</translation>
    </message>
    <message>
        <source>Counts are whole numbers of at least 0.</source>
        <translation>Tellingen zijn gehele getallen van minstens 0.</translation>
    </message>
    <message>
        <source>{cast} votes cast, but {valid} valid + {invalid} invalid + {blank} blank make {total}.</source>
        <translation>{cast} stemmen uitgebracht, maar {valid} geldig + {invalid} ongeldig + {blank} blanco maakt {total}.</translation>
    </message>
    <message>
        <source>{option} is not one of the choices.</source>
        <translation>{option} is geen van de keuzes.</translation>
    </message>
    <message>
        <source>Give {option} one count per grade ({grades} numbers).</source>
        <translation>Geef voor {option} één telling per beoordeling ({grades} getallen).</translation>
    </message>
    <message>
        <source>{option} has {count} votes, more than the {valid} valid ones.</source>
        <translation>{option} heeft {count} stemmen, meer dan de {valid} geldige.</translation>
    </message>
    <message>
        <source>The choices add up to {total}, but {valid} votes are valid.</source>
        <translation>De keuzes tellen op tot {total}, maar {valid} stemmen zijn geldig.</translation>
    </message>
    <message>
        <source>{cast} votes cast by hand, {others} counted before and {electronic} at the booth or by phone: more than the {room} votes present.</source>
        <translation>{cast} stemmen bij handopsteken, {others} eerder geteld en {electronic} in het stemhokje of per telefoon: meer dan de {room} aanwezige stemmen.</translation>
    </message>
    <message>
        <source>Say why the count is corrected.</source>
        <translation>Zeg waarom de telling verbeterd wordt.</translation>
    </message>
    <message>
        <source>This count was already replaced.</source>
        <translation>Deze telling is al vervangen.</translation>
    </message>
    <message>
        <source>The vote&apos;s title differs from the one sealed when it opened.</source>
        <translation>De titel van de stemming verschilt van die bij de opening verzegeld.</translation>
    </message>
    <message>
        <source>The vote&apos;s question differs from the one sealed when it opened.</source>
        <translation>De vraag van de stemming verschilt van die bij de opening verzegeld.</translation>
    </message>
    <message>
        <source>The vote&apos;s language differs from the one sealed when it opened.</source>
        <translation>De taal van de stemming verschilt van die bij de opening verzegeld.</translation>
    </message>
    <message>
        <source>The vote&apos;s title or question in another language differs from the one sealed when it opened.</source>
        <translation>De titel of vraag van de stemming in een andere taal verschilt van die verzegeld bij de opening.</translation>
    </message>
    <message>
        <source>The voting method differs from the one sealed when the vote opened.</source>
        <translation>De stemmethode verschilt van die bij de opening van de stemming verzegeld.</translation>
    </message>
    <message>
        <source>The participation level differs from the one sealed when the vote opened.</source>
        <translation>Het participatieniveau verschilt van dat bij de opening van de stemming verzegeld.</translation>
    </message>
    <message>
        <source>The ways to vote (channels) differ from those sealed when the vote opened.</source>
        <translation>De manieren om te stemmen (kanalen) verschillen van die bij de opening van de stemming verzegeld.</translation>
    </message>
    <message>
        <source>Whether the vote is secret differs from what was sealed when it opened.</source>
        <translation>Of de stemming geheim is, verschilt van wat bij de opening verzegeld werd.</translation>
    </message>
    <message>
        <source>The body that votes, or its name, differs from the one sealed when it opened.</source>
        <translation>Het orgaan dat stemt, of zijn naam, verschilt van dat bij de opening verzegeld.</translation>
    </message>
    <message>
        <source>The vote&apos;s opening time differs from the one sealed when it opened.</source>
        <translation>Het openingstijdstip van de stemming verschilt van dat bij de opening verzegeld.</translation>
    </message>
    <message>
        <source>The vote&apos;s deadline differs from the one sealed when it opened.</source>
        <translation>De einddatum van de stemming verschilt van die bij de opening verzegeld.</translation>
    </message>
    <message>
        <source>The vote has {count} options; {sealed} were sealed when it opened.</source>
        <translation>De stemming heeft {count} opties; bij de opening werden er {sealed} verzegeld.</translation>
    </message>
    <message>
        <source>Option {number} ({sealed}) was moved since the vote opened.</source>
        <translation>Optie {number} ({sealed}) is verplaatst sinds de opening van de stemming.</translation>
    </message>
    <message>
        <source>The name of option {number} differs from the one sealed ({sealed}).</source>
        <translation>De naam van optie {number} verschilt van de verzegelde ({sealed}).</translation>
    </message>
    <message>
        <source>The description of option {number} ({sealed}) differs from the one sealed.</source>
        <translation>De beschrijving van optie {number} ({sealed}) verschilt van de verzegelde.</translation>
    </message>
    <message>
        <source>The name or description of option {number} ({sealed}) in another language differs from the one sealed.</source>
        <translation>De naam of beschrijving van optie {number} ({sealed}) in een andere taal verschilt van die verzegeld.</translation>
    </message>
    <message>
        <source>The cost of option {number} ({sealed}) differs from the one sealed.</source>
        <translation>De kostprijs van optie {number} ({sealed}) verschilt van de verzegelde.</translation>
    </message>
    <message>
        <source>The picture of option {number} ({sealed}) differs from the one sealed.</source>
        <translation>De afbeelding van optie {number} ({sealed}) verschilt van de verzegelde.</translation>
    </message>
    <message>
        <source>The majority required differs from the one sealed when the vote opened.</source>
        <translation>De vereiste meerderheid verschilt van die bij de opening van de stemming verzegeld.</translation>
    </message>
    <message>
        <source>The base of the majority differs from the one sealed when the vote opened.</source>
        <translation>De basis van de meerderheid verschilt van die bij de opening van de stemming verzegeld.</translation>
    </message>
    <message>
        <source>The quorum differs from the one sealed when the vote opened.</source>
        <translation>Het quorum verschilt van dat bij de opening van de stemming verzegeld.</translation>
    </message>
    <message>
        <source>The budget differs from the one sealed when the vote opened.</source>
        <translation>Het budget verschilt van dat bij de opening van de stemming verzegeld.</translation>
    </message>
    <message>
        <source>The budget&apos;s counting rule differs from the one sealed when the vote opened.</source>
        <translation>De telregel van het budget verschilt van die bij de opening van de stemming verzegeld.</translation>
    </message>
    <message>
        <source>The rule “{rule}” differs from the one sealed when the vote opened.</source>
        <translation>De regel ‘{rule}’ verschilt van die bij de opening van de stemming verzegeld.</translation>
    </message>
    <message>
        <source>The vote&apos;s closing time differs from the one sealed at close.</source>
        <translation>Het sluitingstijdstip van de stemming verschilt van dat bij de sluiting verzegeld.</translation>
    </message>
    <message>
        <source>Entitled to vote: {now}; {sealed} were sealed at close.</source>
        <translation>Stemgerechtigd: {now}; bij de sluiting werden er {sealed} verzegeld.</translation>
    </message>
    <message>
        <source>Present: {now}; {sealed} were sealed at close.</source>
        <translation>Aanwezig: {now}; bij de sluiting werden er {sealed} verzegeld.</translation>
    </message>
    <message>
        <source>Represented by proxy: {now}; {sealed} were sealed at close.</source>
        <translation>Vertegenwoordigd met volmacht: {now}; bij de sluiting werden er {sealed} verzegeld.</translation>
    </message>
    <message>
        <source>Voted: {now}; {sealed} were sealed at close.</source>
        <translation>Gestemd: {now}; bij de sluiting werden er {sealed} verzegeld.</translation>
    </message>
    <message>
        <source>Votes by channel: {now}; {sealed} were sealed at close.</source>
        <translation>Stemmen per kanaal: {now}; bij de sluiting verzegeld: {sealed}.</translation>
    </message>
    <message>
        <source>The voter roll holds {now} people; {sealed} were sealed at close.</source>
        <translation>De kiezerslijst telt {now} personen; bij de sluiting werden er {sealed} verzegeld.</translation>
    </message>
    <message>
        <source>The voter roll says {now} people voted; {sealed} were sealed at close.</source>
        <translation>Volgens de kiezerslijst hebben {now} personen gestemd; bij de sluiting werden er {sealed} verzegeld.</translation>
    </message>
    <message>
        <source>Proxies: {now}; {sealed} were sealed at close.</source>
        <translation>Volmachten: {now}; bij de sluiting werden er {sealed} verzegeld.</translation>
    </message>
    <message>
        <source>Phone codes issued: {now}; {sealed} were sealed at close.</source>
        <translation>Uitgereikte gsm-codes: {now}; bij de sluiting werden er {sealed} verzegeld.</translation>
    </message>
    <message>
        <source>Phone codes used: {now}; {sealed} were sealed at close.</source>
        <translation>Gebruikte gsm-codes: {now}; bij de sluiting werden er {sealed} verzegeld.</translation>
    </message>
    <message>
        <source>The counts of hands or paper differ from those sealed at close.</source>
        <translation>De tellingen bij handopsteking of op papier verschillen van die bij de sluiting verzegeld.</translation>
    </message>
    <message>
        <source>The ledger does not record the close.</source>
        <translation>Het register vermeldt de sluiting niet.</translation>
    </message>
    <message>
        <source>The vote is marked {status}; its ledger says {sealed}.</source>
        <translation>De stemming staat als {status}; het register zegt {sealed}.</translation>
    </message>
    <message>
        <source>Whether the results were revealed differs from what the ledger says.</source>
        <translation>Of de resultaten onthuld zijn, verschilt van wat het register zegt.</translation>
    </message>
    <message>
        <source>The box holds {count} ballots; {sealed} were sealed at close.</source>
        <translation>De urne bevat {count} stembiljetten; {sealed} werden verzegeld bij de sluiting.</translation>
    </message>
    <message>
        <source>The ballot box differs from the one sealed at close: a ballot was added, removed or altered.</source>
        <translation>De urne verschilt van die bij de sluiting: een stembiljet werd toegevoegd, verwijderd of gewijzigd.</translation>
    </message>
    <message>
        <source>The ledger records {events} ballots cast; the box holds {count}.</source>
        <translation>Het register telt {events} uitgebrachte stembiljetten; de urne bevat er {count}.</translation>
    </message>
    <message>
        <source>Counting the box again gives other results.</source>
        <translation>Opnieuw tellen geeft een andere uitslag.</translation>
    </message>
    <message>
        <source>The named ballots differ from the ballot box: a choice was added, removed or altered.</source>
        <translation>De hoofdelijke stemmen verschillen van de stembus: een keuze werd toegevoegd, verwijderd of gewijzigd.</translation>
    </message>
    <message>
        <source>The kept results differ from those in the ledger.</source>
        <translation>De bewaarde uitslag verschilt van die in het register.</translation>
    </message>
    <message>
        <source>The phone ballot page cannot be served on {host}:{port} ({reason}).</source>
        <translation>De stempagina voor telefoons kan niet worden aangeboden op {host}:{port} ({reason}).</translation>
    </message>
    <message>
        <source>This file is not a picture the kiosk can show (JPEG, PNG, WebP, GIF or BMP).</source>
        <translation>Dit bestand is geen afbeelding die de zuil kan tonen (JPEG, PNG, WebP, GIF of BMP).</translation>
    </message>
    <message>
        <source>This picture is too large ({size} MB): at most {limit} MB, please.</source>
        <translation>Deze afbeelding is te groot ({size} MB): hoogstens {limit} MB, alstublieft.</translation>
    </message>
    <message>
        <source>This picture is too large ({width} × {height} pixels): please make it smaller.</source>
        <translation>Deze afbeelding is te groot ({width} × {height} pixels): maak ze kleiner, alstublieft.</translation>
    </message>
    <message>
        <source>Cannot read the picture {path}: {reason}.</source>
        <translation>Kan de afbeelding {path} niet lezen: {reason}.</translation>
    </message>
    <message>
        <source>The translations must be texts per language: fr, nl or en.</source>
        <translation>De vertalingen moeten teksten per taal zijn: fr, nl of en.</translation>
    </message>
    <message>
        <source>Unknown language {language}: fr, nl or en.</source>
        <translation>Onbekende taal {language}: fr, nl of en.</translation>
    </message>
    <message>
        <source>The texts in {language} are the vote&apos;s own: they are not a translation.</source>
        <translation>De teksten in {language} zijn die van de stemming: dat is geen vertaling.</translation>
    </message>
    <message>
        <source>The {language} translation of {what} must be text.</source>
        <translation>De vertaling ({language}) van {what} moet tekst zijn.</translation>
    </message>
    <message>
        <source>The {language} translation of {what} is too long: at most {limit} characters.</source>
        <translation>De vertaling ({language}) van {what} is te lang: hoogstens {limit} tekens.</translation>
    </message>
</context>
<context>
    <name>WelcomeDoneScreen</name>
    <message>
        <source>Welcome</source>
        <translation>Welkom</translation>
    </message>
    <message>
        <source>You are checked in, {name}. Welcome!</source>
        <translation>Je bent aangemeld, {name}. Welkom!</translation>
    </message>
    <message>
        <source>You are checked in. Welcome!</source>
        <translation>Je bent aangemeld. Welkom!</translation>
    </message>
    <message>
        <source>Your badge is being printed…</source>
        <translation>Je badge wordt afgedrukt…</translation>
    </message>
    <message>
        <source>Take your badge from the printer.</source>
        <translation>Neem je badge uit de printer.</translation>
    </message>
    <message>
        <source>The code is hidden now, so that nobody else can use it.</source>
        <translation>De code is nu verborgen, zodat niemand anders hem kan gebruiken.</translation>
    </message>
    <message>
        <source>Photograph this code: it works like your badge today.</source>
        <translation>Maak een foto van deze code: hij werkt vandaag zoals je badge.</translation>
    </message>
    <message>
        <source>My journey</source>
        <translation>Mijn traject</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Welcome</source>
        <translation>Welkom</translation>
    </message>
    <message>
        <source>Welcome to the antenne!</source>
        <translation>Welkom in de antenne!</translation>
    </message>
    <message>
        <source>Leaving? Scan your badge to check out.</source>
        <translation>Vertrek je? Scan je badge om je af te melden.</translation>
    </message>
    <message>
        <source>Have a badge? Scan it now to check in.</source>
        <translation>Heb je een badge? Scan hem nu om je aan te melden.</translation>
    </message>
    <message>
        <source>Hold it flat against the reader under the screen.</source>
        <translation>Houd hem plat tegen de lezer onder het scherm.</translation>
    </message>
    <message>
        <source>A badge held against the reader under the screen</source>
        <translation>Een badge tegen de lezer onder het scherm</translation>
    </message>
    <message>
        <source>I am a member: find my name</source>
        <translation>Ik ben lid: mijn naam zoeken</translation>
    </message>
    <message>
        <source>First visit? Register</source>
        <translation>Eerste bezoek? Inschrijven</translation>
    </message>
    <message>
        <source>I am leaving</source>
        <translation>Ik vertrek</translation>
    </message>
    <message>
        <source>Goodbye {name}, see you soon!</source>
        <translation>Tot ziens {name}, tot gauw!</translation>
    </message>
    <message>
        <source>{name}, you had not checked in today. See you soon!</source>
        <translation>{name}, je was vandaag niet aangemeld. Tot gauw!</translation>
    </message>
</context>
<context>
    <name>WhosHereScreen</name>
    <message>
        <source>Who is here today</source>
        <translation>Wie is er vandaag</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) here today</source>
        <translation>
            <numerusform>%Ln persoon hier vandaag</numerusform>
            <numerusform>%Ln personen hier vandaag</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody has checked in yet today.</source>
        <translation>Er is vandaag nog niemand aangemeld.</translation>
    </message>
    <message>
        <source>People appear here when they check in at the welcome kiosk.</source>
        <translation>Mensen verschijnen hier als ze zich aanmelden aan de onthaalkiosk.</translation>
    </message>
    <message>
        <source>{name} {initial}. · {purpose} · since {time}</source>
        <translation>{name} {initial}. · {purpose} · sinds {time}</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Traject</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>Afmelden</translation>
    </message>
    <message>
        <source>{name} is checked out.</source>
        <translation>{name} is afgemeld.</translation>
    </message>
</context>
<context>
    <name>_BodyBase</name>
    <message>
        <source>A body of the cooperative</source>
        <translation>Een orgaan van de coöperatie</translation>
    </message>
</context>
</TS>
