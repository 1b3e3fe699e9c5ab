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
    <name>AnswerStream</name>
    <message>
        <location filename="../../gpt4local/ui/transcript/stream.py" line="+132"/>
        <source>Thinking…</source>
        <translation>Denkt nach…</translation>
    </message>
</context>
<context>
    <name>ChatPage</name>
    <message numerus="yes">
        <location filename="../../gpt4local/ui/chat/page.py" line="+172"/>
        <source>Opening the conversation… {drawn} of %n messages</source>
        <translation>
            <numerusform>Unterhaltung wird geöffnet… {drawn} von %n Nachricht</numerusform>
            <numerusform>Unterhaltung wird geöffnet… {drawn} von %n Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Choose a model first — your message is kept in the box.</source>
        <translation>Wählen Sie zuerst ein Modell – Ihre Nachricht bleibt im Eingabefeld.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+35"/>
        <source>Reading the conversation…</source>
        <translation>Unterhaltung wird gelesen…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Reading the conversation… {done}/{total} tokens</source>
        <translation>Unterhaltung wird gelesen… {done}/{total} Token</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The conversation is longer than the context: the oldest %n messages were left out of the model&apos;s view.</source>
        <translation>
            <numerusform>Die Unterhaltung ist länger als der Kontext: Die älteste Nachricht sieht das Modell nicht mehr.</numerusform>
            <numerusform>Die Unterhaltung ist länger als der Kontext: Die ältesten %n Nachrichten sieht das Modell nicht mehr.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Stopped before the answer began.</source>
        <translation>Gestoppt, bevor die Antwort begann.</translation>
    </message>
</context>
<context>
    <name>ChatSession</name>
    <message>
        <location filename="../../gpt4local/ui/chat/session.py" line="+84"/>
        <source>The chat history is closed.</source>
        <translation>Der Chatverlauf ist geschlossen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Chats: {kind}: {error}</source>
        <translation>Chats: {kind}: {error}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{error} Your chats are kept only until you quit, this time.</source>
        <translation>{error} Ihre Chats bleiben dieses Mal nur bis zum Beenden erhalten.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Your chats cannot be opened: {error}</source>
        <translation>Ihre Chats lassen sich nicht öffnen: {error}</translation>
    </message>
    <message>
        <location line="+232"/>
        <source>Could not export the chat to {path}: {reason}.</source>
        <translation>Der Chat konnte nicht nach {path} exportiert werden: {reason}.</translation>
    </message>
