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
        <source>changed the kiosk's default language</source>
        <translation>heeft de standaardtaal van de kiosk gewijzigd</translation>
    </message>
    <message>
        <source>facilitator account created</source>
        <translation>begeleidersaccount aangemaakt</translation>
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
    <name>Content</name>
    <message>
        <source>This page is no longer available.</source>
        <translation>Deze pagina is niet meer beschikbaar.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>The demo antenne needs at least {minimum} people.</source>
        <translation>De demo-antenne heeft minstens {minimum} personen nodig.</translation>
    </message>
    <message>
        <source>--replace needs --db: name the file to replace.</source>
        <translation>--replace vereist --db: geef het bestand op dat vervangen moet worden.</translation>
    </message>
    <message>
        <source>{path} already holds an antenne: use another file or --replace.</source>
        <translation>{path} bevat al een antenne: gebruik een ander bestand of --replace.</translation>
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
        <source>The kiosk's language</source>
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
</context>
<context>
    <name>Facilitators</name>
    <message>
        <source>The two PINs differ.</source>
        <translation>De twee pincodes zijn verschillend.</translation>
    </message>
    <message>
        <source>A PIN is {minimum} to {maximum} digits.</source>
        <translation>Een pincode heeft {minimum} tot {maximum} cijfers.</translation>
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
    <name>HomeScreen</name>
    <message>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Hello! What would you like to do?</source>
        <translation>Hallo! Wat wil je doen?</translation>
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
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translation>Ben je er nog?</translation>
    </message>
    <message numerus="yes">
        <source>The screen starts again for the next person in %n second(s).</source>
        <translation><numerusform>Het scherm begint opnieuw voor de volgende persoon over %n seconde.</numerusform><numerusform>Het scherm begint opnieuw voor de volgende persoon over %n seconden.</numerusform></translation>
    </message>
    <message>
        <source>More time, please</source>
        <translation>Meer tijd, graag</translation>
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
    <name>ReadScreen</name>
    <message>
        <source>What is Smart?</source>
        <translation>Wat is Smart?</translation>
    </message>
    <message>
        <source>Nothing to read here yet.</source>
        <translation>Hier is nog niets te lezen.</translation>
    </message>
    <message>
        <source>The pages arrive with the next update of the kiosk.</source>
        <translation>De pagina's komen met de volgende update van de kiosk.</translation>
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
        <source>High contrast</source>
        <translation>Hoog contrast</translation>
    </message>
</context>
</TS>
