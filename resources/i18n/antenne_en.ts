<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>AccessibilityToggles</name>
    <message>
        <source>Larger text</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>High contrast</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>Smart · antenna of {antenna}</source>
        <translation>Smart · antenna of {antenna}</translation>
    </message>
    <message>
        <source>Touch the screen to start</source>
        <translation>Touch the screen to start</translation>
    </message>
    <message>
        <source>A cooperative shared by its members</source>
        <translation>A cooperative shared by its members</translation>
    </message>
    <message>
        <source>Welcome to Smart</source>
        <translation>Welcome to Smart</translation>
    </message>
    <message>
        <source>Artists, technicians, trainers, craftspeople: here we work on our own, and decide together.</source>
        <translation>Artists, technicians, trainers, craftspeople: here we work on our own, and decide together.</translation>
    </message>
    <message>
        <source>A story of the cooperative</source>
        <translation>A story of the cooperative</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <source>entered facilitator mode</source>
        <translation>entered facilitator mode</translation>
    </message>
    <message>
        <source>wrong PIN</source>
        <translation>wrong PIN</translation>
    </message>
    <message>
        <source>facilitator mode locked (too many wrong PINs)</source>
        <translation>facilitator mode locked (too many wrong PINs)</translation>
    </message>
    <message>
        <source>left facilitator mode</source>
        <translation>left facilitator mode</translation>
    </message>
    <message>
        <source>changed the kiosk's default language</source>
        <translation>changed the kiosk's default language</translation>
    </message>
    <message>
        <source>facilitator account created</source>
        <translation>facilitator account created</translation>
    </message>
</context>
<context>
    <name>Config</name>
    <message>
        <source>The setting {key} has an invalid value: {value}</source>
        <translation>The setting {key} has an invalid value: {value}</translation>
    </message>
    <message>
        <source>The configuration file {path} cannot be read: {error}</source>
        <translation>The configuration file {path} cannot be read: {error}</translation>
    </message>
    <message>
        <source>Unknown setting {key} in {path}</source>
        <translation>Unknown setting {key} in {path}</translation>
    </message>
    <message>
        <source>Unknown language {language}: use fr, nl or en</source>
        <translation>Unknown language {language}: use fr, nl or en</translation>
    </message>
</context>
<context>
    <name>Content</name>
    <message>
        <source>This page is no longer available.</source>
        <translation>This page is no longer available.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>The demo antenne needs at least {minimum} people.</source>
        <translation>The demo antenne needs at least {minimum} people.</translation>
    </message>
    <message>
        <source>--replace needs --db: name the file to replace.</source>
        <translation>--replace needs --db: name the file to replace.</translation>
    </message>
    <message>
        <source>{path} already holds an antenne: use another file or --replace.</source>
        <translation>{path} already holds an antenne: use another file or --replace.</translation>
    </message>
</context>
<context>
    <name>FacilitatorLoginScreen</name>
    <message>
        <source>Facilitator mode</source>
        <translation>Facilitator mode</translation>
    </message>
    <message>
        <source>Type your facilitator PIN</source>
        <translation>Type your facilitator PIN</translation>
    </message>
</context>
<context>
    <name>FacilitatorScreen</name>
    <message>
        <source>Facilitator mode</source>
        <translation>Facilitator mode</translation>
    </message>
    <message>
        <source>Hello {name}, you are in facilitator mode.</source>
        <translation>Hello {name}, you are in facilitator mode.</translation>
    </message>
    <message>
        <source>The kiosk's language</source>
        <translation>The kiosk's language</translation>
    </message>
    <message>
        <source>Each new visitor is greeted in this language; they can switch at any time.</source>
        <translation>Each new visitor is greeted in this language; they can switch at any time.</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>Recent activity</translation>
    </message>
    <message>
        <source>Leave facilitator mode</source>
        <translation>Leave facilitator mode</translation>
    </message>
    <message>
        <source>Nothing yet.</source>
        <translation>Nothing yet.</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>someone</translation>
    </message>
    <message>
        <source>New visitors will be greeted in {language}.</source>
        <translation>New visitors will be greeted in {language}.</translation>
    </message>
</context>
<context>
    <name>Facilitators</name>
    <message>
        <source>The two PINs differ.</source>
        <translation>The two PINs differ.</translation>
    </message>
    <message>
        <source>A PIN is {minimum} to {maximum} digits.</source>
        <translation>A PIN is {minimum} to {maximum} digits.</translation>
    </message>
    <message>
        <source>Give the facilitator a name.</source>
        <translation>Give the facilitator a name.</translation>
    </message>
    <message>
        <source>A facilitator named {name} already exists.</source>
        <translation>A facilitator named {name} already exists.</translation>
    </message>
    <message>
        <source>This PIN is already taken: choose another one.</source>
        <translation>This PIN is already taken: choose another one.</translation>
    </message>
    <message>
        <source>No facilitator is registered on this kiosk yet (antenne facilitator add).</source>
        <translation>No facilitator is registered on this kiosk yet (antenne facilitator add).</translation>
    </message>
    <message>
        <source>Wrong PIN. Tries left: {left}.</source>
        <translation>Wrong PIN. Tries left: {left}.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Facilitator mode is locked for {minutes} min.</source>
        <translation>Too many wrong PINs. Facilitator mode is locked for {minutes} min.</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Hello! What would you like to do?</source>
        <translation>Hello! What would you like to do?</translation>
    </message>
</context>
<context>
    <name>HomeTile</name>
    <message>
        <source>Facilitators</source>
        <translation>Facilitators</translation>
    </message>
    <message>
        <source>Facilitator mode, behind a PIN</source>
        <translation>Facilitator mode, behind a PIN</translation>
    </message>
    <message>
        <source>Read: what is Smart?</source>
        <translation>Read: what is Smart?</translation>
    </message>
    <message>
        <source>The cooperative in plain words, and its statutes in brief</source>
        <translation>The cooperative in plain words, and its statutes in brief</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translation>Are you still there?</translation>
    </message>
    <message numerus="yes">
        <source>The screen starts again for the next person in %n second(s).</source>
        <translation><numerusform>The screen starts again for the next person in %n second.</numerusform><numerusform>The screen starts again for the next person in %n seconds.</numerusform></translation>
    </message>
    <message>
        <source>More time, please</source>
        <translation>More time, please</translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Erase</source>
        <translation>Erase</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
</context>
<context>
    <name>ReadScreen</name>
    <message>
        <source>What is Smart?</source>
        <translation>What is Smart?</translation>
    </message>
    <message>
        <source>Nothing to read here yet.</source>
        <translation>Nothing to read here yet.</translation>
    </message>
    <message>
        <source>The pages arrive with the next update of the kiosk.</source>
        <translation>The pages arrive with the next update of the kiosk.</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Something went wrong. Please try again, or ask someone at the desk.</source>
        <translation>Something went wrong. Please try again, or ask someone at the desk.</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>High contrast</translation>
    </message>
</context>
</TS>
