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
    <name>Agenda</name>
    <message>
        <source>This person is no longer known.</source>
        <translation>This person is no longer known.</translation>
    </message>
    <message>
        <source>Only members of the cooperative can do this. A facilitator can tell you how to become one.</source>
        <translation>Only members of the cooperative can do this. A facilitator can tell you how to become one.</translation>
    </message>
    <message>
        <source>This body is no longer known.</source>
        <translation>This body is no longer known.</translation>
    </message>
    <message>
        <source>This agenda item is no longer known.</source>
        <translation>This agenda item is no longer known.</translation>
    </message>
    <message>
        <source>The title is too long: at most {count} letters.</source>
        <translation>The title is too long: at most {count} letters.</translation>
    </message>
    <message>
        <source>The title needs at least {count} letters.</source>
        <translation>The title needs at least {count} letters.</translation>
    </message>
    <message>
        <source>The explanation is too long: at most {count} letters.</source>
        <translation>The explanation is too long: at most {count} letters.</translation>
    </message>
    <message>
        <source>{name}, you proposed this item: your name is already on it.</source>
        <translation>{name}, you proposed this item: your name is already on it.</translation>
    </message>
    <message>
        <source>The body has already answered this item: it needs no more names.</source>
        <translation>The body has already answered this item: it needs no more names.</translation>
    </message>
    <message>
        <source>{name}, you have already co-signed this item.</source>
        <translation>{name}, you have already co-signed this item.</translation>
    </message>
    <message>
        <source>The meeting&apos;s name is too long: at most {count} letters.</source>
        <translation>The meeting&apos;s name is too long: at most {count} letters.</translation>
    </message>
    <message>
        <source>The place you leave from is too long: at most {count} letters.</source>
        <translation>The place you leave from is too long: at most {count} letters.</translation>
    </message>
    <message>
        <source>Write the place you leave from: at least {count} letters.</source>
        <translation>Write the place you leave from: at least {count} letters.</translation>
    </message>
    <message>
        <source>Your few words are too long: at most {count} letters.</source>
        <translation>Your few words are too long: at most {count} letters.</translation>
    </message>
    <message>
        <source>Choose a meeting or write its name.</source>
        <translation>Choose a meeting or write its name.</translation>
    </message>
    <message>
        <source>The estimated cost must be between 1 and {most} euros.</source>
        <translation>The estimated cost must be between 1 and {most} euros.</translation>
    </message>
    <message>
        <source>This meeting is no longer known.</source>
        <translation>This meeting is no longer known.</translation>
    </message>