</context>
<context>
    <name>ChatSettingsPanel</name>
    <message>
        <location filename="../../gpt4local/ui/chat/chat_settings/panel.py" line="+67"/>
        <location line="+4"/>
        <location filename="../../gpt4local/ui/chat/chat_settings/placement.py" line="+39"/>
        <source>Chat settings</source>
        <translation>Chat-Einstellungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Close the chat settings</source>
        <translation>Chat-Einstellungen schließen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For this chat only, from its next answer. New chats start from the defaults on the Settings page.</source>
        <translation>Nur für diesen Chat, ab seiner nächsten Antwort. Neue Chats beginnen mit den Standardwerten der Seite „Einstellungen“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Instructions the model follows in this chat</source>
        <translation>Anweisungen, denen das Modell in diesem Chat folgt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+35"/>
        <source>System prompt</source>
        <translation>Systemprompt</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Change it in the model&apos;s settings…</source>
        <translation>In den Einstellungen des Modells ändern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The context length and chat template are the model&apos;s: the Settings page&apos;s Per model section changes them for every chat, and the model is loaded again.</source>
        <translation>Kontextlänge und Chatvorlage gehören zum Modell: Der Abschnitt „Pro Modell“ der Seite „Einstellungen“ ändert sie für jeden Chat, und das Modell wird neu geladen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the context length or chat template in the model&apos;s settings</source>
        <translation>Kontextlänge oder Chatvorlage in den Einstellungen des Modells ändern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset to the model&apos;s defaults</source>
        <translation>Auf die Standardwerte des Modells zurücksetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This chat&apos;s system prompt and sampling values become the ones a new chat with this model starts from</source>
        <translation>Systemprompt und Sampling-Werte dieses Chats werden zu denen, mit denen ein neuer Chat mit diesem Modell beginnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset this chat to the model&apos;s defaults</source>
        <translation>Diesen Chat auf die Standardwerte des Modells zurücksetzen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sampling</source>
        <translation>Sampling</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Context and template</source>
        <translation>Kontext und Vorlage</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Context length: no model is loaded.</source>
        <translation>Kontextlänge: Es ist kein Modell geladen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Context length: {tokens} tokens. It belongs to the model ({model}), not to the chat: every chat shares it, and changing it loads the model again.</source>
        <translation>Kontextlänge: {tokens} Token. Sie gehört zum Modell ({model}), nicht zum Chat: Alle Chats teilen sie, und eine Änderung lädt das Modell neu.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{fields}: {problem}</source>
        <translation>{fields}: {problem}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{problem} Until it is corrected, this chat keeps its last accepted value.</source>
        <translation>{problem} Bis zur Korrektur behält dieser Chat seinen zuletzt gültigen Wert.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Chat template: your own, from this model&apos;s settings.</source>
        <translation>Chatvorlage: Ihre eigene, aus den Einstellungen dieses Modells.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This model has no usable chat template; using the {family} format.</source>
        <translation>Dieses Modell hat keine brauchbare Chatvorlage; das Format {family} wird verwendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chat template: the one in the model file.</source>
        <translation>Chatvorlage: die aus der Modelldatei.</translation>
    </message>
    <message>
        <location filename="../../gpt4local/ui/chat/chat_settings/placement.py" line="-3"/>
        <source>Chat settings: system prompt, sampling, context ({keys})</source>
        <translation>Chat-Einstellungen: Systemprompt, Sampling, Kontext ({keys})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shows or hides this chat&apos;s system prompt and sampling settings ({keys})</source>
        <translation>Zeigt oder verbirgt Systemprompt und Sampling-Einstellungen dieses Chats ({keys})</translation>
    </message>
</context>
<context>
    <name>ConversationActions</name>
    <message>
        <location filename="../../gpt4local/ui/chat/conversation_actions.py" line="+37"/>
        <location line="+2"/>
        <source>finished</source>
        <translation>beendet</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>reached the answer length limit</source>
        <translation>Längengrenze der Antwort erreicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>context full</source>
        <translation>Kontext voll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cut off</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Stopping the answer first…</source>
        <translation>Die Antwort wird zuerst gestoppt…</translation>
    </message>
    <message>
        <location line="+87"/>
        <location line="+12"/>
        <source>Edit message</source>
        <translation>Nachricht bearbeiten</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Your message:</source>
        <translation>Ihre Nachricht:</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>The %n message(s) after it will be replaced. Go on?</source>
        <translation>
            <numerusform>Die Nachricht danach wird ersetzt. Fortfahren?</numerusform>
            <numerusform>Die %n Nachrichten danach werden ersetzt. Fortfahren?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+86"/>
        <source>{tokens} tokens · {rate} · first token after {seconds} s · {reason}</source>
        <translation>{tokens} Token · {rate} · erstes Token nach {seconds} s · {reason}</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <location filename="../../gpt4local/ui/chat/conversation_list.py" line="+51"/>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{minutes} min ago</source>
        <translation>vor {minutes} Min.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start a new chat ({keys})</source>
        <translation>Einen neuen Chat beginnen ({keys})</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Search chats</source>
        <translation>Chats durchsuchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows the chats whose title or messages hold these words</source>
        <translation>Zeigt die Chats, deren Titel oder Nachrichten diese Wörter enthalten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Newest first. Enter or double-click renames, Delete deletes; the context menu has both.</source>
        <translation>Neueste zuerst. Eingabetaste oder Doppelklick benennt um, Entf löscht; das Kontextmenü bietet beides.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+84"/>
        <source>Delete chat</source>
        <translation>Chat löschen</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Search looks at titles and messages; try other words.</source>
        <translation>Die Suche durchsucht Titel und Nachrichten; versuchen Sie andere Wörter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No chat matches “{words}”</source>
        <translation>Kein Chat passt zu „{words}“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No chats yet</source>
        <translation>Noch keine Chats</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type a message to start one.</source>
        <translation>Schreiben Sie eine Nachricht, um einen zu beginnen.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>this chat</source>
        <translation>diesen Chat</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete “{title}” and all its messages?</source>
        <translation>„{title}“ mit allen Nachrichten löschen?</translation>
    </message>
