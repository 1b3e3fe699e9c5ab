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
        <location filename="../../gpt4local/ui/transcript/stream.py" line="+136"/>
        <source>Thinking…</source>
        <translation>Denkt nach…</translation>
    </message>
</context>
<context>
    <name>CatalogTab</name>
    <message>
        <location filename="../../gpt4local/ui/models/catalog_tab.py" line="+42"/>
        <source>✓ installed</source>
        <translation>✓ installiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quantisation</source>
        <translation>Quantisierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fits here?</source>
        <translation>Passt hier?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Model catalog</source>
        <translation>Modellkatalog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>★ marks a good first choice; double-click downloads the chosen model</source>
        <translation>★ markiert eine gute erste Wahl; ein Doppelklick lädt das gewählte Modell herunter</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+46"/>
        <source>The model catalog could not be read</source>
        <translation>Der Modellkatalog konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read the catalog again</source>
        <translation>Den Katalog erneut lesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search Hugging Face</source>
        <translation>Hugging Face durchsuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a GGUF model on Hugging Face instead</source>
        <translation>Stattdessen ein GGUF-Modell auf Hugging Face suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a model to read about it. ★ = a good first choice.</source>
        <translation>Wählen Sie ein Modell, um mehr darüber zu lesen. ★ = eine gute erste Wahl.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download</source>
        <comment>verb: download the model</comment>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download the chosen model into the models folder</source>
        <translation>Das gewählte Modell in den Modellordner herunterladen</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{reason}. Try again, or search Hugging Face for a model meanwhile.</source>
        <translation>{reason}. Versuchen Sie es erneut, oder suchen Sie solange auf Hugging Face nach einem Modell.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Best for this computer: &lt;b&gt;{name}&lt;/b&gt; — it needs {need} and {free} is free now.</source>
        <translation>Am besten für diesen Computer: &lt;b&gt;{name}&lt;/b&gt; – es braucht {need}, und {free} sind gerade frei.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>None of these models fits comfortably in the memory that is free now; close some programs, or look for a smaller quantisation on Hugging Face.</source>
        <translation>Keines dieser Modelle passt gut in den gerade freien Speicher. Schließen Sie einige Programme, oder suchen Sie auf Hugging Face nach einer kleineren Quantisierung.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Installed</source>
        <translation>Installiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download {size}</source>
        <translation>{size} herunterladen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>license {license}</source>
        <translation>Lizenz {license}</translation>
    </message>