</context>
<context>
    <name>AnalogScreen</name>
    <message>
        <source>Show of hands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes cast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the count corrected? (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">Back</translation>
    </message>
    <message>
        <source>{cast} cast, but valid + invalid + blank make {total}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The totals agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>= {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{option} has {count} grades, more than the {valid} valid votes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The count is saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceScreen</name>
    <message>
        <source>Session lists</source>
        <translation>Session lists</translation>
    </message>
    <message>
        <source>Check people in</source>
        <translation>Check people in</translation>
    </message>
    <message>
        <source>Who comes to the session</source>
        <translation>Who comes to the session</translation>
    </message>
    <message>
        <source>Sessions and series</source>
        <translation>Sessions and series</translation>
    </message>
    <message>
        <source>Day before</source>
        <translation>Day before</translation>
    </message>
    <message>
        <source>Day after</source>
        <translation>Day after</translation>
    </message>
    <message>
        <source>No session this day.</source>
        <translation>No session this day.</translation>
    </message>
    <message>
        <source>Why give a seat by hand? (kept in the log)</source>
        <translation>Why give a seat by hand? (kept in the log)</translation>
    </message>
    <message>
        <source>For example: she is presenting her project</source>
        <translation>For example: she is presenting her project</translation>
    </message>
    <message>
        <source>Record who did not come</source>
        <translation>Record who did not come</translation>
    </message>
    <message>
        <source>Print the attendance sheet</source>
        <translation>Print the attendance sheet</translation>
    </message>
    <message>
        <source>Save it as a spreadsheet</source>
        <translation>Save it as a spreadsheet</translation>
    </message>
    <message>
        <source>{time} {title}</source>
        <translation>{time} {title}</translation>
    </message>
    <message>
        <source>{session} (cancelled)</source>
        <translation>{session} (cancelled)</translation>
    </message>
    <message>
        <source>Nobody has signed up yet.</source>
        <translation>Nobody has signed up yet.</translation>
    </message>
    <message>
        <source>{start}–{end}</source>
        <translation>{start}–{end}</translation>
    </message>
    <message>
        <source>no seat limit</source>
        <translation>no seat limit</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) left</source>
        <translation>
            <numerusform>%Ln seat left</numerusform>
            <numerusform>%Ln seats left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%Ln seat</numerusform>
            <numerusform>%Ln seats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%Ln waiting</numerusform>
            <numerusform>%Ln waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>free</source>
        <translation>free</translation>
    </message>
    <message>
        <source>{euros} € (paid at the desk)</source>
        <translation>€{euros} (paid at the desk)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>waiting, number {n}</source>
        <translation>waiting, number {n}</translation>
    </message>
    <message>
        <source>seat offered, to confirm before {time}</source>
        <translation>seat offered, to confirm before {time}</translation>
    </message>
    <message>
        <source>has a seat</source>
        <translation>has a seat</translation>
    </message>
    <message>
        <source>has a seat (to be confirmed by the hub)</source>
        <translation>has a seat (to be confirmed by the hub)</translation>
    </message>
    <message>
        <source>came</source>
        <translation>came</translation>
    </message>
    <message>
        <source>did not come</source>
        <translation>did not come</translation>
    </message>
    <message>
        <source>session cancelled</source>
        <translation>session cancelled</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>paid</translation>
    </message>
    <message>
        <source>not paid yet</source>
        <translation>not paid yet</translation>
    </message>
    <message numerus="yes">
        <source>missed %n session(s) lately</source>
        <translation>
            <numerusform>missed %Ln session lately</numerusform>
            <numerusform>missed %Ln sessions lately</numerusform>
        </translation>
    </message>
    <message>
        <source>Give a seat</source>
        <translation>Give a seat</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Check in</translation>
    </message>
    <message>
        <source>Paid at the desk</source>
        <translation>Paid at the desk</translation>
    </message>
    <message>
        <source>{name} is checked in.</source>
        <translation>{name} is checked in.</translation>
    </message>
    <message>
        <source>{name} has a seat now.</source>
        <translation>{name} has a seat now.</translation>
    </message>
    <message>
        <source>{name} paid at the desk.</source>
        <translation>{name} paid at the desk.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) did not come: noted, only they and you see it.</source>
        <translation>
            <numerusform>%Ln person did not come: noted, only they and you see it.</numerusform>
            <numerusform>%Ln people did not come: noted, only they and you see it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>The attendance sheet is printing.</source>
        <translation>The attendance sheet is printing.</translation>
    </message>
    <message>
        <source>{problem} The sheet is kept as {file}.</source>
        <translation>{problem} The sheet is kept as {file}.</translation>
    </message>
    <message>
        <source>Saved as {file}.</source>
        <translation>Saved as {file}.</translation>
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
        <translation>Smart {antenna}</translation>
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
        <source>changed the kiosk&apos;s default language</source>
        <translation>changed the kiosk&apos;s default language</translation>
    </message>
    <message>
        <source>facilitator account created</source>
        <translation>facilitator account created</translation>
    </message>
    <message>
        <source>printed a badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printed a new badge (the old one stopped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped a lost badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printed a batch of badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticked a step of a member&apos;s journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded a new shareholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retried the changes the sync had set aside</source>
        <translation>retried the changes the sync had set aside</translation>
    </message>
    <message>
        <source>checked someone out</source>
        <translation>checked someone out</translation>
    </message>
    <message>
        <source>exported the people who want a kind of news</source>
        <translation>exported the people who want a kind of news</translation>
    </message>
    <message>
        <source>exported a person&apos;s data</source>
        <translation>exported a person&apos;s data</translation>
    </message>
    <message>
        <source>erased a person&apos;s data</source>
        <translation>erased a person&apos;s data</translation>
    </message>
    <message>
        <source>created a session</source>
        <translation>created a session</translation>
    </message>
    <message>
        <source>changed a session</source>
        <translation>changed a session</translation>
    </message>
    <message>
        <source>cancelled a session</source>
        <translation>cancelled a session</translation>
    </message>
    <message>
        <source>signed someone up for a session</source>
        <translation>signed someone up for a session</translation>
    </message>
    <message>
        <source>cancelled a sign-up</source>
        <translation>cancelled a sign-up</translation>
    </message>
    <message>
        <source>checked someone in at a session</source>
        <translation>checked someone in at a session</translation>
    </message>
    <message>
        <source>took a seat offered from the waiting list</source>
        <translation>took a seat offered from the waiting list</translation>
    </message>
    <message>
        <source>gave a seat to someone on the waiting list</source>
        <translation>gave a seat to someone on the waiting list</translation>
    </message>
    <message>
        <source>seats not taken in time went to the waiting list</source>
        <translation>seats not taken in time went to the waiting list</translation>
    </message>
    <message>
        <source>marked a place paid at the desk</source>
        <translation>marked a place paid at the desk</translation>
    </message>
    <message>
        <source>recorded who did not come</source>
        <translation>recorded who did not come</translation>
    </message>
    <message>
        <source>offered to host a session</source>
        <translation>offered to host a session</translation>
    </message>
    <message>
        <source>accepted an offer to host a session</source>
        <translation>accepted an offer to host a session</translation>
    </message>
    <message>
        <source>posted on the skills board</source>
        <translation>posted on the skills board</translation>
    </message>
    <message>
        <source>changed a post on the skills board</source>
        <translation>changed a post on the skills board</translation>
    </message>
    <message>
        <source>kept a post on the skills board</source>
        <translation>kept a post on the skills board</translation>
    </message>
    <message>
        <source>removed a post from the skills board</source>
        <translation>removed a post from the skills board</translation>
    </message>
    <message>
        <source>reported a post</source>
        <translation>reported a post</translation>
    </message>
    <message>
        <source>hid a post</source>
        <translation>hid a post</translation>
    </message>
    <message>
        <source>showed a hidden post again</source>
        <translation>showed a hidden post again</translation>
    </message>
    <message>
        <source>kept a reported post</source>
        <translation>kept a reported post</translation>
    </message>
    <message>
        <source>added a skill to a sector</source>
        <translation>added a skill to a sector</translation>
    </message>
    <message>
        <source>asked for an introduction</source>
        <translation>asked for an introduction</translation>
    </message>
    <message>
        <source>accepted an introduction</source>
        <translation>accepted an introduction</translation>
    </message>
    <message>
        <source>declined an introduction</source>
        <translation>declined an introduction</translation>
    </message>
    <message>
        <source>proposed an agenda item</source>
        <translation>proposed an agenda item</translation>
    </message>
    <message>
        <source>co-signed an agenda item</source>
        <translation>co-signed an agenda item</translation>
    </message>
    <message>
        <source>asked for help with travel costs</source>
        <translation>asked for help with travel costs</translation>
    </message>
    <message>
        <source>created a vote</source>
        <translation>created a vote</translation>
    </message>
    <message>
        <source>opened a vote</source>
        <translation>opened a vote</translation>
    </message>
    <message>
        <source>closed a vote</source>
        <translation>closed a vote</translation>
    </message>
    <message>
        <source>showed a vote&apos;s results</source>
        <translation>showed a vote&apos;s results</translation>
    </message>
    <message>
        <source>published a vote&apos;s results</source>
        <translation>published a vote&apos;s results</translation>
    </message>
    <message>
        <source>marked someone present for a vote</source>
        <translation>marked someone present for a vote</translation>
    </message>
    <message>
        <source>recorded a proxy</source>
        <translation>recorded a proxy</translation>
    </message>
    <message>
        <source>revoked a proxy</source>
        <translation>revoked a proxy</translation>
    </message>
    <message>
        <source>recorded a named show of hands</source>
        <translation>recorded a named show of hands</translation>
    </message>
    <message>
        <source>entered a count of hands or paper ballots</source>
        <translation>entered a count of hands or paper ballots</translation>
    </message>
    <message>
        <source>printed voting slips</source>
        <translation>printed voting slips</translation>
    </message>
    <message>
        <source>facilitator mode ended by itself (nobody touched it)</source>
        <translation>facilitator mode ended by itself (nobody touched it)</translation>
    </message>
    <message>
        <source>locked facilitator mode</source>
        <translation>locked facilitator mode</translation>
    </message>
    <message>
        <source>another action</source>
        <translation>another action</translation>
    </message>
</context>
<context>
    <name>BadgeLayout</name>
    <message>
        <source>label 62 × 100 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label 54 × 101 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card 85.6 × 54 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4 sheet of 8 badges</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BadgePreviewScreen</name>
    <message>
        <source>Badge preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">Back</translation>
    </message>
    <message>
        <source>A specimen: the QR code of a real badge is made when it is printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No badge to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a person first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The badge of {name}, {layout}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BadgeRole</name>
    <message>
        <source>Member</source>
        <translation type="unfinished">Member</translation>
    </message>
    <message>
        <source>Shareholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation type="unfinished">Facilitator</translation>
    </message>
</context>
<context>
    <name>Badges</name>
    <message>
        <source>Cannot write {path}: {error}</source>
        <translation type="unfinished">Cannot write {path}: {error}</translation>
    </message>
    <message>
        <source>There is no badge to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a text file (UTF-8).</source>
        <translation>{path} is not a text file (UTF-8).</translation>
    </message>
    <message>
        <source>Cannot read {path}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line} of {path} is not a person id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an Antenne badge, or it was misread. Scan it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This badge is not recognised here. Ask at the welcome desk for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This badge was replaced by a newer one on {date}. Please use your new badge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This badge was reported lost on {date} and no longer works. Ask at the welcome desk for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This badge was withdrawn on {date} and no longer works. Ask at the welcome desk for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This visitor badge was valid on {date} only. Ask at the welcome desk for today&apos;s badge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown badge layout {layout}: use one of {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No person with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BadgesScreen</name>
    <message>
        <source>Badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a person to see their badge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name on the left, or scan their badge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The badge could not be printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No badge yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor badge of {date} ({layout}): no longer valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor badge for today, {date} ({layout}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge in use since {date} ({layout}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a new badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photograph this code: it works like the badge. The badge itself can be printed later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet is kept and can be printed later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Batch to print: %n person(s)</source>
        <translation>
            <numerusform>Batch to print: %Ln person</numerusform>
            <numerusform>Batch to print: %Ln people</numerusform>
        </translation>
    </message>
    <message>
        <source>Print on A4 sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a person, then “Add to the batch”: their badges print together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a new badge for {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s current badge will stop working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the new badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
    <message>
        <source>Is the badge of {name} lost?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It stops working at once, for whoever finds it. You can print a new one after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, it no longer works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lost badge no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Print %n badge(s) on A4 sheets?</source>
        <translation>
            <numerusform>Print %Ln badge on A4 sheets?</numerusform>
            <numerusform>Print %Ln badges on A4 sheets?</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone&apos;s previous badge stops working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s) sent to the printer.</source>
        <translation>
            <numerusform>%Ln badge sent to the printer.</numerusform>
            <numerusform>%Ln badges sent to the printer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BasketBallot</name>
    <message>
        <source>In my basket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from my basket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to my basket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over the budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your basket: {spent} of {budget}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project: an empty basket.</source>
        <translation type="unfinished"></translation>
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
        <translation>Show more</translation>
    </message>
    <message>
        <source>Nobody checked in today has posted a skill yet.</source>
        <translation>Nobody checked in today has posted a skill yet.</translation>
    </message>
    <message>
        <source>Tap “Skills in the room today” again to see every post.</source>
        <translation>Tap “Skills in the room today” again to see every post.</translation>
    </message>
    <message>
        <source>No post matches these choices.</source>
        <translation>No post matches these choices.</translation>
    </message>
    <message>
        <source>Choose “Offers and needs” and “Every sector” to see every post.</source>
        <translation>Choose “Offers and needs” and “Every sector” to see every post.</translation>
    </message>
</context>
<context>
    <name>BoothScreen</name>
    <message>
        <source>Voting booth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan your badge to vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your vote is secret: nobody sees your choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review my vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
    <message>
        <source>Vote by phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan this code with your phone&apos;s camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your vote stays secret: the code is linked to nobody and works once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Done</translation>
    </message>
    <message>
        <source>Your vote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm my vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished">Change</translation>
    </message>
    <message>
        <source>This vote is not secret: your name and your choice will be in the minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code is yours and works once. This vote is not secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballot for {name} (proxy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your ballot, {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code {number} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Camera</name>
    <message>
        <source>The camera badge reader is switched on in the configuration but does not work (no camera, or the kiosk&apos;s multimedia package is missing). USB scanners still work.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CelebrationScreen</name>
    <message>
        <source>Welcome among the shareholders</source>
        <translation>Welcome, new shareholder</translation>
    </message>
    <message>
        <source>Welcome among the shareholders!</source>
        <translation>Welcome, new shareholder!</translation>
    </message>
    <message>
        <source>Printing your certificate and your new badge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your welcome certificate is printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your certificate will be printed later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take your new badge: it says “Shareholder”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your new badge is shown here: photograph it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text message (SMS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On paper at the antenne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No news, thank you</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckinScreen</name>
    <message>
        <source>Check in</source>
        <translation type="unfinished">Check in</translation>
    </message>
    <message>
        <source>Are you {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello {name}!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What brings you here today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, it is me: check in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckinSearchScreen</name>
    <message>
        <source>Find my name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your first name and the start of your last name, then tap your name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>The port must be between 1 and 65535, not {port}.</source>
        <translation>The port must be between 1 and 65535, not {port}.</translation>
    </message>
    <message>
        <source>{host} is neither an IP address nor a host name.</source>
        <translation>{host} is neither an IP address nor a host name.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} is a folder, not a database file.</translation>
    </message>
    <message>
        <source>The folder of {path} does not exist.</source>
        <translation>The folder of {path} does not exist.</translation>
    </message>
    <message>
        <source>There is no database at {path}: check the path, or create one with `antenne db upgrade` or `antenne demo`.</source>
        <translation>There is no database at {path}: check the path, or create one with `antenne db upgrade` or `antenne demo`.</translation>
    </message>
    <message>
        <source>{path} is not an Antenne database.</source>
        <translation>{path} is not an Antenne database.</translation>
    </message>
    <message>
        <source>Cannot use {path}: {error}.</source>
        <translation>Cannot use {path}: {error}.</translation>
    </message>
    <message>
        <source>{path} is a folder: name the file to write.</source>
        <translation>{path} is a folder: name the file to write.</translation>
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
    <name>ConfirmedScreen</name>
    <message>
        <source>Voting booth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voted!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your ballot is in the box. Next ballot: your proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your ballot is in the box. Thank you!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ballot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;m done</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Next ballot in %n second(s)</source>
        <translation>
            <numerusform>Next ballot in %Ln second</numerusform>
            <numerusform>Next ballot in %Ln seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Back to the start in %n second(s)</source>
        <translation>
            <numerusform>Back to the start in %Ln second</numerusform>
            <numerusform>Back to the start in %Ln seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsentScreen</name>
    <message>
        <source>Your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before we go on: what we keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We keep your first and last name, your language, your e-mail and phone, and the days you came and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We keep your first and last name, your language, your e-mail, and the days you came and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We keep your first and last name, your language, your phone number, and the days you came and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We keep your first and last name, your language, and the days you came and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept until {date}, then deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smart&apos;s teams use it to welcome you and keep in touch; it stays in the cooperative&apos;s own systems. We never sell it or give it to anyone outside Smart. You can ask at the desk to see or delete it at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find me by my badge only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then your name is never listed when someone types a name at the kiosk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“No, thank you”: we keep nothing about you, and you are welcome all the same: look around, read, and ask at the desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, thank you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was kept. You are welcome anyway!</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleScreen</name>
    <message>
        <source>Live vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New vote from a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget to share, in euros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named vote (not secret)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects: descriptions and pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the vote</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll call and proxies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show of hands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projector on this screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projector on the second screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projector in a window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No vote yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create one from a template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{entitled} entitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret ballot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named vote: who voted what goes into the minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left: {minutes}:{seconds:02d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the budget to share, in euros.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the cost of {option}, in euros.</source>
        <translation>Give the cost of {option}, in euros.</translation>
    </message>
    <message>
        <source>Option {number} needs a name in French.</source>
        <translation>Option {number} needs a name in French.</translation>
    </message>
    <message>
        <source>Option {number} needs a name in Dutch.</source>
        <translation>Option {number} needs a name in Dutch.</translation>
    </message>
    <message>
        <source>Option {number} needs a name in English.</source>
        <translation>Option {number} needs a name in English.</translation>
    </message>
    <message>
        <source>Close the vote?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody can vote after this. The results stay hidden until revealed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
    <message>
        <source>Publish the results?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They become the official results of this vote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish</source>
        <translation type="unfinished"></translation>
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
    <name>CountField</name>
    <message>
        <source>One less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>The demo antenne holds {minimum} to {maximum} people.</source>
        <translation>The demo antenne holds {minimum} to {maximum} people.</translation>
    </message>
    <message>
        <source>--replace needs --db: name the file to replace.</source>
        <translation>--replace needs --db: name the file to replace.</translation>
    </message>
    <message>
        <source>{path} already holds an antenne or people: use another file or --replace.</source>
        <translation>{path} already holds an antenne or people: use another file or --replace.</translation>
    </message>
</context>
<context>
    <name>FaceCard</name>
    <message>
        <source>until {day}</source>
        <translation>until {day}</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>no end date</translation>
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
    <message>
        <source>Checking the PIN…</source>
        <translation>Checking the PIN…</translation>
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
        <source>The kiosk&apos;s language</source>
        <translation>The kiosk&apos;s language</translation>
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
    <message numerus="yes">
        <source>%n change(s) from the hub still cannot be applied: this kiosk needs an update.</source>
        <translation>
            <numerusform>%Ln change from the hub still cannot be applied: this kiosk needs an update.</numerusform>
            <numerusform>%Ln changes from the hub still cannot be applied: this kiosk needs an update.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything that was set aside has been tried again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Facilitators</name>
    <message>
        <source>The two PINs differ.</source>
        <translation>The two PINs differ.</translation>
    </message>
    <message>
        <source>A new PIN is {minimum} to {maximum} digits.</source>
        <translation>A new PIN is {minimum} to {maximum} digits.</translation>
    </message>
    <message>
        <source>A PIN of one digit repeated (like 000000) is too easy to guess: choose another one.</source>
        <translation>A PIN of one digit repeated (like 000000) is too easy to guess: choose another one.</translation>
    </message>
    <message>
        <source>A PIN of digits going up in a row (like 123456) is too easy to guess: choose another one.</source>
        <translation>A PIN of digits going up in a row (like 123456) is too easy to guess: choose another one.</translation>
    </message>
    <message>
        <source>A PIN of digits going down in a row (like 654321) is too easy to guess: choose another one.</source>
        <translation>A PIN of digits going down in a row (like 654321) is too easy to guess: choose another one.</translation>
    </message>
    <message>
        <source>A PIN that repeats a group of digits (like 121212) is too easy to guess: choose another one.</source>
        <translation>A PIN that repeats a group of digits (like 121212) is too easy to guess: choose another one.</translation>
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
    <name>Governance</name>
    <message>
        <source>{day} at {time}</source>
        <translation>{day} at {time}</translation>
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
        <translation>Collaboration</translation>
    </message>
    <message>
        <source>Co-decision</source>
        <translation>Co-decision</translation>
    </message>
    <message>
        <source>This body is not known on this kiosk.</source>
        <translation>This body is not known on this kiosk.</translation>
    </message>
    <message>
        <source>This person is no longer known.</source>
        <translation>This person is no longer known.</translation>
    </message>
    <message>
        <source>That name is too long.</source>
        <translation>That name is too long.</translation>
    </message>
    <message>
        <source>All the members together</source>
        <translation>All the members together</translation>
    </message>
    <message>
        <source>The elected board</source>
        <translation>The elected board</translation>
    </message>
    <message>
        <source>The management team</source>
        <translation>The management team</translation>
    </message>
    <message>
        <source>The guardians of our values</source>
        <translation>The guardians of our values</translation>
    </message>
    <message>
        <source>The voice of the antennes</source>
        <translation>The voice of the antennes</translation>
    </message>
    <message>
        <source>The local budget team</source>
        <translation>The local budget team</translation>
    </message>
    <message>
        <source>every member, one vote each: elects the board and approves the accounts</source>
        <translation>every member, one vote each: elects the board and approves the accounts</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Vice-chair</source>
        <translation>Vice-chair</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <source>Treasurer</source>
        <translation>Treasurer</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Director</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>elects</source>
        <translation>elects</translation>
    </message>
    <message>
        <source>reports to</source>
        <translation>reports to</translation>
    </message>
    <message>
        <source>appoints</source>
        <translation>appoints</translation>
    </message>
    <message>
        <source>advises</source>
        <translation>advises</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>Supported</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>On a meeting&apos;s agenda</source>
        <translation>On a meeting&apos;s agenda</translation>
    </message>
    <message>
        <source>Treated</source>
        <translation>Treated</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>Half of the members must be present.</source>
        <translation>Half of the members must be present.</translation>
    </message>
    <message>
        <source>Two thirds of the members must be present.</source>
        <translation>Two thirds of the members must be present.</translation>
    </message>
    <message>
        <source>A third of the members must be present.</source>
        <translation>A third of the members must be present.</translation>
    </message>
    <message>
        <source>Three quarters of the members must be present.</source>
        <translation>Three quarters of the members must be present.</translation>
    </message>
    <message>
        <source>One member in ten must be present.</source>
        <translation>One member in ten must be present.</translation>
    </message>
    <message>
        <source>A decision passes with a simple majority.</source>
        <translation>A decision passes with a simple majority.</translation>
    </message>
    <message>
        <source>A decision needs two thirds of the votes.</source>
        <translation>A decision needs two thirds of the votes.</translation>
    </message>
    <message>
        <source>A decision needs three quarters of the votes.</source>
        <translation>A decision needs three quarters of the votes.</translation>
    </message>
    <message>
        <source>A decision needs everyone to agree.</source>
        <translation>A decision needs everyone to agree.</translation>
    </message>
    <message>
        <source>A decision passes when nobody has a serious objection.</source>
        <translation>A decision passes when nobody has a serious objection.</translation>
    </message>
    <message>
        <source>Changing the statutes needs two thirds of the votes.</source>
        <translation>Changing the statutes needs two thirds of the votes.</translation>
    </message>
    <message>
        <source>Changing the statutes needs three quarters of the votes.</source>
        <translation>Changing the statutes needs three quarters of the votes.</translation>
    </message>
    <message>
        <source>In a tie, the chair decides.</source>
        <translation>In a tie, the chair decides.</translation>
    </message>
    <message>
        <source>In a tie, lots are drawn.</source>
        <translation>In a tie, lots are drawn.</translation>
    </message>
    <message>
        <source>In a tie, the proposal is not adopted.</source>
        <translation>In a tie, the proposal is not adopted.</translation>
    </message>
    <message>
        <source>It meets once a year.</source>
        <translation>It meets once a year.</translation>
    </message>
    <message>
        <source>It meets every month.</source>
        <translation>It meets every month.</translation>
    </message>
    <message>
        <source>It meets every week.</source>
        <translation>It meets every week.</translation>
    </message>
    <message>
        <source>No minimum attendance: whoever comes decides.</source>
        <translation>No minimum attendance: whoever comes decides.</translation>
    </message>
    <message>
        <source>At least {percent}% of the members must be present.</source>
        <translation>At least {percent}% of the members must be present.</translation>
    </message>
    <message>
        <source>Nobody can vote for someone else.</source>
        <translation>Nobody can vote for someone else.</translation>
    </message>
    <message>
        <source>Read its published agenda and minutes.</source>
        <translation>Read its published agenda and minutes.</translation>
    </message>
    <message>
        <source>Propose an item for its agenda.</source>
        <translation>Propose an item for its agenda.</translation>
    </message>
    <message>
        <source>Come to its next meeting, on {day}.</source>
        <translation>Come to its next meeting, on {day}.</translation>
    </message>
    <message>
        <source>Come to its meetings.</source>
        <translation>Come to its meetings.</translation>
    </message>
    <message>
        <source>Take part in its decisions and vote.</source>
        <translation>Take part in its decisions and vote.</translation>
    </message>
    <message>
        <source>Stand for election: a seat frees up on {day}.</source>
        <translation>Stand for election: a seat frees up on {day}.</translation>
    </message>
</context>
<context>
    <name>GovernanceBodyScreen</name>
    <message>
        <source>How it works</source>
        <translation>How it works</translation>
    </message>
    <message>
        <source>Who sits on it</source>
        <translation>Who sits on it</translation>
    </message>
    <message>
        <source>Photo board</source>
        <translation>Photo board</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Next meeting</translation>
    </message>
    <message>
        <source>Items members brought</source>
        <translation>Items members brought</translation>
    </message>
    <message>
        <source>Minutes of past meetings</source>
        <translation>Minutes of past meetings</translation>
    </message>
    <message>
        <source>Meet the board</source>
        <translation>Meet the board</translation>
    </message>
    <message>
        <source>Propose an item</source>
        <translation>Propose an item</translation>
    </message>
    <message>
        <source>Back to the map</source>
        <translation>Back to the map</translation>
    </message>
    <message>
        <source>Its rules have not been published yet.</source>
        <translation>Its rules have not been published yet.</translation>
    </message>
    <message>
        <source>No member has proposed an item yet.</source>
        <translation>No member has proposed an item yet.</translation>
    </message>
    <message>
        <source>The minutes are not published yet.</source>
        <translation>The minutes are not published yet.</translation>
    </message>
    <message>
        <source>No minutes published yet.</source>
        <translation>No minutes published yet.</translation>
    </message>
    <message>
        <source>Sign-up comes with the sessions: until then, just come along at the time shown.</source>
        <translation>Sign-up comes with the sessions: until then, just come along at the time shown.</translation>
    </message>
    <message>
        <source>No meeting planned yet.</source>
        <translation>No meeting planned yet.</translation>
    </message>
    <message>
        <source>{place}, also online</source>
        <translation>{place}, also online</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>On the agenda:</source>
        <translation>On the agenda:</translation>
    </message>
    <message>
        <source>The agenda is not published yet.</source>
        <translation>The agenda is not published yet.</translation>
    </message>
</context>
<context>
    <name>GovernanceMapScreen</name>
    <message>
        <source>Who decides what</source>
        <translation>Who decides what</translation>
    </message>
    <message>
        <source>Show everything</source>
        <translation>Show everything</translation>
    </message>
    <message>
        <source>Official terms</source>
        <translation>Official terms</translation>
    </message>
    <message>
        <source>Find a person: type a name</source>
        <translation>Find a person: type a name</translation>
    </message>
    <message>
        <source>Every member</source>
        <translation>Every member</translation>
    </message>
    <message>
        <source>Your item: {status}</source>
        <translation>Your item: {status}</translation>
    </message>
    <message>
        <source>Meet the board: {when}</source>
        <translation>Meet the board: {when}</translation>
    </message>
    <message>
        <source>Type at least two letters of a name: their bodies light up.</source>
        <translation>Type at least two letters of a name: their bodies light up.</translation>
    </message>
    <message>
        <source>Nobody with a mandate has that name.</source>
        <translation>Nobody with a mandate has that name.</translation>
    </message>
    <message>
        <source>Lit up: the bodies of {names}.</source>
        <translation>Lit up: the bodies of {names}.</translation>
    </message>
    <message>
        <source>{name}, here is where you can take part ({levels}).</source>
        <translation>{name}, here is where you can take part ({levels}).</translation>
    </message>
    <message>
        <source>{name}, you have not said how involved you want to be: here is everything.</source>
        <translation>{name}, you have not said how involved you want to be: here is everything.</translation>
    </message>
    <message>
        <source>Your items on the agendas</source>
        <translation>Your items on the agendas</translation>
    </message>
    <message>
        <source>No body to show yet.</source>
        <translation>No body to show yet.</translation>
    </message>
</context>
<context>
    <name>GovernancePeopleScreen</name>
    <message>
        <source>Back to the body</source>
        <translation>Back to the body</translation>
    </message>
    <message>
        <source>Nobody holds a mandate in this body at the moment.</source>
        <translation>Nobody holds a mandate in this body at the moment.</translation>
    </message>
    <message>
        <source>Photo board</source>
        <translation>Photo board</translation>
    </message>
</context>
<context>
    <name>GovernancePlurals</name>
    <message numerus="yes">
        <source>%n member item(s) · {status}</source>
        <translation>
            <numerusform>%Ln member item · {status}</numerusform>
            <numerusform>%Ln member items · {status}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n elected member(s) who decide the main directions</source>
        <translation>
            <numerusform>the elected member who decides the main directions</numerusform>
            <numerusform>the %Ln elected members who decide the main directions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n person(s) who run the cooperative day to day</source>
        <translation>
            <numerusform>the person who runs the cooperative day to day</numerusform>
            <numerusform>the %Ln people who run the cooperative day to day</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) who check that decisions keep to our values</source>
        <translation>
            <numerusform>%Ln person who checks that decisions keep to our values</numerusform>
            <numerusform>%Ln people who check that decisions keep to our values</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) who carry the antennes&apos; topics to the board</source>
        <translation>
            <numerusform>%Ln person who carries the antennes&apos; topics to the board</numerusform>
            <numerusform>%Ln people who carry the antennes&apos; topics to the board</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) who bring the antenne to life and speak for it</source>
        <translation>
            <numerusform>%Ln member who brings the antenne to life and speaks for it</numerusform>
            <numerusform>%Ln members who bring the antenne to life and speak for it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) who run the budget the members decide together</source>
        <translation>
            <numerusform>%Ln member who runs the budget the members decide together</numerusform>
            <numerusform>%Ln members who run the budget the members decide together</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) working together on one topic</source>
        <translation>
            <numerusform>%Ln member working on one topic</numerusform>
            <numerusform>%Ln members working together on one topic</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) with a mandate</source>
        <translation>
            <numerusform>%Ln person with a mandate</numerusform>
            <numerusform>%Ln people with a mandate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Everyone can carry %n proxy(ies).</source>
        <translation>
            <numerusform>Everyone can carry %Ln proxy.</numerusform>
            <numerusform>Everyone can carry %Ln proxies.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An item a member proposes goes on its agenda once %n member(s) support it.</source>
        <translation>
            <numerusform>An item a member proposes goes on its agenda once %Ln member supports it.</numerusform>
            <numerusform>An item a member proposes goes on its agenda once %Ln members support it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GovernancePrint</name>
    <message>
        <source>Every member</source>
        <translation>Every member</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>no end date</translation>
    </message>
    <message>
        <source>until {day}</source>
        <translation>until {day}</translation>
    </message>
    <message>
        <source>Antenne — printed on {day}</source>
        <translation>Antenne — printed on {day}</translation>
    </message>
    <message>
        <source>Nobody holds a mandate in this body at the moment.</source>
        <translation>Nobody holds a mandate in this body at the moment.</translation>
    </message>
    <message>
        <source>Scan: who decides what, on your phone</source>
        <translation>Scan: who decides what, on your phone</translation>
    </message>
    <message>
        <source>No QR code: this kiosk is not linked to the cooperative&apos;s hub yet.</source>
        <translation>No QR code: this kiosk is not linked to the cooperative&apos;s hub yet.</translation>
    </message>
    <message>
        <source>Who sits on it: {body}</source>
        <translation>Who sits on it: {body}</translation>
    </message>
    <message>
        <source>Who decides what in our cooperative</source>
        <translation>Who decides what in our cooperative</translation>
    </message>
    <message>
        <source>Every box is a group of people; every arrow says who elects, appoints, advises or reports to whom.</source>
        <translation>Every box is a group of people; every arrow says who elects, appoints, advises or reports to whom.</translation>
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
    <message>
        <source>Hello {name}!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you can do next:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have a badge? Hold it against the reader under the screen.</source>
        <translation>Have a badge? Hold it against the reader under the screen.</translation>
    </message>
    <message>
        <source>You are greeted by your first name, with what you can do next.</source>
        <translation>You are greeted by your first name, with what you can do next.</translation>
    </message>
    <message>
        <source>A badge held against the reader under the screen</source>
        <translation>A badge held against the reader under the screen</translation>
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
    <message>
        <source>Badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print, reprint, stop a lost badge, print a batch on A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who wants which news</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts per participation level and topic; export a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome / Check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan your badge, find your name, or register for your first visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is here today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone checked in and not yet gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create, open and close a vote; roll call, booth, hands, projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who decides what</source>
        <translation>Who decides what</translation>
    </message>
    <message>
        <source>The cooperative&apos;s councils and their people, in plain words</source>
        <translation>The cooperative&apos;s councils and their people, in plain words</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Co-working, drop-ins and workshops: sign up, check in</source>
        <translation>Co-working, drop-ins and workshops: sign up, check in</translation>
    </message>
    <message>
        <source>Lists, attendance sheets, the programme</source>
        <translation>Lists, attendance sheets, the programme</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Skills</translation>
    </message>
    <message>
        <source>Offer what you know, find who can help you</source>
        <translation>Offer what you know, find who can help you</translation>
    </message>
    <message>
        <source>Moderate skill posts</source>
        <translation>Moderate skill posts</translation>
    </message>
    <message>
        <source>Reports, new skills, the needs nobody offers</source>
        <translation>Reports, new skills, the needs nobody offers</translation>
    </message>
</context>
<context>
    <name>HostProposeScreen</name>
    <message>
        <source>Host a drop-in</source>
        <translation>Host a drop-in</translation>
    </message>
    <message>
        <source>Host a drop-in session</source>
        <translation>Host a drop-in session</translation>
    </message>
    <message>
        <source>{name}, propose your skill-share session</source>
        <translation>{name}, propose your skill-share session</translation>
    </message>
    <message>
        <source>{name}, what would you like to share?</source>
        <translation>{name}, what would you like to share?</translation>
    </message>
    <message>
        <source>Members can host a session on a topic they know: others drop in, ask, learn. A facilitator looks at your offer and puts it on the programme.</source>
        <translation>Members can host a session on a topic they know: others drop in, ask, learn. A facilitator looks at your offer and puts it on the programme.</translation>
    </message>
    <message>
        <source>Scan your badge to offer a session.</source>
        <translation>Scan your badge to offer a session.</translation>
    </message>
    <message>
        <source>Members of the cooperative can do this.</source>
        <translation>Members of the cooperative can do this.</translation>
    </message>
    <message>
        <source>Your topic, in a few words</source>
        <translation>Your topic, in a few words</translation>
    </message>
    <message>
        <source>For example: invoicing without stress</source>
        <translation>For example: invoicing without stress</translation>
    </message>
    <message>
        <source>A few lines for those who come (optional)</source>
        <translation>A few lines for those who come (optional)</translation>
    </message>
    <message>
        <source>Which day?</source>
        <translation>Which day?</translation>
    </message>
    <message>
        <source>At what time?</source>
        <translation>At what time?</translation>
    </message>
    <message>
        <source>{hour} h</source>
        <translation>{hour}:00</translation>
    </message>
    <message>
        <source>on the hour</source>
        <translation>on the hour</translation>
    </message>
    <message>
        <source>at half past</source>
        <translation>at half past</translation>
    </message>
    <message>
        <source>For how long?</source>
        <translation>For how long?</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 hour</translation>
    </message>
    <message>
        <source>1 hour 30</source>
        <translation>1 hour 30</translation>
    </message>
    <message>
        <source>2 hours</source>
        <translation>2 hours</translation>
    </message>
    <message>
        <source>3 hours</source>
        <translation>3 hours</translation>
    </message>
    <message>
        <source>How many people at most?</source>
        <translation>How many people at most?</translation>
    </message>
    <message>
        <source>Once, or every week?</source>
        <translation>Once, or every week?</translation>
    </message>
    <message>
        <source>Just once</source>
        <translation>Just once</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Every week</translation>
    </message>
    <message>
        <source>Send my offer</source>
        <translation>Send my offer</translation>
    </message>
    <message>
        <source>Sorry {name}, only members of the cooperative can host a drop-in.</source>
        <translation>Sorry {name}, only members of the cooperative can host a drop-in.</translation>
    </message>
    <message>
        <source>Thank you {name}! A facilitator will look at your offer. Once accepted, it is on the programme and you will see it at your next scan.</source>
        <translation>Thank you {name}! A facilitator will look at your offer. Once accepted, it is on the programme and you will see it at your next scan.</translation>
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
        <translation>
            <numerusform>The screen starts again for the next person in %Ln second.</numerusform>
            <numerusform>The screen starts again for the next person in %Ln seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>More time, please</source>
        <translation>More time, please</translation>
    </message>
</context>
<context>
    <name>Involvement</name>
    <message>
        <source>Unknown {what}: {values}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“No news” cannot go with another way of hearing from us.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person is no longer known.</source>
        <translation type="unfinished">This person is no longer known.</translation>
    </message>
</context>
<context>
    <name>InvolvementScreen</name>
    <message>
        <source>How involved?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How involved do you want to be?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose as many as you like. You can change your answers at any time, here at the kiosk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What interests you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How do you want to hear from us?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save my answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan your badge to answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers are kept with your badge&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you! Your answers are saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvolvementStatsScreen</name>
    <message>
        <source>Who wants which news</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the people of this antenne want</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participation levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the people who want this news</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only people who agreed to be contacted, with a way to reach them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) answered.</source>
        <translation>
            <numerusform>%Ln person answered.</numerusform>
            <numerusform>%Ln people answered.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) exported to {path}</source>
        <translation>
            <numerusform>%Ln person exported to {path}</numerusform>
            <numerusform>%Ln people exported to {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemScreen</name>
    <message>
        <source>An item for a body&apos;s agenda</source>
        <translation>An item for a body&apos;s agenda</translation>
    </message>
    <message>
        <source>This item is no longer known.</source>
        <translation>This item is no longer known.</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>Where it stands</translation>
    </message>
    <message>
        <source>Proposed by {name} to: {body}</source>
        <translation>Proposed by {name} to: {body}</translation>
    </message>
    <message>
        <source>{count} of the {needed} signatures needed</source>
        <translation>{count} of the {needed} signatures needed</translation>
    </message>
    <message>
        <source>{count} signatures: enough ({needed} needed)</source>
        <translation>{count} signatures: enough ({needed} needed)</translation>
    </message>
    <message>
        <source>You agree it should be discussed? Scan your badge to add your name.</source>
        <translation>You agree it should be discussed? Scan your badge to add your name.</translation>
    </message>
    <message>
        <source>The body has answered: no more names are needed.</source>
        <translation>The body has answered: no more names are needed.</translation>
    </message>
    <message>
        <source>The body&apos;s answer</source>
        <translation>The body&apos;s answer</translation>
    </message>
    <message>
        <source>When it is discussed</source>
        <translation>When it is discussed</translation>
    </message>
    <message>
        <source>On the agenda of: {meeting}, {when}</source>
        <translation>On the agenda of: {meeting}, {when}</translation>
    </message>
    <message>
        <source>Thank you, {name}: your name is on it.</source>
        <translation>Thank you, {name}: your name is on it.</translation>
    </message>
</context>
<context>
    <name>Journey</name>
    <message>
        <source>This person is no longer known.</source>
        <translation type="unfinished">This person is no longer known.</translation>
    </message>
    <message>
        <source>No journey step {slug}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is already a shareholder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JourneyNext</name>
    <message>
        <source>Read the booklet: the cooperative in plain words, in ten minutes.</source>
        <translation>Read the booklet: the cooperative in plain words, in ten minutes.</translation>
    </message>
    <message>
        <source>Read the booklet</source>
        <translation>Read the booklet</translation>
    </message>
    <message>
        <source>Sign up for an information session: an hour to ask all your questions.</source>
        <translation>Sign up for an information session: an hour to ask all your questions.</translation>
    </message>
    <message>
        <source>See the sessions</source>
        <translation>See the sessions</translation>
    </message>
    <message>
        <source>Meet a facilitator: ask at the desk, they will tick this step with you.</source>
        <translation>Meet a facilitator: ask at the desk, they will tick this step with you.</translation>
    </message>
    <message>
        <source>Come and work at the antenne: check in at the welcome screen when you do.</source>
        <translation>Come and work at the antenne: check in at the welcome screen when you do.</translation>
    </message>
    <message>
        <source>Go to the welcome screen</source>
        <translation>Go to the welcome screen</translation>
    </message>
    <message>
        <source>Offer a skill, or ask for one, on the skills board.</source>
        <translation>Offer a skill, or ask for one, on the skills board.</translation>
    </message>
    <message>
        <source>Open the skills board</source>
        <translation>Open the skills board</translation>
    </message>
    <message>
        <source>Vote in the next consultation or assembly: the facilitators open the booth here.</source>
        <translation>Vote in the next consultation or assembly: the facilitators open the booth here.</translation>
    </message>
    <message>
        <source>Become a shareholder: buy your shares with a facilitator at the desk.</source>
        <translation>Become a shareholder: buy your shares with a facilitator at the desk.</translation>
    </message>
    <message>
        <source>Put a subject on the agenda of one of the bodies.</source>
        <translation>Put a subject on the agenda of one of the bodies.</translation>
    </message>
    <message>
        <source>Propose an agenda item</source>
        <translation>Propose an agenda item</translation>
    </message>
    <message>
        <source>Next: {step}.</source>
        <translation>Next: {step}.</translation>
    </message>
    <message>
        <source>Every step is done. Thank you for making the cooperative yours!</source>
        <translation>Every step is done. Thank you for making the cooperative yours!</translation>
    </message>
</context>
<context>
    <name>JourneyScreen</name>
    <message>
        <source>My journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record: became a shareholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My items on a body&apos;s agenda</source>
        <translation>My items on a body&apos;s agenda</translation>
    </message>
    <message>
        <source>Help with travel costs</source>
        <translation>Help with travel costs</translation>
    </message>
    <message>
        <source>Export this person&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase this person&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan your badge to see your journey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From your first visit to becoming a shareholder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journey of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of the steps done.</source>
        <translation>
            <numerusform>%Ln step done.</numerusform>
            <numerusform>%Ln steps done.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each step at its own pace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>What to do next</translation>
    </message>
    <message>
        <source>Has {name} bought their shares?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The celebration starts, a welcome certificate is printed and the badge is reprinted with the role “Shareholder”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, celebrate!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
    <message>
        <source>Export everything the kiosk holds about {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JSON file is written to the kiosk&apos;s exports folder. Hand it only to the person themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data exported to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase the data of {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits, badges, journey and posts are deleted, the profile is emptied; only anonymous counts remain. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase</source>
        <translation type="unfinished">Erase</translation>
    </message>
    <message>
        <source>The person&apos;s data is erased.</source>
        <translation type="unfinished"></translation>
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
    <name>Level</name>
    <message>
        <source>Information: receive the news</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation: give my opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concertation: work on proposals</source>
        <translation>Collaboration: work on proposals</translation>
    </message>
    <message>
        <source>Co-decision: decide together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The antenne&apos;s news, the board&apos;s agendas, what was decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short surveys, advisory votes: you say what you think.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working groups that prepare proposals with the board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The general assembly, the local budget: your vote counts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NamedHandsScreen</name>
    <message>
        <source>Call each name and tap the answer given. The answers are recorded by name and printed in the minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">Back</translation>
    </message>
    <message>
        <source>The vote is not open yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, by proxy: {holder} answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) have already voted.</source>
        <translation>
            <numerusform>%Ln person has already voted.</numerusform>
            <numerusform>%Ln people have already voted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Named vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) to record</source>
        <translation>
            <numerusform>%Ln answer to record</numerusform>
            <numerusform>%Ln answers to record</numerusform>
        </translation>
    </message>
    <message>
        <source>Record the answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) recorded.</source>
        <translation>
            <numerusform>%Ln answer recorded.</numerusform>
            <numerusform>%Ln answers recorded.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NextStep</name>
    <message>
        <source>Read the booklet</source>
        <translation type="unfinished">Read the booklet</translation>
    </message>
    <message>
        <source>How involved do I want to be?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where do I fit in the governance?</source>
        <translation>Where do I fit in the governance?</translation>
    </message>