</context>
<context>
    <name>ConversationModel</name>
    <message>
        <location filename="../../gpt4local/ui/chat/conversation_model.py" line="+115"/>
        <source>Part of this chat could not be saved earlier, so it was opened again as it is saved; nothing was deleted.</source>
        <translation>Ein Teil dieses Chats konnte zuvor nicht gespeichert werden. Er wurde deshalb so neu geöffnet, wie er gespeichert ist; nichts wurde gelöscht.</translation>
    </message>
</context>
<context>
    <name>FitDialog</name>
    <message>
        <location filename="../../gpt4local/ui/engine/fit_dialog.py" line="+36"/>
        <source>This model may not fit in memory</source>
        <translation>Dieses Modell passt vielleicht nicht in den Speicher</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{model} needs about {needed} of memory at a context of {context} tokens, and {available} is available now.</source>
        <translation>{model} braucht bei einem Kontext von {context} Token etwa {needed} Speicher, und gerade sind {available} frei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{model} needs {needed} of memory at a context of {context} tokens, and {available} is available now.</source>
        <translation>{model} braucht bei einem Kontext von {context} Token {needed} Speicher, und gerade sind {available} frei.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source> tokens</source>
        <translation> Token</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Context length</source>
        <translation>Kontextlänge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KV cache</source>
        <translation>KV-Cache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPU layers</source>
        <translation>GPU-Schichten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load with these settings</source>
        <translation>Mit diesen Einstellungen laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load anyway</source>
        <translation>Trotzdem laden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A context of {context} tokens fits if the KV cache is {cache}.</source>
        <translation>Ein Kontext von {context} Token passt, wenn der KV-Cache {cache} ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A context of {context} tokens fits.</source>
        <translation>Ein Kontext von {context} Token passt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Even the shortest context does not fit; choose a smaller model.</source>
        <translation>Selbst der kürzeste Kontext passt nicht; wählen Sie ein kleineres Modell.</translation>
    </message>
</context>
<context>
    <name>FontSizeBox</name>
    <message>
        <location filename="../../gpt4local/ui/settings/pages.py" line="+72"/>
        <source> pt</source>
        <comment>font size in points</comment>
        <translation> pt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System default ({size} pt)</source>
        <translation>Systemstandard ({size} pt)</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message numerus="yes">
        <location filename="../../gpt4local/ui/i18n/formatting.py" line="+23"/>
        <source>%n bytes</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Byte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
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
        <location filename="../../gpt4local/ui/settings/pages.py" line="+37"/>
        <source>Folder for models</source>
        <translation>Ordner für Modelle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Same as the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The model used last</source>
        <translation>Das zuletzt benutzte Modell</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPU threads for generating. Automatic uses up to 4 cores.</source>
        <translation>CPU-Threads für die Generierung. Automatisch nutzt bis zu 4 Kerne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read my message while I type</source>
        <translation>Nachricht schon beim Tippen lesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When typing pauses, the model reads what is written so far, so the answer starts at once when it is sent. Uses the CPU during those pauses.</source>
        <translation>Wenn Sie beim Tippen innehalten, liest das Modell den bisherigen Text, damit die Antwort nach dem Senden sofort beginnt. Nutzt in diesen Pausen die CPU.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Models folder:</source>
        <translation>Modellordner:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Theme:</source>
        <translation>Design:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Font size:</source>
        <translation>Schriftgröße:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Model at start:</source>
        <translation>Modell beim Start:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU threads:</source>
        <translation>CPU-Threads:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset to defaults</source>
        <translation>Auf Standardwerte zurücksetzen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{name} (not found)</source>
        <translation>{name} (nicht gefunden)</translation>
    </message>