</context>
<context>
    <name>ChatPage</name>
    <message numerus="yes">
        <location filename="../../gpt4local/ui/chat/page.py" line="+173"/>
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
        <location filename="../../gpt4local/ui/chat/session.py" line="+85"/>
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
        <location filename="../../gpt4local/ui/chat/chat_settings/panel.py" line="+68"/>
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
        <location line="+23"/>
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
        <location filename="../../gpt4local/ui/chat/conversation_actions.py" line="+38"/>
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
    <name>CoreMessages</name>
    <message>
        <location filename="../../gpt4local/ui/i18n/core_messages.py" line="+31"/>
        <source>The memory {name} needs cannot be worked out: {detail}.</source>
        <translation>Wie viel Speicher {name} braucht, lässt sich nicht ermitteln: {detail}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is a symbolic link that leads back to itself (a loop).</source>
        <translation>{name} ist ein symbolischer Link, der auf sich selbst zurückführt (eine Schleife).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is a link to a file that no longer exists.</source>
        <translation>{name} ist ein Link auf eine Datei, die es nicht mehr gibt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Model file not found: {path}</source>
        <translation>Modelldatei nicht gefunden: {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No permission to read the folder of {path}</source>
        <translation>Keine Berechtigung, den Ordner von {path} zu lesen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read {path}: {reason}</source>
        <translation>{path} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a file: {path}</source>
        <translation>Keine Datei: {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No permission to read {path}</source>
        <translation>Keine Berechtigung, {path} zu lesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is empty (0 bytes): there is no model in it.</source>
        <translation>{name} ist leer (0 Byte): Darin ist kein Modell.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is not a GGUF model file (it does not start with &apos;GGUF&apos;).</source>
        <translation>{name} ist keine GGUF-Modelldatei (sie beginnt nicht mit „GGUF“).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is truncated or damaged: {detail}. Download it again.</source>
        <translation>{name} ist unvollständig oder beschädigt: {detail}. Laden Sie die Datei erneut herunter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is damaged: {detail}.</source>
        <translation>{name} ist beschädigt: {detail}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is truncated: it needs {needed} bytes but has {size}. Download it again.</source>
        <translation>{name} ist unvollständig: Die Datei braucht {needed} Byte, hat aber nur {size}. Laden Sie sie erneut herunter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} cannot be loaded: {problem}.</source>
        <translation>{name} kann nicht geladen werden: {problem}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} has no &apos;general.architecture&apos; in its metadata.</source>
        <translation>{name} hat kein „general.architecture“ in seinen Metadaten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} could not be read: {detail}</source>
        <translation>{name} konnte nicht gelesen werden: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is not in the models folder; it is not deleted.</source>
        <translation>{path} liegt nicht im Modellordner; die Datei wird nicht gelöscht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot delete {name}: {reason}</source>
        <translation>{name} kann nicht gelöscht werden: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No permission to read the models folder {folder}</source>
        <translation>Keine Berechtigung, den Modellordner {folder} zu lesen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read the models folder {folder}: {reason}</source>
        <translation>Der Modellordner {folder} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Closing other programs could free enough memory.</source>
        <translation>Wenn Sie andere Programme schließen, könnte genug Speicher frei werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The model was trained on {n_ctx_train} tokens of context.</source>
        <translation>Das Modell wurde mit einem Kontext von {n_ctx_train} Token trainiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer has no swap space: if it is loaded anyway, it may fail, or the system may stop programs (this one too) to free memory.</source>
        <translation>Dieser Computer hat keinen Auslagerungsspeicher: Wird das Modell trotzdem geladen, kann das scheitern, oder das System beendet Programme (auch dieses), um Speicher freizumachen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading it anyway needs about {shortfall} more than is free, and only {free_swap} of swap is free: it may fail, or the system may stop programs (this one too) to free memory.</source>
        <translation>Trotzdem laden braucht etwa {shortfall} mehr, als frei ist, und vom Auslagerungsspeicher sind nur {free_swap} frei: Das kann scheitern, oder das System beendet Programme (auch dieses), um Speicher freizumachen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Loading it anyway puts about {shortfall} in swap ({free_swap} free): the whole computer can become slow while it swaps to disk.</source>
        <translation>Trotzdem laden lagert etwa {shortfall} aus ({free_swap} frei): Der ganze Computer kann langsam werden, während er auf die Festplatte auslagert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} does not fit in memory: it needs {needed} at context {n_ctx} and {available} is available.</source>
        <translation>{name} passt nicht in den Speicher: Bei einem Kontext von {n_ctx} braucht es {needed}, verfügbar sind {available}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} does not fit in memory: it needs {needed} at context {n_ctx} and {available} is available; a context of {fitting} would fit.</source>
        <translation>{name} passt nicht in den Speicher: Bei einem Kontext von {n_ctx} braucht es {needed}, verfügbar sind {available}; ein Kontext von {fitting} würde passen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} does not fit in memory: it needs {needed} at context {n_ctx} and {available} is available; with a {kv_cache} KV cache a context of {fitting} would fit.</source>
        <translation>{name} passt nicht in den Speicher: Bei einem Kontext von {n_ctx} braucht es {needed}, verfügbar sind {available}; mit einem {kv_cache}-KV-Cache würde ein Kontext von {fitting} passen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The model catalog lists no models to suggest.</source>
        <translation>Der Modellkatalog enthält keine Modelle, die sich vorschlagen ließen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None of the catalog&apos;s models fits comfortably in the memory free now ({available}); the smallest, {name}, needs about {needed}. Close some programs, or browse all models for a smaller one.</source>
        <translation>Keines der Modelle im Katalog passt gut in den gerade freien Speicher ({available}); das kleinste, {name}, braucht etwa {needed}. Schließen Sie einige Programme, oder suchen Sie unter allen Modellen ein kleineres.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>llama.cpp could not load {name} (architecture &apos;{architecture}&apos;): {reason}</source>
        <translation>llama.cpp konnte {name} nicht laden (Architektur „{architecture}“): {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GPU load failed, using the CPU instead: {reason}</source>
        <translation>Laden auf die GPU fehlgeschlagen, stattdessen wird die CPU verwendet: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>llama.cpp cannot use a {kv_cache} KV cache with this model (it needs flash attention, which was refused), so the cache is f16.</source>
        <translation>llama.cpp kann mit diesem Modell keinen {kv_cache}-KV-Cache verwenden (dafür ist Flash Attention nötig, die abgelehnt wurde), daher ist der Cache f16.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No model is loaded.</source>
        <translation>Es ist kein Modell geladen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not read {name}: {reason}</source>
        <translation>{name} konnte nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not load {name}: {reason}</source>
        <translation>{name} konnte nicht geladen werden: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generation failed: {reason}</source>
        <translation>Generierung fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generation failed: the answer ended without its statistics.</source>
        <translation>Generierung fehlgeschlagen: Die Antwort endete ohne ihre Statistik.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The message is too long for the context window: it needs {needed} tokens (with the system prompt and chat template) and the context holds {n_ctx}, with room for an answer. Shorten the message or raise the context length.</source>
        <translation>Die Nachricht ist zu lang für den Kontext: Sie braucht {needed} Token (mit Systemprompt und Chatvorlage), der Kontext fasst {n_ctx}, mit Platz für eine Antwort. Kürzen Sie die Nachricht oder erhöhen Sie die Kontextlänge.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The chat template ({origin}) is not valid: {detail}</source>
        <translation>Die Chatvorlage ({origin}) ist ungültig: {detail}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chat template ({origin}) was stopped: {reason}.</source>
        <translation>Die Chatvorlage ({origin}) wurde angehalten: {reason}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chat template ({origin}) was stopped.</source>
        <translation>Die Chatvorlage ({origin}) wurde angehalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chat template ({origin}) failed: {detail}</source>
        <translation>Die Chatvorlage ({origin}) ist fehlgeschlagen: {detail}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This model&apos;s chat template was refused: {reason}. gpt4local uses the {family} format instead.</source>
        <translation>Die Chatvorlage dieses Modells wurde abgelehnt: {reason}. gpt4local verwendet stattdessen das Format {family}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This model&apos;s chat template is not valid Jinja ({detail}). gpt4local uses the {family} format instead.</source>
        <translation>Die Chatvorlage dieses Modells ist kein gültiges Jinja ({detail}). gpt4local verwendet stattdessen das Format {family}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} is already installed.</source>
        <translation>{name} ist bereits installiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looking up {name}</source>
        <translation>Suche nach {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloading {name}</source>
        <translation>Download von {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Hub did not say how large {name} is.</source>
        <translation>Der Hub hat nicht mitgeteilt, wie groß {name} ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} has changed on the Hub since this catalog was made (its checksum differs). Update the catalog, or pick the file in the Hugging Face search.</source>
        <translation>{name} hat sich auf dem Hub geändert, seit dieser Katalog erstellt wurde (die Prüfsumme weicht ab). Aktualisieren Sie den Katalog oder wählen Sie die Datei in der Hugging-Face-Suche.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not enough disk space for {name}: it needs {needed} (including {margin} to spare) and {folder} has {free} free.</source>
        <translation>Nicht genug Speicherplatz für {name}: Die Datei braucht {needed} (einschließlich {margin} Reserve), und in {folder} sind {free} frei.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: the server sent more bytes than the file has; the partial download was deleted. Try again.</source>
        <translation>{name}: Der Server hat mehr Bytes gesendet, als die Datei hat; der unvollständige Download wurde gelöscht. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server refused to continue {name}.</source>
        <translation>Der Server hat abgelehnt, {name} fortzusetzen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server answered {status}.</source>
        <translation>Der Server hat mit {status} geantwortet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The disk is full ({folder}). {kept} Free some space, then try again.</source>
        <translation>Der Datenträger ist voll ({folder}). {kept} Geben Sie Speicherplatz frei und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write {path}: {reason}</source>
        <translation>{path} kann nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} arrived damaged (its sha256 does not match the published one), so it was deleted. Download it again.</source>
        <translation>{name} ist beschädigt angekommen (die SHA-256-Prüfsumme stimmt nicht mit der veröffentlichten überein) und wurde gelöscht. Laden Sie die Datei erneut herunter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} cannot be downloaded. {reason}</source>
        <translation>{name} kann nicht heruntergeladen werden. {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} stopped: {reason} (after {retries} retries). {kept}</source>
        <translation>{name} wurde abgebrochen: {reason} (nach {retries} Versuchen). {kept}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the server answered {status}</source>
        <translation>Der Server hat mit {status} geantwortet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was downloaded; try again later.</source>
        <translation>Es wurde nichts heruntergeladen; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The {size} downloaded so far is kept: try again to continue from there.</source>
        <translation>Die bisher heruntergeladenen {size} bleiben erhalten: Versuchen Sie es erneut, um dort fortzusetzen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{repo} is gated: accept its conditions on the Hugging Face website, then add an access token (Access token… on the Hugging Face tab, `gpt4local models token set`, or the HF_TOKEN environment variable).</source>
        <translation>{repo} ist zugangsbeschränkt: Akzeptieren Sie die Bedingungen auf der Website von Hugging Face und fügen Sie dann ein Zugriffstoken hinzu („Zugriffstoken…“ im Reiter „Hugging Face“, `gpt4local models token set` oder die Umgebungsvariable HF_TOKEN).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{repo} was not found on {endpoint} (or it is private and needs a token).</source>
        <translation>{repo} wurde auf {endpoint} nicht gefunden (oder es ist privat und braucht ein Zugriffstoken).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{repo} has no such revision.</source>
        <translation>{repo} hat diese Revision nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That file is not in {repo}.</source>
        <translation>Diese Datei ist nicht in {repo}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} failed: the Hub answered {status}.</source>
        <translation>{what} fehlgeschlagen: Der Hub hat mit {status} geantwortet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} failed: the Hub answered 429 (too many requests: wait a minute).</source>
        <translation>{what} fehlgeschlagen: Der Hub hat mit 429 geantwortet (zu viele Anfragen: Warten Sie eine Minute).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what} failed. {reason}</source>
        <translation>{what} fehlgeschlagen. {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} failed: {endpoint} sent an answer gpt4local does not understand ({detail}).</source>
        <translation>{what} fehlgeschlagen: {endpoint} hat eine Antwort gesendet, die gpt4local nicht versteht ({detail}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Searching Hugging Face</source>
        <translation>Suche auf Hugging Face</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listing the files of {repo}</source>
        <translation>Auflisten der Dateien von {repo}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the header of {name}</source>
        <translation>Lesen des Headers von {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} ends inside its GGUF header.</source>
        <translation>{name} endet mitten im GGUF-Header.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is not a usable GGUF: {detail}.</source>
        <translation>{name} ist keine brauchbare GGUF-Datei: {detail}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network access is switched off (HF_HUB_OFFLINE is set); unset it to download.</source>
        <translation>Der Netzwerkzugriff ist ausgeschaltet (HF_HUB_OFFLINE ist gesetzt); entfernen Sie die Variable, um herunterzuladen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server redirected to {target}: only http:// and https:// addresses are followed.</source>
        <translation>Der Server hat auf {target} umgeleitet: Nur http://- und https://-Adressen werden verfolgt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{host} did not answer in time.</source>
        <translation>{host} hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot connect to {host}: check the internet connection or proxy.</source>
        <translation>Keine Verbindung zu {host}: Prüfen Sie die Internetverbindung oder den Proxy.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection to {host} broke: {detail}.</source>
        <translation>Die Verbindung zu {host} ist abgebrochen: {detail}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{host} answered {status} for {url}.</source>
        <translation>{host} hat für {url} mit {status} geantwortet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Talking to {host} failed: {detail}</source>
        <translation>Die Verbindung mit {host} ist fehlgeschlagen: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a web address: {url}</source>
        <translation>Keine Webadresse: {url}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{url} sent more than {limit} bytes; ignored.</source>
        <translation>{url} hat mehr als {limit} Byte gesendet; ignoriert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{host} did not send {url} within {seconds} s.</source>
        <translation>{host} hat {url} nicht innerhalb von {seconds} s gesendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not save your chats: {reason}</source>
        <translation>Ihre Chats konnten nicht gespeichert werden: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not import the chat: {reason}</source>
        <translation>Der Chat konnte nicht importiert werden: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not update the search index: {reason}</source>
        <translation>Der Suchindex konnte nicht aktualisiert werden: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not upgrade your chats to version {version} (they were left as they were): {reason}</source>
        <translation>Ihre Chats konnten nicht auf Version {version} aktualisiert werden (sie bleiben, wie sie waren): {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the disk is full ({detail}). Free some space, then try again</source>
        <translation>Der Datenträger ist voll ({detail}). Geben Sie Speicherplatz frei und versuchen Sie es dann erneut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not read your chats: {reason}</source>
        <translation>Ihre Chats konnten nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not open your chats ({path}): {reason}</source>
        <translation>Ihre Chats konnten nicht geöffnet werden ({path}): {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not create the folder for your chats: {reason}</source>
        <translation>Der Ordner für Ihre Chats konnte nicht angelegt werden: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your chats ({path}) are damaged and could not be set aside: {reason}</source>
        <translation>Ihre Chats ({path}) sind beschädigt und konnten nicht beiseitegelegt werden: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your chat history was damaged and could not be read. It was kept as {name} in {folder} and a new, empty history was started.</source>
        <translation>Ihr Chatverlauf war beschädigt und konnte nicht gelesen werden. Er wurde als {name} in {folder} aufbewahrt, und ein neuer, leerer Verlauf wurde begonnen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your chats ({path}) were written by a newer gpt4local (chat file version {version}; this one reads up to version {supported}). Update gpt4local to open them; the file was left unchanged.</source>
        <translation>Ihre Chats ({path}) wurden von einem neueren gpt4local geschrieben (Chatdatei-Version {version}; diese Version liest bis Version {supported}). Aktualisieren Sie gpt4local, um sie zu öffnen; die Datei blieb unverändert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not back up your chats before upgrading them ({reason}); nothing was changed.</source>
        <translation>Ihre Chats konnten vor dem Aktualisieren nicht gesichert werden ({reason}); es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The context length must be at least 64 tokens, not {value}.</source>
        <translation>Die Kontextlänge muss mindestens 64 Token betragen, nicht {value}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Threads must be 0 (automatic) or more, not {value}.</source>
        <translation>Die Anzahl der CPU-Threads muss 0 (automatisch) oder mehr sein, nicht {value}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The batch size must be at least 1, not {value}.</source>
        <translation>Die Batchgröße muss mindestens 1 sein, nicht {value}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The KV cache type must be one of {choices}, not {value}.</source>
        <translation>Der KV-Cache-Typ muss einer von {choices} sein, nicht {value}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Temperature must be 0 or more, not {value}.</source>
        <translation>Die Temperatur muss 0 oder mehr sein, nicht {value}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>top_p must be more than 0 and at most 1, not {value}.</source>
        <translation>top_p muss größer als 0 und höchstens 1 sein, nicht {value}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>top_k must be 0 (off) or more, not {value}.</source>
        <translation>top_k muss 0 (aus) oder mehr sein, nicht {value}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>min_p must be from 0 (off) to 1, not {value}.</source>
        <translation>min_p muss zwischen 0 (aus) und 1 liegen, nicht {value}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The repeat penalty must be more than 0 (1.0 turns it off), not {value}.</source>
        <translation>Die Wiederholungsstrafe muss größer als 0 sein (1,0 schaltet sie aus), nicht {value}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The repeat window must be 0 or more, not {value}.</source>
        <translation>Das Wiederholungsfenster muss 0 oder mehr sein, nicht {value}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The answer length must be 0 (until the context is full) or more, not {value}.</source>
        <translation>Die Antwortlänge muss 0 (bis der Kontext voll ist) oder mehr sein, nicht {value}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A quantised KV cache needs flash attention.</source>
        <translation>Ein quantisierter KV-Cache braucht Flash Attention.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GPU layers must be -1 (as many as fit), 0 (CPU only) or more.</source>
        <translation>Die GPU-Schichten müssen -1 (so viele wie passen), 0 (nur CPU) oder mehr sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{first} {then}</source>
        <comment>two sentences, one after the other</comment>
        <translation>{first} {then}</translation>
    </message>
</context>
<context>
    <name>DownloadRow</name>
    <message>
        <location filename="../../gpt4local/ui/models/downloads_panel.py" line="+57"/>
        <source>Progress of {name}</source>
        <translation>Fortschritt von {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+61"/>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Pause, resume or retry downloading {name}</source>
        <translation>Download von {name} pausieren, fortsetzen oder erneut versuchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+62"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Stop downloading {name}, or take it off this list</source>
        <translation>Download von {name} abbrechen oder aus dieser Liste entfernen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Checking {percent}%</source>
        <translation>Prüfung {percent} %</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%p%</source>
        <comment>the progress bar&apos;s percentage</comment>
        <translation>%p %</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Waiting for the download before it</source>
        <translation>Wartet auf den vorherigen Download</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused · {figures}</source>
        <translation>Pausiert · {figures}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Installed: {path}</source>
        <translation>Installiert: {path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>Downloads</name>
    <message>
        <location line="-98"/>
        <source>{done} of {total} ({percent}%)</source>
        <translation>{done} von {total} ({percent} %)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{duration} left</source>
        <translation>noch {duration}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloading</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retrying</source>
        <translation>Neuer Versuch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking the file (sha256)</source>
        <translation>Datei wird geprüft (sha256)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
</context>
<context>
    <name>DownloadsPanel</name>
    <message>
        <location line="+91"/>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
</context>
<context>
    <name>FirstStartFlow</name>
    <message>
        <location filename="../../gpt4local/ui/welcome/flow.py" line="+79"/>
        <source>Starting the download…</source>
        <translation>Download wird gestartet…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{done} of {total} already downloaded: the download continues from there.</source>
        <translation>{done} von {total} bereits heruntergeladen: Der Download setzt dort fort.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{done} already downloaded: the download continues from there.</source>
        <translation>{done} bereits heruntergeladen: Der Download setzt dort fort.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Waiting for another download to finish…</source>
        <translation>Wartet, bis ein anderer Download fertig ist…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verifying…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Retrying · {figures}</source>
        <translation>Neuer Versuch · {figures}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloading · {figures}</source>
        <translation>Herunterladen · {figures}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{name} was not loaded.</source>
        <translation>{name} wurde nicht geladen.</translation>
    </message>
</context>
<context>
    <name>FitDialog</name>
    <message>
        <location filename="../../gpt4local/ui/engine/fit_dialog.py" line="+38"/>
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
        <location line="+15"/>
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
    <name>FitWords</name>
    <message>
        <location filename="../../gpt4local/ui/models/fit_labels.py" line="+19"/>
        <source>✓ fits</source>
        <translation>✓ passt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>⚠ tight</source>
        <comment>the model only just fits in memory</comment>
        <translation>⚠ knapp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ too big</source>
        <translation>✗ zu groß</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ cannot load</source>
        <translation>✗ nicht ladbar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>fits comfortably: needs about {need} at context {context}, {available} available</source>
        <translation>passt gut: braucht etwa {need} bei Kontext {context}, {available} verfügbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fits comfortably: needs {need} at context {context}, {available} available</source>
        <translation>passt gut: braucht {need} bei Kontext {context}, {available} verfügbar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tight: needs about {need} at context {context}, {available} available</source>
        <translation>knapp: braucht etwa {need} bei Kontext {context}, {available} verfügbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tight: needs {need} at context {context}, {available} available</source>
        <translation>knapp: braucht {need} bei Kontext {context}, {available} verfügbar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>does not fit: needs about {need} at context {context}, {available} available</source>
        <translation>passt nicht: braucht etwa {need} bei Kontext {context}, {available} verfügbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>does not fit: needs {need} at context {context}, {available} available</source>
        <translation>passt nicht: braucht {need} bei Kontext {context}, {available} verfügbar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Largest context that fits: {tokens} tokens.</source>
        <translation>Größter Kontext, der passt: {tokens} Token.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n layers fit in the GPU&apos;s memory.</source>
        <translation>
            <numerusform>%n Schicht passt in den Grafikspeicher (VRAM).</numerusform>
            <numerusform>%n Schichten passen in den Grafikspeicher (VRAM).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{number} B</source>
        <comment>billions of parameters</comment>
        <translation>{number} Mrd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{number} M</source>
        <comment>millions of parameters</comment>
        <translation>{number} Mio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approximate: estimated from the file size alone.</source>
        <translation>Ungefähr: nur aus der Dateigröße geschätzt.</translation>
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
    <message>
        <location line="+20"/>
        <source>{first}, {second}</source>
        <translation>{first}, {second}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{first} and {second}</source>
        <translation>{first} und {second}</translation>
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
    <name>HubTab</name>
    <message>
        <location filename="../../gpt4local/ui/models/hub_tab.py" line="+50"/>
        <source>Search Hugging Face for GGUF models, e.g. “qwen 7b”</source>
        <translation>Hugging Face nach GGUF-Modellen durchsuchen, z. B. „qwen 7b“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search Hugging Face</source>
        <translation>Hugging Face durchsuchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words in a GGUF repository&apos;s name; Enter searches</source>
        <translation>Wörter im Namen eines GGUF-Repositorys; die Eingabetaste sucht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order of the results</source>
        <translation>Reihenfolge der Ergebnisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most downloaded</source>
        <translation>Meiste Downloads</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Most liked</source>
        <translation>Meiste Likes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recently updated</source>
        <translation>Zuletzt aktualisiert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trending</source>
        <translation>Im Trend</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+108"/>
        <source>Search</source>
        <comment>verb</comment>
        <translation>Suchen</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>Search Hugging Face for GGUF models</source>
        <translation>Hugging Face nach GGUF-Modellen durchsuchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Access token…</source>
        <translation>Zugriffstoken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For gated models (Llama, Gemma…): a Hugging Face token of an account that accepted the model&apos;s conditions</source>
        <translation>Für zugangsbeschränkte Modelle (Llama, Gemma…): ein Hugging-Face-Token eines Kontos, das die Bedingungen des Modells akzeptiert hat</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{repository}  🔒 gated</source>
        <translation>{repository}  🔒 zugangsbeschränkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downloads</source>
        <comment>how often a model was downloaded</comment>
        <translation>Downloads</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Likes</source>
        <translation>Likes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repositories found</source>
        <translation>Gefundene Repositorys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose one to list its GGUF files</source>
        <translation>Wählen Sie eines, um seine GGUF-Dateien aufzulisten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ installed</source>
        <translation>✓ installiert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not supported</source>
        <translation>nicht unterstützt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quantisation</source>
        <translation>Quantisierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fits here?</source>
        <translation>Passt hier?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>GGUF files of the chosen repository</source>
        <translation>GGUF-Dateien des gewählten Repositorys</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One file per quantisation; double-click downloads it</source>
        <translation>Eine Datei je Quantisierung; ein Doppelklick lädt sie herunter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pick a repository, then a file (quantisation) to download.</source>
        <translation>Wählen Sie ein Repository und dann eine Datei (Quantisierung) zum Herunterladen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download</source>
        <comment>verb: download the model</comment>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download the chosen file into the models folder</source>
        <translation>Die gewählte Datei in den Modellordner herunterladen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search Hugging Face for a model</source>
        <translation>Ein Modell auf Hugging Face suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a name above, e.g. “qwen 7b” or “llama 3.2”, and press Enter. Each file then says whether it fits this computer.</source>
        <translation>Geben Sie oben einen Namen ein, z. B. „qwen 7b“ oder „llama 3.2“, und drücken Sie die Eingabetaste. Bei jeder Datei steht dann, ob sie auf diesen Computer passt.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n repositories found.</source>
        <translation>
            <numerusform>%n Repository gefunden.</numerusform>
            <numerusform>%n Repositorys gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing found; try other words.</source>
        <translation>Nichts gefunden; versuchen Sie andere Wörter.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing on Hugging Face matches “{words}”</source>
        <translation>Nichts auf Hugging Face passt zu „{words}“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing found</source>
        <translation>Nichts gefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try other words, or fewer: a model family alone (“qwen”, “gemma”, “phi”) finds the most. Only repositories with GGUF files are listed.</source>
        <translation>Versuchen Sie andere oder weniger Wörter: Eine Modellfamilie allein („qwen“, „gemma“, „phi“) findet am meisten. Nur Repositorys mit GGUF-Dateien werden aufgeführt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Listing the files of {repository}…</source>
        <translation>Dateien von {repository} werden aufgelistet…</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n GGUF files in {repository}.</source>
        <translation>
            <numerusform>%n GGUF-Datei in {repository}.</numerusform>
            <numerusform>%n GGUF-Dateien in {repository}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{repository} has no GGUF files.</source>
        <translation>{repository} hat keine GGUF-Dateien.</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>split into %n files; gpt4local downloads single-file GGUFs only (choose a smaller quantisation)</source>
        <translation>
            <numerusform>in %n Datei aufgeteilt; gpt4local lädt nur GGUFs aus einer einzigen Datei herunter (wählen Sie eine kleinere Quantisierung)</numerusform>
            <numerusform>in %n Dateien aufgeteilt; gpt4local lädt nur GGUFs aus einer einzigen Datei herunter (wählen Sie eine kleinere Quantisierung)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a vision projector (mmproj), not a chat model</source>
        <translation>ein Bildprojektor (mmproj), kein Chatmodell</translation>
    </message>
</context>
<context>
    <name>InstalledTab</name>
    <message>
        <location filename="../../gpt4local/ui/models/installed_tab.py" line="+53"/>
        <source>{name} (added from elsewhere)</source>
        <translation>{name} (von anderswo hinzugefügt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantisation</source>
        <translation>Quantisierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fits here?</source>
        <translation>Passt hier?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Installed models</source>
        <translation>Installierte Modelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click a model to chat with it</source>
        <translation>Doppelklicken Sie auf ein Modell, um damit zu chatten</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+53"/>
        <source>No models installed yet</source>
        <translation>Noch keine Modelle installiert</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Browse the catalog</source>
        <translation>Katalog durchsuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curated models, each with whether it fits this computer</source>
        <translation>Ausgewählte Modelle, jeweils mit der Angabe, ob sie auf diesen Computer passen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search Hugging Face</source>
        <translation>Hugging Face durchsuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find any GGUF model on Hugging Face</source>
        <translation>Ein beliebiges GGUF-Modell auf Hugging Face finden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add model file…</source>
        <translation>Modelldatei hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a GGUF file you already have, where it is</source>
        <translation>Eine vorhandene GGUF-Datei dort verwenden, wo sie liegt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chat with it</source>
        <translation>Damit chatten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load the selected model and open the chat</source>
        <translation>Das gewählte Modell laden und den Chat öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected model&apos;s file, after asking</source>
        <translation>Die Datei des gewählten Modells nach Rückfrage löschen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show in folder</source>
        <translation>Im Ordner zeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the folder that holds the selected model in the file manager</source>
        <translation>Den Ordner mit dem gewählten Modell im Dateimanager öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change models folder…</source>
        <translation>Modellordner ändern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the folder models are downloaded to and looked for in</source>
        <translation>Den Ordner wählen, in den Modelle heruntergeladen und in dem sie gesucht werden</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Models folder: {folder}</source>
        <translation>Modellordner: {folder}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Download one from the catalog (★ marks a good first choice), search Hugging Face, or add a GGUF file you already have. Downloads go to the models folder, {folder}; a model copied there shows up here by itself.</source>
        <translation>Laden Sie eines aus dem Katalog herunter (★ markiert eine gute erste Wahl), durchsuchen Sie Hugging Face, oder fügen Sie eine vorhandene GGUF-Datei hinzu. Downloads landen im Modellordner {folder}; ein dorthin kopiertes Modell erscheint hier von selbst.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Remove {name} from the list? The file stays where it is ({folder}).</source>
        <translation>{name} aus der Liste entfernen? Die Datei bleibt, wo sie ist ({folder}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete {name} ({size}) from disk?</source>
        <translation>{name} ({size}) von der Festplatte löschen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete model</source>
        <translation>Modell löschen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Add a GGUF model file</source>
        <translation>GGUF-Modelldatei hinzufügen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the models folder</source>
        <translation>Modellordner wählen</translation>
    </message>
</context>
<context>
    <name>KvCache</name>
    <message>
        <location filename="../../gpt4local/ui/settings/generation_form.py" line="-122"/>
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
        <location filename="../../gpt4local/ui/window/main_window.py" line="+111"/>
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
        <location line="+2"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
</context>
<context>
    <name>ModelFiles</name>
    <message>
        <location filename="../../gpt4local/ui/models/installed_tab.py" line="-148"/>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>GGUF-Modelle (*.gguf);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>ModelLoader</name>
    <message>
        <location filename="../../gpt4local/ui/engine/loader.py" line="+67"/>
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
    <name>ModelsPage</name>
    <message>
        <location filename="../../gpt4local/ui/models/page.py" line="+64"/>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installed</source>
        <comment>the tab of installed models</comment>
        <translation>Installiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where models come from</source>
        <translation>Woher Modelle kommen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Curated models, each judged for this computer</source>
        <translation>Ausgewählte Modelle, jeweils für diesen Computer bewertet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search Hugging Face for any GGUF model</source>
        <translation>Hugging Face nach einem beliebigen GGUF-Modell durchsuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The models on this computer</source>
        <translation>Die Modelle auf diesem Computer</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>Could not list the installed models: {reason}</source>
        <translation>Die installierten Modelle konnten nicht aufgelistet werden: {reason}</translation>
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
        <location filename="../../gpt4local/ui/settings/per_model.py" line="+62"/>
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
        <location line="+44"/>
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
    <name>RecommendationCard</name>
    <message>
        <location filename="../../gpt4local/ui/welcome/card.py" line="+24"/>
        <source>Download and start chatting</source>
        <translation>Herunterladen und loslegen</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+2"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the download</source>
        <translation>Download abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop downloading; what is already here is kept, and the next download resumes from it</source>
        <translation>Download anhalten; was schon da ist, bleibt erhalten, und der nächste Download setzt dort fort</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carry on from the step that failed</source>
        <translation>Beim fehlgeschlagenen Schritt weitermachen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>NO MODEL TO SUGGEST</source>
        <translation>KEIN MODELL ZU EMPFEHLEN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No model in the catalog fits this computer comfortably</source>
        <translation>Kein Modell des Katalogs passt gut auf diesen Computer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>RECOMMENDED FOR THIS COMPUTER</source>
        <translation>EMPFOHLEN FÜR DIESEN COMPUTER</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Download {name} ({size}), load it and open a chat</source>
        <translation>{name} ({size}) herunterladen, laden und einen Chat öffnen</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{size} download · {parameters} parameters · {verdict}</source>
        <translation>{size} Download · {parameters} Parameter · {verdict}</translation>
    </message>
</context>
<context>
    <name>SendButton</name>
    <message>
        <location filename="../../gpt4local/ui/chat/message_input.py" line="-15"/>
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
        <location filename="../../gpt4local/ui/settings/page.py" line="+57"/>
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
        <location line="+38"/>
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
        <location line="+61"/>
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
        <location filename="../../gpt4local/ui/settings/template_editor.py" line="+57"/>
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
    <name>TokenDialog</name>
    <message>
        <location filename="../../gpt4local/ui/models/token_dialog.py" line="+21"/>
        <source>The token in the HF_TOKEN environment variable is used (it comes before a saved one).</source>
        <translation>Das Token aus der Umgebungsvariablen HF_TOKEN wird verwendet (es hat Vorrang vor einem gespeicherten).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A token is saved in {keychain}.</source>
        <translation>Ein Token ist in {keychain} gespeichert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A token is saved &lt;b&gt;in plain text&lt;/b&gt; in settings.json by an older gpt4local. Remove it, then save it again or set HF_TOKEN.</source>
        <translation>Ein älteres gpt4local hat ein Token &lt;b&gt;im Klartext&lt;/b&gt; in settings.json gespeichert. Entfernen Sie es, und speichern Sie es dann erneut oder setzen Sie HF_TOKEN.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No token is saved; the one from &lt;code&gt;hf auth login&lt;/code&gt; is used if you have one.</source>
        <translation>Es ist kein Token gespeichert; falls vorhanden, wird das von &lt;code&gt;hf auth login&lt;/code&gt; verwendet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+13"/>
        <source>Hugging Face access token</source>
        <translation>Hugging-Face-Zugriffstoken</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Gated models (Llama, Gemma…) need a token of a Hugging Face account that accepted their conditions.</source>
        <translation>Zugangsbeschränkte Modelle (Llama, Gemma…) brauchen ein Token eines Hugging-Face-Kontos, das ihre Bedingungen akzeptiert hat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the system keychain</source>
        <translation>dem Schlüsselbund des Systems</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Starts with hf_; saved in the system keychain</source>
        <translation>Beginnt mit hf_; wird im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save in keychain</source>
        <translation>Im Schlüsselbund speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove saved token</source>
        <translation>Gespeichertes Token entfernen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{problem} gpt4local cannot save a token here and never writes one into its own files. Set the &lt;b&gt;HF_TOKEN&lt;/b&gt; environment variable instead (for example in ~/.profile), then restart gpt4local.</source>
        <translation>{problem} gpt4local kann hier kein Token speichern und schreibt nie eines in seine eigenen Dateien. Setzen Sie stattdessen die Umgebungsvariable &lt;b&gt;HF_TOKEN&lt;/b&gt; (zum Beispiel in ~/.profile), und starten Sie gpt4local dann neu.</translation>
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
    <name>WelcomePage</name>
    <message>
        <location filename="../../gpt4local/ui/welcome/page.py" line="+40"/>
        <source>Add a GGUF model file</source>
        <translation>GGUF-Modelldatei hinzufügen</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+1"/>
        <source>Start chatting</source>
        <translation>Loslegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a new chat with your models</source>
        <translation>Einen neuen Chat mit Ihren Modellen öffnen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add a model file I already have</source>
        <translation>Vorhandene Modelldatei hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a GGUF file on this computer; it is loaded and a chat opens</source>
        <translation>Eine GGUF-Datei auf diesem Computer wählen; sie wird geladen und ein Chat öffnet sich</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Browse all models</source>
        <translation>Alle Modelle ansehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See the whole catalog and search Hugging Face</source>
        <translation>Den ganzen Katalog ansehen und Hugging Face durchsuchen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the models folder in the file manager</source>
        <translation>Den Modellordner im Dateimanager zeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the models folder</source>
        <translation>Modellordner ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another folder in Settings</source>
        <translation>In den Einstellungen einen anderen Ordner wählen</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Models are kept in {folder}</source>
        <translation>Modelle liegen in {folder}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Welcome back</source>
        <translation>Willkommen zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome to gpt4local</source>
        <translation>Willkommen bei gpt4local</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your models are ready. Pick up where you left off, or try another model.</source>
        <translation>Ihre Modelle sind bereit. Machen Sie dort weiter, wo Sie aufgehört haben, oder probieren Sie ein anderes Modell.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chat with an AI model that runs entirely on this computer: nothing you type leaves it. Start with the model below, picked for this computer.</source>
        <translation>Chatten Sie mit einem KI-Modell, das ganz auf diesem Computer läuft: Nichts, was Sie eingeben, verlässt ihn. Beginnen Sie mit dem Modell unten, ausgewählt für diesen Computer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chat with an AI model that runs entirely on this computer: nothing you type leaves it.</source>
        <translation>Chatten Sie mit einem KI-Modell, das ganz auf diesem Computer läuft: Nichts, was Sie eingeben, verlässt ihn.</translation>
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
<context>
    <name>_TransferWorker</name>
    <message>
        <location filename="../../gpt4local/ui/models/download_manager.py" line="+72"/>
        <source>Download failed unexpectedly: {error}</source>
        <translation>Download unerwartet fehlgeschlagen: {error}</translation>
    </message>
</context>
</TS>
