<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../gpt4local/ui/window/about.py" line="+38"/>
        <source>Qt and PySide6 are used under the GNU LGPL version 3: their libraries sit unmodified in the installation folder and may be replaced with your own builds. Their source code is at {link}.</source>
        <translation>Qt und PySide6 werden unter der GNU LGPL Version 3 verwendet: Ihre Bibliotheken liegen unverändert im Installationsordner und dürfen durch eigene Builds ersetzt werden. Ihr Quellcode ist auf {link}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>could not be loaded: {error}</source>
        <translation>konnte nicht geladen werden: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GPU offload available</source>
        <translation>GPU-Auslagerung verfügbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no GPU offload</source>
        <translation>keine GPU-Auslagerung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{backend} ({offload})</source>
        <translation>{backend} ({offload})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>llama.cpp backend</source>
        <translation>llama.cpp-Backend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none found</source>
        <translation>keine gefunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chats and data</source>
        <translation>Chats und Daten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>About {app}</source>
        <translation>Über {app}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A private ChatGPT that runs entirely on your own computer.</source>
        <translation>Ein privates ChatGPT, das ganz auf Ihrem eigenen Computer läuft.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{app} is free software under the MIT license.</source>
        <translation>{app} ist freie Software unter der MIT-Lizenz.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This build</source>
        <translation>Dieser Build</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folders</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licenses of the bundled components</source>
        <translation>Lizenzen der mitgelieferten Komponenten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Folders:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licenses:</source>
        <translation>Lizenzen:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message numerus="yes">
        <location filename="../../gpt4local/ui/i18n/formatting.py" line="+22"/>
        <source>%n bytes</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Byte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{number} KB</source>
        <translation>{number} KB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{number} MB</source>
        <translation>{number} MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{number} GB</source>
        <translation>{number} GB</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{size}/s</source>
        <translation>{size}/s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{rate} tokens/s</source>
        <translation>{rate} Token/s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} min {seconds} s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <location filename="../../gpt4local/ui/settings/pages.py" line="+154"/>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <location filename="../../gpt4local/ui/settings/language_choice.py" line="+30"/>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new language shows after a restart.</source>
        <translation>Die neue Sprache erscheint nach einem Neustart.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restart now</source>
        <translation>Jetzt neu starten</translation>
    </message>
</context>
<context>
    <name>NavRail</name>
    <message>
        <location filename="../../gpt4local/ui/window/nav_rail.py" line="+169"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location line="-113"/>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
</context>
<context>
    <name>RailButton</name>
    <message>
        <location line="+30"/>
        <source>{first} or {second}</source>
        <translation>{first} oder {second}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{page} ({shortcuts})</source>
        <translation>{page} ({shortcuts})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{page}: {why}</source>
        <translation>{page}: {why}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the {page} page; shortcut {shortcuts}</source>
        <translation>Seite „{page}“ zeigen; Tastenkürzel {shortcuts}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the {page} page</source>
        <translation>Seite „{page}“ zeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{description}. {why}</source>
        <translation>{description}. {why}</translation>
    </message>
</context>
<context>
    <name>SettingsLink</name>
    <message>
        <location filename="../../gpt4local/ui/window/settings_link.py" line="+62"/>
        <source>Your changed settings are not applied yet: they wait on the Settings page.</source>
        <translation>Ihre geänderten Einstellungen sind noch nicht übernommen: Sie warten auf der Seite „Einstellungen“.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>changes not applied yet</source>
        <translation>Änderungen noch nicht übernommen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Settings not applied</source>
        <translation>Einstellungen nicht übernommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some settings were changed on the Settings page but not applied. Apply them?</source>
        <translation>Auf der Seite „Einstellungen“ wurden Einstellungen geändert, aber nicht übernommen. Jetzt übernehmen?</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../gpt4local/ui/window/menus.py" line="+44"/>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Focus the message box</source>
        <translation>Zum Nachrichtenfeld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop generating</source>
        <translation>Generierung stoppen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the last answer</source>
        <translation>Letzte Antwort kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export as Markdown…</source>
        <translation>Als Markdown exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export as JSON…</source>
        <translation>Als JSON exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import from JSON…</source>
        <translation>Aus JSON importieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About gpt4local</source>
        <translation>Über gpt4local</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copied the last answer.</source>
        <translation>Die letzte Antwort wurde kopiert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing to export yet: this chat has no messages.</source>
        <translation>Noch nichts zu exportieren: Dieser Chat hat keine Nachrichten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export chat</source>
        <translation>Chat exportieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported the chat to {path}.</source>
        <translation>Der Chat wurde nach {path} exportiert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import a chat</source>
        <translation>Chat importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gpt4local chat (*.json)</source>
        <translation>gpt4local-Chat (*.json)</translation>
    </message>
</context>
<context>
    <name>_Message</name>
    <message>
        <location filename="../../gpt4local/ui/window/error_banner.py" line="+45"/>
        <location line="+1"/>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
</context>
</TS>