</context>
<context>
    <name>GenerationForm</name>
    <message>
        <location filename="../../gpt4local/ui/settings/generation_form.py" line="+53"/>
        <source> tokens</source>
        <translation> Token</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>System prompt</source>
        <translation>Systemprompt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instructions the model sees before every chat.</source>
        <translation>Anweisungen, die das Modell vor jedem Chat sieht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Higher gives more varied answers; 0 always picks the likeliest word.</source>
        <translation>Höher gibt abwechslungsreichere Antworten; 0 wählt immer das wahrscheinlichste Wort.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Top P</source>
        <translation>Top P</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample only from the likeliest words whose probabilities add up to this.</source>
        <translation>Nur aus den wahrscheinlichsten Wörtern wählen, deren Wahrscheinlichkeiten zusammen diesen Wert ergeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Top K</source>
        <translation>Top K</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample only from this many likeliest words.</source>
        <translation>Nur aus so vielen der wahrscheinlichsten Wörter wählen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Min P</source>
        <translation>Min P</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop words less likely than this fraction of the likeliest one.</source>
        <translation>Verwirft Wörter, die weniger wahrscheinlich sind als dieser Anteil des wahrscheinlichsten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat penalty</source>
        <translation>Wiederholungsstrafe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Above 1 discourages repeating recent words; 1 turns it off.</source>
        <translation>Über 1 bremst Wiederholungen kürzlich benutzter Wörter; 1 schaltet sie ab.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat penalty window</source>
        <translation>Wiederholungsfenster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many recent tokens the repeat penalty looks at.</source>
        <translation>Wie viele der letzten Token die Wiederholungsstrafe betrachtet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Max answer length</source>
        <translation>Max. Antwortlänge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Until the context is full</source>
        <translation>Bis der Kontext voll ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The longest answer; a token is about three quarters of a word. Without a limit the model writes until it is done or the context is full.</source>
        <translation>Die längste Antwort; ein Token ist etwa drei Viertel eines Wortes. Ohne Grenze schreibt das Modell, bis es fertig oder der Kontext voll ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Context length</source>
        <translation>Kontextlänge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How much of the conversation the model sees. More needs more memory.</source>
        <translation>Wie viel der Unterhaltung das Modell sieht. Mehr braucht mehr Speicher.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prompt tokens processed at once: larger is faster and needs more memory.</source>
        <translation>Prompt-Token, die auf einmal verarbeitet werden: größer ist schneller und braucht mehr Speicher.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GPU layers</source>
        <translation>GPU-Schichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As many as fit</source>
        <translation>So viele wie passen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layers to run on the GPU, where this build can use one; 0 runs on the CPU only.</source>
        <translation>Schichten, die auf der GPU laufen, sofern dieser Build eine nutzen kann; 0 rechnet nur auf der CPU.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KV cache</source>
        <translation>KV-Cache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>16-bit (f16)</source>
        <translation>16 Bit (f16)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>8-bit (q8_0): half the memory</source>
        <translation>8 Bit (q8_0): halber Speicher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4-bit (q4_0): a quarter of the memory</source>
        <translation>4 Bit (q4_0): ein Viertel des Speichers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where the model keeps the conversation. 8-bit fits twice the context in the same memory, with almost no loss; 4-bit four times, with some.</source>
        <translation>Wo das Modell die Unterhaltung hält. 8 Bit fasst im selben Speicher doppelt so viel Kontext, fast ohne Verlust; 4 Bit viermal so viel, mit etwas Verlust.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random</source>
        <translation>Zufällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A fixed seed gives the same answer to the same prompt.</source>
        <translation>Ein fester Seed gibt auf denselben Prompt dieselbe Antwort.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Use a different value for this model</source>
        <translation>Für dieses Modell einen anderen Wert verwenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{label}:</source>
        <comment>a form label</comment>
        <translation>{label}:</translation>
    </message>