</context>
<context>
    <name>Onboarding</name>
    <message>
        <source>Please write your first name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please write your last name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name can be at most {max} characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name can hold letters, spaces, hyphens and apostrophes only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This e-mail address does not look right: it needs an @ and a domain, like name@example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This phone number does not look right: use digits, spaces and + only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose why you came today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose your language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person is no longer known.</source>
        <translation type="unfinished">This person is no longer known.</translation>
    </message>
    <message>
        <source>We can only register you if you agree to what we keep. You can also ask someone at the desk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionRows</name>
    <message>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Name ({language})</source>
        <translation>Name ({language})</translation>
    </message>
    <message>
        <source>Name ({language}, optional)</source>
        <translation>Name ({language}, optional)</translation>
    </message>
    <message>
        <source>Description ({language}, optional)</source>
        <translation>Description ({language}, optional)</translation>
    </message>
    <message>
        <source>Cost in euros</source>
        <translation>Cost in euros</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Remove this option</source>
        <translation>Remove this option</translation>
    </message>
    <message>
        <source>Language of the vote</source>
        <translation>Language of the vote</translation>
    </message>
    <message>
        <source>Texts in</source>
        <translation>Texts in</translation>
    </message>
    <message>
        <source>{language}, translated</source>
        <translation>{language}, translated</translation>
    </message>
    <message>
        <source>The texts in {language} are the vote&apos;s own and count; the other languages are optional translations, shown to those who read them.</source>
        <translation>The texts in {language} are the vote&apos;s own and count; the other languages are optional translations, shown to those who read them.</translation>
    </message>
    <message>
        <source>Title ({language}, optional)</source>
        <translation>Title ({language}, optional)</translation>
    </message>
    <message>
        <source>Title of the vote ({language})</source>
        <translation>Title of the vote ({language})</translation>
    </message>
    <message>
        <source>Question ({language}, optional)</source>
        <translation>Question ({language}, optional)</translation>
    </message>
    <message>
        <source>Add a project</source>
        <translation>Add a project</translation>
    </message>
    <message>
        <source>Add an option</source>
        <translation>Add an option</translation>
    </message>
