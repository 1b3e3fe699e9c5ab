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
        <translation>Keines der Modelle im Katalog passt bequem in den gerade freien Speicher ({available}); das kleinste, {name}, braucht etwa {needed}. Schließen Sie einige Programme oder suchen Sie unter allen Modellen ein kleineres.</translation>
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
<context>
    <name>_TransferWorker</name>
    <message>
        <location filename="../../gpt4local/ui/models/download_manager.py" line="+72"/>
        <source>Download failed unexpectedly: {error}</source>
        <translation>Download unerwartet fehlgeschlagen: {error}</translation>
    </message>
</context>
</TS>