</context>
<context>
    <name>KvCache</name>
    <message>
        <location line="-122"/>
        <source>16-bit (f16)</source>
        <translation>16 Bit (f16)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>8-bit (q8_0)</source>
        <translation>8 Bit (q8_0)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4-bit (q4_0)</source>
        <translation>4 Bit (q4_0)</translation>
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
    <name>MainWindow</name>
    <message>
        <location filename="../../gpt4local/ui/window/main_window.py" line="+110"/>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+1"/>
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
    <message>
        <location line="+19"/>
        <source>Choose a model…</source>
        <translation>Modell auswählen…</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Add a GGUF model file</source>
        <translation>GGUF-Modelldatei hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>GGUF-Modelle (*.gguf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This model has no usable chat template; using the {family} format.</source>
        <translation>Dieses Modell hat keine brauchbare Chatvorlage; das Format {family} wird verwendet.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not save settings: {problem}</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden: {problem}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Generation settings: {problem}; the defaults are used.</source>
        <translation>Generierungseinstellungen: {problem}; die Standardwerte werden verwendet.</translation>
    </message>
</context>
<context>
    <name>MessageActions</name>
    <message>
        <location filename="../../gpt4local/ui/transcript/actions.py" line="+27"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy this message&apos;s text</source>
        <translation>Den Text dieser Nachricht kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this message and send it again</source>
        <translation>Diese Nachricht bearbeiten und erneut senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regenerate</source>
        <translation>Neu generieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write this answer again</source>
        <translation>Diese Antwort neu schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go on writing this answer where it stopped</source>
        <translation>Diese Antwort dort weiterschreiben, wo sie aufgehört hat</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Message actions</source>
        <translation>Nachrichtenaktionen</translation>
    </message>
</context>
<context>
    <name>MessageInput</name>
    <message>
        <location filename="../../gpt4local/ui/chat/message_input.py" line="+42"/>
        <source>Type a message — Enter sends, Shift+Enter for a new line</source>
        <translation>Nachricht eingeben – Eingabetaste sendet, Umschalt+Eingabe für eine neue Zeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
</context>
<context>
    <name>ModelLoader</name>
    <message>
        <location filename="../../gpt4local/ui/engine/loader.py" line="+66"/>
        <source>Load settings: {problem}; the defaults are used.</source>
        <translation>Ladeeinstellungen: {problem}; die Standardwerte werden verwendet.</translation>
    </message>
</context>
<context>
    <name>ModelPopup</name>
    <message>
        <location filename="../../gpt4local/ui/model_selector/popup.py" line="+42"/>
        <source>No models yet — download one on the Models page, or “Add model file…”</source>
        <translation>Noch keine Modelle – laden Sie eines auf der Seite „Modelle“ herunter oder wählen Sie „Modelldatei hinzufügen…“</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose a model</source>
        <translation>Modell wählen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Search models</source>
        <translation>Modelle durchsuchen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add model file…</source>
        <translation>Modelldatei hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load a GGUF file from anywhere</source>
        <translation>Eine GGUF-Datei von einem beliebigen Ort laden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manage models</source>
        <translation>Modelle verwalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the Models page: download, delete and see every installed model</source>
        <translation>Seite „Modelle“ zeigen: herunterladen, löschen und alle installierten Modelle sehen</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>No model matches “{words}”</source>
        <translation>Kein Modell passt zu „{words}“</translation>
    </message>
</context>
<context>
    <name>ModelSelector</name>
    <message>
        <location filename="../../gpt4local/ui/model_selector/entries.py" line="+31"/>
        <source>Installed</source>
        <translation>Installiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed; still loaded</source>
        <translation>entfernt; noch geladen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>added from elsewhere</source>
        <translation>von anderswo hinzugefügt</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>loaded</source>
        <translation>geladen</translation>
    </message>
    <message>
        <location filename="../../gpt4local/ui/model_selector/row_delegate.py" line="+24"/>
        <source>Loaded</source>
        <translation>Geladen</translation>
    </message>
    <message>
        <location filename="../../gpt4local/ui/model_selector/selector.py" line="+41"/>
        <source>Choose a model</source>
        <translation>Modell wählen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Loading the model</source>
        <translation>Modell wird geladen</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Loading {name}…</source>
        <translation>{name} wird geladen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading {name}… {percent}%</source>
        <translation>{name} wird geladen… {percent} %</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{type} KV cache</source>
        <translation>KV-Cache {type}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>context {tokens}</source>
        <translation>Kontext {tokens}</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>No model loaded · %n installed</source>
        <translation>
            <numerusform>Kein Modell geladen · %n installiert</numerusform>
            <numerusform>Kein Modell geladen · %n installiert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No model loaded · add one or download one</source>
        <translation>Kein Modell geladen · fügen Sie eines hinzu oder laden Sie eines herunter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the model to chat with ({keys})</source>
        <translation>Modell für den Chat wählen ({keys})</translation>
    </message>
</context>
<context>
    <name>NavRail</name>
    <message>
        <location filename="../../gpt4local/ui/window/nav_rail.py" line="+161"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
</context>
<context>
    <name>PerModelPage</name>
    <message>
        <location filename="../../gpt4local/ui/settings/per_model.py" line="+61"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reset this model to the defaults</source>
        <translation>Modell auf Standardwerte zurücksetzen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings for this model (checked ones replace the defaults)</source>
        <translation>Für dieses Modell (Angehaktes ersetzt die Standardwerte)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chat template</source>
        <translation>Chatvorlage</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No models are installed yet: add one on the Models page.</source>
        <translation>Noch keine Modelle installiert: Fügen Sie eines auf der Seite „Modelle“ hinzu.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{model}: {problem}</source>
        <translation>{model}: {problem}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chat template of {model}: {problem}</source>
        <translation>Die Chatvorlage von {model}: {problem}</translation>
    </message>
</context>
<context>
    <name>RailButton</name>
    <message>
        <location filename="../../gpt4local/ui/window/nav_rail.py" line="-81"/>
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
    <name>SendButton</name>
    <message>
        <location filename="../../gpt4local/ui/chat/message_input.py" line="-14"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send (Enter)</source>
        <translation>Senden (Eingabetaste)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the answer</source>
        <translation>Antwort stoppen</translation>
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
    <name>SettingsPage</name>
    <message>
        <location filename="../../gpt4local/ui/settings/page.py" line="+55"/>
        <source>context length</source>
        <translation>Kontextlänge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPU layers</source>
        <translation>GPU-Schichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KV cache</source>
        <translation>KV-Cache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU threads</source>
        <translation>CPU-Threads</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chat template</source>
        <translation>Chatvorlage</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{first}, {second}</source>
        <translation>{first}, {second}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{first} and {second}</source>
        <translation>{first} und {second}</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+2"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the settings as they were last applied</source>
        <translation>Die Einstellungen so zeigen, wie sie zuletzt übernommen wurden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Reset to defaults</source>
        <translation>Auf Standardwerte zurücksetzen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Used for every model, except where the Per model tab says otherwise.</source>
        <translation>Gilt für jedes Modell, außer wo der Tab „Pro Modell“ etwas anderes festlegt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generation</source>
        <translation>Generierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per model</source>
        <translation>Pro Modell</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>{settings}: {problem}</source>
        <translation>{settings}: {problem}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fix the value on the {tab} tab first.</source>
        <translation>Korrigieren Sie zuerst den Wert im Tab „{tab}“.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The new {setting} applies when {model} is loaded again: choose it again in the model picker. The other settings apply from the next answer.</source>
        <translation>Die neue Einstellung {setting} gilt, sobald {model} neu geladen wird: Wählen Sie es erneut in der Modellauswahl. Die anderen Einstellungen gelten ab der nächsten Antwort.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The new {setting} apply when {model} is loaded again: choose it again in the model picker. The other settings apply from the next answer.</source>
        <translation>Die neuen Einstellungen {setting} gelten, sobald {model} neu geladen wird: Wählen Sie es erneut in der Modellauswahl. Die anderen Einstellungen gelten ab der nächsten Antwort.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../../gpt4local/ui/window/single_instance.py" line="+65"/>
        <source>process {pid}</source>
        <translation>Prozess {pid}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>another process</source>
        <translation>ein anderer Prozess</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../gpt4local/ui/app.py" line="+48"/>
        <source>Cannot create the data folders ({problem}). Set GPT4LOCAL_HOME to a writable folder.</source>
        <translation>Die Datenordner können nicht angelegt werden ({problem}). Setzen Sie GPT4LOCAL_HOME auf einen beschreibbaren Ordner.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>{app} is already running with the data folder {folder} ({holder}), and its window did not come forward. Close it first, or set GPT4LOCAL_HOME to another folder to run a second copy.</source>
        <translation>{app} läuft bereits mit dem Datenordner {folder} ({holder}), und sein Fenster kam nicht nach vorn. Schließen Sie es zuerst, oder setzen Sie GPT4LOCAL_HOME auf einen anderen Ordner, um eine zweite Kopie zu starten.</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../gpt4local/ui/settings/template_editor.py" line="+56"/>
        <source>Chat template</source>
        <translation>Chatvorlage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset to the model&apos;s template</source>
        <translation>Auf Modellvorlage zurücksetzen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sample conversation rendered with the template</source>
        <translation>Mit der Vorlage erzeugte Beispielunterhaltung</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>No model chosen.</source>
        <translation>Kein Modell ausgewählt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the model file…</source>
        <translation>Modelldatei wird gelesen…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The model&apos;s template could not be read: {problem}</source>
        <translation>Die Vorlage des Modells konnte nicht gelesen werden: {problem}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This model has no chat template; gpt4local uses the {family} format.</source>
        <translation>Dieses Modell hat keine Chatvorlage; gpt4local verwendet das Format {family}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A sample conversation with this template (special tokens such as BOS left out):</source>
        <translation>Eine Beispielunterhaltung mit dieser Vorlage (Sondertoken wie BOS weggelassen):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{caption} {note}</source>
        <translation>{caption} {note}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Custom template: it replaces the model&apos;s own for this model.</source>
        <translation>Eigene Vorlage: Sie ersetzt für dieses Modell die des Modells.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The model&apos;s own template, from its file.</source>
        <translation>Die Vorlage des Modells, aus seiner Datei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The fallback template gpt4local chose for this model.</source>
        <translation>Die Ersatzvorlage, die gpt4local für dieses Modell gewählt hat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave empty to use the model&apos;s own template.</source>
        <translation>Leer lassen, um die Vorlage des Modells zu verwenden.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The model&apos;s own template fails: {problem}</source>
        <translation>Die Vorlage des Modells schlägt fehl: {problem}</translation>
    </message>
</context>
<context>
    <name>Transcript</name>
    <message>
        <location filename="../../gpt4local/ui/transcript/blocks.py" line="+32"/>
        <location line="+1"/>
        <source>end</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cut off</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>length</source>
        <translation>Längengrenze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>context full</source>
        <translation>Kontext voll</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{tokens} tokens · {rate} · first token {seconds} s</source>
        <translation>{tokens} Token · {rate} · erstes Token nach {seconds} s</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <location filename="../../gpt4local/ui/transcript/view.py" line="+75"/>
        <location line="+102"/>
        <source>Choose a model above, then type a message below.</source>
        <translation>Wählen Sie oben ein Modell und schreiben Sie dann unten eine Nachricht.</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Up and Ctrl+Down move between messages; Tab reaches the message&apos;s actions.</source>
        <translation>Strg+Pfeil nach oben und Strg+Pfeil nach unten wechseln zwischen Nachrichten; Tab erreicht die Aktionen der Nachricht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+229"/>
        <source>Copy</source>
        <comment>a code block&apos;s text</comment>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>{model} is ready: type a message below.</source>
        <translation>{model} ist bereit: Schreiben Sie unten eine Nachricht.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>… {count} more characters are not shown here. Copy, or export the chat, to have all of it.</source>
        <translation>… {count} weitere Zeichen werden hier nicht gezeigt. Kopieren oder exportieren Sie den Chat, um alles zu haben.</translation>
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