</context>
<context>
    <name>PersonSearch</name>
    <message>
        <source>Type a first or last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your first name and the first letter of your last name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start typing: the list fills in as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several people have this name: type more letters of your last name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody found with this name. Found by your badge only? Scan your badge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody found with this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) found</source>
        <translation>
            <numerusform>%Ln person found</numerusform>
            <numerusform>%Ln people found</numerusform>
        </translation>
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
    <name>Printing</name>
    <message>
        <source>No printer is set up on this kiosk.</source>
        <translation>No printer is set up on this kiosk.</translation>
    </message>
    <message>
        <source>The printer {name} does not exist.</source>
        <translation>The printer {name} does not exist.</translation>
    </message>
    <message>
        <source>The printer {name} is paused. It may be out of labels or paper.</source>
        <translation>The printer {name} is paused. It may be out of labels or paper.</translation>
    </message>
    <message>
        <source>The printer is not answering.</source>
        <translation>The printer is not answering.</translation>
    </message>
    <message>
        <source>The printer could not print this.</source>
        <translation>The printer could not print this.</translation>
    </message>
    <message>
        <source>Your badge will be ready at the desk. Until then, the code on screen works like your badge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This could not be printed here. Please ask at the desk: they can print it for you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>Nobody is known by the id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{id} was already erased: only an anonymous tombstone is left, nothing personal.</source>
        <translation>{id} was already erased: only an anonymous tombstone is left, nothing personal.</translation>
    </message>
</context>
<context>
    <name>PrivateFiles</name>
    <message>
        <source>Other users of this computer can read the kiosk&apos;s database (contact details, the sync token). Ask whoever looks after the kiosk to run: {command}</source>
        <translation>Other users of this computer can read the kiosk&apos;s database (contact details, the sync token). Ask whoever looks after the kiosk to run: {command}</translation>
    </message>
</context>
<context>
    <name>ProgrammeScreen</name>
    <message>
        <source>Now: {title}</source>
        <translation>Now: {title}</translation>
    </message>
    <message>
        <source>Next today: {title}</source>
        <translation>Next today: {title}</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Sessions: co-working, drop-ins, workshops</source>
        <translation>Sessions: co-working, drop-ins, workshops</translation>
    </message>
    <message>
        <source>Host a session on your topic</source>
        <translation>Host a session on your topic</translation>
    </message>
    <message>
        <source>Day before</source>
        <translation>Day before</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Next day</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>Every kind</translation>
    </message>
    <message>
        <source>Basic trainings</source>
        <translation>Basic trainings</translation>
    </message>
    <message>
        <source>Topics {arrow} ({count})</source>
        <translation>Topics {arrow} ({count})</translation>
    </message>
    <message>
        <source>Topic: {topic} {arrow}</source>
        <translation>Topic: {topic} {arrow}</translation>
    </message>
    <message>
        <source>Every topic</source>
        <translation>Every topic</translation>
    </message>
    <message>
        <source>Today, {day}</source>
        <translation>Today, {day}</translation>
    </message>
    <message>
        <source>Tomorrow, {day}</source>
        <translation>Tomorrow, {day}</translation>
    </message>
    <message>
        <source>No session this day.</source>
        <translation>No session this day.</translation>
    </message>
    <message>
        <source>Swipe or tap “Next day” to see the next.</source>
        <translation>Swipe or tap “Next day” to see the next.</translation>
    </message>
    <message>
        <source>Show more sessions ({count})</source>
        <translation>Show more sessions ({count})</translation>
    </message>
</context>
<context>
    <name>ProjectorResultsScreen</name>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectorScreen</name>
    <message>
        <source>Projector</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Antenne — projector</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectsEditor</name>
    <message>
        <source>What is this project? A few sentences (at most 600 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">Back</translation>
    </message>
    <message>
        <source>Projects of “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for pictures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap a picture for this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No picture found. Plug in a USB stick with the pictures (JPEG or PNG), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project is saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProposeScreen</name>
    <message>
        <source>Propose an item</source>
        <translation>Propose an item</translation>
    </message>
    <message>
        <source>Propose an item to a body</source>
        <translation>Propose an item to a body</translation>
    </message>
    <message>
        <source>{name}, what should the body talk about?</source>
        <translation>{name}, what should the body talk about?</translation>
    </message>
    <message>
        <source>Any member can ask a body of the cooperative to discuss a question. Once enough members have signed it too, it goes to the body&apos;s secretary.</source>
        <translation>Any member can ask a body of the cooperative to discuss a question. Once enough members have signed it too, it goes to the body&apos;s secretary.</translation>
    </message>
    <message>
        <source>Scan your badge to propose an item.</source>
        <translation>Scan your badge to propose an item.</translation>
    </message>
    <message>
        <source>Members of the cooperative can do this.</source>
        <translation>Members of the cooperative can do this.</translation>
    </message>
    <message>
        <source>Which body?</source>
        <translation>Which body?</translation>
    </message>
    <message>
        <source>Title: your question in one sentence</source>
        <translation>Title: your question in one sentence</translation>
    </message>
    <message>
        <source>For example: a meeting room open evenings</source>
        <translation>For example: a meeting room open evenings</translation>
    </message>
    <message>
        <source>A few lines to explain (optional)</source>
        <translation>A few lines to explain (optional)</translation>
    </message>
    <message>
        <source>A photo of a document (optional)</source>
        <translation>A photo of a document (optional)</translation>
    </message>
    <message>
        <source>Send my proposal</source>
        <translation>Send my proposal</translation>
    </message>
    <message>
        <source>Your items already proposed</source>
        <translation>Your items already proposed</translation>
    </message>
    <message>
        <source>{title} ({body})</source>
        <translation>{title} ({body})</translation>
    </message>
    <message>
        <source>Hold the document in front of the camera…</source>
        <translation>Hold the document in front of the camera…</translation>
    </message>
    <message>
        <source>Remove the photo</source>
        <translation>Remove the photo</translation>
    </message>
    <message>
        <source>No camera on this kiosk</source>
        <translation>No camera on this kiosk</translation>
    </message>
    <message>
        <source>Your proposal goes without a photo.</source>
        <translation>Your proposal goes without a photo.</translation>
    </message>
    <message>
        <source>Take a photo</source>
        <translation>Take a photo</translation>
    </message>
    <message>
        <source>A letter, a poster, a page of minutes.</source>
        <translation>A letter, a poster, a page of minutes.</translation>
    </message>
    <message>
        <source>Take it again</source>
        <translation>Take it again</translation>
    </message>
    <message>
        <source>The photo goes with your proposal.</source>
        <translation>The photo goes with your proposal.</translation>
    </message>
    <message>
        <source>Choose the body your item is for.</source>
        <translation>Choose the body your item is for.</translation>
    </message>
</context>
<context>
    <name>Purpose</name>
    <message>
        <source>Information session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop-in session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something else</source>
        <translation type="unfinished">Something else</translation>
    </message>
</context>
<context>
    <name>RankingBallot</name>
    <message>
        <source>Tap the options in your order of preference: first, second…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadScreen</name>
    <message>
        <source>The booklet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan to continue reading on your phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to read here yet.</source>
        <translation>Nothing to read here yet.</translation>
    </message>
    <message>
        <source>The pages arrive with the next update of the kiosk.</source>
        <translation>The pages arrive with the next update of the kiosk.</translation>
    </message>
    <message>
        <source>The page is being printed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterScreen</name>
    <message>
        <source>First visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nice to meet you!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only your names are needed. E-mail and phone are optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why did you come today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RollcallScreen</name>
    <message>
        <source>Roll call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan badges at the door, or find a person and tap their name to tick them present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">Back</translation>
    </message>
    <message>
        <source>No vote to call the roll for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No quorum for this vote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quorum met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quorum not met yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Represented by a proxy</source>
        <translation>Represented by a proxy</translation>
    </message>
    <message>
        <source>Entitled to vote</source>
        <translation>Entitled to vote</translation>
    </message>
    <message>
        <source>represented by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>present, does not vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>holds %n proxy(ies)</source>
        <translation>
            <numerusform>holds %Ln proxy</numerusform>
            <numerusform>holds %Ln proxies</numerusform>
        </translation>
    </message>
    <message>
        <source>has voted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the proxy of {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{holder} will no longer vote for {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
    <message>
        <source>The proxy of {name} is revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Who gives the proxy? (absent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Who holds the proxy of {name}? (present)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomDisplay</name>
    <message>
        <source>{value}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote by phone: scan or type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{voted} of {roll} voters have voted ({share})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vote is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vote is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote closes in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The results are not revealed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADOPTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REJECTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tie: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No winner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each option&apos;s median grade: half the voters gave it that or better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) funded</source>
        <translation>
            <numerusform>%Ln project funded</numerusform>
            <numerusform>%Ln projects funded</numerusform>
        </translation>
    </message>
    <message>
        <source>Budget used: {spent} of {budget}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than half</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two thirds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three quarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of the votes cast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of the votes present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of the votes entitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quorum was not met: without it the vote cannot decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unanimity was needed: nobody against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{needed} {base} were needed: {share} voted for.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionCheckinScreen</name>
    <message>
        <source>Check in</source>
        <translation>Check in</translation>
    </message>
    <message>
        <source>Scan your badge to check in.</source>
        <translation>Scan your badge to check in.</translation>
    </message>
    <message>
        <source>{name}, you were already checked in. Enjoy!</source>
        <translation>{name}, you were already checked in. Enjoy!</translation>
    </message>
    <message>
        <source>Welcome, {name}: you are checked in.</source>
        <translation>Welcome, {name}: you are checked in.</translation>
    </message>
</context>
<context>
    <name>SessionDetailScreen</name>
    <message>
        <source>A session</source>
        <translation>A session</translation>
    </message>
    <message>
        <source>Sign up</source>
        <translation>Sign up</translation>
    </message>
    <message>
        <source>I&apos;m coming</source>
        <translation>I&apos;m coming</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Check in</translation>
    </message>
    <message>
        <source>I can&apos;t come</source>
        <translation>I can&apos;t come</translation>
    </message>
    <message>
        <source>Check people in</source>
        <translation>Check people in</translation>
    </message>
    <message>
        <source>Join the video call: scan with your phone</source>
        <translation>Join the video call: scan with your phone</translation>
    </message>
    <message>
        <source>Add it to your phone&apos;s calendar</source>
        <translation>Add it to your phone&apos;s calendar</translation>
    </message>
    <message>
        <source>This session is no longer on the programme.</source>
        <translation>This session is no longer on the programme.</translation>
    </message>
    <message>
        <source>Note: {notice}</source>
        <translation>Note: {notice}</translation>
    </message>
    <message>
        <source>Join the waiting list</source>
        <translation>Join the waiting list</translation>
    </message>
    <message>
        <source>Scan your badge to see your place.</source>
        <translation>Scan your badge to see your place.</translation>
    </message>
</context>
<context>
    <name>SessionEditorScreen</name>
    <message>
        <source>Sessions and series</source>
        <translation>Sessions and series</translation>
    </message>
    <message>
        <source>Offers to host ({count})</source>
        <translation>Offers to host ({count})</translation>
    </message>
    <message>
        <source>A new session or series</source>
        <translation>A new session or series</translation>
    </message>
    <message>
        <source>Change or cancel</source>
        <translation>Change or cancel</translation>
    </message>
    <message>
        <source>Members offered to host these drop-ins. Accepted, they are on the programme.</source>
        <translation>Members offered to host these drop-ins. Accepted, they are on the programme.</translation>
    </message>
    <message>
        <source>No member&apos;s offer is waiting.</source>
        <translation>No member&apos;s offer is waiting.</translation>
    </message>
    <message>
        <source>Weekly offers run until (a day, like 2027-06-30)</source>
        <translation>Weekly offers run until (a day, like 2027-06-30)</translation>
    </message>
    <message>
        <source>What kind of session?</source>
        <translation>What kind of session?</translation>
    </message>
    <message>
        <source>Mentored co-working</source>
        <translation>Mentored co-working</translation>
    </message>
    <message>
        <source>Drop-in</source>
        <translation>Drop-in</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Meet the board</source>
        <translation>Meet the board</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Topic (optional)</source>
        <translation>Topic (optional)</translation>
    </message>
    <message>
        <source>What happens there (optional)</source>
        <translation>What happens there (optional)</translation>
    </message>
    <message>
        <source>Room (optional)</source>
        <translation>Room (optional)</translation>
    </message>
    <message>
        <source>First day and time</source>
        <translation>First day and time</translation>
    </message>
    <message>
        <source>Day, like 2026-12-15</source>
        <translation>Day, like 2026-12-15</translation>
    </message>
    <message>
        <source>Time, like 14:00</source>
        <translation>Time, like 14:00</translation>
    </message>
    <message>
        <source>Length in minutes</source>
        <translation>Length in minutes</translation>
    </message>
    <message>
        <source>Seats (0: no limit)</source>
        <translation>Seats (0: no limit)</translation>
    </message>
    <message>
        <source>Price in euros (0: free)</source>
        <translation>Price in euros (0: free)</translation>
    </message>
    <message>
        <source>How often?</source>
        <translation>How often?</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Once</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Every week</translation>
    </message>
    <message>
        <source>Every other week</source>
        <translation>Every other week</translation>
    </message>
    <message>
        <source>Every month, same weekday</source>
        <translation>Every month, same weekday</translation>
    </message>
    <message>
        <source>Last day of the series</source>
        <translation>Last day of the series</translation>
    </message>
    <message>
        <source>Day, like 2027-06-30</source>
        <translation>Day, like 2027-06-30</translation>
    </message>
    <message>
        <source>Days without the session (holidays), separated by spaces</source>
        <translation>Days without the session (holidays), separated by spaces</translation>
    </message>
    <message>
        <source>Like 2026-12-24 2026-12-31</source>
        <translation>Like 2026-12-24 2026-12-31</translation>
    </message>
    <message>
        <source>Week before</source>
        <translation>Week before</translation>
    </message>
    <message>
        <source>Week after</source>
        <translation>Week after</translation>
    </message>
    <message>
        <source>From {day}</source>
        <translation>From {day}</translation>
    </message>
    <message>
        <source>No session this week.</source>
        <translation>No session this week.</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Time and length in minutes</source>
        <translation>Time and length in minutes</translation>
    </message>
    <message>
        <source>Like 14:00</source>
        <translation>Like 14:00</translation>
    </message>
    <message>
        <source>Which sessions?</source>
        <translation>Which sessions?</translation>
    </message>
    <message>
        <source>This one</source>
        <translation>This one</translation>
    </message>
    <message>
        <source>This one and the following ones</source>
        <translation>This one and the following ones</translation>
    </message>
    <message>
        <source>The reason, for those signed up</source>
        <translation>The reason, for those signed up</translation>
    </message>
    <message>
        <source>For example: the room is being painted</source>
        <translation>For example: the room is being painted</translation>
    </message>
    <message>
        <source>Put it on the programme</source>
        <translation>Put it on the programme</translation>
    </message>
    <message>
        <source>Save the change</source>
        <translation>Save the change</translation>
    </message>
    <message>
        <source>Cancel the session</source>
        <translation>Cancel the session</translation>
    </message>
    <message>
        <source>{topic}, by {name}: from {day} at {time}, {minutes} min, {seats} people</source>
        <translation>{topic}, by {name}: from {day} at {time}, {minutes} min, {seats} people</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>{day} {time}: {title}</source>
        <translation>{day} {time}: {title}</translation>
    </message>
    <message>
        <source>Type the last day like 2027-06-30.</source>
        <translation>Type the last day like 2027-06-30.</translation>
    </message>
    <message numerus="yes">
        <source>On the programme: %n session(s).</source>
        <translation>
            <numerusform>On the programme: %Ln session.</numerusform>
            <numerusform>On the programme: %Ln sessions.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the first day like 2026-12-15.</source>
        <translation>Type the first day like 2026-12-15.</translation>
    </message>
    <message>
        <source>Type the time like 14:00.</source>
        <translation>Type the time like 14:00.</translation>
    </message>
    <message>
        <source>Type the price in euros, like 20 or 12,50.</source>
        <translation>Type the price in euros, like 20 or 12,50.</translation>
    </message>
    <message>
        <source>Type the last day of the series like 2027-06-30.</source>
        <translation>Type the last day of the series like 2027-06-30.</translation>
    </message>
    <message>
        <source>This is not a day: {text}</source>
        <translation>This is not a day: {text}</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <source>Changed.</source>
        <translation>Changed.</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n session(s).</source>
        <translation>
            <numerusform>Cancelled: %Ln session.</numerusform>
            <numerusform>Cancelled: %Ln sessions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) will read the reason at their next scan.</source>
        <translation>
            <numerusform>%Ln person will read the reason at their next scan.</numerusform>
            <numerusform>%Ln people will read the reason at their next scan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionForWhom</name>
    <message>
        <source>For members working on their project, with a mentor to ask.</source>
        <translation>For members working on their project, with a mentor to ask.</translation>
    </message>
    <message>
        <source>For anyone curious about the topic: no need to prepare.</source>
        <translation>For anyone curious about the topic: no need to prepare.</translation>
    </message>
    <message>
        <source>For members and visitors who want to practise.</source>
        <translation>For members and visitors who want to practise.</translation>
    </message>
    <message>
        <source>For members who want to learn a skill step by step.</source>
        <translation>For members who want to learn a skill step by step.</translation>
    </message>
    <message>
        <source>For every member with a question or an idea for the board.</source>
        <translation>For every member with a question or an idea for the board.</translation>
    </message>
</context>
<context>
    <name>SessionKind</name>
    <message>
        <source>Mentored co-working</source>
        <translation>Mentored co-working</translation>
    </message>
    <message>
        <source>Drop-in</source>
        <translation>Drop-in</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Meet the board</source>
        <translation>Meet the board</translation>
    </message>
</context>
<context>
    <name>SessionSignupScreen</name>
    <message>
        <source>Sign up</source>
        <translation>Sign up</translation>
    </message>
    <message>
        <source>Scan your badge to sign up.</source>
        <translation>Scan your badge to sign up.</translation>
    </message>
    <message>
        <source>No badge? Type your name and tap it.</source>
        <translation>No badge? Type your name and tap it.</translation>
    </message>
</context>
<context>
    <name>SessionStep</name>
    <message>
        <source>Back to the session</source>
        <translation>Back to the session</translation>
    </message>
</context>
<context>
    <name>SessionTopic</name>
    <message>
        <source>Accounting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copyright</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working across borders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Governance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participatory budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payslip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photography</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Smart</source>
        <translation type="unfinished">Welcome to Smart</translation>
    </message>
</context>
<context>
    <name>SessionWaitlistedScreen</name>
    <message>
        <source>Waiting list</source>
        <translation>Waiting list</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>What happens next</translation>
    </message>
    <message>
        <source>When someone can&apos;t come, their seat goes to the first person waiting, at once. You will see it at your next badge scan, on any kiosk.</source>
        <translation>When someone can&apos;t come, their seat goes to the first person waiting, at once. You will see it at your next badge scan, on any kiosk.</translation>
    </message>
    <message>
        <source>A seat freed more than {hours} hours before the start waits for you until {hours} hours before the start: scan your badge and say you come, or it goes to the next person. A seat freed later is simply yours.</source>
        <translation>A seat freed more than {hours} hours before the start waits for you until {hours} hours before the start: scan your badge and say you come, or it goes to the next person. A seat freed later is simply yours.</translation>
    </message>
    <message>
        <source>Camille, you are number 3 on the waiting list.</source>
        <translation>Camille, you are number 3 on the waiting list.</translation>
    </message>
    <message>
        <source>A seat is yours if you say you come {deadline}.</source>
        <translation>A seat is yours if you say you come {deadline}.</translation>
    </message>
</context>
<context>
    <name>SessionWords</name>
    <message>
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Open to all</source>
        <translation>Open to all</translation>
    </message>
    <message>
        <source>Full: waiting list</source>
        <translation>Full: waiting list</translation>
    </message>
    <message>
        <source>1 seat left</source>
        <translation>1 seat left</translation>
    </message>
    <message>
        <source>{count} seats left</source>
        <translation>{count} seats left</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>At the antenne</source>
        <translation>At the antenne</translation>
    </message>
    <message>
        <source>With {name}</source>
        <translation>With {name}</translation>
    </message>
    <message>
        <source>by {day}, {time}</source>
        <translation>by {day}, {time}</translation>
    </message>
    <message>
        <source>{name}, your seat is confirmed.</source>
        <translation>{name}, your seat is confirmed.</translation>
    </message>
    <message>
        <source>{name}, you have a seat: we&apos;ll confirm it.</source>
        <translation>{name}, you have a seat: we&apos;ll confirm it.</translation>
    </message>
    <message>
        <source>{name}, you are number {position} on the waiting list.</source>
        <translation>{name}, you are number {position} on the waiting list.</translation>
    </message>
    <message>
        <source>{name}, a seat is waiting for you: say you come {deadline}.</source>
        <translation>{name}, a seat is waiting for you: say you come {deadline}.</translation>
    </message>
    <message>
        <source>{name}, you are checked in.</source>
        <translation>{name}, you are checked in.</translation>
    </message>
    <message>
        <source>This session is cancelled.</source>
        <translation>This session is cancelled.</translation>
    </message>
    <message>
        <source>{name}, you have no place in it.</source>
        <translation>{name}, you have no place in it.</translation>
    </message>
    <message>
        <source>{session}: your seat is confirmed.</source>
        <translation>{session}: your seat is confirmed.</translation>
    </message>
    <message>
        <source>{session}: you have a seat.</source>
        <translation>{session}: you have a seat.</translation>
    </message>
    <message>
        <source>{session}: a seat is waiting for you, say you come {deadline}.</source>
        <translation>{session}: a seat is waiting for you, say you come {deadline}.</translation>
    </message>
    <message>
        <source>{session}: you are on the waiting list.</source>
        <translation>{session}: you are on the waiting list.</translation>
    </message>
    <message>
        <source>{session}: cancelled.</source>
        <translation>{session}: cancelled.</translation>
    </message>
    <message>
        <source>{session}: your place was given up.</source>
        <translation>{session}: your place was given up.</translation>
    </message>
    <message>
        <source>{session}: changed.</source>
        <translation>{session}: changed.</translation>
    </message>
    <message>
        <source>You&apos;re signed up for {title} at {time}: check in?</source>
        <translation>You&apos;re signed up for {title} at {time}: check in?</translation>
    </message>
    <message>
        <source>News of your sessions since your last visit</source>
        <translation>News of your sessions since your last visit</translation>
    </message>
    <message>
        <source>Sessions now and soon</source>
        <translation>Sessions now and soon</translation>
    </message>
    <message>
        <source>Check in: {title}</source>
        <translation>Check in: {title}</translation>
    </message>
    <message>
        <source>Now: {title}</source>
        <translation>Now: {title}</translation>
    </message>
    <message>
        <source>Next today: {title}</source>
        <translation>Next today: {title}</translation>
    </message>
</context>
<context>
    <name>Sessions</name>
    <message>
        <source>Not a day (YYYY-MM-DD): {value}.</source>
        <translation>Not a day (YYYY-MM-DD): {value}.</translation>
    </message>
    <message>
        <source>Not a local start (YYYY-MM-DDTHH:MM): {value}.</source>
        <translation>Not a local start (YYYY-MM-DDTHH:MM): {value}.</translation>
    </message>
    <message>
        <source>Not a price in euros: {value}.</source>
        <translation>Not a price in euros: {value}.</translation>
    </message>
    <message>
        <source>Not a session id: {value}.</source>
        <translation>Not a session id: {value}.</translation>
    </message>
    <message>
        <source>This session is no longer on the programme.</source>
        <translation>This session is no longer on the programme.</translation>
    </message>
    <message>
        <source>The text holds a character that is not allowed.</source>
        <translation>The text holds a character that is not allowed.</translation>
    </message>
    <message>
        <source>The title is too long: at most {count} letters.</source>
        <translation>The title is too long: at most {count} letters.</translation>
    </message>
    <message>
        <source>The title needs at least {count} letters.</source>
        <translation>The title needs at least {count} letters.</translation>
    </message>
    <message>
        <source>The topic is too long: at most {count} letters.</source>
        <translation>The topic is too long: at most {count} letters.</translation>
    </message>
    <message>
        <source>The reason is too long: at most {count} letters.</source>
        <translation>The reason is too long: at most {count} letters.</translation>
    </message>
    <message>
        <source>Please give a reason (at least {count} letters): people signed up read it.</source>
        <translation>Please give a reason (at least {count} letters): people signed up read it.</translation>
    </message>
    <message>
        <source>A session lasts between {shortest} minutes and {longest} hours.</source>
        <translation>A session lasts between {shortest} minutes and {longest} hours.</translation>
    </message>
    <message>
        <source>A session has between 1 and {count} seats.</source>
        <translation>A session has between 1 and {count} seats.</translation>
    </message>
    <message>
        <source>The price is between 0 and {count} euros.</source>
        <translation>The price is between 0 and {count} euros.</translation>
    </message>
    <message>
        <source>Please choose the kind of session.</source>
        <translation>Please choose the kind of session.</translation>
    </message>
    <message>
        <source>Please choose the session&apos;s language.</source>
        <translation>Please choose the session&apos;s language.</translation>
    </message>
    <message>
        <source>The video link must be a web address (https://…).</source>
        <translation>The video link must be a web address (https://…).</translation>
    </message>
    <message>
        <source>Give the start in the antenne&apos;s local time.</source>
        <translation>Give the start in the antenne&apos;s local time.</translation>
    </message>
    <message>
        <source>A series needs its last day, on or after the first.</source>
        <translation>A series needs its last day, on or after the first.</translation>
    </message>
    <message>
        <source>A series lasts at most a year.</source>
        <translation>A series lasts at most a year.</translation>
    </message>
    <message>
        <source>At most {count} days without the session.</source>
        <translation>At most {count} days without the session.</translation>
    </message>
    <message>
        <source>The description is too long: at most {count} letters.</source>
        <translation>The description is too long: at most {count} letters.</translation>
    </message>
    <message>
        <source>The place is too long: at most {count} letters.</source>
        <translation>The place is too long: at most {count} letters.</translation>
    </message>
    <message>
        <source>This person is no longer known.</source>
        <translation>This person is no longer known.</translation>
    </message>
    <message>
        <source>This session is not on the programme yet: a facilitator will look at it.</source>
        <translation>This session is not on the programme yet: a facilitator will look at it.</translation>
    </message>
    <message>
        <source>This session is cancelled.</source>
        <translation>This session is cancelled.</translation>
    </message>
    <message>
        <source>This session is over.</source>
        <translation>This session is over.</translation>
    </message>
    <message>
        <source>{name}, you already have a place in this session.</source>
        <translation>{name}, you already have a place in this session.</translation>
    </message>
    <message>
        <source>{name}, you have no place in this session to give up.</source>
        <translation>{name}, you have no place in this session to give up.</translation>
    </message>
    <message>
        <source>{name}, there is no seat waiting for you in this session any more.</source>
        <translation>{name}, there is no seat waiting for you in this session any more.</translation>
    </message>
    <message>
        <source>{name} is not on this session&apos;s waiting list.</source>
        <translation>{name} is not on this session&apos;s waiting list.</translation>
    </message>
    <message>
        <source>Check-in opens an hour before the session and closes at its end.</source>
        <translation>Check-in opens an hour before the session and closes at its end.</translation>
    </message>
    <message>
        <source>Only the session&apos;s host can check people in from the list.</source>
        <translation>Only the session&apos;s host can check people in from the list.</translation>
    </message>
    <message>
        <source>{name}, the session is full: you can join its waiting list.</source>
        <translation>{name}, the session is full: you can join its waiting list.</translation>
    </message>
    <message>
        <source>The session is not over yet.</source>
        <translation>The session is not over yet.</translation>
    </message>
    <message>
        <source>This session is free: there is nothing to pay.</source>
        <translation>This session is free: there is nothing to pay.</translation>
    </message>
    <message>
        <source>{name} has no place in this session.</source>
        <translation>{name} has no place in this session.</translation>
    </message>
    <message>
        <source>These dates leave no session at all.</source>
        <translation>These dates leave no session at all.</translation>
    </message>
    <message>
        <source>The first session would start in the past.</source>
        <translation>The first session would start in the past.</translation>
    </message>
    <message>
        <source>Members can offer a drop-in or a workshop.</source>
        <translation>Members can offer a drop-in or a workshop.</translation>
    </message>
    <message>
        <source>Only members of the cooperative can host a drop-in.</source>
        <translation>Only members of the cooperative can host a drop-in.</translation>
    </message>
    <message>
        <source>This session is already on the programme.</source>
        <translation>This session is already on the programme.</translation>
    </message>
    <message>
        <source>More people have a seat than that: the session needs at least {count}.</source>
        <translation>More people have a seat than that: the session needs at least {count}.</translation>
    </message>
    <message>
        <source>This session is already cancelled.</source>
        <translation>This session is already cancelled.</translation>
    </message>
    <message>
        <source>There is no series of sessions {id}.</source>
        <translation>There is no series of sessions {id}.</translation>
    </message>
    <message>
        <source>There is no antenne {slug}.</source>
        <translation>There is no antenne {slug}.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {error}</source>
        <translation>Cannot write {path}: {error}</translation>
    </message>
    <message>
        <source>There is no session {id}.</source>
        <translation>There is no session {id}.</translation>
    </message>
</context>
<context>
    <name>SkillEditorScreen</name>
    <message>
        <source>Change my post</source>
        <translation>Change my post</translation>
    </message>
    <message>
        <source>Post a skill</source>
        <translation>Post a skill</translation>
    </message>
    <message>
        <source>Post an offer or a need</source>
        <translation>Post an offer or a need</translation>
    </message>
    <message>
        <source>{name}, change your post</source>
        <translation>{name}, change your post</translation>
    </message>
    <message>
        <source>{name}, what would you like to share?</source>
        <translation>{name}, what would you like to share?</translation>
    </message>
    <message>
        <source>Scan your badge to post an offer or a need.</source>
        <translation>Scan your badge to post an offer or a need.</translation>
    </message>
    <message>
        <source>Your post shows your first name and initial, never your contact details.</source>
        <translation>Your post shows your first name and initial, never your contact details.</translation>
    </message>
    <message>
        <source>Do you offer a skill, or do you need one?</source>
        <translation>Do you offer a skill, or do you need one?</translation>
    </message>
    <message>
        <source>I offer a skill</source>
        <translation>I offer a skill</translation>
    </message>
    <message>
        <source>I need a skill</source>
        <translation>I need a skill</translation>
    </message>
    <message>
        <source>A title, in a few words</source>
        <translation>A title, in a few words</translation>
    </message>
    <message>
        <source>For example: help with spreadsheets</source>
        <translation>For example: help with spreadsheets</translation>
    </message>
    <message>
        <source>A few lines to say more (optional)</source>
        <translation>A few lines to say more (optional)</translation>
    </message>
    <message>
        <source>In which sector?</source>
        <translation>In which sector?</translation>
    </message>
    <message>
        <source>Which skills? Up to five</source>
        <translation>Which skills? Up to five</translation>
    </message>
    <message>
        <source>Not in the list? Say it in a few words (optional)</source>
        <translation>Not in the list? Say it in a few words (optional)</translation>
    </message>
    <message>
        <source>How?</source>
        <translation>How?</translation>
    </message>
    <message>
        <source>What level?</source>
        <translation>What level?</translation>
    </message>
    <message>
        <source>First steps: I am starting out</source>
        <translation>First steps: I am starting out</translation>
    </message>
    <message>
        <source>Confirmed: I practise it</source>
        <translation>Confirmed: I practise it</translation>
    </message>
    <message>
        <source>Expert: I could teach it</source>
        <translation>Expert: I could teach it</translation>
    </message>
    <message>
        <source>When are you available? (optional)</source>
        <translation>When are you available? (optional)</translation>
    </message>
    <message>
        <source>For example: Tuesday afternoons</source>
        <translation>For example: Tuesday afternoons</translation>
    </message>
    <message>
        <source>How long should it stay on the board?</source>
        <translation>How long should it stay on the board?</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%Ln month</numerusform>
            <numerusform>%Ln months</numerusform>
        </translation>
    </message>
    <message>
        <source>See my post</source>
        <translation>See my post</translation>
    </message>
    <message>
        <source>Back to the board</source>
        <translation>Back to the board</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Step {step} of {steps}</source>
        <translation>Step {step} of {steps}</translation>
    </message>
    <message>
        <source>Save my changes</source>
        <translation>Save my changes</translation>
    </message>
    <message>
        <source>Post it</source>
        <translation>Post it</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Posted! It is on the board until {day}.</source>
        <translation>Posted! It is on the board until {day}.</translation>
    </message>
    <message>
        <source>Posted! It is on the board.</source>
        <translation>Posted! It is on the board.</translation>
    </message>
    <message>
        <source>Available: {when}</source>
        <translation>Available: {when}</translation>
    </message>
    <message numerus="yes">
        <source>On the board for %n month(s)</source>
        <translation>
            <numerusform>On the board for %Ln month</numerusform>
            <numerusform>On the board for %Ln months</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose offer or need first.</source>
        <translation>Choose offer or need first.</translation>
    </message>
    <message>
        <source>Give your post a title.</source>
        <translation>Give your post a title.</translation>
    </message>
    <message>
        <source>Five skills at most: tap one to let it go first.</source>
        <translation>Five skills at most: tap one to let it go first.</translation>
    </message>
    <message>
        <source>Chosen: {skills}</source>
        <translation>Chosen: {skills}</translation>
    </message>
    <message>
        <source>Only its author can change a post.</source>
        <translation>Only its author can change a post.</translation>
    </message>
</context>
<context>
    <name>SkillFreshScreen</name>
    <message>
        <source>Your posts</source>
        <translation>Your posts</translation>
    </message>
    <message>
        <source>Is your post on the skills board still up to date?</source>
        <translation>Is your post on the skills board still up to date?</translation>
    </message>
    <message>
        <source>Are your posts on the skills board still up to date?</source>
        <translation>Are your posts on the skills board still up to date?</translation>
    </message>
    <message>
        <source>Members read them to find who can help. One tap keeps a post, changes it or takes it off the board.</source>
        <translation>Members read them to find who can help. One tap keeps a post, changes it or takes it off the board.</translation>
    </message>
    <message>
        <source>Your posts are up to date.</source>
        <translation>Your posts are up to date.</translation>
    </message>
    <message>
        <source>Thank you for keeping them fresh.</source>
        <translation>Thank you for keeping them fresh.</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Still offering this?</source>
        <translation>Still offering this?</translation>
    </message>
    <message>
        <source>Still looking for this?</source>
        <translation>Still looking for this?</translation>
    </message>
    <message>
        <source>It ended on {day}: it is no longer on the board.</source>
        <translation>It ended on {day}: it is no longer on the board.</translation>
    </message>
    <message>
        <source>It leaves the board on {day}.</source>
        <translation>It leaves the board on {day}.</translation>
    </message>
    <message>
        <source>You last confirmed it more than three months ago.</source>
        <translation>You last confirmed it more than three months ago.</translation>
    </message>
    <message>
        <source>Keep six more months</source>
        <translation>Keep six more months</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Kept until {day}.</source>
        <translation>Kept until {day}.</translation>
    </message>
    <message>
        <source>Kept.</source>
        <translation>Kept.</translation>
    </message>
    <message>
        <source>Remove this post from the skills board?</source>
        <translation>Remove this post from the skills board?</translation>
    </message>
    <message>
        <source>Remove it</source>
        <translation>Remove it</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Keep it</translation>
    </message>
    <message>
        <source>Removed from the board.</source>
        <translation>Removed from the board.</translation>
    </message>
</context>
<context>
    <name>SkillIntroScreen</name>
    <message>
        <source>Meet a member</source>
        <translation>Meet a member</translation>
    </message>
    <message>
        <source>{name}, you would like to meet {author}</source>
        <translation>{name}, you would like to meet {author}</translation>
    </message>
    <message>
        <source>Ask to meet {author}</source>
        <translation>Ask to meet {author}</translation>
    </message>
    <message>
        <source>Scan your badge to ask for an introduction.</source>
        <translation>Scan your badge to ask for an introduction.</translation>
    </message>
    <message>
        <source>The kiosk passes your request on: nobody sees your contact details here.</source>
        <translation>The kiosk passes your request on: nobody sees your contact details here.</translation>
    </message>
    <message>
        <source>A few words for {author} (optional)</source>
        <translation>A few words for {author} (optional)</translation>
    </message>
    <message>
        <source>For example: I am starting out and would love an hour of your advice.</source>
        <translation>For example: I am starting out and would love an hour of your advice.</translation>
    </message>
    <message>
        <source>{author} sees your first name and your message, never your e-mail address or your phone number, until they accept.</source>
        <translation>{author} sees your first name and your message, never your e-mail address or your phone number, until they accept.</translation>
    </message>
    <message>
        <source>Your request is on its way.</source>
        <translation>Your request is on its way.</translation>
    </message>
    <message>
        <source>If {author} chose to receive e-mails, they get your request by e-mail, without your address. Otherwise they see it at their next badge scan, at any antenne.</source>
        <translation>If {author} chose to receive e-mails, they get your request by e-mail, without your address. Otherwise they see it at their next badge scan, at any antenne.</translation>
    </message>
    <message>
        <source>If they accept, you each receive the other&apos;s contact details, by e-mail or at your next badge scan. If they decline, you are told too.</source>
        <translation>If they accept, you each receive the other&apos;s contact details, by e-mail or at your next badge scan. If they decline, you are told too.</translation>
    </message>
    <message>
        <source>Follow it on your phone</source>
        <translation>Follow it on your phone</translation>
    </message>
    <message>
        <source>Back to the board</source>
        <translation>Back to the board</translation>
    </message>
    <message>
        <source>Send my request</source>
        <translation>Send my request</translation>
    </message>
    <message>
        <source>Back to the post</source>
        <translation>Back to the post</translation>
    </message>
    <message>
        <source>This post is no longer on the board.</source>
        <translation>This post is no longer on the board.</translation>
    </message>
    <message>
        <source>{typed} of {most} characters</source>
        <translation>{typed} of {most} characters</translation>
    </message>
</context>
<context>
    <name>SkillMatchesScreen</name>
    <message>
        <source>My matches</source>
        <translation>My matches</translation>
    </message>
    <message>
        <source>{name}, who fits your posts</source>
        <translation>{name}, who fits your posts</translation>
    </message>
    <message>
        <source>Who fits your posts</source>
        <translation>Who fits your posts</translation>
    </message>
    <message>
        <source>The offers that fit what you need, the needs that fit what you offer: the best first. Ask to meet someone: their contact details stay private until they accept.</source>
        <translation>The offers that fit what you need, the needs that fit what you offer: the best first. Ask to meet someone: their contact details stay private until they accept.</translation>
    </message>
    <message>
        <source>Scan your badge to see who fits your posts.</source>
        <translation>Scan your badge to see who fits your posts.</translation>
    </message>
    <message>
        <source>Members with a post on the skills board see the offers and needs that fit.</source>
        <translation>Members with a post on the skills board see the offers and needs that fit.</translation>
    </message>
    <message>
        <source>You have no post on the skills board yet.</source>
        <translation>You have no post on the skills board yet.</translation>
    </message>
    <message>
        <source>Say what you can pass on, or what you are looking for.</source>
        <translation>Say what you can pass on, or what you are looking for.</translation>
    </message>
    <message>
        <source>Write a post</source>
        <translation>Write a post</translation>
    </message>
    <message>
        <source>They would like to meet you</source>
        <translation>They would like to meet you</translation>
    </message>
    <message>
        <source>For what you need</source>
        <translation>For what you need</translation>
    </message>
    <message>
        <source>For what you offer</source>
        <translation>For what you offer</translation>
    </message>
    <message>
        <source>{name} would like to meet you about “{title}”</source>
        <translation>{name} would like to meet you about “{title}”</translation>
    </message>
    <message>
        <source>“{message}”</source>
        <translation>“{message}”</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Not now</translation>
    </message>
    <message>
        <source>Your offer: {title}</source>
        <translation>Your offer: {title}</translation>
    </message>
    <message>
        <source>Your need: {title}</source>
        <translation>Your need: {title}</translation>
    </message>
    <message>
        <source>No need fits it yet: it stays on the board.</source>
        <translation>No need fits it yet: it stays on the board.</translation>
    </message>
    <message>
        <source>No offer fits it yet: it stays on the board.</source>
        <translation>No offer fits it yet: it stays on the board.</translation>
    </message>
    <message>
        <source>Propose a skill-share session</source>
        <translation>Propose a skill-share session</translation>
    </message>
    <message>
        <source>In common: {skills}</source>
        <translation>In common: {skills}</translation>
    </message>
    <message>
        <source>Close in what it says</source>
        <translation>Close in what it says</translation>
    </message>
    <message>
        <source>I&apos;d like to meet them</source>
        <translation>I&apos;d like to meet them</translation>
    </message>
    <message>
        <source>Thank you! The hub sends you and {name} each other&apos;s contact details by e-mail.</source>
        <translation>Thank you! The hub sends you and {name} each other&apos;s contact details by e-mail.</translation>
    </message>
    <message>
        <source>Thank you! You gave us no e-mail address: ask at the desk, they will put {name} and you in touch.</source>
        <translation>Thank you! You gave us no e-mail address: ask at the desk, they will put {name} and you in touch.</translation>
    </message>
    <message>
        <source>Understood: {name} does not receive your contact details.</source>
        <translation>Understood: {name} does not receive your contact details.</translation>
    </message>
</context>
<context>
    <name>SkillPlurals</name>
    <message numerus="yes">
        <source>%n post(s)</source>
        <translation>
            <numerusform>%Ln post</numerusform>
            <numerusform>%Ln posts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SkillPostScreen</name>
    <message>
        <source>A post</source>
        <translation>A post</translation>
    </message>
    <message>
        <source>This post is no longer on the board.</source>
        <translation>This post is no longer on the board.</translation>
    </message>
    <message>
        <source>Its author removed it, or its time is over.</source>
        <translation>Its author removed it, or its time is over.</translation>
    </message>
    <message>
        <source>Read it on your phone</source>
        <translation>Read it on your phone</translation>
    </message>
    <message>
        <source>You wrote it? Scan your badge to change it, renew it or remove it.</source>
        <translation>You wrote it? Scan your badge to change it, renew it or remove it.</translation>
    </message>
    <message>
        <source>Change it</source>
        <translation>Change it</translation>
    </message>
    <message>
        <source>Keep it six more months</source>
        <translation>Keep it six more months</translation>
    </message>
    <message>
        <source>Remove it</source>
        <translation>Remove it</translation>
    </message>
    <message>
        <source>I&apos;d like to meet them</source>
        <translation>I&apos;d like to meet them</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>What is wrong with this post?</source>
        <translation>What is wrong with this post?</translation>
    </message>
    <message>
        <source>A few words for the facilitators (optional)</source>
        <translation>A few words for the facilitators (optional)</translation>
    </message>
    <message>
        <source>Send the report</source>
        <translation>Send the report</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>{kind} · here today</source>
        <translation>{kind} · here today</translation>
    </message>
    <message>
        <source>Level: {level} · {modality}</source>
        <translation>Level: {level} · {modality}</translation>
    </message>
    <message>
        <source>Available: {when}</source>
        <translation>Available: {when}</translation>
    </message>
    <message>
        <source>On the board until {day}</source>
        <translation>On the board until {day}</translation>
    </message>
    <message>
        <source>A facilitator took this post off the board.</source>
        <translation>A facilitator took this post off the board.</translation>
    </message>
    <message>
        <source>This post is out of date: it is off the board until its author renews it.</source>
        <translation>This post is out of date: it is off the board until its author renews it.</translation>
    </message>
    <message>
        <source>This is your post.</source>
        <translation>This is your post.</translation>
    </message>
    <message>
        <source>You asked to meet them</source>
        <translation>You asked to meet them</translation>
    </message>
    <message>
        <source>Done: your post stays on the board until {day}.</source>
        <translation>Done: your post stays on the board until {day}.</translation>
    </message>
    <message>
        <source>Remove “{title}” from the board?</source>
        <translation>Remove “{title}” from the board?</translation>
    </message>
    <message>
        <source>Nobody will see it any more. This cannot be undone.</source>
        <translation>Nobody will see it any more. This cannot be undone.</translation>
    </message>
    <message>
        <source>Yes, remove it</source>
        <translation>Yes, remove it</translation>
    </message>
    <message>
        <source>No, keep it</source>
        <translation>No, keep it</translation>
    </message>
    <message>
        <source>Your post is removed from the board.</source>
        <translation>Your post is removed from the board.</translation>
    </message>
    <message>
        <source>Choose what is wrong with it first.</source>
        <translation>Choose what is wrong with it first.</translation>
    </message>
    <message>
        <source>Thank you. A facilitator will look at this post soon.</source>
        <translation>Thank you. A facilitator will look at this post soon.</translation>
    </message>
</context>
<context>
    <name>SkillWords</name>
    <message>
        <source>Offer</source>
        <translation>Offer</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Need</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Offers</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Needs</translation>
    </message>
    <message>
        <source>First steps</source>
        <translation>First steps</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Expert</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>In person or online</source>
        <translation>In person or online</translation>
    </message>
    <message>
        <source>It shows contact details</source>
        <translation>It shows contact details</translation>
    </message>
    <message>
        <source>It is offensive</source>
        <translation>It is offensive</translation>
    </message>
    <message>
        <source>It is advertising</source>
        <translation>It is advertising</translation>
    </message>
    <message>
        <source>It is out of date</source>
        <translation>It is out of date</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Something else</translation>
    </message>
    <message>
        <source>{author}, antenne of {antenna}</source>
        <translation>{author}, antenne of {antenna}</translation>
    </message>
    <message>
        <source>{kind} · here today</source>
        <translation>{kind} · here today</translation>
    </message>
    <message>
        <source>Every sector {arrow}</source>
        <translation>Every sector {arrow}</translation>
    </message>
    <message>
        <source>Sector: {sector} {arrow}</source>
        <translation>Sector: {sector} {arrow}</translation>
    </message>
    <message>
        <source>Offers and needs</source>
        <translation>Offers and needs</translation>
    </message>
    <message>
        <source>Any way</source>
        <translation>Any way</translation>
    </message>
    <message>
        <source>Every sector</source>
        <translation>Every sector</translation>
    </message>
    <message>
        <source>Skills in the room today</source>
        <translation>Skills in the room today</translation>
    </message>
</context>
<context>
    <name>Skills</name>
    <message>
        <source>This post is no longer on the board.</source>
        <translation>This post is no longer on the board.</translation>
    </message>
    <message>
        <source>The text holds a character that is not allowed.</source>
        <translation>The text holds a character that is not allowed.</translation>
    </message>
    <message>
        <source>Please leave out e-mail addresses and phone numbers: the kiosk introduces people without them.</source>
        <translation>Please leave out e-mail addresses and phone numbers: the kiosk introduces people without them.</translation>
    </message>
    <message>
        <source>A post stays on the board for 1, 3, 6 or 12 months.</source>
        <translation>A post stays on the board for 1, 3, 6 or 12 months.</translation>
    </message>
    <message>
        <source>Please choose at most {count} skills.</source>
        <translation>Please choose at most {count} skills.</translation>
    </message>
    <message>
        <source>One of the chosen skills no longer exists: please choose again.</source>
        <translation>One of the chosen skills no longer exists: please choose again.</translation>
    </message>
    <message>
        <source>Please choose an offer or a need.</source>
        <translation>Please choose an offer or a need.</translation>
    </message>
    <message>
        <source>Please choose how you meet and your level.</source>
        <translation>Please choose how you meet and your level.</translation>
    </message>
    <message>
        <source>Please choose the post&apos;s language.</source>
        <translation>Please choose the post&apos;s language.</translation>
    </message>
    <message>
        <source>The title is too long: at most {count} letters.</source>
        <translation>The title is too long: at most {count} letters.</translation>
    </message>
    <message>
        <source>Please give your post a title.</source>
        <translation>Please give your post a title.</translation>
    </message>
    <message>
        <source>The description is too long: at most {count} letters.</source>
        <translation>The description is too long: at most {count} letters.</translation>
    </message>
    <message>
        <source>The availability is too long: at most {count} letters.</source>
        <translation>The availability is too long: at most {count} letters.</translation>
    </message>
    <message>
        <source>The other skill is too long: at most {count} letters.</source>
        <translation>The other skill is too long: at most {count} letters.</translation>
    </message>
    <message>
        <source>The reason is too long: at most {count} letters.</source>
        <translation>The reason is too long: at most {count} letters.</translation>
    </message>
    <message>
        <source>Please give a reason (at least {count} letters): the author reads it.</source>
        <translation>Please give a reason (at least {count} letters): the author reads it.</translation>
    </message>
    <message>
        <source>This person is no longer known.</source>
        <translation>This person is no longer known.</translation>
    </message>
    <message>
        <source>Only the post&apos;s author can change it.</source>
        <translation>Only the post&apos;s author can change it.</translation>
    </message>
    <message>
        <source>Only a facilitator can moderate the board.</source>
        <translation>Only a facilitator can moderate the board.</translation>
    </message>
    <message>
        <source>This post is already hidden.</source>
        <translation>This post is already hidden.</translation>
    </message>
    <message>
        <source>This post is not hidden.</source>
        <translation>This post is not hidden.</translation>
    </message>
    <message>
        <source>Please choose why you report this post.</source>
        <translation>Please choose why you report this post.</translation>
    </message>
    <message>
        <source>The note is too long: at most {count} letters.</source>
        <translation>The note is too long: at most {count} letters.</translation>
    </message>
    <message>
        <source>You already reported this post: a facilitator will look at it.</source>
        <translation>You already reported this post: a facilitator will look at it.</translation>
    </message>
    <message>
        <source>This report was already dealt with.</source>
        <translation>This report was already dealt with.</translation>
    </message>
    <message>
        <source>The message is too long: at most {count} letters.</source>
        <translation>The message is too long: at most {count} letters.</translation>
    </message>
    <message>
        <source>This is your own post.</source>
        <translation>This is your own post.</translation>
    </message>
    <message>
        <source>You already asked: the author has not answered yet.</source>
        <translation>You already asked: the author has not answered yet.</translation>
    </message>
    <message>
        <source>The author already answered you.</source>
        <translation>The author already answered you.</translation>
    </message>
    <message>
        <source>This introduction request no longer exists.</source>
        <translation>This introduction request no longer exists.</translation>
    </message>
    <message>
        <source>Only the post&apos;s author can answer this request.</source>
        <translation>Only the post&apos;s author can answer this request.</translation>
    </message>
    <message>
        <source>You already answered this request.</source>
        <translation>You already answered this request.</translation>
    </message>
    <message>
        <source>Please say which other skill becomes a tag.</source>
        <translation>Please say which other skill becomes a tag.</translation>
    </message>
    <message>
        <source>A label is too long: at most {count} letters.</source>
        <translation>A label is too long: at most {count} letters.</translation>
    </message>
    <message>
        <source>Please give the skill&apos;s name in French.</source>
        <translation>Please give the skill&apos;s name in French.</translation>
    </message>
    <message>
        <source>The skill&apos;s name needs letters or digits.</source>
        <translation>The skill&apos;s name needs letters or digits.</translation>
    </message>
    <message>
        <source>Please choose the skill&apos;s sector.</source>
        <translation>Please choose the skill&apos;s sector.</translation>
    </message>
    <message>
        <source>The limit is between 1 and {count}.</source>
        <translation>The limit is between 1 and {count}.</translation>
    </message>
    <message>
        <source>Not a person id: {value}.</source>
        <translation>Not a person id: {value}.</translation>
    </message>
    <message>
        <source>The search is too long: at most {count} letters.</source>
        <translation>The search is too long: at most {count} letters.</translation>
    </message>
    <message>
        <source>Nothing to search for: type a word.</source>
        <translation>Nothing to search for: type a word.</translation>
    </message>
</context>
<context>
    <name>SkillsBoardScreen</name>
    <message>
        <source>Skills</source>
        <translation>Skills</translation>
    </message>
    <message>
        <source>Skills to share</source>
        <translation>Skills to share</translation>
    </message>
    <message>
        <source>Tap a card to read it and meet its author: the kiosk makes the introduction.</source>
        <translation>Tap a card to read it and meet its author: the kiosk makes the introduction.</translation>
    </message>
    <message>
        <source>Post an offer or a need</source>
        <translation>Post an offer or a need</translation>
    </message>
    <message>
        <source>My matches</source>
        <translation>My matches</translation>
    </message>
    <message>
        <source>Search: a skill, a word, a sector…</source>
        <translation>Search: a skill, a word, a sector…</translation>
    </message>
</context>
<context>
    <name>SkillsModerationScreen</name>
    <message>
        <source>Skills board</source>
        <translation>Skills board</translation>
    </message>
    <message>
        <source>The skills board: reports and skills</source>
        <translation>The skills board: reports and skills</translation>
    </message>
    <message numerus="yes">
        <source>Reports (%n)</source>
        <translation>
            <numerusform>Reports (%Ln)</numerusform>
            <numerusform>Reports (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hidden posts (%n)</source>
        <translation>
            <numerusform>Hidden posts (%Ln)</numerusform>
            <numerusform>Hidden posts (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New skills (%n)</source>
        <translation>
            <numerusform>New skills (%Ln)</numerusform>
            <numerusform>New skills (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>The needs nobody offers</source>
        <translation>The needs nobody offers</translation>
    </message>
    <message>
        <source>Words members typed under “other” because the list lacked their skill. Make one a skill of the list: the posts that carry it get it, and everyone can find it in their language.</source>
        <translation>Words members typed under “other” because the list lacked their skill. Make one a skill of the list: the posts that carry it get it, and everyone can find it in their language.</translation>
    </message>
    <message>
        <source>No report waiting.</source>
        <translation>No report waiting.</translation>
    </message>
    <message>
        <source>Thank you for looking.</source>
        <translation>Thank you for looking.</translation>
    </message>
    <message>
        <source>No post is hidden.</source>
        <translation>No post is hidden.</translation>
    </message>
    <message>
        <source>No “other” text on the board.</source>
        <translation>No “other” text on the board.</translation>
    </message>
    <message>
        <source>“{text}” as a skill</source>
        <translation>“{text}” as a skill</translation>
    </message>
    <message>
        <source>In which sector?</source>
        <translation>In which sector?</translation>
    </message>
    <message>
        <source>Add the skill</source>
        <translation>Add the skill</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Hidden. Its author reads: “{reason}”</source>
        <translation>Hidden. Its author reads: “{reason}”</translation>
    </message>
    <message>
        <source>Show it again…</source>
        <translation>Show it again…</translation>
    </message>
    <message>
        <source>Why does it come back? (kept in the log)</source>
        <translation>Why does it come back? (kept in the log)</translation>
    </message>
    <message>
        <source>For example: the author removed the phone number</source>
        <translation>For example: the author removed the phone number</translation>
    </message>
    <message>
        <source>Show it again</source>
        <translation>Show it again</translation>
    </message>
    <message numerus="yes">
        <source>On %n post(s)</source>
        <translation>
            <numerusform>On %Ln post</numerusform>
            <numerusform>On %Ln posts</numerusform>
        </translation>
    </message>
    <message>
        <source>Make it a skill</source>
        <translation>Make it a skill</translation>
    </message>
    <message>
        <source>Its name in French</source>
        <translation>Its name in French</translation>
    </message>
    <message>
        <source>Its name in Dutch</source>
        <translation>Its name in Dutch</translation>
    </message>
    <message>
        <source>Its name in English</source>
        <translation>Its name in English</translation>
    </message>
    <message>
        <source>Reported: {reason}</source>
        <translation>Reported: {reason}</translation>
    </message>
    <message>
        <source>“{note}”</source>
        <translation>“{note}”</translation>
    </message>
    <message>
        <source>On {day}</source>
        <translation>On {day}</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Keep it</translation>
    </message>
    <message>
        <source>Hide it…</source>
        <translation>Hide it…</translation>
    </message>
    <message>
        <source>Why is it hidden? Its author reads this.</source>
        <translation>Why is it hidden? Its author reads this.</translation>
    </message>
    <message>
        <source>For example: a phone number in the text</source>
        <translation>For example: a phone number in the text</translation>
    </message>
    <message>
        <source>Hide this post</source>
        <translation>Hide this post</translation>
    </message>
    <message>
        <source>The post stays on the board.</source>
        <translation>The post stays on the board.</translation>
    </message>
    <message>
        <source>Say why it is hidden: its author reads it.</source>
        <translation>Say why it is hidden: its author reads it.</translation>
    </message>
    <message>
        <source>The post is hidden: it left the board.</source>
        <translation>The post is hidden: it left the board.</translation>
    </message>
    <message>
        <source>Say why it comes back.</source>
        <translation>Say why it comes back.</translation>
    </message>
    <message>
        <source>The post is back on the board.</source>
        <translation>The post is back on the board.</translation>
    </message>
    <message>
        <source>Choose the skill&apos;s sector.</source>
        <translation>Choose the skill&apos;s sector.</translation>
    </message>
    <message>
        <source>“{skill}” is a skill of the list now.</source>
        <translation>“{skill}” is a skill of the list now.</translation>
    </message>
</context>
<context>
    <name>SkillsNeedsScreen</name>
    <message>
        <source>Needs nobody offers</source>
        <translation>Needs nobody offers</translation>
    </message>
    <message>
        <source>The needs nobody offers</source>
        <translation>The needs nobody offers</translation>
    </message>
    <message>
        <source>Members&apos; needs that no offer on the board fits, counted by sector: that list is how the antenne identifies the trainings to organise.</source>
        <translation>Members&apos; needs that no offer on the board fits, counted by sector: that list is how the antenne identifies the trainings to organise.</translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) nobody offers</source>
        <translation>
            <numerusform>%Ln need nobody offers</numerusform>
            <numerusform>%Ln needs nobody offers</numerusform>
        </translation>
    </message>
    <message>
        <source>Every need on the board has an offer that fits.</source>
        <translation>Every need on the board has an offer that fits.</translation>
    </message>
    <message>
        <source>Nothing to organise for now.</source>
        <translation>Nothing to organise for now.</translation>
    </message>
    <message>
        <source>Reports and skills</source>
        <translation>Reports and skills</translation>
    </message>
    <message>
        <source>This week&apos;s new matches</source>
        <translation>This week&apos;s new matches</translation>
    </message>
    <message numerus="yes">
        <source>And %n more.</source>
        <translation>
            <numerusform>And %Ln more.</numerusform>
            <numerusform>And %Ln more.</numerusform>
        </translation>
    </message>
    <message>
        <source>No new match this week.</source>
        <translation>No new match this week.</translation>
    </message>
    <message>
        <source>No sector given</source>
        <translation>No sector given</translation>
    </message>
    <message numerus="yes">
        <source>%n need(s)</source>
        <translation>
            <numerusform>%Ln need</numerusform>
            <numerusform>%Ln needs</numerusform>
        </translation>
    </message>
    <message>
        <source>Propose a training</source>
        <translation>Propose a training</translation>
    </message>
    <message>
        <source>{offerer} offers “{offer}” — {needer} needs “{need}”</source>
        <translation>{offerer} offers “{offer}” — {needer} needs “{need}”</translation>
    </message>
    <message>
        <source>Training: {sector}</source>
        <translation>Training: {sector}</translation>
    </message>
    <message>
        <source>Members asked for: {needs}</source>
        <translation>Members asked for: {needs}</translation>
    </message>
</context>
<context>
    <name>SkillsSearchScreen</name>
    <message>
        <source>Search the skills</source>
        <translation>Search the skills</translation>
    </message>
    <message>
        <source>What are you looking for?</source>
        <translation>What are you looking for?</translation>
    </message>
    <message>
        <source>A skill, a word, a sector…</source>
        <translation>A skill, a word, a sector…</translation>
    </message>
    <message>
        <source>Post it as a need</source>
        <translation>Post it as a need</translation>
    </message>
    <message>
        <source>Nothing found for “{query}”.</source>
        <translation>Nothing found for “{query}”.</translation>
    </message>
    <message>
        <source>Nobody offers it yet? Post it as a need: the kiosk tells you who can help.</source>
        <translation>Nobody offers it yet? Post it as a need: the kiosk tells you who can help.</translation>
    </message>
</context>
<context>
    <name>StaffBand</name>
    <message>
        <source>Facilitator mode — {name}</source>
        <translation>Facilitator mode — {name}</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Lock: leave facilitator mode now</source>
        <translation>Lock: leave facilitator mode now</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>The hub cannot be reached (no network, or the hub is down). Nothing is lost: changes are sent when it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub had a problem (HTTP {status}).</source>
        <translation>The hub had a problem (HTTP {status}).</translation>
    </message>
    <message>
        <source>This kiosk is too old for the hub: update it. Its changes are kept and will be sent after the update.</source>
        <translation>This kiosk is too old for the hub: update it. Its changes are kept and will be sent after the update.</translation>
    </message>
    <message>
        <source>The hub is older than this kiosk: the hub must be updated. The kiosk&apos;s changes are kept.</source>
        <translation>The hub is older than this kiosk: the hub must be updated. The kiosk&apos;s changes are kept.</translation>
    </message>
    <message>
        <source>The hub refuses this kiosk: its device key is in use on another machine. Enrol this kiosk again with a new code.</source>
        <translation>The hub refuses this kiosk: its device key is in use on another machine. Enrol this kiosk again with a new code.</translation>
    </message>
    <message>
        <source>The hub stopped syncing with this kiosk: a copy of it used its device key. Nothing is lost here. Ask the hub&apos;s administrator to switch the copy off and reset this kiosk&apos;s device (antenne hub device reset).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrolment code was refused: it is unknown, already used or expired. Ask the hub for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub does not know this kiosk&apos;s device key (revoked?): enrol this kiosk again with a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub refused the request (HTTP {status}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub answered some of this kiosk&apos;s changes with an error ({count}). They are kept and sent again at the next sync; if this goes on, tell the hub&apos;s administrator.</source>
        <translation>The hub answered some of this kiosk&apos;s changes with an error ({count}). They are kept and sent again at the next sync; if this goes on, tell the hub&apos;s administrator.</translation>
    </message>
    <message>
        <source>The sync failed on this kiosk (see its log). Nothing is lost; it is tried again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kiosk is not enrolled with a hub yet: enrol it with a code.</source>
        <translation>This kiosk is not enrolled with a hub yet: enrol it with a code.</translation>
    </message>
    <message>
        <source>{url} is not a hub address: write it as https://host (or http://).</source>
        <translation>{url} is not a hub address: write it as https://host (or http://).</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <source>Sync with the cooperative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again what was set aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kiosk is not connected to the cooperative&apos;s central server: everything stays on this kiosk. To connect it, ask the cooperative for a connection code (antenne sync enroll).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the sync status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kiosk is not enrolled with the hub yet: enrol it with a code (antenne sync enroll).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync: {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent.</source>
        <translation>
            <numerusform>%Ln change waiting to be sent.</numerusform>
            <numerusform>%Ln changes waiting to be sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waiting to be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline since {when}: the hub cannot be reached. Nothing is lost; changes are sent when it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kiosk&apos;s clock is wrong (more than 5 minutes off the hub&apos;s): set its date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from the hub could not be applied on this kiosk. Have the kiosk updated, then tap “Try again what was set aside”. Nothing else is lost: everything else is synced.</source>
        <translation>
            <numerusform>%Ln change from the hub could not be applied on this kiosk. Have the kiosk updated, then tap “Try again what was set aside”. Nothing else is lost: everything else is synced.</numerusform>
            <numerusform>%Ln changes from the hub could not be applied on this kiosk. Have the kiosk updated, then tap “Try again what was set aside”. Nothing else is lost: everything else is synced.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The hub refused %n change(s) made on this kiosk: they are kept here but no longer sent. Tell the hub&apos;s administrator. Nothing else is lost: everything else is synced.</source>
        <translation>
            <numerusform>The hub refused %Ln change made on this kiosk: it is kept here but no longer sent. Tell the hub&apos;s administrator. Nothing else is lost: everything else is synced.</numerusform>
            <numerusform>The hub refused %Ln changes made on this kiosk: they are kept here but no longer sent. Tell the hub&apos;s administrator. Nothing else is lost: everything else is synced.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tally</name>
    <message>
        <source>Ballot {ballot}: &quot;count&quot; must be a whole number of at least 0, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} must be a number, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{field}&quot; must be a whole number of at least 0, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;options&quot; must be a non-empty list of names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every option must be a non-empty name, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option {option} is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;ballots&quot; must be a list of ballots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballot {ballot} is not an object like {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballot {ballot}: unknown field {field} (expected {example}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballot {ballot}: &quot;{field}&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballot {ballot}: &quot;{field}&quot; is not in the expected form {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballot {ballot}: {option} is not one of the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballot {ballot}: {option} appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballot {ballot}: the grade of {option} must be a whole number from 0 to {top}, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballot {ballot}: the score of {option} must be a whole number of at least 0, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballot {ballot}: the score of {option} must be a whole number from 0 to {top}, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;grades&quot; must be a non-empty list of grade names, worst grade first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two grades have the same name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;tallies&quot; must map each option to its counts per grade, worst first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tallies: {option} is not one of the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tallies of {option}: give {grades} whole numbers of at least 0, one per grade, worst first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballot {ballot}: &quot;choice&quot; must be yes, no, abstain or invalid, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;rules&quot; must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown 100 % base {value}; expected one of {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown threshold {value}; expected one of {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quorum must read {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;options&quot; must list the projects as {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quorum ratio must be from 0 to 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These rules need &quot;present&quot;: the weight of people present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These rules need &quot;entitled&quot;: the weight of people entitled to vote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cast} ballots were cast but only {present} votes were present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{present} votes are present but only {entitled} are entitled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballot {ballot}: an objection must give its reason as text (null means consent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every project needs an id and a cost, as {example}; got {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project id must be a non-empty text, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project {project} is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project {project} must cost more than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The budget must be more than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown participatory budgeting rule {value}; expected one of {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballot {ballot} supports {count} projects; at most {maximum} are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballot {ballot} supports {count} projects; at least {minimum} are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballot {ballot} chooses projects costing {cost} in total, over the {maximum} a ballot may spend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballot {ballot} gives {points} points to {project}; at most {maximum} per project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballot {ballot} gives {points} points in all; at most {maximum}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballot {ballot}: the points for {project} must be a whole number, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A participatory budget needs a &quot;budget&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vote must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown method {value}; expected one of {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rule applies only to participatory budgets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Pabulib file holds a participatory budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid JSON (line {line}, column {column}): {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a UTF-8 text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>META {key} must be a whole number, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}: the {section} section has no header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}: the {section} section has no {column} column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}: expected a META, PROJECTS or VOTES section first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}: a META line reads key;value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}: {count} fields where the header has {expected}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}: a project without an id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}: the project {project} is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no {section} section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>META has no budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote type {value} is not supported: only approval and cumulative are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballot {ballot}: {projects} projects but {points} numbers of points.</source>
        <translation type="unfinished"></translation>
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
    <name>Timeline</name>
    <message>
        <source>Proposed</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>Supported by enough members</source>
        <translation>Supported by enough members</translation>
    </message>
    <message>
        <source>Accepted by the body</source>
        <translation>Accepted by the body</translation>
    </message>
    <message>
        <source>On a meeting&apos;s agenda</source>
        <translation>On a meeting&apos;s agenda</translation>
    </message>
    <message>
        <source>Discussed at the meeting</source>
        <translation>Discussed at the meeting</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>It needs the names of more members before it goes further.</source>
        <translation>It needs the names of more members before it goes further.</translation>
    </message>
    <message>
        <source>It has gone to the body&apos;s secretary, who will answer.</source>
        <translation>It has gone to the body&apos;s secretary, who will answer.</translation>
    </message>
    <message>
        <source>The body will put it on one of its meetings.</source>
        <translation>The body will put it on one of its meetings.</translation>
    </message>
    <message>
        <source>It will be discussed at the meeting shown below.</source>
        <translation>It will be discussed at the meeting shown below.</translation>
    </message>
    <message>
        <source>The body has discussed it: its answer is below.</source>
        <translation>The body has discussed it: its answer is below.</translation>
    </message>
    <message>
        <source>The body will not take it up: its answer is below.</source>
        <translation>The body will not take it up: its answer is below.</translation>
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
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>High contrast</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished">Training</translation>
    </message>
    <message>
        <source>Collective struggles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TravelAidScreen</name>
    <message>
        <source>Help with travel costs</source>
        <translation>Help with travel costs</translation>
    </message>
    <message>
        <source>{name}, your travel to a meeting</source>
        <translation>{name}, your travel to a meeting</translation>
    </message>
    <message>
        <source>The cooperative can pay part of your travel to a national or international meeting. Ask here; the answer comes within a few days. Scan your badge again to see it.</source>
        <translation>The cooperative can pay part of your travel to a national or international meeting. Ask here; the answer comes within a few days. Scan your badge again to see it.</translation>
    </message>
    <message>
        <source>Scan your badge to ask for help or to see your requests.</source>
        <translation>Scan your badge to ask for help or to see your requests.</translation>
    </message>
    <message>
        <source>Members of the cooperative can do this.</source>
        <translation>Members of the cooperative can do this.</translation>
    </message>
    <message>
        <source>Your requests</source>
        <translation>Your requests</translation>
    </message>
    <message>
        <source>You have not asked for travel aid yet.</source>
        <translation>You have not asked for travel aid yet.</translation>
    </message>
    <message>
        <source>A new request</source>
        <translation>A new request</translation>
    </message>
    <message>
        <source>Which meeting?</source>
        <translation>Which meeting?</translation>
    </message>
    <message>
        <source>The meeting&apos;s name, where and when</source>
        <translation>The meeting&apos;s name, where and when</translation>
    </message>
    <message>
        <source>From where do you leave?</source>
        <translation>From where do you leave?</translation>
    </message>
    <message>
        <source>For example: Rennes</source>
        <translation>For example: Rennes</translation>
    </message>
    <message>
        <source>Estimated cost of the trip, in euros</source>
        <translation>Estimated cost of the trip, in euros</translation>
    </message>
    <message>
        <source>A few words (optional)</source>
        <translation>A few words (optional)</translation>
    </message>
    <message>
        <source>Send my request</source>
        <translation>Send my request</translation>
    </message>
    <message>
        <source>From {place}, about {cost}. {status}</source>
        <translation>From {place}, about {cost}. {status}</translation>
    </message>
    <message>
        <source>The answer: {answer}</source>
        <translation>The answer: {answer}</translation>
    </message>
    <message>
        <source>Waiting for an answer.</source>
        <translation>Waiting for an answer.</translation>
    </message>
    <message>
        <source>Granted.</source>
        <translation>Granted.</translation>
    </message>
    <message>
        <source>Not granted.</source>
        <translation>Not granted.</translation>
    </message>
    <message>
        <source>Another meeting</source>
        <translation>Another meeting</translation>
    </message>
    <message>
        <source>Choose a meeting or write its name.</source>
        <translation>Choose a meeting or write its name.</translation>
    </message>
    <message>
        <source>Your request is sent. The answer will show here.</source>
        <translation>Your request is sent. The answer will show here.</translation>
    </message>
</context>
<context>
    <name>VoteChoice</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoteGrade</name>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoteLevel</name>
    <message>
        <source>Information</source>
        <translation type="unfinished">Information</translation>
    </message>
    <message>
        <source>Consultation — advisory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concertation</source>
        <translation>Collaboration</translation>
    </message>
    <message>
        <source>Co-decision — binding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoteStatus</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoteTemplate</name>
    <message>
        <source>Statute change (⅔)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participatory budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation (judgment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent round</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Voting</name>
    <message>
        <source>Ledger entry {seq} is missing or out of place (found {found}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger entry {seq} does not follow the one before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger entry {seq} ({kind}) was altered: its hash differs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{voted} of {present} present have voted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a vote id: {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture of {option} must be a file name, relative to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the vote in {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The countdown is 1 to {maximum} minutes.</source>
        <translation>The countdown is 1 to {maximum} minutes.</translation>
    </message>
    <message>
        <source>The vote is not open yet: open it first (antenne vote open).</source>
        <translation>The vote is not open yet: open it first (antenne vote open).</translation>
    </message>
    <message>
        <source>The vote is closed: it takes no more ballots.</source>
        <translation>The vote is closed: it takes no more ballots.</translation>
    </message>
    <message>
        <source>A vote must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vote needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown method {method}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown participation level {level}: information, consultation, concertation or codecision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the channels: kiosk, phone, analog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown channel {channel}: kiosk, phone or analog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say whether the vote is secret: true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title is too long: at most {limit} characters.</source>
        <translation>The title is too long: at most {limit} characters.</translation>
    </message>
    <message>
        <source>The question must be text of at most {limit} characters.</source>
        <translation>The question must be text of at most {limit} characters.</translation>
    </message>
    <message>
        <source>No governance body is called {body}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of an option is too long: at most {limit} characters.</source>
        <translation>The name of an option is too long: at most {limit} characters.</translation>
    </message>
    <message>
        <source>Unknown template {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vote needs its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every option needs a label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cost of {option} must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every project needs a cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description of {option} must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description of {option} is too long: at most {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture of {option} must be a picture file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown eligibility {value}: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vote does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This option does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vote is {status}: this cannot be done now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vote is not closed yet: no results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person is not known here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot vote: only shareholders vote on this decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot vote: only members vote on this decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A weight is a whole number of at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody can hold their own proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} must be present to hold a proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is present and votes in person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has already given a proxy for this vote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} already holds {held} proxies; the rules allow {cap}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has already voted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has given no proxy for this vote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{holder} has already voted with the proxy of {name}: it can no longer be revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An objection can be at most {maximum} characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, please sign in at the door first (roll call).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, you have already voted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person is not on the voter roll.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vote has already been cast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please sign in at the door first (roll call).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member who gave this proxy is here and votes in person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer to record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for 1 to {maximum} codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A weighted vote is cast at the booth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vote does not use this channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vote is not secret: each phone code belongs to the person whose badge was scanned at the booth. Codes printed on slips cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By a show of hands, a named vote records each person&apos;s yes, no or abstain: it works for a motion only. Use the booth or phones for this kind of vote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A named vote is not counted: record each person&apos;s answer as their name is called.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secret vote is never recorded by name: count the hands instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code has already been used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vote is closed: no more ballots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A show of hands cannot count this kind of vote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted hands cannot be shared out by equal shares: use the booth or phones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts are whole numbers of at least 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cast} votes cast, but {valid} valid + {invalid} invalid + {blank} blank make {total}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{option} is not one of the choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give {option} one count per grade ({grades} numbers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{option} has {count} votes, more than the {valid} valid ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The choices add up to {total}, but {valid} votes are valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cast} votes cast by hand, {others} counted before and {electronic} at the booth or by phone: more than the {room} votes present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the count is corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This count was already replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vote&apos;s title differs from the one sealed when it opened.</source>
        <translation>The vote&apos;s title differs from the one sealed when it opened.</translation>
    </message>
    <message>
        <source>The vote&apos;s question differs from the one sealed when it opened.</source>
        <translation>The vote&apos;s question differs from the one sealed when it opened.</translation>
    </message>
    <message>
        <source>The vote&apos;s language differs from the one sealed when it opened.</source>
        <translation>The vote&apos;s language differs from the one sealed when it opened.</translation>
    </message>
    <message>
        <source>The vote&apos;s title or question in another language differs from the one sealed when it opened.</source>
        <translation>The vote&apos;s title or question in another language differs from the one sealed when it opened.</translation>
    </message>
    <message>
        <source>The voting method differs from the one sealed when the vote opened.</source>
        <translation>The voting method differs from the one sealed when the vote opened.</translation>
    </message>
    <message>
        <source>The participation level differs from the one sealed when the vote opened.</source>
        <translation>The participation level differs from the one sealed when the vote opened.</translation>
    </message>
    <message>
        <source>The ways to vote (channels) differ from those sealed when the vote opened.</source>
        <translation>The ways to vote (channels) differ from those sealed when the vote opened.</translation>
    </message>
    <message>
        <source>Whether the vote is secret differs from what was sealed when it opened.</source>
        <translation>Whether the vote is secret differs from what was sealed when it opened.</translation>
    </message>
    <message>
        <source>The body that votes, or its name, differs from the one sealed when it opened.</source>
        <translation>The body that votes, or its name, differs from the one sealed when it opened.</translation>
    </message>
    <message>
        <source>The vote&apos;s opening time differs from the one sealed when it opened.</source>
        <translation>The vote&apos;s opening time differs from the one sealed when it opened.</translation>
    </message>
    <message>
        <source>The vote&apos;s deadline differs from the one sealed when it opened.</source>
        <translation>The vote&apos;s deadline differs from the one sealed when it opened.</translation>
    </message>
    <message>
        <source>The vote has {count} options; {sealed} were sealed when it opened.</source>
        <translation>The vote has {count} options; {sealed} were sealed when it opened.</translation>
    </message>
    <message>
        <source>Option {number} ({sealed}) was moved since the vote opened.</source>
        <translation>Option {number} ({sealed}) was moved since the vote opened.</translation>
    </message>
    <message>
        <source>The name of option {number} differs from the one sealed ({sealed}).</source>
        <translation>The name of option {number} differs from the one sealed ({sealed}).</translation>
    </message>
    <message>
        <source>The description of option {number} ({sealed}) differs from the one sealed.</source>
        <translation>The description of option {number} ({sealed}) differs from the one sealed.</translation>
    </message>
    <message>
        <source>The name or description of option {number} ({sealed}) in another language differs from the one sealed.</source>
        <translation>The name or description of option {number} ({sealed}) in another language differs from the one sealed.</translation>
    </message>
    <message>
        <source>The cost of option {number} ({sealed}) differs from the one sealed.</source>
        <translation>The cost of option {number} ({sealed}) differs from the one sealed.</translation>
    </message>
    <message>
        <source>The picture of option {number} ({sealed}) differs from the one sealed.</source>
        <translation>The picture of option {number} ({sealed}) differs from the one sealed.</translation>
    </message>
    <message>
        <source>The majority required differs from the one sealed when the vote opened.</source>
        <translation>The majority required differs from the one sealed when the vote opened.</translation>
    </message>
    <message>
        <source>The base of the majority differs from the one sealed when the vote opened.</source>
        <translation>The base of the majority differs from the one sealed when the vote opened.</translation>
    </message>
    <message>
        <source>The quorum differs from the one sealed when the vote opened.</source>
        <translation>The quorum differs from the one sealed when the vote opened.</translation>
    </message>
    <message>
        <source>The budget differs from the one sealed when the vote opened.</source>
        <translation>The budget differs from the one sealed when the vote opened.</translation>
    </message>
    <message>
        <source>The budget&apos;s counting rule differs from the one sealed when the vote opened.</source>
        <translation>The budget&apos;s counting rule differs from the one sealed when the vote opened.</translation>
    </message>
    <message>
        <source>The rule “{rule}” differs from the one sealed when the vote opened.</source>
        <translation>The rule “{rule}” differs from the one sealed when the vote opened.</translation>
    </message>
    <message>
        <source>The vote&apos;s closing time differs from the one sealed at close.</source>
        <translation>The vote&apos;s closing time differs from the one sealed at close.</translation>
    </message>
    <message>
        <source>Entitled to vote: {now}; {sealed} were sealed at close.</source>
        <translation>Entitled to vote: {now}; {sealed} were sealed at close.</translation>
    </message>
    <message>
        <source>Present: {now}; {sealed} were sealed at close.</source>
        <translation>Present: {now}; {sealed} were sealed at close.</translation>
    </message>
    <message>
        <source>Represented by proxy: {now}; {sealed} were sealed at close.</source>
        <translation>Represented by proxy: {now}; {sealed} were sealed at close.</translation>
    </message>
    <message>
        <source>Voted: {now}; {sealed} were sealed at close.</source>
        <translation>Voted: {now}; {sealed} were sealed at close.</translation>
    </message>
    <message>
        <source>Votes by channel: {now}; {sealed} were sealed at close.</source>
        <translation>Votes by channel: {now}; {sealed} were sealed at close.</translation>
    </message>
    <message>
        <source>The voter roll holds {now} people; {sealed} were sealed at close.</source>
        <translation>The voter roll holds {now} people; {sealed} were sealed at close.</translation>
    </message>
    <message>
        <source>The voter roll says {now} people voted; {sealed} were sealed at close.</source>
        <translation>The voter roll says {now} people voted; {sealed} were sealed at close.</translation>
    </message>
    <message>
        <source>Proxies: {now}; {sealed} were sealed at close.</source>
        <translation>Proxies: {now}; {sealed} were sealed at close.</translation>
    </message>
    <message>
        <source>Phone codes issued: {now}; {sealed} were sealed at close.</source>
        <translation>Phone codes issued: {now}; {sealed} were sealed at close.</translation>
    </message>
    <message>
        <source>Phone codes used: {now}; {sealed} were sealed at close.</source>
        <translation>Phone codes used: {now}; {sealed} were sealed at close.</translation>
    </message>
    <message>
        <source>The counts of hands or paper differ from those sealed at close.</source>
        <translation>The counts of hands or paper differ from those sealed at close.</translation>
    </message>
    <message>
        <source>The ledger does not record the close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vote is marked {status}; its ledger says {sealed}.</source>
        <translation>The vote is marked {status}; its ledger says {sealed}.</translation>
    </message>
    <message>
        <source>Whether the results were revealed differs from what the ledger says.</source>
        <translation>Whether the results were revealed differs from what the ledger says.</translation>
    </message>
    <message>
        <source>The box holds {count} ballots; {sealed} were sealed at close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ballot box differs from the one sealed at close: a ballot was added, removed or altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger records {events} ballots cast; the box holds {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the box again gives other results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The named ballots differ from the ballot box: a choice was added, removed or altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kept results differ from those in the ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone ballot page cannot be served on {host}:{port} ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a picture the kiosk can show (JPEG, PNG, WebP, GIF or BMP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This picture is too large ({size} MB): at most {limit} MB, please.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This picture is too large ({width} × {height} pixels): please make it smaller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the picture {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The translations must be texts per language: fr, nl or en.</source>
        <translation>The translations must be texts per language: fr, nl or en.</translation>
    </message>
    <message>
        <source>Unknown language {language}: fr, nl or en.</source>
        <translation>Unknown language {language}: fr, nl or en.</translation>
    </message>
    <message>
        <source>The texts in {language} are the vote&apos;s own: they are not a translation.</source>
        <translation>The texts in {language} are the vote&apos;s own: they are not a translation.</translation>
    </message>
    <message>
        <source>The {language} translation of {what} must be text.</source>
        <translation>The {language} translation of {what} must be text.</translation>
    </message>
    <message>
        <source>The {language} translation of {what} is too long: at most {limit} characters.</source>
        <translation>The {language} translation of {what} is too long: at most {limit} characters.</translation>
    </message>
</context>
<context>
    <name>WelcomeDoneScreen</name>
    <message>
        <source>Welcome</source>
        <translation type="unfinished">Welcome</translation>
    </message>
    <message>
        <source>You are checked in, {name}. Welcome!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are checked in. Welcome!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your badge is being printed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take your badge from the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code is hidden now, so that nobody else can use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photograph this code: it works like your badge today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Done</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Welcome</source>
        <translation type="unfinished">Welcome</translation>
    </message>
    <message>
        <source>Welcome to the antenne!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaving? Scan your badge to check out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have a badge? Scan it now to check in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold it flat against the reader under the screen.</source>
        <translation>Hold it flat against the reader under the screen.</translation>
    </message>
    <message>
        <source>A badge held against the reader under the screen</source>
        <translation>A badge held against the reader under the screen</translation>
    </message>
    <message>
        <source>I am a member: find my name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First visit? Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am leaving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goodbye {name}, see you soon!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, you had not checked in today. See you soon!</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhosHereScreen</name>
    <message>
        <source>Who is here today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) here today</source>
        <translation>
            <numerusform>%Ln person here today</numerusform>
            <numerusform>%Ln people here today</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody has checked in yet today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People appear here when they check in at the welcome kiosk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} {initial}. · {purpose} · since {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is checked out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_BodyBase</name>
    <message>
        <source>A body of the cooperative</source>
        <translation>A body of the cooperative</translation>
    </message>
</context>
</TS>
